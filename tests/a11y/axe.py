"""axe-core in a page: run it, and say what it found in a list a person can read.

axe-core comes from npm (pinned in ``package.json`` and ``package-lock.json`` beside this
file, installed by ``make test-a11y`` with ``npm ci``), injected into the page as a script
tag after the page's own checks ran. The rules are the WCAG 2.0 and 2.1 levels A and AA.
axe reports what it could not decide as "incomplete"; for colour contrast that means a
person would have to look, so it counts as a failure here too (our pages are plain text
on plain backgrounds: axe decides them all).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
#: Rules whose "incomplete" results fail the check as well.
DECIDE = ("color-contrast",)

_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags},
                                          resultTypes: ["violations", "incomplete"]});
  return {version: axe.version, violations: result.violations,
          incomplete: result.incomplete};
}"""


def run_axe(page: Any) -> dict[str, Any]:
    """axe's result for the page as it is now (viewport and media as set)."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result: dict[str, Any] = page.evaluate(_RUN, list(TAGS))
    return result


_SIDEWAYS = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')].filter(e =>
      e.getBoundingClientRect().right > width + 1 || e.scrollWidth > e.clientWidth + 1);
  const page = document.documentElement.scrollWidth > width
      ? [`page ${document.documentElement.scrollWidth} px wide in ${width} px`] : [];
  return [...page, ...wide.slice(0, 5).map(e =>
      `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent || '').trim().slice(0, 40)}`)];
}"""


def sideways(page: Any) -> list[str]:
    """What makes the page scroll sideways (WCAG 1.4.10 reflow): the page itself wider
    than the window, or an element whose box or text reaches past it; empty when none."""
    found: list[str] = page.evaluate(_SIDEWAYS)
    return found


def problems(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The violations, plus the undecided results of the rules in :data:`DECIDE`."""
    undecided = [dict(rule, impact=rule.get("impact") or "undecided")
                 for rule in result["incomplete"] if rule["id"] in DECIDE]
    return [*result["violations"], *undecided]


def readable(found: list[dict[str, Any]], limit: int = 5) -> str:
    """One block per rule: id, impact, help (with its link), then up to ``limit``
    targets with axe's summary of what to fix."""
    lines: list[str] = []
    for rule in found:
        lines.append(f"- {rule['id']} ({rule.get('impact')}): {rule['help']} "
                      f"[{rule.get('helpUrl', '')}]")
        for node in rule["nodes"][:limit]:
            summary = " ".join(str(node.get("failureSummary") or "").split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary[:300]}")
        if len(rule["nodes"]) > limit:
            lines.append(f"    ... and {len(rule['nodes']) - limit} more")
    return "\n".join(lines)
