"""The accessibility check itself: it finds what it is meant to find, and it cannot pass
without a browser. Without these, a green ``make test-a11y`` could mean "did not look"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.a11y.axe import problems, run_axe, sideways, svg_text_contrast

ROOT = Path(__file__).resolve().parents[2]
BAD = """<!DOCTYPE html><html><head><title>t</title><style>
.pale { color: #aaaaaa; }
@media print { .inked { color: #cccccc; } }
</style></head><body><main><h1>Kop</h1>
<p class="pale">Lichtgrijze tekst op wit is slecht leesbaar.</p>
<p class="inked">Alleen op papier is deze tekst te licht.</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p style="width: 900px">Een alinea die breder is dan het venster.</p>
</main></body></html>"""


def rules(tab: Any) -> set[str]:
    return {rule["id"] for rule in problems(run_axe(tab))}


def test_axe_finds_violations_on_screen_and_in_print(tab: Any) -> None:
    tab.set_viewport_size({"width": 1280, "height": 900})
    tab.emulate_media(media="screen")
    tab.set_content(BAD)
    assert {"html-has-lang", "image-alt", "color-contrast"} <= rules(tab)
    contrast = next(r for r in problems(run_axe(tab)) if r["id"] == "color-contrast")
    assert [node["target"] for node in contrast["nodes"]] == [[".pale"]]
    tab.emulate_media(media="print")  # the print stylesheet is what axe sees now
    contrast = next(r for r in problems(run_axe(tab)) if r["id"] == "color-contrast")
    assert sorted(node["target"][0] for node in contrast["nodes"]) == [".inked", ".pale"]


def test_sideways_scrolling_is_found(tab: Any) -> None:
    tab.emulate_media(media="screen")
    tab.set_viewport_size({"width": 640, "height": 900})
    tab.set_content(BAD)
    found = sideways(tab)
    assert found and "page" in found[0] and any(line.startswith("p.") for line in found)
    tab.set_content("<!DOCTYPE html><html lang='nl'><body><p>Smal.</p></body></html>")
    assert sideways(tab) == []


def test_chart_text_contrast_is_decided(tab: Any) -> None:
    tab.emulate_media(media="screen")
    tab.set_viewport_size({"width": 1280, "height": 900})
    tab.set_content("""<!DOCTYPE html><html lang="nl"><body><svg role="img" width="400"
        height="100" aria-label="x"><rect x="0" y="0" width="200" height="40" fill="#01689b"/>
        <text x="10" y="25" fill="#1a1a1a">donker op blauw</text>
        <text x="250" y="25" fill="#1a1a1a">donker op wit</text>
        <rect x="0" y="50" width="200" height="40" fill="#01689b" fill-opacity="0.25"/>
        <text x="10" y="75" fill="#1a1a1a">donker op lichtblauw</text></svg></body></html>""")
    found = svg_text_contrast(tab)
    assert found["count"] == 3
    assert len(found["bad"]) == 1 and found["bad"][0].startswith('"donker op blauw"'), found


def test_no_browser_or_a_skip_fails_the_run(tmp_path: Path) -> None:
    """The suite's own fixture and end hook in a separate pytest run: a browser that is
    not there is an error, a skipped check turns a green run red (exit 1)."""
    (tmp_path / "conftest.py").write_text(
        "from tests.a11y.conftest import browser, pytest_sessionfinish  # noqa: F401\n")
    (tmp_path / "test_checks.py").write_text(
        "import pytest\n\ndef test_skipped():\n    pytest.skip('no browser')\n\n"
        "def test_passes():\n    pass\n\n"
        "def test_browser(browser):\n    pass\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT), A11Y_CHROMIUM="/nonexistent/chromium")
    run = [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider",
           "-p", "no:hypothesispytest", str(tmp_path)]
    done = subprocess.run(run, capture_output=True, text=True, timeout=120, env=env,
                          cwd=tmp_path, check=False)
    assert done.returncode == 1, done.stdout
    assert "no browser at /nonexistent/chromium" in done.stdout
    assert "1 error" in done.stdout and "1 passed" in done.stdout
    skipped_only = subprocess.run([*run, "-k", "skipped or passes"], capture_output=True,
                                  text=True, timeout=120, env=env, cwd=tmp_path, check=False)
    assert skipped_only.returncode == 1, skipped_only.stdout
    assert "1 check(s) skipped: failing" in skipped_only.stdout
