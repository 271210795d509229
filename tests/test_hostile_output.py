"""No terminal escape in user text or file names ever reaches the terminal.

Every command that prints user text runs here on a file that passes ``bio2 validate``
with ESC sequences (clear screen, set title), a BEL, a carriage return and a faked
"geïmporteerd" line in names, owners, explanations, the period and the file name. The
output must carry no raw control character, only its escape (``\\x1b``), and the rest of
the text must still be there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_bio2
from tests.test_answerfile import GOOD

ESC = "\x1b"
#: YAML double-quoted escapes: ESC [2J (clear screen), OSC title with BEL, a CR + fake line.
NAME = '"Gemeente \\e[2J Test"'
OWNER = '"Team \\e]0;pwned\\a IAM"'
EXPLANATION = '"MFA\\r\\ngeïmporteerd: alles ja \\e[31m"'
REGISTRATION = (
    "  registration:\n"
    "    entity_name: \"Gemeente \\e[2J Test\"\n"
    "    entity_type: gemeente\n"
    "    entity: essentieel\n"
    "    incident_contact: {name: \"A. \\e[8mde Vries\", email: ciso@test.nl,"
    " phone: '+31 20 1234567'}\n"
    "    services: [\"Burger\\e[2Jzaken\"]\n")


def hostile_text() -> str:
    text = GOOD.replace("  name: Gemeente Test\n", f"  name: {NAME}\n")
    text = text.replace("    owner: Team IAM\n", f"    owner: {OWNER}\n")
    text = text.replace("    explanation: MFA voor beheer; nog niet voor alle medewerkers\n",
                        f"    explanation: {EXPLANATION}\n")
    text = text.replace("  cbw_entity: essentieel\n", "  cbw_entity: essentieel\n"
                        + REGISTRATION)
    text = text.replace('  - item: "5.3"\n    status: ja\n',
                        f'  - item: "5.3"\n    status: nee\n    explanation: {EXPLANATION}\n'
                        f'    owner: {OWNER}\n')
    return text


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "evil\x1b[2J\rgeïmporteerd.yaml"
    path.write_text(hostile_text(), encoding="utf-8")
    return path


def clean(result: object) -> str:
    out = result.stdout + result.stderr  # type: ignore[attr-defined]
    for bad in (ESC, "\x07", "\r", "\x9b"):
        assert bad not in out, f"raw {bad!r} in output: {out!r}"
    return out


def test_the_hostile_file_passes_validate(hostile: Path) -> None:
    result = run_bio2("validate", str(hostile))
    assert result.returncode == 0, result.stdout + result.stderr
    clean(result)


def test_import_score_cbw_registration_escape_user_text(tmp_path: Path,
                                                        hostile: Path) -> None:
    db = tmp_path / "h.sqlite"
    imported = run_bio2("import", str(hostile), db=db)
    assert imported.returncode == 0, imported.stderr
    out = clean(imported)
    assert "evil\\x1b[2J\\x0dgeïmporteerd.yaml" in out
    score = run_bio2("score", "gemeente-test", "2026", db=db)
    assert score.returncode == 0, score.stderr
    out = clean(score)
    assert "Gemeente \\x1b[2J Test" in out and "\\x1b]0;pwned\\x07" in out
    cbw = run_bio2("cbw", "gemeente-test", "2026", db=db)
    assert cbw.returncode == 0, cbw.stderr
    out = clean(cbw)
    assert "A. \\x1b[8mde Vries" in out
    registration = run_bio2("registration", "gemeente-test", db=db)
    assert registration.returncode == 0, registration.stderr
    out = clean(registration)
    assert "Burger\\x1b[2Jzaken" in out and "Gemeente \\x1b[2J Test" in out
    again = run_bio2("registration", "gemeente-test", "--set-from", str(hostile), db=db)
    assert again.returncode == 0, again.stderr
    clean(again)


def test_diff_escapes_values_and_file_names(tmp_path: Path, hostile: Path) -> None:
    plain = tmp_path / "plain.yaml"
    plain.write_text(GOOD, encoding="utf-8")
    result = run_bio2("diff", str(plain), str(hostile))
    assert result.returncode == 0, result.stderr
    out = clean(result)
    assert "\\x1b[31m" in out and "\\x0d\\x0a" in out and "\\x1b]0;pwned\\x07" in out


def test_aggregate_escapes_file_names(tmp_path: Path, hostile: Path) -> None:
    broken = tmp_path / "kapot\x1b[2J.yaml"
    broken.write_text("format: [", encoding="utf-8")
    second = tmp_path / "tweede\x1b[1A.yaml"
    second.write_text(hostile_text(), encoding="utf-8")
    result = run_bio2("aggregate", str(tmp_path), "-o", str(tmp_path / "s.pdf"))
    assert result.returncode == 0, result.stderr
    out = clean(result)
    assert "kapot\\x1b[2J.yaml" in out and "tweede\\x1b[1A.yaml" in out


def test_export_line_and_error_lines_escape(tmp_path: Path, hostile: Path) -> None:
    db = tmp_path / "h.sqlite"
    assert run_bio2("import", str(hostile), db=db).returncode == 0
    target = tmp_path / "uit\x1b[2J.yaml"
    result = run_bio2("export", "gemeente-test", "2026", "-o", str(target), db=db)
    assert result.returncode == 0, result.stderr
    assert "uit\\x1b[2J.yaml" in clean(result)
    missing = run_bio2("score", "nergens\x1b[2J", "2026", db=db)
    assert missing.returncode == 2
    assert "nergens\\x1b[2J" in clean(missing)


def test_emoji_codes_in_user_text_print_as_typed(tmp_path: Path) -> None:
    """Rich turns ``:smile:`` into an emoji unless told not to: user text is data."""
    text = GOOD.replace("  name: Gemeente Test\n", "  name: 'Gemeente :smile: Test'\n")
    text = text.replace("    owner: Team IAM\n", "    owner: ':thumbs_up: IAM'\n")
    emoji = tmp_path / "emoji.yaml"
    emoji.write_text(text, encoding="utf-8")
    plain = tmp_path / "plain.yaml"
    plain.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "e.sqlite"
    assert run_bio2("import", str(emoji), db=db).returncode == 0
    score = run_bio2("score", "gemeente-test", "2026", db=db)
    diff = run_bio2("diff", str(plain), str(emoji))
    assert score.returncode == 0 and diff.returncode == 0, score.stderr + diff.stderr
    assert ":smile:" in score.stdout and ":thumbs_up: IAM" in diff.stdout
    for out in (score.stdout, diff.stdout):
        assert "\U0001f604" not in out and "\U0001f44d" not in out
