"""The one number and date helper, Dutch and English (expected strings written by hand)."""

from __future__ import annotations

from datetime import date

import pytest

from bio2.i18n import set_language
from bio2.i18n.numbers import decimal, integer, iso_date, long_date, percent, points


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["13,6%", "57,0%", "100,0%", "0,0%", "–", "-", "14%"]),
    ("en", ["13.6%", "57.0%", "100.0%", "0.0%", "–", "-", "14%"]),
])
def test_percent(lang: str, expected: list[str]) -> None:
    set_language(lang)
    assert [percent(0.136), percent(0.57), percent(1.0), percent(0.0), percent(None),
            percent(None, missing="-"), percent(0.136, digits=0)] == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["4,50", "1.234.567,89", "0,2", "20.000", "1.000.000", "7", "5,63", "0,00"]),
    ("en", ["4.50", "1,234,567.89", "0.2", "20,000", "1,000,000", "7", "5.63", "0.00"]),
])
def test_decimal_and_integer(lang: str, expected: list[str]) -> None:
    set_language(lang)
    assert [decimal(4.5), decimal(1234567.891), decimal(0.225, 1), integer(20000),
            integer(1_000_000), integer(7), decimal(5.625), decimal(-0.004)] == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["+4,2 %-punt", "−1,0 %-punt", "±0,0 %-punt", "–"]),
    ("en", ["+4.2 pts", "−1.0 pts", "±0.0 pts", "–"]),
])
def test_points_are_signed(lang: str, expected: list[str]) -> None:
    set_language(lang)
    assert [points(0.042), points(-0.01), points(0.0000001), points(None)] == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "31 december 2027"), ("en", "31 December 2027")])
def test_dates_for_readers_and_machines(lang: str, expected: str) -> None:
    set_language(lang)
    assert long_date(date(2027, 12, 31)) == expected
    assert long_date(date(2026, 3, 1)).startswith("1 ")
    assert iso_date(date(2027, 12, 31)) == "2027-12-31"
    assert long_date(None) == iso_date(None) == "–"


def test_cli_and_tui_formatters_are_the_helper() -> None:
    from bio2.cli.commands import pct as cli_pct
    from bio2.tui.widgets.bars import percent as bar_percent

    set_language("en")
    assert (cli_pct(0.136), bar_percent(0.62)) == ("13.6%", " 62%")
    set_language("nl")
    assert (cli_pct(0.136), bar_percent(None)) == ("13,6%", "   -")


def test_the_pdf_renderers_format_no_number_themselves() -> None:
    """Report and sector PDF format through the Formatter of their language (tests in
    test_formatting_per_language.py); no format spec, decimal-comma swap or "* 100" of
    their own is left in bio2/report/ (the sector PDF's own percentages once printed
    "57,0%" in English)."""
    import re
    from pathlib import Path

    import bio2.report

    own = re.compile(r"""\{[^{}'"]*:[^{}'"]*\d[fd%]\}"""  # a format spec such as {x:.1f}
                     r"""|replace\(["']\.["'], ?["'],["']\)"""  # swapping in a comma
                     r"""|\* ?100\b""")  # a share made a percentage by hand
    found = [f"{path.name}:{n}: {line.strip()}"
             for path in Path(bio2.report.__file__).parent.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if own.search(line)]
    assert found == []
    assert own.search('f"{value * 100:.1f}%"') and own.search('text.replace(".", ",")')
