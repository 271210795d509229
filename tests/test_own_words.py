"""The "texts are our own words" guard: hashed 8-word shingles of the reference texts
(tests/shingles.py), checked against every text the product ships, on every machine.

The catalog guidance and titles are checked in test_catalog, test_guidance_en and
test_versions; here: the guard itself, the message catalog and the shipped data files.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bio2.i18n import messages
from tests.shingles import (
    HASHES,
    SHARED,
    committed,
    copied,
    digest,
    hashes_of,
    reference_files,
    render,
    shingles,
)

ROOT = Path(__file__).resolve().parent.parent


def test_shingles_are_runs_of_eight_words_counted_as_before() -> None:
    text = "Eén, twee: drie vier-vijf zes zeven ACHT negen."
    assert list(shingles(text)) == ["eén twee drie vier vijf zes zeven acht",
                                    "twee drie vier vijf zes zeven acht negen"]
    assert list(shingles("maar zeven woorden staan in deze zin")) == []


def test_the_guard_finds_a_copied_run_and_nothing_else() -> None:
    reference = frozenset({digest("de organisatie stelt een beleid vast en herziet")})
    ours = "Het bestuur ziet toe: de organisatie stelt een beleid vast en herziet het."
    assert copied([ours], reference) == ["de organisatie stelt een beleid vast en herziet"]
    assert copied(["de organisatie stelt een beleid vast en bespreekt het"], reference) == []


def test_the_committed_file_holds_hashes_only() -> None:
    hashes = committed()
    assert len(hashes) > 10_000  # the BIO2 Part 2 text alone has more runs than that
    assert all(re.fullmatch(r"[0-9a-f]{16}", h) for h in hashes)
    body = [line for line in HASHES.read_text(encoding="ascii").splitlines()
            if not line.startswith("#")]
    assert body == sorted(set(body))


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/reference is beside CI's clone")
def test_the_committed_hashes_are_those_of_the_reference_texts() -> None:
    """Regenerating gives the committed bytes (run ``python -m tests.shingles`` if not),
    and a sentence of the published BIO2 text is found."""
    assert render(hashes_of(reference_files())) == HASHES.read_text(encoding="ascii")
    lines = (SHARED / "bio2-v1.2-maatregelen.md").read_text(encoding="utf-8").splitlines()
    sample = "\n".join(lines[len(lines) // 2:][:40])
    assert len(copied([sample])) == len(list(shingles(sample))) > 100


def test_messages_are_our_own_words() -> None:
    texts = [text for pair in messages().values() for text in pair]
    assert len(texts) > 1000
    assert copied(texts) == []


@pytest.mark.parametrize("folder", ["controls", "profiles", "bio2/demo"])
def test_shipped_data_files_are_our_own_words(folder: str) -> None:
    files = sorted((ROOT / folder).glob("*.yaml"))
    assert files
    for path in files:
        assert copied([path.read_text(encoding="utf-8")]) == [], path.name
