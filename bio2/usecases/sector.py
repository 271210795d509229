"""The supervisor's sector view over many organisations' answer files (``bio2 aggregate``).

How it works and what it decides:

- Every file is read with the strict answer-file loader in a worker process (both cores;
  chunks of files per task). A worker returns only a small summary per file: the
  organisation, the fingerprint, one status letter and one weight per catalog item, so
  memory stays bounded however large the run. Fewer than ``PARALLEL_FROM`` files are
  read in-process (starting workers would cost more than it saves).
- Invalid files are listed with their first ``MAX_ERRORS`` errors and skipped; they never
  stop the run. A file with more answers than its catalog has items (a hostile or broken
  export) gets one clear line saying so. Files over 5 MiB are refused by the loader.
- The period is ``--period`` or else the most frequent period among the valid files
  (the latest on a tie). Files of other periods are listed and not counted.
- Two files for the same organisation and period: the newest assessment date wins (a
  file without a date is older than any dated one; on equal dates the file named later
  on the command line wins); the others are listed.
- Different catalog versions: all scores are computed over the items that every counted
  catalog shares, and the report says so with the number of shared items.
- Organisations without a file for the period: the ids of ``--expected FILE`` (one per
  line, ``#`` starts a comment) plus organisations that appear only in files of another
  period.
- Scores follow ``bio2.analysis.scoring`` (weights from the file's risk profile and the profile of
  its organisation type). Distributions (min, quartiles, median, max; inclusive method)
  are given per NIS2 letter and per theme, for each organisation type and overall.
- "Not met" means status ``nee`` or ``deels`` on an item in scope; items are ranked by
  how many organisations do not meet them.
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from bio2.domain.base import LETTERS, THEMES
from bio2.domain.catalog import Catalog

MAX_ERRORS = 5
MAX_EXPECTED_BYTES = 1024 * 1024
#: Worker processes at most (``--workers``): each holds one file of at most 5 MiB with
#: bounded parsing (``bio2.system.yamlload``), so the whole tree stays under 1 GB.
MAX_WORKERS = 4
#: Address-space limit per worker process (``bio2.system.limits``): a worker peaks at
#: about 70 MB on the largest file the loader accepts; 4 x 192 MB plus the parent stay
#: under 1 GB whatever a file makes a worker allocate.
WORKER_MEMORY = 192 * 1024 * 1024
PARALLEL_FROM = 16
TOP_NOT_MET = 15
#: One letter per item status in a summary (``x``: control not applicable in the VvT).
CODE = {"ja": "j", "deels": "d", "nee": "n", "nvt": "v", "open": "o"}
DEGREE = {"j": 1.0, "d": 0.5, "n": 0.0, "o": 0.0}
GROUP_KEYS: tuple[str, ...] = (*LETTERS, *THEMES, "isms")


@dataclass(frozen=True)
class FileSummary:
    """What a worker sends back for a valid file (small on purpose)."""

    file: str
    index: int
    org_id: str
    org_name: str
    org_type: str
    cbw_entity: str | None
    period: str
    catalog: str
    source: str
    date: str | None
    fingerprint: str
    warnings: int
    #: One code per catalog item, in catalog order (see ``CODE``).
    statuses: str
    weights: tuple[float, ...]


@dataclass(frozen=True)
class FileFailure:
    file: str
    index: int
    errors: tuple[str, ...]
    total: int


@dataclass(frozen=True)
class Distribution:
    n: int
    minimum: float
    q1: float
    median: float
    q3: float
    maximum: float


@dataclass(frozen=True)
class OrgRow:
    summary: FileSummary
    overall: float | None
    coverage: float
    groups: dict[str, float | None]


@dataclass(frozen=True)
class NotMet:
    item: str
    count: int
    in_scope: int


@dataclass
class SectorView:
    period: str
    files: int
    catalogs: tuple[str, ...]
    shared_items: int
    rows: list[OrgRow]
    #: group key -> org type (or ``"*"`` for all) -> distribution.
    distributions: dict[str, dict[str, Distribution]]
    not_met: list[NotMet]
    failures: list[FileFailure]
    #: (superseded file, org id, its date, file that won)
    duplicates: list[tuple[str, str, str | None, str]]
    #: (file, org id, period) of valid files of another period.
    other_periods: list[tuple[str, str, str]]
    #: (org id, reason key) of organisations without a file for the period.
    missing: list[tuple[str, str]]
    org_types: tuple[str, ...] = field(default=())


# -- the worker -----------------------------------------------------------------------
def summarise(job: tuple[int, str]) -> FileSummary | FileFailure:
    """Read, check and score one file; never raises (a failure is a result too)."""
    index, path = job
    try:
        return _summarise(index, path)
    except MemoryError:
        from bio2.i18n import t

        return FileFailure(path, index, (t("sector.out_of_memory"),), 1)
    except Exception as exc:  # one bad file must never stop the run
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:300]
        return FileFailure(path, index, (first,), 1)


def _summarise(index: int, path: str) -> FileSummary | FileFailure:
    from bio2.catalog.files import available
    from bio2.catalog.loading import load_catalog
    from bio2.exchange.answerfile import fingerprint, read_file
    from bio2.exchange.csv_export import scorecard_of
    from bio2.i18n import t

    checked = read_file(path)
    if not checked.ok or checked.model is None:
        lines = [str(p) for p in checked.errors[:MAX_ERRORS]]
        answers = _answer_count(p.path for p in checked.errors)
        largest = max((len(load_catalog(c).items) for c in available()), default=0)
        if answers > largest:
            lines.insert(0, t("sector.too_many_answers", answers=answers, items=largest))
        return FileFailure(path, index, tuple(lines), len(checked.errors))
    model = checked.model
    catalog = load_catalog(model.catalog)
    card = scorecard_of(model)
    codes = []
    weights = []
    for key in catalog.items:
        scored = card.items[key]
        codes.append("x" if scored.excluded_by_vvt else CODE[scored.status])
        weights.append(round(scored.weight.value, 6))
    org = model.organisation
    info = model.assessment
    return FileSummary(
        file=path, index=index, org_id=org.id, org_name=org.name, org_type=org.type,
        cbw_entity=org.registration.entity if org.registration else org.cbw_entity,
        period=info.period, catalog=model.catalog, source=info.source,
        date=info.date.isoformat() if info.date else None, fingerprint=fingerprint(model),
        warnings=len(checked.warnings), statuses="".join(codes), weights=tuple(weights),
    )


def _answer_count(paths: Iterable[str]) -> int:
    """The highest answer index named in error paths (``answers.9999.item``) + 1."""
    highest = -1
    for path in paths:
        parts = path.split(".")
        if len(parts) > 1 and parts[0] == "answers" and parts[1].isdigit():
            highest = max(highest, int(parts[1]))
    return highest + 1


def read_all(paths: Sequence[str], *, workers: int | None = None,
             progress: Callable[[Iterator[FileSummary | FileFailure], int],
                                Iterator[FileSummary | FileFailure]] | None = None,
             memory: int = WORKER_MEMORY) -> list[FileSummary | FileFailure]:
    """Summaries of all files, in argument order, on all cores when there are many.

    Each worker process runs under an address-space limit of ``memory`` bytes (tests
    lower it); a file that needs more is one failure line, the others are read."""
    jobs = list(enumerate(paths))
    count = min(workers or os.cpu_count() or 1, MAX_WORKERS)
    results: Iterator[FileSummary | FileFailure]
    if len(jobs) < PARALLEL_FROM or count < 2:
        results = map(summarise, jobs)
        return list(progress(results, len(jobs)) if progress else results)
    import multiprocessing

    from bio2.usecases.workers import limited_map

    methods = multiprocessing.get_all_start_methods()
    # forkserver: a clean, single-threaded parent for the workers (the progress bar runs a
    # thread, and forking a threaded process is unsafe); spawn where it is missing. Each
    # worker loads a catalog once (cached) and then serves its chunks.
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    chunk = max(1, min(64, len(jobs) // (count * 8)))
    results = limited_map(summarise, jobs, workers=count, chunk=chunk, memory=memory,
                          context=context, crashed=_crashed)
    return list(progress(results, len(jobs)) if progress else results)


def _crashed(job: tuple[int, str]) -> FileFailure:
    """The result for a file whose worker process died (its memory limit, most likely)."""
    from bio2.i18n import t

    return FileFailure(job[1], job[0], (t("sector.worker_stopped"),), 1)


# -- the aggregate --------------------------------------------------------------------
def read_expected(path: str) -> list[str]:
    """Organisation ids from a plain list: one per line, ``#`` comments, blanks ignored.
    At most ``MAX_EXPECTED_BYTES`` (a list of 10,000 long ids fits) of a regular file."""
    from bio2.system.fileio import read_input

    ids = []
    for raw in read_input(path, MAX_EXPECTED_BYTES).decode("utf-8-sig").splitlines():
        text = raw.split("#", 1)[0].strip()
        if text:
            ids.append(text)
    return list(dict.fromkeys(ids))


def quartiles(values: Sequence[float]) -> Distribution:
    ordered = sorted(values)
    if len(ordered) == 1:
        only = ordered[0]
        return Distribution(1, only, only, only, only, only)
    q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    return Distribution(len(ordered), ordered[0], q1, median, q3, ordered[-1])


def build_view(results: Sequence[FileSummary | FileFailure], *, period: str | None = None,
               expected: Sequence[str] = ()) -> SectorView:
    """Turn the worker summaries into the sector view (rules in the module docstring)."""
    from bio2.catalog.loading import load_catalog

    failures = [r for r in results if isinstance(r, FileFailure)]
    valid = [r for r in results if isinstance(r, FileSummary)]
    if period is None:
        counts = Counter(s.period for s in valid)
        period = max(counts, key=lambda p: (counts[p], p)) if counts else ""
    current = [s for s in valid if s.period == period]
    other = [(s.file, s.org_id, s.period) for s in valid if s.period != period]

    by_org: dict[str, list[FileSummary]] = {}
    for s in current:
        by_org.setdefault(s.org_id, []).append(s)
    winners: dict[str, FileSummary] = {}
    duplicates: list[tuple[str, str, str | None, str]] = []
    for org, files in by_org.items():
        ranked = sorted(files, key=lambda s: (s.date or "", s.index))
        winners[org] = ranked[-1]
        duplicates += [(f.file, org, f.date, ranked[-1].file) for f in ranked[:-1]]
    counted = sorted(winners.values(), key=lambda s: s.index)

    catalogs = tuple(sorted({s.catalog for s in counted}))
    loaded = {c: load_catalog(c) for c in catalogs}
    shared: set[str] | None = None
    for cat in loaded.values():
        shared = set(cat.items) if shared is None else shared & set(cat.items)
    shared = shared or set()

    rows = [_row(s, loaded[s.catalog], shared) for s in counted]
    org_types = tuple(sorted({s.org_type for s in counted}))
    distributions: dict[str, dict[str, Distribution]] = {}
    for key in ("overall", *GROUP_KEYS):
        per: dict[str, Distribution] = {}
        for kind in ("*", *org_types):
            values = [v for r in rows if kind in ("*", r.summary.org_type)
                      if (v := (r.overall if key == "overall" else r.groups.get(key)))
                      is not None]
            if values:
                per[kind] = quartiles(values)
        if per:
            distributions[key] = per

    not_met: Counter[str] = Counter()
    in_scope: Counter[str] = Counter()
    order: dict[str, int] = {}
    for s in counted:
        items = list(loaded[s.catalog].items)
        for n, (item, code) in enumerate(zip(items, s.statuses, strict=True)):
            if item not in shared:
                continue
            order.setdefault(item, n)
            if code in "jdno":
                in_scope[item] += 1
            if code in "dn":
                not_met[item] += 1
    top = sorted(not_met, key=lambda i: (-not_met[i], order[i]))[:TOP_NOT_MET]

    present = set(winners)
    missing = [(org, "expected") for org in expected if org not in present]
    listed = {org for org, _ in missing}
    for _, org, _ in other:
        if org not in present and org not in listed:
            missing.append((org, "other_period"))
            listed.add(org)
    return SectorView(
        period=period, files=len(results), catalogs=catalogs, shared_items=len(shared),
        rows=rows, distributions=distributions,
        not_met=[NotMet(i, not_met[i], in_scope[i]) for i in top], failures=failures,
        duplicates=sorted(duplicates), other_periods=other, missing=missing,
        org_types=org_types,
    )


def _row(summary: FileSummary, catalog: Catalog, shared: set[str]) -> OrgRow:
    """Scores of one organisation over the shared items (the rule of bio2.analysis.scoring)."""
    total: dict[str, float] = {}
    met: dict[str, float] = {}
    answered = counted = 0
    for item, code, weight in zip(catalog.items.values(), summary.statuses, summary.weights,
                                  strict=True):
        if item.id not in shared:
            continue
        counted += 1
        answered += code != "o"
        if code in ("v", "x"):
            continue
        gained = weight * DEGREE[code]
        # per NIS2 letter as bio2.analysis.scoring: an item outside the Cbw counts in BIO2 only
        letters = () if item.outside_cbw else item.nis2
        for key in ("overall", item.theme, *letters):
            total[key] = total.get(key, 0.0) + weight
            met[key] = met.get(key, 0.0) + gained
    scores = {k: (met[k] / total[k]) if total[k] > 0 else None for k in total}
    return OrgRow(summary=summary, overall=scores.pop("overall", None),
                  coverage=answered / counted if counted else 0.0, groups=scores)


def org_type_label(code: str) -> str:
    """The organisation type in the reader's language; an unknown code as it is."""
    from bio2.i18n import has, t

    return t(f"orgtype.{code}") if has(f"orgtype.{code}") else code


