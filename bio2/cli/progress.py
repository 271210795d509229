"""A progress bar for long runs (rich), shown only when stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def track(items: Sequence[T], label: str, *, threshold: int = 20) -> Iterator[T]:
    """Iterate ``items`` with a progress bar on stderr when there are many of them."""
    if len(items) < threshold or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=len(items))
        for item in items:
            yield item
            progress.advance(task)
