"""The demo organisation: seeded from the shipped demo answer file, plus what an answer
file does not carry: the register of incidents and drills (one drill, one incident)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bio2.domain.errors import UserError
from bio2.domain.incidents import Incident
from bio2.domain.meldplicht import Report
from bio2.store import Store
from bio2.usecases.importing import import_files
from bio2.usecases.opening import AssessmentData, get_assessment

DEMO_ORG = "gemeente-voorbeeld"
DEMO_PERIOD = "2026"


def demo_file() -> Path:
    return Path(__file__).resolve().parent.parent / "demo" / "gemeente-voorbeeld-2026.yaml"


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _both(text: str) -> Report:
    return Report(_at(text), frozenset({"csirt", "supervisor"}))


#: The demo's register of incidents and drills (fictitious, like the answer file): a drill
#: that met every deadline, and a phishing incident whose notification came two hours
#: late (so the register, the TUI ``i`` screen and report 6.5 show both verdicts).
DEMO_INCIDENTS = (
    Incident(kind="drill", title="Oefening meldplicht: ransomware bij de leverancier van het"
             " zaaksysteem", aware=_at("2026-04-14T09:30:00+02:00"),
             reports={"24h": _both("2026-04-14T16:05:00+02:00"),
                      "72h": _both("2026-04-16T11:00:00+02:00"),
                      "final": _both("2026-05-12T15:30:00+02:00")},
             lessons="Het draaiboek noemde de toezichthouder niet; contactgegevens en de"
                     " route voor de melding zijn toegevoegd."),
    Incident(kind="incident", title="Phishing bij Burgerzaken: twee accounts overgenomen",
             aware=_at("2026-09-22T08:15:00+02:00"),
             reports={"24h": _both("2026-09-22T17:40:00+02:00"),
                      "72h": _both("2026-09-25T10:30:00+02:00"),
                      "final": _both("2026-10-20T14:00:00+02:00")},
             lessons="De melding na 72 uur was ruim twee uur te laat: de vervanger van de"
                     " CISO wist niet dat hij mocht melden. Het mandaat staat nu in het"
                     " incidentdraaiboek."),
)


def create_demo(store: Store) -> AssessmentData:
    """(Re)create the demo organisation from the shipped demo answer file, with its
    incident register."""
    from bio2.store.incidents import add_incident

    with store.atomic():
        store.delete_organisation(DEMO_ORG)
        checks, results = import_files(store, [str(demo_file())], actor="bio2 demo")
        if not results:
            raise UserError("\n".join(str(p) for c in checks for p in c.errors))
        for incident in DEMO_INCIDENTS:
            add_incident(store, DEMO_ORG, incident, actor="bio2 demo")
    return get_assessment(store, DEMO_ORG, DEMO_PERIOD)


def ensure_demo(store: Store) -> None:
    """Seed the demo organisation into an empty database (first start of the TUI)."""
    if not store.organisations():
        create_demo(store)

