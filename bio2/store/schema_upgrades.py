"""Schema migrations, applied in order, each in its own transaction.

The schema version is ``PRAGMA user_version``; applied migrations are also recorded in
the ``migrations`` table with their time. A database whose version is newer than the
last migration we know is refused before anything is written. (sqlite-utils has no
migration runner of its own; the ``sqlite-migrate`` plugin is still a beta, so this
is the twenty lines it would save.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

#: A step is SQL (run statement by statement) or a function on the open connection, for
#: work SQL cannot do (hashing the history chain). Never edit a step that has shipped.
Step = str | Callable[[sqlite3.Connection], None]


def _chain_history(conn: sqlite3.Connection) -> None:
    """Chain the hashes of the history rows that exist (``bio2.store.history``)."""
    from bio2.store.history import rechain_all

    rechain_all(conn)


MIGRATIONS: list[tuple[str, Step]] = [
    (
        "0001_initial",
        """
        CREATE TABLE migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            cbw_entity TEXT,
            classification TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            catalog TEXT NOT NULL,
            profile TEXT NOT NULL,
            assessor TEXT NOT NULL,
            date TEXT,
            beschikbaarheid TEXT NOT NULL,
            integriteit TEXT NOT NULL,
            vertrouwelijkheid TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            UNIQUE (org_id, period, catalog)
        );
        CREATE TABLE answers (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            view TEXT NOT NULL CHECK (view IN ('self', 'audit')),
            item TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('ja', 'deels', 'nee', 'nvt', 'open')),
            explanation TEXT,
            owner TEXT,
            due TEXT,
            likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5),
            impact INTEGER CHECK (impact BETWEEN 1 AND 5),
            acc_by TEXT,
            acc_until TEXT,
            acc_reason TEXT,
            acc_risk_ref TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            opzet TEXT,
            bestaan TEXT,
            werking TEXT,
            finding TEXT,
            updated TEXT NOT NULL,
            PRIMARY KEY (assessment_id, view, item)
        );
        CREATE TABLE applicability (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            control TEXT NOT NULL,
            applicable INTEGER NOT NULL CHECK (applicable IN (0, 1)),
            justification TEXT,
            risk_ref TEXT,
            updated TEXT NOT NULL,
            PRIMARY KEY (assessment_id, control)
        );
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            view TEXT NOT NULL,
            item TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            old TEXT,
            new TEXT
        );
        CREATE INDEX history_item ON history (assessment_id, item);
        -- The history is append-only: rows are never changed.
        CREATE TRIGGER history_no_update BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            source TEXT NOT NULL,
            assessment_id INTEGER REFERENCES assessments(id) ON DELETE CASCADE,
            summary TEXT NOT NULL
        );
        """,
    ),
    (
        "registration",
        # Cbw registration data belong to the organisation one to one; a JSON column in
        # its row means every reader of an organisation sees them (bio2.store.registration).
        """
        ALTER TABLE organisations ADD COLUMN registration TEXT;
        """,
    ),
    (
        "official_texts",
        # The published BIO2 text a user imported (bio2.store.official); never shipped.
        """
        CREATE TABLE official_texts (
            catalog TEXT NOT NULL,
            item TEXT NOT NULL,
            number TEXT NOT NULL,
            text TEXT NOT NULL,
            categories TEXT,
            source TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (catalog, item)
        );
        """,
    ),
    (
        "revisions_actor_chain",
        # Issue 10 §1-2. A revision is the id of the history row that last changed a value
        # (0: never changed): history ids only grow, so a value deleted and written again
        # never gets an old revision back (no ABA). Rows carry it; for a value without a
        # row the history says it. The history names the person (actor) and beside it the
        # OS account; ``via`` says how (an import file with its SHA-256 and assessor, a
        # conflict choice); ``hash`` chains each row to the previous one of its assessment.
        """
        ALTER TABLE answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE applicability ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE assessments ADD COLUMN risk_revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE organisations ADD COLUMN registration_revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE history ADD COLUMN os_user TEXT;
        ALTER TABLE history ADD COLUMN via TEXT;
        ALTER TABLE history ADD COLUMN hash TEXT;
        ALTER TABLE imports ADD COLUMN assessor TEXT;
        ALTER TABLE imports ADD COLUMN actor TEXT;
        ALTER TABLE imports ADD COLUMN os_user TEXT;
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE INDEX history_key ON history (assessment_id, view, item, id);
        UPDATE answers SET revision = COALESCE((SELECT MAX(h.id) FROM history h
            WHERE h.assessment_id = answers.assessment_id AND h.view = answers.view
            AND h.item = answers.item), 0);
        UPDATE applicability SET revision = COALESCE((SELECT MAX(h.id) FROM history h
            WHERE h.assessment_id = applicability.assessment_id AND h.view = 'self'
            AND h.item = 'vvt:' || applicability.control), 0);
        UPDATE assessments SET risk_revision = COALESCE((SELECT MAX(h.id) FROM history h
            WHERE h.assessment_id = assessments.id AND h.view = 'self'
            AND h.item = 'risk_profile'), 0);
        """,
    ),
    ("history_chain", _chain_history),
    (
        "organisation_history",
        # Issue 10: a Cbw registration belongs to the organisation, not to an assessment,
        # so its changes get a history of their own, one hash chain per organisation
        # (bio2.store.org_history), append-only like the assessments' history.
        """
        CREATE TABLE organisation_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            os_user TEXT,
            old TEXT,
            new TEXT,
            via TEXT,
            hash TEXT NOT NULL
        );
        CREATE INDEX organisation_history_key ON organisation_history (org_id, id);
        CREATE TRIGGER organisation_history_no_update BEFORE UPDATE ON organisation_history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        """,
    ),
    (
        "assessment_scope",
        # Issue 15: the scope statement of the ISMS per assessment (bio2.store.scope),
        # published with the VvT; revision-checked like the other values.
        """
        ALTER TABLE assessments ADD COLUMN scope TEXT;
        ALTER TABLE assessments ADD COLUMN scope_revision INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (
        "incident_register",
        # Issue 13 §4: the organisation's register of significant incidents and drills
        # (bio2.store.incidents). Facts only (times, recipients, lessons); the verdicts are
        # derived on reading. Numbers are never reused; revision = id of the
        # organisation_history row that last changed the entry.
        """
        CREATE TABLE incidents (
            org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('incident', 'drill')),
            title TEXT NOT NULL,
            aware TEXT NOT NULL,
            reports TEXT NOT NULL DEFAULT '{}',
            lessons TEXT,
            revision INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (org_id, number)
        );
        """,
    ),
    (
        "board_training",
        # Issue 13 §4: the board training register of Cbw art. 24 (bio2.store.training),
        # one per organisation, kept as its canonical JSON; ``revision`` is the id of the
        # organisation_history row (item ``training``) that last changed it.
        """
        CREATE TABLE board_training (
            org_id TEXT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
            register TEXT NOT NULL,
            revision INTEGER NOT NULL,
            updated TEXT NOT NULL
        );
        """,
    ),
    (
        "checklist_ticks",
        # Issue 13 §4: the ticked sub-points of a Cbw item's checklist, per assessment (the
        # evidence belongs to a period; bio2.store.checklists). One row per Cbw item with
        # at least one tick; ``ticked`` is a JSON array in checklist order. Revision and
        # history key ``checklist:<item>`` as for the other values.
        """
        CREATE TABLE checklist_ticks (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            cbw_item TEXT NOT NULL,
            ticked TEXT NOT NULL,
            revision INTEGER NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (assessment_id, cbw_item)
        );
        """,
    ),
]


def statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, triggers included (``sqlite3.complete_statement``
    knows where ``BEGIN ... END;`` ends, a split on ``;`` does not)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        yield pending
