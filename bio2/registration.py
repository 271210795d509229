"""Use cases for the Cbw registration data: read them from a file, store, show.

A registration file is YAML (or JSON) with the fields of
:class:`bio2.domain.registration.Registration`, read with the same strict loader as
answer files, so every problem is one line ``FILE:LINE:COL: field: message``::

    entity_name: Gemeente Voorbeeld
    entity_type: gemeente
    entity: essentieel
    sector: overheid
    incident_contact:
      name: A. de Vries (CISO)
      email: ciso@voorbeeld.nl
      phone: "+31 20 123 4567"
    services:
      - Burgerzaken
      - Belastingen
    registered_on: 2026-02-01
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from bio2.domain.registration import Registration
from bio2.i18n import t
from bio2.problems import Problem, ProblemsError, from_validation, from_yaml
from bio2.store import Store
from bio2.store.registration import get_registration, put_registration
from bio2.yamlload import MAX_BYTES, YamlProblem, parse_bytes


def read_registration(path: str | Path) -> Registration:
    """Read and check a registration file; ProblemsError with every problem otherwise."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ProblemsError([Problem(name, 1, 1, "", t(
            "file.unreadable", detail=exc.strerror or str(exc)))]) from None
    try:
        doc = parse_bytes(raw)
    except YamlProblem as exc:
        raise ProblemsError([from_yaml(name, exc)]) from None
    if not isinstance(doc.data, dict):
        raise ProblemsError([Problem(name, 1, 1, "", t("yaml.not_mapping"))])
    try:
        return Registration.model_validate(doc.data)
    except ValidationError as exc:
        raise ProblemsError(from_validation(name, doc, exc)) from None


def set_registration(store: Store, org_id: str, registration: Registration | None) -> None:
    """Store the registration of an existing organisation (``None`` removes it)."""
    from bio2.service import UserError

    if not put_registration(store, org_id, registration):
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))


def registration_of(store: Store, org_id: str) -> Registration | None:
    """The registration of an existing organisation (``None`` when not recorded)."""
    from bio2.service import UserError

    if store.organisation(org_id) is None:
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))
    return get_registration(store, org_id)
