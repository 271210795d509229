"""The one base class of the errors a user is told about in one line.

Decision: every error that bio2 raises on purpose for the user (a wrong argument, a
refused write, a damaged file) derives from :class:`Bio2Error` and carries the exit code
the CLI returns for it, so ``bio2.cli.main`` handles them in one branch. Errors of a lower
layer (``bio2.store``, ``bio2.system``) derive from it too; this module has no imports, so
every layer may use it.
"""

from __future__ import annotations


class Bio2Error(Exception):
    """A problem shown to the user as one line; ``exit_code`` is what the CLI returns."""

    exit_code: int = 2
    #: The CLI puts its "fout: " before the first line; False for errors whose lines are
    #: complete on their own (``ProblemsError``: one ``file:line:column: ...`` each).
    prefixed: bool = True

    def lines(self) -> list[str]:
        """What the user reads. One line by default: the CLI escapes a line break in a
        value (a file name) instead of starting a line the program did not write."""
        return [str(self)]


class UserError(Bio2Error):
    """A problem the user must fix (an unknown organisation, period or catalog): exit 2.

    Its message may span lines on purpose (the demo lists every problem of its file)."""

    def lines(self) -> list[str]:
        return str(self).split("\n")
