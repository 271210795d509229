"""HTML renderings with Jinja2 (issue 15): the published scope and VvT (``publish``).

Decisions:
- One Jinja2 environment, autoescape always on (not by file suffix), and a ``finalize``
  hook that shows control characters (``\\x1b`` and the other C0/C1 codes except tab and
  newline) as visible ``\\x1b`` text before escaping: they are invalid in HTML and could
  act on a terminal that prints the file. User text is therefore always text.
- The pages are self-contained: inline CSS, no script, no external resource, no link
  made from user text.
- Templates live beside this module (``templates/``) and are shipped in the wheel.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: Any) -> Any:
    """A string with control characters shown as ``\\xNN`` text; other values as they are.

    Markup (our own CSS passed with ``| safe``) is left alone: ``re.sub`` would turn it
    into a plain string, which autoescaping then escapes (quotes in the CSS became
    ``&#34;``, which a browser does not decode inside ``<style>``)."""
    from markupsafe import Markup

    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value


@cache
def environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True, finalize=visible, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)
