"""The JSON Schema of ``bio2-answers/1``, generated from the pydantic models."""

from __future__ import annotations

import json
from typing import Any

from bio2.domain.answers import AnswerFile


def schema() -> dict[str, Any]:
    generated = AnswerFile.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://bio2.invalid/schema/bio2-answers-1.schema.json",
        "title": "bio2-answers/1",
        "description": "Answers of one organisation for one period against a BIO2 catalog.",
        **{k: v for k, v in generated.items() if k != "title"},
    }


def schema_json() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
