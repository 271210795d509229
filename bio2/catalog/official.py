"""Read the published BIO2 Part 2 (Deel 2) Markdown and compare it with a catalog.

The user has the official text; bio2 never ships it. This module turns such a file into
items (number, text, categories) and reports how it fits a catalog; storing the texts is
``bio2.store.official``.

Both published layouts are read:

- **1.2** (adopted): every item ends in a ``Draagt bij aan: ...`` line with its categories,
  paragraphs are separated by ``<br><br>``.
- **1.3 draft**: no category lines; renumbered and removed measures keep their heading
  with only ``Verplaatst naar N.NN.NN.`` or ``Vervallen.`` under it.

Every ``## N.NN.NN`` heading is an item. A heading whose text starts with "Geen
overheidsmaatregel" stands for the control itself, which is then assessed directly:
``## 5.03.01`` with that text is catalog item ``5.3``. Moved and removed markers are read
and counted but are not items.

A file is refused as a whole (nothing stored) when it has no item headings, when it is
truncated, when a number occurs twice, when a category word is unknown, or when an item
is empty. Items unknown to the catalog, catalog items missing from the file and category
tags that disagree with the catalog are reported but do not stop the import.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from bio2.domain.base import CATEGORIES, Category
from bio2.domain.catalog import Catalog
from bio2.i18n import pick, t
from bio2.system.problems import Problem

#: Largest file read; the full Part 2 is about 40 KB.
MAX_BYTES = 5 * 1024 * 1024
Layout = Literal["1.2", "1.3"]
#: The catalog each published layout belongs to (the default of ``--catalog``).
LAYOUT_CATALOG: dict[Layout, str] = {"1.2": "bio2-1.2", "1.3": "bio2-1.3-concept"}
OfficialKind = Literal["measure", "control", "removed", "moved"]

_HEADING = re.compile(r"^(#{1,2})(?:\s+(.*))?$")
_NUMBER = re.compile(r"^([5-8])\.([0-9]{2})\.([0-9]{2})$")
_NUMBERISH = re.compile(r"^[0-9]+(\.[0-9]+)+\b")
# The colon is required: "draagt bij aan" also occurs in ordinary sentences. Every pattern
# starts with a literal or is anchored and has no two adjacent unbounded repeats that can
# match the same characters, so a 200 KB line costs linear time (a leading ``\**\s*``
# or a lazy ``(.*?)\s*$`` made one line of blanks or stars quadratic).
_CATEGORIES = re.compile(r"(?i)draagt\s+bij\s+aan\s*(?::\s*\**|\**\s*:)\s*(.*)$")
#: ``(?<!\s)``: a run of blanks is tried once, not from each of its blanks (linear).
_WORD_SPLIT = re.compile(r",|;|&|/|(?<!\s)\s+en\s+")
_BREAK = re.compile(r"(?i)<br\s*/?>")
_MOVED = re.compile(r"(?i)^verplaatst\s+naar\s+([5-8]\.[0-9]{2}\.[0-9]{2})")
#: 1.3 leaves 8.08.06 with nothing but "Zie overheidsmaatregel 5.24.08.": a move in all
#: but name (issue 13), read as one when that sentence is the whole text.
_REFERS = re.compile(r"(?i)^zie\s+overheidsmaatregel\s+([5-8]\.[0-9]{2}\.[0-9]{2})\.?$")
_REMOVED = re.compile(r"(?i)^vervallen\b")
_DIRECT = re.compile(r"(?i)^geen\s+overheidsmaatregel")


@dataclass(frozen=True)
class OfficialItem:
    """One ``## N.NN.NN`` section of the file."""

    #: The number as in the heading, e.g. ``5.03.01``.
    number: str
    #: The catalog item it stands for: the number, or the control (``5.3``) for a
    #: "Geen overheidsmaatregel" heading.
    item: str
    kind: OfficialKind
    text: str
    #: ``None`` when the section has no ``Draagt bij aan`` line.
    categories: tuple[Category, ...] | None
    line: int
    moved_to: str | None = None

    @property
    def is_content(self) -> bool:
        """A measure or a control text (not a moved or removed marker)."""
        return self.kind in ("measure", "control")


@dataclass
class ParsedFile:
    file: str
    sha256: str
    items: list[OfficialItem] = field(default_factory=list)
    #: Problems that refuse the whole file.
    errors: list[Problem] = field(default_factory=list)
    #: Problems worth telling that do not stop the import.
    warnings: list[Problem] = field(default_factory=list)
    layout: Layout = "1.2"

    @property
    def content(self) -> list[OfficialItem]:
        return [i for i in self.items if i.is_content]


def _control_of(number: str) -> str:
    theme, control, _ = number.split(".")
    return f"{theme}.{int(control)}"


