"""``make bench``: every figure beside its target.

Each ``tests/bench/bench_*.py`` module has ``run() -> list[Figure]``; this script runs them
in name order (or only those named on the command line) and prints one line per figure.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Figure  # noqa: E402


def machine_reference() -> float:
    """Seconds for a pure-Python loop of ten million additions: the speed of this machine
    per core, printed first so that figures from different machines can be read side by
    side (the same suite measured 2x apart on two machines of the same kind)."""
    start = time.perf_counter()
    total = 0
    for n in range(10_000_000):
        total += n
    return time.perf_counter() - start


def main(names: list[str]) -> int:
    failed = 0
    print(f"== machine: pure-Python loop of 10M additions {machine_reference():.2f} s,"
          f" load {os.getloadavg()[0]:.1f} (reference only)", flush=True)
    for path in sorted(HERE.glob("bench_*.py")):
        if names and not any(n in path.stem for n in names):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {path.stem}", flush=True)
        figures: list[Figure] = module.run()
        for figure in figures:
            print(figure.line(), flush=True)
            failed += not figure.ok
    print(f"{failed} figure(s) over target" if failed else "all figures within target")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
