"""Figures of issue 3: validating, exporting and importing answer files."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

import yaml
from common import BIN, Figure, best_of
from gen import answer_yaml


def _export(raw: bytes) -> Figure:
    """``to_yaml`` of a full answer file beside PyYAML's own emitter for the same data,
    which wrote every export before ``bio2.exchange.yamlwrite.emit`` (issue 12)."""
    from bio2.exchange.answerfile import canonical, check_bytes, to_yaml
    from bio2.exchange.yamlwrite import Dumper

    model = check_bytes("bench.yaml", raw).model
    assert model is not None
    data = canonical(model)
    ours = best_of(lambda: to_yaml(model), 15)
    python = best_of(lambda: yaml.dump(data, Dumper=Dumper, allow_unicode=True,
                                       sort_keys=False, width=88), 5)
    return Figure("export a full answer file as YAML (in-process)", ours, 30,
                  note=f"with PyYAML's own emitter {python:.1f} ms")


def run() -> list[Figure]:
    from bio2.exchange.answerfile import check_bytes
    from bio2.store import Store
    from bio2.usecases.importing import import_files

    raw = answer_yaml(1).encode("utf-8")
    ours = best_of(lambda: check_bytes("bench.yaml", raw), 15)
    floor = best_of(lambda: yaml.load(raw, Loader=yaml.CSafeLoader), 15)
    figures = [
        Figure("validate a full answer file (190 items, in-process)", ours, 40,
               note=f"floor yaml.load(CSafeLoader) {floor:.1f} ms"),
        Figure("  ratio to the CSafeLoader floor", ours / floor, 3, unit="x"),
        _export(raw),
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.yaml"
        path.write_bytes(raw)
        times = []
        for n in range(5):
            store = Store(Path(folder) / f"db{n}.sqlite")
            start = time.perf_counter()
            _checks, results = import_files(store, [str(path)])
            times.append((time.perf_counter() - start) * 1000)
            assert results and results[0].written
            store.close()
        figures.append(Figure("import a full answer file into an empty database",
                              min(times), 100))
        files = []
        for n in range(1000):
            target = Path(folder) / f"org-{n:04d}.yaml"
            target.write_text(answer_yaml(n % 50).replace("org-00", f"o{n:04d}-"),
                              encoding="utf-8")
            files.append(str(target))
        start = time.perf_counter()
        subprocess.run([str(BIN / "bio2"), "validate", *files], check=True,
                       capture_output=True)
        figures.append(Figure("bio2 validate 1,000 full files (one call, wall)",
                              time.perf_counter() - start, 15, unit="s"))
    return figures
