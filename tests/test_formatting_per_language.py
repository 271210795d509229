"""Numbers and dates per language through one Formatter, handed to the renderers.

The sector PDF once formatted percentages itself, so ``bio2 --lang en aggregate`` printed
"57,0%" in the English PDF. These tests read the PDFs back and look at every percentage.
Expected strings are written by hand.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bio2.i18n import get_language, set_language, speaking, t
from bio2.i18n.numbers import Formatter
from tests.conftest import DEMO, run_bio2

#: A percentage with decimals as the PDFs print them: "57,0%" (nl) or "57.0%" (en).
PERCENT = re.compile(r"\d[\d.,]*[.,]\d+%")


def _pdf_text(pdf: bytes | Path) -> str:
    from tests.conftest import read_pdf  # one extraction per rendering and test process

    return "\n".join(page.extract_text() for page in read_pdf(pdf).pages)


# -- the Formatter -----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["57,0%", "1.234,50", "1234,50", "", "+4,2 %-punt", "12,3 MiB", "5 MiB", "812 KiB",
            "100 B", "1 maart 2026", "2026-03-01"]),
    ("en", ["57.0%", "1,234.50", "1234.50", "", "+4.2 pts", "12.3 MiB", "5 MiB", "812 KiB",
            "100 B", "1 March 2026", "2026-03-01"]),
])
def test_formatter_speaks_its_own_language(lang: str, expected: list[str]) -> None:
    set_language("en" if lang == "nl" else "nl")  # the global language must not matter
    fmt = Formatter(lang)
    assert [fmt.percent(0.57), fmt.decimal(1234.5), fmt.plain(1234.5), fmt.plain(None),
            fmt.points(0.042), fmt.size(int(12.3 * (1 << 20))), fmt.size(5 << 20),
            fmt.size(812 << 10), fmt.size(100), fmt.long_date(date(2026, 3, 1)),
            fmt.iso_date(date(2026, 3, 1))] == expected


def test_formatter_refuses_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="'de'"):
        Formatter("de")


def test_speaking_renders_in_a_language_and_restores_the_callers() -> None:
    set_language("nl")
    with speaking("en") as chosen:
        assert chosen == "en" and t("status.ja") == "yes"
    assert get_language() == "nl" and t("status.ja") == "ja"
    with speaking(None) as chosen:  # None: the caller's language
        assert chosen == "nl"
    with pytest.raises(RuntimeError), speaking("en"):
        raise RuntimeError("a failing render")
    assert get_language() == "nl"


def test_csv_numbers_follow_the_language_without_thousands() -> None:
    from bio2.exchange.csv_export import number_cell

    set_language("nl")
    assert [number_cell(4.5), number_cell(1234.5678, 1), number_cell(None)] == [
        "4,50", "1234,6", ""]
    set_language("en")
    assert [number_cell(4.5), number_cell(1234.5678, 1)] == ["4.50", "1234.6"]


# -- the sector PDF -------------------------------------------------------------------------
def _sector_pdf(tmp_path: Path, *args: str) -> str:
    pdf = tmp_path / f"sector{len(list(tmp_path.iterdir()))}.pdf"
    result = run_bio2(*args, "aggregate", str(DEMO), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    return _pdf_text(pdf)


def test_english_sector_pdf_has_no_dutch_decimal_comma_in_percentages(tmp_path: Path) -> None:
    english = PERCENT.findall(_sector_pdf(tmp_path, "--lang", "en"))
    dutch = PERCENT.findall(_sector_pdf(tmp_path))
    # the demo file gives distributions per letter and theme and a row per organisation
    assert len(english) >= 20 and len(english) == len(dutch)
    assert [p for p in english if "," in p] == []
    assert [p for p in dutch if "." in p] == []
    assert [p.replace(".", ",") for p in english] == dutch


def test_sector_renderer_takes_its_language_not_the_global_one() -> None:
    from bio2.catalog.loading import load_catalog
    from bio2.report.sector import render
    from bio2.usecases.sector import build_view, read_all

    view = build_view(read_all([str(DEMO)], workers=1))
    catalog = load_catalog(view.catalogs[-1])
    set_language("nl")
    english = _pdf_text(render(view, catalog, lang="en"))
    assert get_language() == "nl"
    assert "Sector view BIO2 and Cbw, period 2026" in english
    assert "Spreiding" not in english
    shown = PERCENT.findall(english)
    assert shown and all("," not in p for p in shown)
    set_language("en")
    dutch = _pdf_text(render(view, catalog, lang="nl"))
    assert "Spreiding van de scores" in dutch
    assert all("." not in p for p in PERCENT.findall(dutch))


# -- the report ----------------------------------------------------------------------------
def test_report_renders_numbers_and_dates_in_the_language_it_is_handed(
        demo_report: tuple[object, bytes], demo_report_en: bytes) -> None:
    """The demo's report rendered with ``lang="en"`` while the process speaks Dutch, and in
    Dutch (conftest: once per test process): every percentage on paper, the charts' drawn
    numbers too, and the report date in the handed language."""
    english = _pdf_text(demo_report_en)
    shown = PERCENT.findall(english)
    assert len(shown) >= 20 and [p for p in shown if "," in p] == []
    assert "1 November 2026" in english and "1 november 2026" not in english
    dutch = _pdf_text(demo_report[1])
    assert len(PERCENT.findall(dutch)) >= 20
    assert [p for p in PERCENT.findall(dutch) if "." in p] == []
    assert "1 november 2026" in dutch