def entity_label(code: str | None) -> str:
    """The Cbw entity kind in the reader's language; empty when none is known."""
    from bio2.i18n import has, t

    if not code:
        return ""
    return t(f"entity.{code}") if has(f"entity.{code}") else code


def to_csv(view: SectorView) -> str:
    """Per-organisation rows of the sector view as CSV (BOM, ``;``; see csv_export).

    The CSV serves scripts and spreadsheets alike: ``type`` and ``entity`` keep the codes
    of the answer file (``gemeente``, ``essentieel``, the same in every language, so a
    script can group on them), and the column after each gives the label in the reader's
    language (issue 11 §6). The labels sit next to their codes rather than at the end so a
    reader sees both together."""
    from bio2.exchange.csv_export import number_cell, text_cell, write_rows
    from bio2.i18n import t

    header = [t(f"sector.col.{c}") for c in (
        "org", "name", "type", "type_label", "entity", "entity_label", "period", "date",
        "source", "catalog", "overall", "coverage")]
    header += [t("nis2.letter", letter=k) for k in LETTERS]
    header += [t(f"theme.{k}") for k in (*THEMES, "isms")]
    header += [t("sector.col.fingerprint"), t("sector.col.file")]

    def pct(value: float | None) -> str:
        return number_cell(None if value is None else value * 100, 1)

    rows = []
    for r in view.rows:
        s = r.summary
        rows.append([
            s.org_id, text_cell(s.org_name), s.org_type, text_cell(org_type_label(s.org_type)),
            s.cbw_entity or "", text_cell(entity_label(s.cbw_entity)), text_cell(s.period),
            s.date or "", s.source, s.catalog, pct(r.overall), pct(r.coverage),
            *(pct(r.groups.get(k)) for k in (*LETTERS, *THEMES, "isms")),
            s.fingerprint, text_cell(s.file),
        ])
    return write_rows(header, rows)
