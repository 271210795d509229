"""The bio2 command builds only the parser of the command it runs (issue 12: bio2 validate
as a whole process); what a user sees must be the same as with every parser built."""

from __future__ import annotations

import argparse

import pytest

from bio2.cli.main import COMMANDS, _command_module, build_parser


@pytest.mark.parametrize(("argv", "expected"), [
    (["validate", "a.yaml"], "validate"),
    (["--lang", "en", "import", "f.yaml"], "import_"),
    (["--db=x.sqlite", "verify-history"], "verify_history"),
    (["--db", "validate", "score", "org", "2026"], "score"),  # a value, not the command
    (["--debug", "--demo", "catalog", "list"], "catalog"),
    (["--user", "Jan", "--lang=nl", "export", "org", "2026"], "export"),
    ([], None),                   # no command: the TUI, through the full parser
    (["-h"], None),
    (["--version"], None),
    (["nope"], None),             # argparse names every command
    (["--db"], None),
    (["--unknown", "validate"], None),
])
def test_the_command_is_told_from_the_arguments(argv: list[str], expected: str | None) -> None:
    assert _command_module(argv) == expected


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


@pytest.mark.parametrize("module", COMMANDS)
def test_a_command_parser_built_alone_is_the_one_of_the_full_parser(module: str) -> None:
    full = _subparsers(build_parser())
    alone = _subparsers(build_parser(module))
    assert set(alone) <= set(full) and alone
    for name, parser in alone.items():
        assert parser.format_help() == full[name].format_help(), name
