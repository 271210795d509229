"""axe-core in a page: run it, and say what it found in a list a person can read.

axe-core comes from npm (pinned in ``package.json`` and ``package-lock.json`` beside this
file, installed by ``make test-a11y`` with ``npm ci``), injected into the page as a script
tag after the page's own checks ran. The rules are the WCAG 2.0 and 2.1 levels A and AA.
axe reports what it could not decide as "incomplete"; for colour contrast that means a
person would have to look, so it counts as a failure here too (our pages are plain text
on plain backgrounds: axe decides them all), except text inside an SVG chart, which
:func:`svg_text_contrast` decides instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
#: Rules whose "incomplete" results fail the check as well.
DECIDE = ("color-contrast",)

#: The rules whose outcome can change with the window width or the media: colours (print
#: has its own), links told apart by colour, and regions that start to scroll when the
#: window narrows. The rest (names, roles, headings, tables, language) reads the document,
#: which is the same; at 200% and in print only these run, to keep the suite fast.
LAYOUT_RULES = ("color-contrast", "link-in-text-block", "scrollable-region-focusable")

_RUN = """async ([tags, rules]) => {
  const only = rules.length ? {type: "rule", values: rules} : {type: "tag", values: tags};
  const result = await axe.run(document, {runOnly: only,
                                          resultTypes: ["violations", "incomplete"]});
  return {version: axe.version, violations: result.violations,
          incomplete: result.incomplete};
}"""


def run_axe(page: Any, rules: tuple[str, ...] = ()) -> dict[str, Any]:
    """axe's result for the page as it is now (viewport and media as set): every rule
    of :data:`TAGS`, or only ``rules`` (each of which carries one of those tags)."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result: dict[str, Any] = page.evaluate(_RUN, [list(TAGS), list(rules)])
    return result


_SIDEWAYS = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = e => { for (let a = e.parentElement; a && a !== document.body;
                              a = a.parentElement)
                           if (getComputedStyle(a).overflowX !== 'visible') return true;
                         return false; };
  const wide = [...document.querySelectorAll('body *')].filter(e => {
    if (clipped(e)) return false;
    const own = getComputedStyle(e).overflowX;
    if (own === 'auto' || own === 'scroll')  // a scroll region: only around a data table
      return e.scrollWidth > e.clientWidth + 1 && !(e.children.length === 1
                                                    && e.children[0].tagName === 'TABLE');
    return e.getBoundingClientRect().right > width + 1
        || (own === 'visible' && e.scrollWidth > e.clientWidth + 1);
  });
  const page = document.documentElement.scrollWidth > width
      ? [`page ${document.documentElement.scrollWidth} px wide in ${width} px`] : [];
  return [...page, ...wide.slice(0, 5).map(e =>
      `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent || '').trim().slice(0, 40)}`)];
}"""


def sideways(page: Any) -> list[str]:
    """What makes the page scroll sideways (WCAG 1.4.10 reflow): the page itself wider
    than the window, or an element whose box or text reaches past it; empty when none.
    Content inside a clipping or scrolling box does not count, and a box that scrolls
    sideways itself counts unless it holds just a data table (the exception WCAG makes
    for tables; axe checks that such a region can be reached with the keyboard)."""
    found: list[str] = page.evaluate(_SIDEWAYS)
    return found


_SVG_TEXT = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || ['255', '255', '255']).map(Number);
  const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
                            return (x + 0.05) / (y + 0.05); };
  const over = (c, alpha, base) => { const [a, b] = [rgb(c), rgb(base)];
    return `rgb(${[0, 1, 2].map(i => alpha * a[i] + (1 - alpha) * b[i]).join(',')})`; };
  const behind = (t, x, y) => {
    let bg = 'rgb(255, 255, 255)';
    const stack = document.elementsFromPoint(x, y).filter(e => e !== t);
    for (const e of stack.reverse()) {  // from the page up to the text
      const style = getComputedStyle(e);
      if (e instanceof SVGGeometryElement) {
        if (style.fill && style.fill !== 'none')
          bg = over(style.fill, Number(style.fillOpacity) * Number(style.opacity), bg);
      } else if (!(e instanceof SVGElement)) {
        const b = style.backgroundColor;
        if (b && b !== 'rgba(0, 0, 0, 0)') bg = b;
      }
    }
    return bg;
  };
  const bad = [];
  for (const t of document.querySelectorAll('svg text')) {
    t.scrollIntoView({block: 'center'});
    const r = t.getBoundingClientRect();
    const fg = getComputedStyle(t).fill;
    const bg = behind(t, r.x + r.width / 2, r.y + r.height / 2);
    const value = ratio(fg, bg);
    if (value < 4.5) bad.push(`"${t.textContent}" ${fg} on ${bg}: ${value.toFixed(2)}:1`);
  }
  window.scrollTo(0, 0);
  return {count: document.querySelectorAll('svg text').length, bad};
}"""


def svg_text_contrast(page: Any) -> dict[str, Any]:
    """Contrast of every text in an inline SVG chart against what lies behind its centre
    (the shapes under it, blended by their opacity, over the page): axe leaves these
    undecided ("contains an image node"), so this check decides them, at 4.5:1."""
    result: dict[str, Any] = page.evaluate(_SVG_TEXT)
    return result


def problems(result: dict[str, Any], *, undecided_fail: bool = True) -> list[dict[str, Any]]:
    """The violations, plus (``undecided_fail``) the undecided results of the rules in
    :data:`DECIDE`. At 200% zoom the colours are those of the screen run, where axe
    decides them; there a cell scrolled out of view in a table region is left undecided
    ("partially obscured"), which says nothing about its colours."""
    if not undecided_fail:
        return list(result["violations"])
    undecided = []
    for rule in result["incomplete"]:
        nodes = [node for node in rule["nodes"] if not str(node["html"]).startswith("<text")]
        if rule["id"] in DECIDE and nodes:
            undecided.append(dict(rule, impact=rule.get("impact") or "undecided",
                                  nodes=nodes))
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
