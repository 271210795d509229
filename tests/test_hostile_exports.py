"""User text in the CSV and OSCAL exports stays text: no formula, no Markdown, no HTML;
and an e-mail address bio2 accepts is one OSCAL accepts."""

from __future__ import annotations

import csv
import html
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from bio2.exchange.csv_export import text_cell
from bio2.exchange.oscal import markdown_text

GUARDED = ["=1+1", "+1", "-1-1", "@SUM(A1)", " =1+1", "   +cmd", "\u00a0=1+1", "\u200b=1+1",
           "\ufeff=HYPERLINK(\"x\")", "\u202e=1+1", "\u2060@x", "\x1b=1", "\t=1", "\r=1",
           "\tx", "\rx", "＝1+1", "＋1", "－1", "＠x", " \u200b\u00a0-2"]
PLAIN = ["tekst", "a=1", "1-1", "ICT-dienst [/regio]", "5.17.01", " tekst", "\u200btekst",
         "ë=1", "'=1"]


@pytest.mark.parametrize("value", GUARDED)
def test_formula_guard_after_blanks_and_invisible_characters(value: str) -> None:
    assert text_cell(value) == "'" + value


@pytest.mark.parametrize("value", PLAIN)
def test_plain_text_is_left_alone(value: str) -> None:
    assert text_cell(value) == value


def test_csv_export_guards_owner_and_explanation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import run_bio2
    from tests.test_answerfile import GOOD

    source = tmp_path / "in.yaml"
    source.write_text(GOOD.replace("owner: Team IAM", 'owner: " =HYPERLINK(1)"').replace(
        "explanation: MFA voor beheer; nog niet voor alle medewerkers",
        'explanation: "\\u200b-1-1"'), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert run_bio2("import", str(source), db=db).returncode == 0
    out = run_bio2("export", "gemeente-test", "2026", "--format", "csv", "-o", "-", db=db)
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout.lstrip("\ufeff")), delimiter=";"))
    (row,) = [r for r in rows if r[0] == "5.17.01"]
    assert "' =HYPERLINK(1)" in row and "'\u200b-1-1" in row


MD = MarkdownIt("commonmark")


def rendered_text(text: str) -> tuple[set[str], str]:
    """Tags and text of the CommonMark rendering of ``markdown_text(text)``."""
    out = MD.render(markdown_text(text))
    tags = set(re.findall(r"</?([a-z0-9]+)", out))
    plain = html.unescape(re.sub(r"</?p>|<br />", "", out))
    return tags, plain


def words(text: str) -> list[str]:
    return text.split()


ATTACKS = ["<b>&amp;</b>", "[klik](javascript:alert(1))", "![x](http://x/y.png)",
           "**vet** _schuin_ `code`", "# kop", "kop\n===", "- lijst\n+ lijst\n* lijst",
           "1. een\n2) twee", "> citaat", "    code", "\tcode", "```\ncode\n```", "~~~\nx",
           "a | b\n--|--\n1 | 2", "<http://x.nl>", "<div>blok</div>", "[a]: http://x",
           "a\\\nb", "---", "***", "___", "&#65;", "\\*"]


@pytest.mark.parametrize("text", ATTACKS)
def test_markdown_and_html_in_oscal_fields_show_as_typed(text: str) -> None:
    tags, plain = rendered_text(text)
    assert tags <= {"p", "br"}, (text, tags)
    assert words(plain) == words(text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r")
               | st.sampled_from(list("\n\t#*_[]()<>&!`~|-+=.1\\ ")), max_size=40))
def test_any_text_renders_as_itself(text: str) -> None:
    tags, plain = rendered_text(text)
    assert tags <= {"p", "br"}, (text, tags)
    assert words(plain) == words(text)


def test_oscal_export_escapes_explanations_and_findings() -> None:
    from datetime import date

    from bio2.domain.answers import Answer, AnswerFile, AssessmentInfo, Organisation
    from bio2.exchange.oscal import to_oscal_dict

    model = AnswerFile(
        format="bio2-answers/1", catalog="bio2-1.2",
        organisation=Organisation(id="gemeente-test", name="<i>Gemeente</i> [x](y)",
                                  type="gemeente"),
        assessment=AssessmentInfo(period="2026", assessor="A", date=date(2026, 3, 1)),
        answers=(Answer(item="5.3", status="nee", explanation="<script>x</script> **vet**",
                        finding="# kop"),))
    doc = to_oscal_dict(model)["assessment-results"]
    assert "&lt;i&gt;Gemeente&lt;/i&gt; \\[x\\]\\(y\\)" in doc["metadata"]["title"]
    result = doc["results"][0]
    (obs,) = [o for o in result["observations"] if o["title"].startswith("5.3 ")]
    assert obs["description"] == "&lt;script&gt;x&lt;/script&gt; \\*\\*vet\\*\\*"
    (finding,) = [f for f in result["findings"] if f["title"].startswith("5.3 ")]
    assert finding["remarks"] == "\\# kop"


ADDRESSES = ["ciso@test.nl", "j.de.vries@gemeente.nl", "a+b@x.nl", "jörg@voorbeeld.nl",
             "jan..jansen@voorbeeld.nl", ".jan@x.nl", "jan.@x.nl", "jan@x..nl", "jan@-x.nl",
             "jan@x-.nl", "jan@x.n1", "a@b.c", "a\"b@x.nl", "jan@xn--bcher-kva.nl"]


@pytest.mark.parametrize("address", ADDRESSES)
def test_email_is_checked_as_strictly_as_oscal(address: str) -> None:
    from pydantic import EmailStr, TypeAdapter, ValidationError

    from bio2.domain.registration import IncidentContact

    def ours() -> bool:
        try:
            IncidentContact(name="x", email=address, phone="+31 20 1234567")
        except ValidationError:
            return False
        return True

    def oscal() -> bool:
        try:
            TypeAdapter(EmailStr).validate_python(address)
        except ValidationError:
            return False
        return True

    assert not ours() or oscal(), f"bio2 accepts {address!r}, OSCAL refuses it"
    if address == "jan..jansen@voorbeeld.nl":
        assert not ours()


def test_a_bad_email_gets_one_dutch_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import run_bio2

    path = tmp_path / "reg.yaml"
    path.write_text(
        "entity_name: Gemeente Test\nentity_type: gemeente\nentity: essentieel\n"
        "incident_contact: {name: A, email: jan..jansen@voorbeeld.nl, phone: '+31 20 1234567'}\n"
        "services: [Burgerzaken]\n", encoding="utf-8")
    result = run_bio2("registration", "x", "--set-from", str(path), db=tmp_path / "r.sqlite")
    assert result.returncode == 2
    assert "geen geldig e-mailadres: jan..jansen@voorbeeld.nl" in result.stderr
    assert result.stderr.count("\n") == 1
