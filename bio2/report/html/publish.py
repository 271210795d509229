"""The published scope and VvT as one accessible, self-contained HTML page (issue 15).

Renders :class:`bio2.usecases.publishing.PublishedPage` with ``templates/publish.html``
(structure: skip link, header with the marking, ``main`` with one ``h1`` and ``h2``
sections, the VvT as a data table with ``caption`` and ``th scope``, footer with the
marking again; CSS in ``templates/page.css``, shared with later HTML outputs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bio2.report.html import environment

if TYPE_CHECKING:
    from bio2.usecases.publishing import PublishedPage


def render_publish(page: PublishedPage) -> str:
    """The HTML text of the page (UTF-8 when written)."""
    env = environment()
    css = env.loader.get_source(env, "page.css")[0] if env.loader else ""
    return env.get_template("publish.html").render(page=page, css=css)
