"""The pages ``make test-a11y`` checks, written by the real ``bio2`` command: ``bio2
publish`` (plain, with the status, in English) and ``bio2 report --format html`` (Dutch,
English).

Two assessments: the demo as shipped with its audit view, and a hostile copy of it in its
own database in which every text a user can type holds markup, a script, a
``javascript:`` link, Textual markup, a terminal escape and a very long word (it must show
as text and still pass axe). Each page is produced the way a user produces it: the
``bio2`` console script of this venv as a separate process.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bio2.domain.answers import Answer, Applicability
from bio2.store.scope import put_scope
from bio2.usecases.demo import DEMO_ORG, DEMO_PERIOD, create_demo
from bio2.usecases.importing import import_files
from bio2.usecases.opening import get_assessment, open_store
from tests.conftest import AUDIT

#: One word longer than any line: a page must wrap it, not scroll sideways.
LONG_WORD = "Informatiebeveiligingsverantwoordingsrapportage" * 6
HOSTILE = ('<script>alert(1)</script> <img src=x onerror="alert(2)"> '
           '<a href="javascript:alert(3)">klik</a> [@click=app.quit]KLIK[/] '
           'ICT-dienst [/regio] <b>&amp; =1+1 \x1b[2J')


@dataclass(frozen=True)
class Page:
    """One HTML file to check: ``name`` is the test id (assessment-command-variant)."""

    name: str
    path: Path
    hostile: bool


#: (variant name, the ``bio2`` command and its options after ``ORG PERIOD``)
VARIANTS: tuple[tuple[str, list[str]], ...] = (
    ("publish-nl", ["publish"]),
    ("publish-status-nl", ["publish", "--with-status"]),
    ("publish-status-en", ["publish", "--with-status", "--lang", "en"]),
    ("report-nl", ["report", "--format", "html", "--date", "2026-12-01"]),
    ("report-en", ["report", "--format", "html", "--date", "2026-12-01", "--lang", "en"]),
)


def demo_database(db: Path) -> Path:
    """The demo with its audit view (the report then has its audit chapter too)."""
    with open_store(db) as store:
        create_demo(store)
        checks, results = import_files(store, [str(AUDIT)], actor="make test-a11y")
        if not results:
            raise RuntimeError("; ".join(str(p) for c in checks for p in c.errors))
    return db


def hostile_database(db: Path, demo: Path) -> Path:
    """A copy of the demo with hostile text in the organisation name, the assessor, the
    scope, every exclusion's justification and risk reference (and two more exclusions)
    and the explanation, owner, evidence and finding of every answer (the report shows
    those; ``publish`` must not)."""
    shutil.copyfile(demo, db)
    with open_store(db) as store:
        data = get_assessment(store, DEMO_ORG, DEMO_PERIOD)
        assessment = data.assessment.id
        with store.atomic():
            store.db.conn.execute("UPDATE organisations SET name = ? WHERE id = ?",
                                  [f"{HOSTILE} {LONG_WORD[:120]}", DEMO_ORG])
            store.db.conn.execute("UPDATE assessments SET assessor = ? WHERE id = ?",
                                  [HOSTILE, assessment])
            put_scope(store, assessment, f"{HOSTILE}\n{LONG_WORD}\nRegel drie", base=None)
            for control in [*data.applicability, "5.7", "8.16"]:
                store.put_applicability(assessment, Applicability(
                    control=control, applicable=False,
                    justification=f"{HOSTILE} {LONG_WORD}", risk_ref=HOSTILE))
            for view, answers in (("self", data.answers), ("audit", data.audit)):
                for answer in answers.values():
                    fields = answer.model_dump()
                    fields.update(explanation=f"{HOSTILE} {LONG_WORD}", owner=HOSTILE[:60],
                                  finding=HOSTILE, evidence=[{"ref": f"{HOSTILE} {LONG_WORD}"}])
                    store.put_answer(assessment, Answer.model_validate(fields), view=view)
    return db


def write_pages(folder: Path) -> list[Page]:
    """Every page of both assessments, written into ``folder`` by ``bio2`` processes (the
    console script of this venv) that run side by side; a failure stops the suite loudly."""
    demo = demo_database(folder / "demo.sqlite")
    databases = {"demo": demo, "hostile": hostile_database(folder / "hostile.sqlite", demo)}
    bio2 = str(Path(sys.executable).with_name("bio2"))
    running: list[tuple[Page, list[str], subprocess.Popen[str]]] = []
    for kind, db in databases.items():
        for variant, (name, *options) in VARIANTS:
            page = Page(f"{kind}-{variant}", folder / f"{kind}-{variant}.html", kind == "hostile")
            command = [bio2, "--db", str(db), name, DEMO_ORG, DEMO_PERIOD,
                       "-o", str(page.path), *options]
            running.append((page, command, subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    for _, command, process in running:
        _, err = process.communicate(timeout=120)
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} -> {process.returncode}: {err.strip()}")
    return [page for page, _, _ in running]
