"""Hashed 8-word shingles of the reference texts, so "our own words" is tested everywhere.

The published BIO2 text and the other sources in ``../shared/reference`` are not ours to
ship, and a CI machine may not have them. ``tests/data/reference/shingles.txt`` therefore
holds, for every run of 8 words in those files, only a hash: no sentence can be read back
from it, yet any 8-word run of our texts can be looked up. Regenerate it after the
reference files change::

    python -m tests.shingles            # writes tests/data/reference/shingles.txt
    python -m tests.shingles --check    # exit 1 when the committed file is out of date

Decisions: words are runs of lowercase letters (including à-ÿ) and digits, as the guard
has always counted them; a shingle is its 8 words joined by one space, hashed with SHA-256
after a fixed prefix and cut to 16 hex digits (64 bits: with ~13,000 reference shingles and
~100,000 of ours a false hit has a chance of about 1 in 10^10). The file is sorted and
deduplicated, so regenerating from the same texts gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

N = 8
DIGITS = 16
PREFIX = b"bio2-shingle-v1\0"
HERE = Path(__file__).resolve().parent
HASHES = HERE / "data" / "reference" / "shingles.txt"
SHARED = HERE.parent.parent / "shared" / "reference"

_WORD = re.compile(r"[a-zà-ÿ0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, n: int = N) -> Iterator[str]:
    """Every run of ``n`` words of ``text``, joined by one space."""
    found = words(text)
    for i in range(len(found) - n + 1):
        yield " ".join(found[i:i + n])


def digest(shingle: str) -> str:
    return hashlib.sha256(PREFIX + shingle.encode("utf-8")).hexdigest()[:DIGITS]


#: Files of the reference folder whose sentences the product may carry. README.md is this
#: project's own description of the sources and holds the attribution lines the product
#: must show word for word. The Cbw Control Framework files are hashed like the rest: the
#: framework is CC BY 4.0, but issue 13 asks for its items paraphrased in our own words.
REUSABLE = ("README.md",)


def reference_files(folder: Path = SHARED) -> list[Path]:
    """The source texts of the reference folder (Markdown and TSV alike) that our texts
    must not copy from, in name order (see :data:`REUSABLE` for what is left out)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in REUSABLE)


def hashes_of(paths: Iterable[Path]) -> list[str]:
    found = {digest(s) for path in paths for s in shingles(path.read_text(encoding="utf-8"))}
    return sorted(found)


def render(hashes: Iterable[str]) -> str:
    header = (f"# sha256(prefix + 8 words)[:{DIGITS}] of ../shared/reference; "
              "regenerate: python -m tests.shingles\n")
    return header + "".join(f"{h}\n" for h in hashes)


@cache
def committed() -> frozenset[str]:
    """The committed hashes (the guard's reference everywhere)."""
    lines = HASHES.read_text(encoding="ascii").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def copied(texts: Iterable[str], reference: frozenset[str] | None = None) -> list[str]:
    """The 8-word runs of ``texts`` whose hash is among the reference hashes."""
    known = committed() if reference is None else reference
    return [s for text in texts for s in shingles(text) if digest(s) in known]


def main(argv: list[str]) -> int:
    if not SHARED.is_dir():
        print(f"{SHARED} not found: the reference texts are needed to regenerate",
              file=sys.stderr)
        return 2
    text = render(hashes_of(reference_files()))
    if "--check" in argv:
        current = HASHES.read_text(encoding="ascii") if HASHES.exists() else ""
        if current != text:
            print(f"{HASHES} is out of date: run python -m tests.shingles", file=sys.stderr)
            return 1
        return 0
    HASHES.write_text(text, encoding="ascii")
    print(f"{HASHES}: {text.count(chr(10)) - 1} hashes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