def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower().strip(" .*_`")


def read_bytes(raw: bytes, file: str) -> ParsedFile:
    """Parse the bytes of a Part 2 Markdown file; never raises for bad content."""
    parsed = ParsedFile(file=file, sha256=hashlib.sha256(raw).hexdigest())
    if len(raw) > MAX_BYTES:
        parsed.errors.append(Problem(file, 1, 1, "", t("official.too_big", limit=MAX_BYTES)))
        return parsed
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        if exc.end == len(raw) and "unexpected end" in exc.reason:
            # A download or copy that stopped inside a multi-byte character.
            text = raw[:exc.start].decode("utf-8", errors="replace")
            parsed.errors.append(Problem(file, line, 1, "", t("official.truncated_bytes")))
        else:
            parsed.errors.append(Problem(file, line, 1, "", t("official.not_utf8")))
            return parsed
    _parse(text, parsed)
    return parsed


def _parse(text: str, parsed: ParsedFile) -> None:
    file = parsed.file
    lines = text.splitlines()
    # (number, heading line, body lines) per item heading; other headings end a body.
    sections: list[tuple[str, int, list[str]]] = []
    body: list[str] | None = None
    for index, line in enumerate(lines, start=1):
        heading = _HEADING.match(line)
        if heading is None:
            if body is not None:
                body.append(line)
            continue
        body = None
        title = (heading.group(2) or "").strip()
        if heading.group(1) != "##":
            continue
        if _NUMBER.match(title):
            body = []
            sections.append((title, index, body))
        elif _NUMBERISH.match(title):
            parsed.errors.append(Problem(file, index, 1, "", t("official.bad_heading",
                                                                 heading=line.strip())))
    if not sections:
        parsed.errors.append(Problem(file, 1, 1, "", t("official.no_items")))
        return
    seen: dict[str, int] = {}
    for number, at, body_lines in sections:
        if number in seen:
            parsed.errors.append(Problem(file, at, 1, "", t(
                "official.duplicate", number=number, first=seen[number])))
            continue
        seen[number] = at
        parsed.items.append(_section(parsed, number, at, body_lines))
    with_categories = [i for i in parsed.content if i.categories is not None]
    markers = any(not i.is_content for i in parsed.items)
    parsed.layout = "1.2" if with_categories and not markers else "1.3"
    last = parsed.items[-1] if parsed.items else None
    if with_categories:
        for item in parsed.content:
            if item.categories is not None:
                continue
            if item is last:
                parsed.errors.append(Problem(file, item.line, 1, "", t(
                    "official.truncated_item", number=item.number)))
            else:
                parsed.warnings.append(Problem(file, item.line, 1, "", t(
                    "official.no_categories", number=item.number), warning=True))


def _section(parsed: ParsedFile, number: str, line: int, body: list[str]) -> OfficialItem:
    categories: tuple[Category, ...] | None = None
    kept: list[str] = []
    for offset, raw_line in enumerate(body, start=1):
        found = _CATEGORIES.search(raw_line)
        if found is None or categories is not None:
            kept.append(raw_line)
            continue
        # What stood before the label, less the "**" and blanks around it.
        kept.append(raw_line[:found.start()].rstrip().rstrip("*"))
        categories = _categories(parsed, number, line + offset, found.group(1))
    text = _BREAK.sub("\n", "\n".join(kept))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(x.rstrip() for x in text.split("\n"))).strip()
    if not text:
        parsed.errors.append(Problem(parsed.file, line, 1, "", t("official.empty",
                                                                    number=number)))
    first = text.splitlines()[0].strip() if text else ""
    moved = _MOVED.match(first) or _REFERS.match(text)
    if moved:
        return OfficialItem(number, number, "moved", text, categories, line, moved.group(1))
    if _REMOVED.match(first):
        return OfficialItem(number, number, "removed", text, categories, line)
    if _DIRECT.match(first):
        return OfficialItem(number, _control_of(number), "control", text, categories, line)
    return OfficialItem(number, number, "measure", text, categories, line)


def _categories(parsed: ParsedFile, number: str, line: int, words: str
                ) -> tuple[Category, ...]:
    found: list[Category] = []
    for word in _WORD_SPLIT.split(words):
        folded = _fold(word)
        if not folded:
            continue
        match = next((c for c in CATEGORIES if c == folded), None)
        if match is None:
            parsed.errors.append(Problem(parsed.file, line, 1, "", t(
                "official.unknown_category", word=word.strip(), number=number,
                known=", ".join(t(f"category.{c}") for c in CATEGORIES))))
            continue
        found.append(match)
    return tuple(c for c in CATEGORIES if c in found)


