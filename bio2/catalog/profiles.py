"""Organisation-type profiles from ``profiles/<type>.yaml``."""

from __future__ import annotations

from functools import cache

from pydantic import ValidationError

from bio2.domain.base import ORG_TYPES
from bio2.domain.profile import Profile
from bio2.i18n import t
from bio2.system.paths import data_dir
from bio2.system.problems import Problem, ProblemsError, from_validation, from_yaml
from bio2.system.yamlload import YamlProblem, parse_bytes


def available() -> list[str]:
    return [p for p in ORG_TYPES if (data_dir("profiles") / f"{p}.yaml").is_file()]


@cache
def load_profile(org_type: str) -> Profile:
    """The profile of an organisation type; one-line problems on any defect."""
    path = data_dir("profiles") / f"{org_type}.yaml"
    name = str(path)
    if org_type not in ORG_TYPES or not path.is_file():
        raise ProblemsError([Problem(name, 1, 1, "", t(
            "profile.unknown", type=org_type, known=", ".join(available())))])
    try:
        doc = parse_bytes(path.read_bytes())
    except YamlProblem as exc:
        raise ProblemsError([from_yaml(name, exc)]) from None
    try:
        profile = Profile.model_validate(doc.data)
    except ValidationError as exc:
        raise ProblemsError(from_validation(name, doc, exc)) from None
    if profile.type != org_type:
        line, col = doc.position(("type",))
        raise ProblemsError([Problem(name, line, col, "type", t(
            "profile.type_mismatch", type=profile.type))])
    return profile
