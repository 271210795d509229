"""The demo organisation: seeded from the shipped demo answer file."""

from __future__ import annotations

from pathlib import Path

from bio2.domain.errors import UserError
from bio2.store import Store
from bio2.usecases.importing import import_files
from bio2.usecases.opening import AssessmentData, get_assessment

DEMO_ORG = "gemeente-voorbeeld"
DEMO_PERIOD = "2026"


def demo_file() -> Path:
    return Path(__file__).resolve().parent.parent / "demo" / "gemeente-voorbeeld-2026.yaml"


def create_demo(store: Store) -> AssessmentData:
    """(Re)create the demo organisation from the shipped demo answer file."""
    with store.atomic():
        store.delete_organisation(DEMO_ORG)
        checks, results = import_files(store, [str(demo_file())], actor="bio2 demo")
        if not results:
            raise UserError("\n".join(str(p) for c in checks for p in c.errors))
    return get_assessment(store, DEMO_ORG, DEMO_PERIOD)


def ensure_demo(store: Store) -> None:
    """Seed the demo organisation into an empty database (first start of the TUI)."""
    if not store.organisations():
        create_demo(store)

