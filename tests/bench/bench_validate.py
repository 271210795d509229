"""``bio2 validate FILE`` as a whole process beside a bare ``python -c`` that only parses
the same file with ``yaml.CSafeLoader`` (issue 12: at most 3x).

Both run with .pyc files allowed (an installed package has them), after one warm-up run;
the figure is the median of several runs. Wall time is the figure; CPU time (user + sys
of the child) is printed beside it because it varies less on a busy machine.
"""

from __future__ import annotations

import os
import sys

from common import BIN, ROOT, Figure, process_ms

SAMPLE = ROOT / "exports" / "gemeente-voorbeeld-2026.yaml"
BARE = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"
RUNS = 9


def _measure(args: list[str]) -> tuple[float, float]:
    """Median wall and CPU milliseconds of a whole process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    wall, cpu, _ = process_ms(args, env, RUNS)
    return wall, cpu


def run() -> list[Figure]:
    bare_wall, bare_cpu = _measure([sys.executable, "-c", BARE, str(SAMPLE)])
    ours_wall, ours_cpu = _measure([str(BIN / "bio2"), "validate", str(SAMPLE)])
    return [
        Figure("validate: bare python -c yaml.load(CSafeLoader) process", bare_wall, 10_000,
               note=f"reference only; CPU {bare_cpu:.0f} ms"),
        Figure("validate: bio2 validate FILE process (median of 9)", ours_wall, 10_000,
               note=f"reference only; CPU {ours_cpu:.0f} ms"),
        Figure("validate: whole process ratio bio2 / bare yaml", ours_wall / bare_wall, 3,
               unit="x", note=f"CPU ratio {ours_cpu / bare_cpu:.1f}x"),
    ]
