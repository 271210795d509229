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

An answer file (``format: bio2-answers/1``) with ``organisation.registration`` works too:
importing an answer file keeps the answers only, so this brings its registration along.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from bio2.domain.answers import FORMAT
from bio2.domain.registration import Registration
from bio2.i18n import t
from bio2.store import Store
from bio2.store.registration import get_registration, put_registration
from bio2.system.problems import Problem, ProblemsError, from_validation, from_yaml
from bio2.system.yamlload import MAX_BYTES, YamlProblem, parse_bytes


def read_registration(path: str | Path, org_id: str | None = None) -> Registration:
    """Read and check a registration file, or take the registration out of an answer
    file (of ``org_id`` when given); ProblemsError with every problem otherwise."""
    from bio2.system.fileio import FileProblem, read_input

    name = str(path)
    try:
        raw = read_input(path, MAX_BYTES)
    except FileProblem as exc:
        raise ProblemsError([Problem(name, 1, 1, "", str(exc))]) from None
    try:
        doc = parse_bytes(raw)
    except YamlProblem as exc:
        raise ProblemsError([from_yaml(name, exc)]) from None
    if not isinstance(doc.data, dict):
        raise ProblemsError([Problem(name, 1, 1, "", t("yaml.not_mapping"))])
    if doc.data.get("format") == FORMAT:
        return _from_answer_file(name, raw, org_id)
    try:
        return Registration.model_validate(doc.data)
    except ValidationError as exc:
        raise ProblemsError(from_validation(name, doc, exc)) from None


def _from_answer_file(name: str, raw: bytes, org_id: str | None) -> Registration:
    """The registration carried in an answer file (``organisation.registration``): an
    import keeps answers only, so this is how a registration travels back in."""
    from bio2.exchange.answerfile import check_bytes

    checked = check_bytes(name, raw)
    if not checked.ok or checked.model is None:
        raise ProblemsError(checked.errors)
    org = checked.model.organisation
    if org_id is not None and org.id != org_id:
        raise ProblemsError([Problem(name, 1, 1, "organisation.id", t(
            "registration.other_org", found=org.id, org=org_id))])
    if org.registration is None:
        raise ProblemsError([Problem(name, 1, 1, "organisation", t(
            "registration.not_in_file"))])
    return org.registration


def set_registration(store: Store, org_id: str, registration: Registration | None,
                     source: str | Path | None = None) -> None:
    """Store the registration of an existing organisation (``None`` removes it); the
    organisation's history records it, with the file it came from (``source``)."""
    from bio2.domain.errors import UserError

    via = {"registration_file": str(source)} if source is not None else None
    if not put_registration(store, org_id, registration, via=via):
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))


def registration_of(store: Store, org_id: str) -> Registration | None:
    """The registration of an existing organisation (``None`` when not recorded)."""
    from bio2.domain.errors import UserError

    if store.organisation(org_id) is None:
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))
    return get_registration(store, org_id)