@dataclass(frozen=True)
class Disagreement:
    item: OfficialItem
    catalog: tuple[Category, ...]


@dataclass
class ImportReport:
    """How one parsed file fits one catalog."""

    parsed: ParsedFile
    catalog: str
    matched: list[OfficialItem]
    unknown: list[OfficialItem]
    #: Catalog items (measures and controls assessed directly) that the file lacks.
    missing: list[str]
    disagree: list[Disagreement]
    errors: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, kind: OfficialKind) -> int:
        return sum(1 for i in self.parsed.items if i.kind == kind)


def compare(parsed: ParsedFile, catalog: Catalog) -> ImportReport:
    """Match the parsed items with ``catalog``; a file that stops early is an error."""
    matched = [i for i in parsed.content if i.item in catalog.items]
    unknown = [i for i in parsed.content if i.item not in catalog.items]
    found = {i.item for i in matched}
    order = [i.id for i in catalog.items.values() if i.kind != "clause"]
    missing = [i for i in order if i not in found]
    disagree = [
        Disagreement(i, catalog.items[i.item].categories) for i in matched
        if i.categories is not None and set(i.categories) != set(catalog.items[i.item].categories)
    ]
    errors = list(parsed.errors)
    first_of: dict[str, OfficialItem] = {}
    for official in matched:
        # Two headings that land on one item (8.34.01 and 8.34.02 both "Geen
        # overheidsmaatregel" for control 8.34) would store two texts for one key.
        if official.item in first_of:
            errors.append(Problem(parsed.file, official.line, 1, "", t(
                "official.duplicate_item", number=official.number, item=official.item,
                first=first_of[official.item].number)))
        first_of.setdefault(official.item, official)
    if not errors and matched and missing:
        last = max(order.index(i.item) for i in matched)
        tail = order[last + 1:]
        if tail:
            final = parsed.items[-1]
            errors.append(Problem(parsed.file, final.line, 1, "", t(
                "official.truncated", number=final.number, count=len(tail), first=tail[0],
                end=tail[-1])))
    return ImportReport(parsed=parsed, catalog=catalog.id, matched=matched, unknown=unknown,
                        missing=missing, disagree=disagree, errors=errors)


# -- the summary ----------------------------------------------------------------------
def summary_lines(report: ImportReport, catalog: Catalog, limit: int = 20) -> list[str]:
    """What was and was not read, for the command line (Dutch or English)."""
    parsed = report.parsed

    def listing(values: list[str]) -> str:
        if not values:
            return ""
        shown = ", ".join(values[:limit])
        if len(values) > limit:
            shown += " " + t("official.more", count=len(values) - limit)
        return f"  {shown}"

    lines = [
        t("official.title", file=parsed.file), t("official.sha256", sha256=parsed.sha256),
        t("official.catalog", id=catalog.id, status=t(f"catalog.status.{catalog.status}")),
        t("official.layout", layout=parsed.layout),
    ]
    suggested = LAYOUT_CATALOG[parsed.layout]
    if parsed.items and suggested != catalog.id:
        from bio2.catalog.loading import load_catalog
        from bio2.catalog.versions import catalog_label

        lines.append(t("official.layout_mismatch", layout=parsed.layout,
                       suggested=catalog_label(load_catalog(suggested)),
                       id=catalog_label(catalog)))
    lines.append(t("official.read", total=len(parsed.items), measures=report.count("measure"),
                   direct=report.count("control"), moved=report.count("moved"),
                   removed=report.count("removed")))
    lines.append(t("official.matched", count=len(report.matched)))
    lines.append(t("official.unknown", count=len(report.unknown)))
    lines += [x for x in [listing([i.number if i.number == i.item else f"{i.number} ({i.item})"
                                   for i in report.unknown])] if x]
    lines.append(t("official.missing", count=len(report.missing)))
    lines += [x for x in [listing(report.missing)] if x]
    lines.append(t("official.disagree", count=len(report.disagree)))

    def cats(values: tuple[str, ...]) -> str:
        return ", ".join(t(f"category.{c}") for c in values) or t("official.none")

    for d in report.disagree[:limit]:
        number = d.item.number if d.item.number == d.item.item else (
            f"{d.item.number} ({d.item.item})")
        lines.append("  " + t("official.disagree_row", number=number,
                              file=cats(d.item.categories or ()), catalog=cats(d.catalog)))
    if catalog.published_defects:
        lines.append(t("official.defects", count=len(catalog.published_defects)))
        lines += ["  " + t("official.defect_row", number=d.number, note=pick(d.note, d.note_en))
                  for d in catalog.published_defects]
    problems = report.errors + parsed.warnings
    if problems:
        lines.append(t("official.not_read", count=len(problems)))
        lines += [f"  {p}" for p in problems]
    return lines
