"""The Cbw registration as the TUI edits it: form strings to a checked
:class:`~bio2.domain.registration.Registration` and back (no textual here).

One home for the rules: a form is turned into the same data a registration file holds and
checked by the same model (``Registration.model_validate``) that ``bio2 registration
--set-from`` uses; this module only says which form field an error belongs to and words
the message for a person typing. Nothing invalid is written.

Decisions where the issue is silent:
- Services are typed one per line (blank lines dropped, duplicates kept out); the model's
  limits apply (at least one, at most 100, each one line of at most 200 characters).
- The registration date accepts the forms people type (``31-12-2026``, ``31 december
  2026``; :mod:`bio2.domain.dates`) and is stored in ISO form, as the details screen does;
  empty means "not filed yet".
- The sector has one value (``overheid``): shown, not chosen.
- A save is compare and set on the revision read when the form was filled
  (``bio2.store.registration.put_registration``); a change by another process meanwhile
  raises ``ConflictError``. After the user chose in the conflict screen, the save goes on
  the revision they saw there and the history row's ``via`` records the choice.
- Clearing the registration (the CLI's ``--clear``) is the same compare and set with
  ``None``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from bio2.domain.dates import normalise_date, parse_date
from bio2.domain.registration import Registration
from bio2.i18n import t
from bio2.store import Store, org_history
from bio2.store.registration import get_registration_revision, put_registration
from bio2.store.writes import ConflictError as ConflictError  # the TUI catches it

#: The form's fields, in the order the screen shows them.
FIELDS = ("entity_name", "entity_type", "entity", "sector", "contact_name", "contact_email",
          "contact_phone", "services", "registered_on")
#: Where a pydantic error location points in the form.
_LOCATIONS = {"incident_contact": {"name": "contact_name", "email": "contact_email",
                                   "phone": "contact_phone"}}


@dataclass
class RegistrationForm:
    """A checked registration, or the message per form field that stops it being saved."""

    model: Registration | None = None
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and self.model is not None


def field_label(name: str) -> str:
    """The label of a form field (``contact_email`` -> "e-mail contactpersoon")."""
    return t(f"registration.form.{name}")


def registration_fields(registration: Registration | None) -> dict[str, str]:
    """The form's strings for a stored registration (empty strings when there is none;
    the choices start at "gemeente" and "essentieel" as a new organisation does)."""
    if registration is None:
        return {"entity_name": "", "entity_type": "gemeente", "entity": "essentieel",
                "sector": "overheid", "contact_name": "", "contact_email": "",
                "contact_phone": "", "services": "", "registered_on": ""}
    contact = registration.incident_contact
    return {"entity_name": registration.entity_name,
            "entity_type": registration.entity_type, "entity": registration.entity,
            "sector": registration.sector, "contact_name": contact.name,
            "contact_email": contact.email, "contact_phone": contact.phone,
            "services": "\n".join(registration.services),
            "registered_on": (registration.registered_on.isoformat()
                              if registration.registered_on else "")}


def services_of(text: str) -> dict[str, int]:
    """The services typed one per line, each once, with the line (from 1) it was typed on:
    outer blanks and blank lines dropped."""
    found: dict[str, int] = {}
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        service = line.strip(" ")
        if service:
            found.setdefault(service, number)
    return found


def build_registration(fields: Mapping[str, str]) -> RegistrationForm:
    """Turn the form's strings into a checked :class:`Registration`, or a message per
    wrong field (all wrong fields at once)."""
    def get(name: str) -> str:
        return (fields.get(name) or "").strip()

    errors: dict[str, str] = {}
    data: dict[str, Any] = {
        "entity_name": get("entity_name"), "entity_type": get("entity_type"),
        "entity": get("entity"), "sector": get("sector") or "overheid",
        "incident_contact": {"name": get("contact_name"), "email": get("contact_email"),
                             "phone": get("contact_phone")},
    }
    typed_services = services_of(fields.get("services") or "")
    data["services"] = list(typed_services)
    line_of = list(typed_services.values())
    typed = get("registered_on")
    if typed:
        parsed = parse_date(typed)
        if parsed is None:
            iso = normalise_date(typed)
            errors["registered_on"] = (t("pyd.bio2_date_nonexistent", value=iso) if iso
                                       else t("tui.err.date"))
        else:
            data["registered_on"] = parsed.isoformat()
    try:
        model = Registration.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            name, message = _where(error, line_of)
            errors.setdefault(name, message)
        return RegistrationForm(None, errors)
    if errors:
        return RegistrationForm(None, errors)
    return RegistrationForm(model, {})


def _where(error: Mapping[str, Any], line_of: list[int]) -> tuple[str, str]:
    """The form field of one pydantic error and its message for a person typing
    (``line_of``: the typed line of each service, to name the wrong one)."""
    loc = tuple(error.get("loc") or ())
    name = str(loc[0]) if loc else "entity_name"
    if name in _LOCATIONS and len(loc) > 1:
        name = _LOCATIONS[name].get(str(loc[1]), "contact_name")
    kind = str(error.get("type", ""))
    value = error.get("input")
    if (kind in ("string_too_short", "missing") or (kind == "too_short" and name == "services")
            or (isinstance(value, str) and not value.strip())):
        message = t("tui.err.required")
    elif kind == "string_too_long":
        message = t("registration.form.too_long",
                    max=(error.get("ctx") or {}).get("max_length", ""))
    elif kind == "too_long":
        message = t("registration.form.too_many")
    elif name == "contact_email":
        message = t("registration.form.bad_email")
    elif name == "contact_phone":
        message = t("registration.form.bad_phone")
    elif kind == "string_pattern_mismatch":
        message = t("registration.form.one_line")
    else:
        from bio2.system.problems import message_for

        message = message_for(error)
    if name == "services" and len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(line_of):
        message = t("registration.form.service_line", number=line_of[loc[1]], message=message)
    return name, message


def load_registration(store: Store, org_id: str) -> tuple[Registration | None, int]:
    """The stored registration of ``org_id`` and its revision (the form's base)."""
    return get_registration_revision(store, org_id)


def save_registration(store: Store, org_id: str, registration: Registration | None,
                      base: int, actor: str | None = None,
                      choice: str | None = None) -> bool:
    """Store a checked registration (``None`` removes it) on revision ``base``; raises
    ``ConflictError`` when another process changed it since. ``choice`` (mine, theirs,
    combined) is the decision taken in the conflict screen, kept in the history row.
    Returns False when the organisation does not exist."""
    via: dict[str, Any] = {"tui": "registration"}
    if choice is not None:
        via["conflict"] = choice
    return put_registration(store, org_id, registration, base=base, actor=actor, via=via)


def last_change(store: Store, org_id: str) -> tuple[str, str] | None:
    """Who changed the registration last and when (``YYYY-MM-DD HH:MM:SS``), for the
    conflict screen; ``None`` when its history is empty."""
    rows = org_history.rows(store.db.conn, org_id)
    if not rows:
        return None
    return str(rows[-1]["actor"]), str(rows[-1]["at"])[:19].replace("T", " ")
