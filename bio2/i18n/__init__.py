"""The one message catalog of bio2: Dutch first (default), English second.

Every string a user reads is looked up here with :func:`t`. Messages live in one module
per area (``core``, ``exchange``, ...), each a dict ``key -> (nl, en)``; the tuple makes a
missing translation impossible. Add an area by adding its module name to ``AREAS``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping

LANGUAGES = ("nl", "en")
AREAS = ("core", "exchange", "tui", "report", "cbw", "versions", "concurrency", "figures",
         "guard", "assurance", "datasafety")

_language = "nl"
_messages: dict[str, tuple[str, str]] | None = None


def _load() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        module = importlib.import_module(f"bio2.i18n.{area}")
        table: Mapping[str, tuple[str, str]] = module.MESSAGES
        for key, value in table.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} defined twice (area {area})")
            merged[key] = value
    return merged


def messages() -> dict[str, tuple[str, str]]:
    """All messages of all areas (loaded once)."""
    global _messages
    if _messages is None:
        _messages = _load()
    return _messages


def set_language(lang: str | None) -> str:
    """Choose the language; ``None`` means ``BIO2_LANG`` or Dutch. Returns the choice."""
    global _language
    chosen = (lang or os.environ.get("BIO2_LANG") or "nl").lower()[:2]
    _language = chosen if chosen in LANGUAGES else "nl"
    return _language


def get_language() -> str:
    return _language


def t(key: str, /, **values: object) -> str:
    """The message ``key`` in the current language, with ``{placeholders}`` filled in."""
    pair = messages().get(key)
    if pair is None:
        raise KeyError(f"no message {key!r} in the catalog")
    text = pair[1] if _language == "en" else pair[0]
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in messages()


def pick(nl: str, en: str | None) -> str:
    """Choose between a Dutch and an optional English text of catalog data."""
    return en if (_language == "en" and en) else nl
