"""The one message catalog of bio2: Dutch first (default), English second.

Every string a user reads is looked up here with :func:`t`. Messages live in one module
per key namespace, each a dict ``key -> (nl, en)``; the tuple makes a missing translation
impossible. The first part of a key names its home, so a reader finds a key without
searching (``tests/test_i18n_catalog.py`` keeps every first part in one module):

=========================================================  ==================================
first part of the key                                       module
=========================================================  ==================================
``cli``, ``argparse``, ``about``                            ``cli.py``
``tui``, ``start``                                          ``tui/`` (``keys.py``: key labels,
                                                            commands, palette, help, buttons,
                                                            placeholders, fields; ``screens.py``)
``report``                                                  ``report/`` (``front.py``,
                                                            ``sections.py``, ``columns.py``,
                                                            ``assurance.py``)
``theme``, ``category``, ``status``, ``level``, ...         ``vocabulary.py``
``yaml``, ``yamldetail``, ``pyd``, ``type``, ``file``,      ``problems.py``
``output``, ``problem``
``catalog``, ``list``, ``show``, ``profile``, ``versions``,  ``catalog.py``
``migrate``, ``official``
``score``, ``ranking``, ``yoy``, ``numbers``                ``figures.py``
``answers``, ``validate``, ``import``, ``export``,          ``exchange.py``
``fingerprint``, ``diff``, ``progress``, ``csv``, ``oscal``
``cbw``, ``registration``                                   ``cbw.py``
``sector``                                                  ``sector.py``
``sync``, ``actor``, ``verify``                             ``concurrency.py``
``store``, ``trouble``, ``backup``, ``restore``, ``delete``  ``database.py``
``service``                                                 ``usecases.py``
``statement``                                               ``statement.py``
``audit``                                                   ``audit.py``
``workbook``, ``delegate`` (Excel for control owners)       ``workbook.py``
``training`` (board training register, Cbw art. 24)        ``training.py``
``checklist`` (per-item Cbw checklists, issue 13 §4)         ``checklist.py``
=========================================================  ==================================

A new namespace gets a module of its own: add its name to ``AREAS``. Formatting numbers
and dates per language is :mod:`bio2.i18n.numbers`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

LANGUAGES = ("nl", "en")
AREAS = ("cli", "vocabulary", "problems", "catalog", "figures", "exchange", "cbw", "sector",
         "concurrency", "database", "usecases", "statement", "audit",
         "report.front", "report.sections", "report.columns", "report.assurance",
         "tui.keys", "tui.screens", "workbook", "tui.publish", "publish",
         "incident", "tui.incident",
         "report.html", "report.incident", "training", "tui.training", "checklist")

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
    return translate(_language, key, **values)


def translate(lang: str, key: str, /, **values: object) -> str:
    """The message ``key`` in ``lang`` (a renderer that was handed its language)."""
    pair = messages().get(key)
    if pair is None:
        raise KeyError(f"no message {key!r} in the catalog")
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**values) if values else text


@contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Render in ``lang`` (``None``: the current language) and restore the language after.

    A renderer that takes its language as a parameter (the report, the sector PDF) wraps
    its work in this, so its ``t()`` texts and its :class:`bio2.i18n.numbers.Formatter`
    speak the same language whatever the caller had chosen."""
    global _language
    before = _language
    _language = lang if lang in LANGUAGES else before
    try:
        yield _language
    finally:
        _language = before


def has(key: str) -> bool:
    return key in messages()


def pick(nl: str, en: str | None) -> str:
    """Choose between a Dutch and an optional English text of catalog data."""
    return en if (_language == "en" and en) else nl
