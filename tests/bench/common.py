"""Shared helpers of the benchmarks: timing, RSS and the printed figure line."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@dataclass
class Figure:
    name: str
    value: float
    target: float
    unit: str = "ms"
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.value <= self.target

    def line(self) -> str:
        mark = "ok  " if self.ok else "OVER"
        extra = f"  ({self.note})" if self.note else ""
        return (f"{mark} {self.name:<58} {self.value:>9.2f} {self.unit:<3}"
                f" target < {self.target:g} {self.unit}{extra}")


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 21) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def command_ms(args: list[str], repeat: int = 5, env: dict[str, str] | None = None) -> float:
    """Best wall time of a whole command in milliseconds."""
    environment = {**os.environ, **(env or {})}

    def once() -> None:
        subprocess.run(args, check=True, capture_output=True, env=environment)

    once()  # warm the file cache and .pyc files
    return best_of(once, repeat)


def process_ms(args: list[str], env: dict[str, str], runs: int = 5,
               ) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds of a whole process after one warm-up (the CPU
    time beside the wall time because the machine is shared), and its stdout size."""
    out = subprocess.run(args, check=True, capture_output=True, env=env, cwd=ROOT)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=env, cwd=ROOT)
        walls.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime + after.ru_stime - before.ru_utime
                     - before.ru_stime) * 1000)
    return statistics.median(walls), statistics.median(cpus), len(out.stdout)


def rss_mb() -> float:
    """Peak resident set size of this process in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def own_peak_mb() -> float:
    """Peak resident set size in MB of this process image only (``VmHWM``).

    ``ru_maxrss`` of a child started from a large parent (fork, then exec) keeps the
    parent's peak: ``make bench`` once read 690 MB for a TUI walk of 75 MB because
    earlier benches had grown the runner. ``VmHWM`` starts afresh at exec."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return rss_mb()
