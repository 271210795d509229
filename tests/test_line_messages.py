"""A control character in a one-line text of an answer file is one clear line that names
the field and says what is not allowed, never the schema's "does not match the pattern"
(issue 13 leftover); and a list whose only element fails is not also "too short"."""

from __future__ import annotations

from datetime import date

import pytest

from bio2.exchange.answerfile import check_bytes
from bio2.i18n import speaking
from tests.test_training_store import HEAD

TODAY = date(2026, 12, 2)


def errors(text: str) -> list[str]:
    result = check_bytes("f.yaml", text.encode("utf-8"), today=TODAY)
    assert not result.ok
    return [str(p) for p in result.errors]


def register(name: str = "A. de Vries", topics: str = "[cyberrisico's]",
             provider: str = "Academie") -> str:
    return HEAD + f"""\
governance:
  training:
    members:
      - {{name: {name}, role: burgemeester}}
    trainings:
      - {{member: A. de Vries, date: 2026-03-04, topics: {topics}, provider: {provider}}}
"""


def test_a_tab_in_a_member_name_is_one_line_in_words() -> None:
    assert errors(register(name='"A. de\\tVries"')) == [
        "f.yaml:8:10: governance.training.members.0.name: stuurtekens zijn niet toegestaan"
        " in name (gevonden: \\x09); schrijf één regel tekst zonder regeleinde, tab of ESC"]


def test_escape_in_the_only_topic_is_one_line_not_also_too_few_topics() -> None:
    found = errors(register(topics='["risico\\e[2J"]'))
    assert found == [
        "f.yaml:10:58: governance.training.trainings.0.topics.0: stuurtekens zijn niet"
        " toegestaan in topics (gevonden: \\x1b); schrijf één regel tekst zonder"
        " regeleinde, tab of ESC"]


def test_english_and_a_c1_character() -> None:
    with speaking("en"):
        assert errors(register(provider='"Acade\\x85mie"')) == [
            "f.yaml:10:74: governance.training.trainings.0.provider: control characters are"
            " not allowed in provider (found: \\x85); write one line of text without line"
            " break, tab or ESC"]


def test_a_line_break_in_the_registration_names_the_field() -> None:
    text = HEAD.replace(
        "organisation: {id: gem-a, name: Gemeente A, type: gemeente}\n",
        "organisation:\n  id: gem-a\n  name: Gemeente A\n  type: gemeente\n"
        "  registration:\n    entity_name: \"Gemeente\\nA\"\n    entity_type: gemeente\n"
        "    entity: essentieel\n"
        "    incident_contact: {name: CISO, email: ciso@test.nl, phone: '+31 20 1234567'}\n"
        "    services: [Burgerzaken]\n")
    assert errors(text) == [
        "f.yaml:8:5: organisation.registration.entity_name: regeleinden en tabs zijn niet"
        " toegestaan in entity_name (gevonden: \\x0a); schrijf één regel tekst"]


@pytest.mark.parametrize(("topics", "expected"), [
    ("[]", "governance.training.trainings.0.topics: te weinig elementen (minimaal 1)"),
])
def test_a_list_that_is_really_too_short_still_says_so(topics: str, expected: str) -> None:
    assert [e.split(": ", 1)[1] for e in errors(register(topics=topics))] == [expected]


def test_other_patterns_keep_their_message() -> None:
    found = errors(HEAD.replace("id: gem-a", "id: Gem_A"))
    assert found == ["f.yaml:3:16: organisation.id: voldoet niet aan het patroon"
                     " ^[a-z0-9-]{2,64}$"]
