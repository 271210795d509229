"""``bio2 publish`` (issue 15 §2-3): the scope and the VvT as one accessible HTML page.

The structural accessibility check here is browser-free (html5lib); axe-core in a real
Chromium runs in ``make test-a11y`` (tests/a11y/)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import html5lib
import pytest

from bio2.domain.answers import Answer, Applicability, Evidence
from bio2.domain.errors import UserError
from bio2.i18n import set_language
from bio2.report.html import visible
from bio2.report.html.publish import render_publish
from bio2.store.scope import put_scope
from bio2.usecases.demo import create_demo
from bio2.usecases.opening import get_assessment, open_store
from bio2.usecases.publishing import build_page, control_status
from tests.test_tui import seeded

NS = "{http://www.w3.org/1999/xhtml}"
HOSTILE = ('<script>alert(1)</script> <img src=x onerror="alert(2)"> '
           '<a href="javascript:alert(3)">klik</a> [@click=app.quit]KLIK[/] <b>&amp; =1+1 \x1b[2J')
SECRET = "GEHEIM-UITLEG-7731"
Run = Callable[..., tuple[int, str, str]]


def parse(text: str) -> Any:
    return html5lib.parse(text, namespaceHTMLElements=True)


def texts(root: Any) -> str:
    return "".join(root.itertext())


def structure_problems(text: str) -> list[str]:
    """The browser-free accessibility check: lang, one h1, no skipped heading level,
    every table with a caption and every th with a scope, a skip link to main,
    landmarks, no script and no external resource."""
    root = parse(text)
    found: list[str] = []
    if not root.get("lang"):
        found.append("no lang")
    levels = [int(el.tag[-1]) for el in root.iter()
              if isinstance(el.tag, str) and el.tag in {f"{NS}h{n}" for n in range(1, 7)}]
    if levels.count(1) != 1 or levels[0] != 1:
        found.append(f"h1 count/first: {levels[:3]}")
    for before, after in pairwise(levels):
        if after > before + 1:
            found.append(f"heading h{before} -> h{after}")
    for table in root.iter(f"{NS}table"):
        if table.find(f"{NS}caption") is None:
            found.append("table without caption")
        for th in table.iter(f"{NS}th"):
            if th.get("scope") not in ("col", "row"):
                found.append("th without scope")
    mains = list(root.iter(f"{NS}main"))
    if len(mains) != 1 or not mains[0].get("id"):
        found.append("not one main with an id")
    links = list(root.iter(f"{NS}a"))
    if not links or links[0].get("href") != f"#{mains[0].get('id') if mains else ''}":
        found.append("no skip link first")
    for tag in ("header", "footer"):
        if root.find(f".//{NS}{tag}") is None:
            found.append(f"no {tag}")
    if list(root.iter(f"{NS}script")) or list(root.iter(f"{NS}img")):
        found.append("script or img")
    for el in root.iter():
        for attr in ("src", "href"):
            value = el.get(attr)
            if value and not value.startswith("#"):
                found.append(f"external {attr}: {value}")
        if el.tag == f"{NS}link":
            found.append("link element")
    return found


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite"
    with open_store(db) as store:
        create_demo(store)
    return db


def hostile_db(db: Path) -> int:
    """An assessment whose every published field is hostile, with secrets that must not
    be published (owner, explanation, evidence, risk reference)."""
    assessment = seeded(db)
    with open_store(db) as store, store.atomic():
        store.db.conn.execute("UPDATE organisations SET name = ?", [HOSTILE[:400]])
        put_scope(store, assessment, HOSTILE + "\nRegel twee", base=0)
        store.put_applicability(assessment, Applicability(
            control="5.1", applicable=False, justification=HOSTILE, risk_ref=SECRET))
        store.put_applicability(assessment, Applicability(control="5.2", applicable=False))
        store.put_answer(assessment, Answer(
            item="5.17.01", status="deels", explanation=SECRET, owner=SECRET,
            evidence=(Evidence(ref=SECRET),), finding=SECRET))
    return assessment


def page_of(db: Path, **options: Any) -> Any:
    with open_store(db) as store:
        data = get_assessment(store, "gemeente-test", "2026")
    return build_page(data, today=date(2026, 12, 1), **options)


def test_control_status_rule_per_branch() -> None:
    set_language("nl")
    assert control_status(["ja", "nee"], True) == "niet van toepassing (VvT)"
    assert control_status([], False) == "open"
    assert control_status(["ja", "ja"], False) == "ja"
    assert control_status(["nee", "ja", "ja", "open"], False) == "ja 2, nee 1, open 1"
    set_language("en")
    assert control_status(["deels", "nvt"], False) == "partly 1, n/a 1"
    set_language("nl")


def test_page_lists_every_control_and_only_what_may_be_published(db_path: Path) -> None:
    hostile_db(db_path)
    page = page_of(db_path)
    assert len(page.controls) == 93 and page.excluded == 2
    first = {c.number: c for c in page.controls}
    assert first["5.1"].applicable_text == "nee" and first["5.1"].justification == HOSTILE
    assert first["5.2"].justification == "(geen reden vastgelegd)"
    assert first["5.3"].applicable_text == "ja" and first["5.3"].justification == ""
    assert all(c.status == "" for c in page.controls)
    html = render_publish(page)
    assert SECRET not in html
    assert "deels" not in texts(parse(html))
    with_status = page_of(db_path, with_status=True)
    statuses = {c.number: c.status for c in with_status.controls}
    assert statuses["5.1"] == "niet van toepassing (VvT)" and statuses["5.17"] == "deels 1, open 2"
    assert SECRET not in render_publish(with_status)


def test_hostile_text_is_text_never_html(db_path: Path) -> None:
    hostile_db(db_path)
    html = render_publish(page_of(db_path, with_status=True))
    root = parse(html)
    assert not list(root.iter(f"{NS}script")) and not list(root.iter(f"{NS}img"))
    assert [a.get("href") for a in root.iter(f"{NS}a")] == ["#main"]
    assert "\x1b" not in html and "<b>&amp;" not in html
    shown = texts(root)
    assert visible(HOSTILE) in shown  # the whole hostile string, literally, as text
    assert "\\x1b[2J" in shown
    assert structure_problems(html) == []


def test_demo_page_is_structurally_accessible_in_both_languages(demo_db: Path) -> None:
    with open_store(demo_db) as store:
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
    for lang in ("nl", "en"):
        set_language(lang)
        html = render_publish(build_page(data, with_status=True))
        assert structure_problems(html) == [], lang
        root = parse(html)
        assert root.get("lang") == lang
        markings = [p for p in root.iter(f"{NS}p") if p.get("class") == "marking"]
        assert len(markings) == 2  # top and bottom
    set_language("nl")


def test_the_structure_check_can_fail() -> None:
    bad = ("<html><body><h1>a</h1><h3>b</h3><h1>c</h1><table><tr><th>x</th></tr></table>"
           "<script>x</script><img src='http://x/y.png'></body></html>")
    problems = structure_problems(bad)
    for part in ("no lang", "h1 count", "h1 -> h3", "table without caption",
                 "th without scope", "not one main", "script or img", "external src"):
        assert any(part in p for p in problems), part


def test_cli_publish_writes_the_page(demo_db: Path, tmp_path: Path, run_cli: Run) -> None:
    target = tmp_path / "vvt.html"
    code, _, err = run_cli(["publish", "gemeente-voorbeeld", "2026", "-o", str(target)],
                             db=demo_db)
    assert code == 0, err
    assert "93 maatregelen, 2 uitgesloten" in err
    html = target.read_text(encoding="utf-8")
    assert "Verklaring van Toepasselijkheid" in html and structure_problems(html) == []
    code, _, err = run_cli(["publish", "gemeente-voorbeeld", "2026", "-o", str(target),
                            "--lang", "en", "--with-status"], db=demo_db)
    assert code == 2 and len(err.strip().splitlines()) == 1  # exists: no overwrite
    code, _, err = run_cli(["publish", "gemeente-voorbeeld", "2026", "-o", str(target),
                            "--lang", "en", "--with-status", "--force"], db=demo_db)
    assert code == 0, err
    assert '<html lang="en">' in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", ["no_assessment", "no_org", "missing_folder", "suffix",
                                  "scope_too_long"])
def test_cli_publish_bad_input_is_one_line_and_writes_nothing(
        case: str, db_path: Path, tmp_path: Path, run_cli: Run) -> None:
    assessment = seeded(db_path)
    org, period, target = "gemeente-test", "2026", tmp_path / "out.html"
    if case == "no_assessment":
        period = "2031"
    elif case == "no_org":
        org = "bestaat-niet"
    elif case == "missing_folder":
        target = tmp_path / "nergens" / "out.html"
    elif case == "suffix":
        target = tmp_path / "out.pdf"
    else:
        with open_store(db_path) as store, store.atomic():  # only another tool does this
            store.db.conn.execute("UPDATE assessments SET scope = ? WHERE id = ?",
                                  ["x" * 20_001, assessment])
    code, _, err = run_cli(["publish", org, period, "-o", str(target)], db=db_path)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert list(tmp_path.glob("**/*.htm*")) == [] and list(tmp_path.glob("**/.bio2-*")) == []
    assert not (tmp_path / "nergens").exists()


def test_a_catalog_without_controls_has_no_vvt(db_path: Path) -> None:
    seeded(db_path)
    with open_store(db_path) as store:
        data = get_assessment(store, "gemeente-test", "2026")
    from dataclasses import replace

    empty = replace(data, catalog=data.catalog.model_copy(update={"controls": {}}))
    with pytest.raises(UserError, match="geen beheersmaatregelen"):
        build_page(empty)


def test_tui_previews_then_writes_exactly_the_page(db_path: Path, tmp_path: Path) -> None:
    from tests.test_tui import drive, open_first

    hostile_db(db_path)
    out = tmp_path / "out"
    out.mkdir()

    async def steps(pilot: Any, app: Any) -> None:
        from bio2.tui.screens.publish import PublishScreen

        await open_first(pilot, app)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PublishScreen)
        shown = str(app.screen.query_one("#pub-preview").render())
        assert "Verklaring van Toepasselijkheid" in shown and HOSTILE.split()[0] in shown
        assert SECRET not in shown
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, PublishScreen)

    drive(db_path, steps, output_dir=out)
    written = out / "gemeente-test-2026-vvt.html"
    html = written.read_text(encoding="utf-8")
    assert structure_problems(html) == [] and SECRET not in html
    assert visible(HOSTILE) in texts(parse(html))


def test_the_inline_stylesheet_is_css_not_escaped_text(demo_db: Path) -> None:
    """Our own CSS goes in unescaped (a browser does not decode ``&#34;`` in ``<style>``),
    while user text on the same page stays escaped."""
    with open_store(demo_db) as store:
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
    html = render_publish(build_page(data, with_status=True))
    style = html[html.index("<style>"):html.index("</style>")]
    assert '"Segoe UI"' in style
    assert "&#34;" not in style and "&amp;" not in style and "&gt;" not in style
