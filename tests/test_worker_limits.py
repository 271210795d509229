"""Aggregate workers under an OS memory limit (issue 10: "the aggregate tree under 1 GB
whatever the input"): a file that needs more than a worker may have fails alone with one
line, the other files are read; a worker that dies takes only its own file down."""

from __future__ import annotations

import multiprocessing
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bio2.usecases.sector import PARALLEL_FROM, WORKER_MEMORY, FileFailure, FileSummary, read_all
from bio2.usecases.workers import limited_map
from tests.conftest import DEMO

MIB = 1024 * 1024
HEAD = ("format: bio2-answers/1\ncatalog: bio2-1.2\norganisation: {id: kwaad, name: Kwaad,"
        " type: gemeente}\nassessment: {period: \"2026\", assessor: X}\n")

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is Linux's")


def big_files(folder: Path) -> tuple[Path, Path]:
    """Two files just under the 5 MiB the loader accepts: one 4.9 MB explanation (refused
    as too long, after it was read) and a valid file of 74 answers of 65 KB (accepted)."""
    from bio2.catalog.loading import load_catalog

    long_text = folder / "long-text.yaml"
    long_text.write_text(HEAD + 'answers:\n  - {item: "5.17.01", status: nee, explanation: "'
                         + "A" * (5 * MIB - 400) + '"}\n', encoding="utf-8")
    items = list(load_catalog("bio2-1.2").items)[:74]
    valid = folder / "valid-large.yaml"
    valid.write_text(HEAD + "answers:\n" + "".join(
        f'  - {{item: "{i}", status: deels, explanation: "{"B" * 48_000}",'
        f' finding: "{"C" * 17_000}"}}\n' for i in items), encoding="utf-8")
    assert long_text.stat().st_size <= 5 * MIB and valid.stat().st_size <= 5 * MIB
    return long_text, valid


def demo_copies(folder: Path, count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = folder / f"org-{n:02d}.yaml"
        shutil.copy(DEMO, path)
        paths.append(str(path))
    return paths


def test_default_limit_lets_the_largest_accepted_files_through(tmp_path: Path) -> None:
    long_text, valid = big_files(tmp_path)
    files = demo_copies(tmp_path, PARALLEL_FROM)
    files[3:3] = [str(long_text), str(valid)]
    results = read_all(files, workers=2)
    by_file = {Path(r.file).name: r for r in results}
    assert isinstance(by_file["valid-large.yaml"], FileSummary)
    refused = by_file["long-text.yaml"]
    assert isinstance(refused, FileFailure) and "te lang" in refused.errors[0]
    assert sum(isinstance(r, FileSummary) for r in results) == PARALLEL_FROM + 1
    assert 4 * WORKER_MEMORY < 1024 * MIB - 200 * MIB  # room for the parent in 1 GB


def test_a_file_over_a_lowered_limit_fails_alone_and_the_rest_is_read(tmp_path: Path) -> None:
    # A worker peaks at about 46 MB on the demo and about 76 MB on the 4.9 MB text.
    long_text, _ = big_files(tmp_path)
    files = demo_copies(tmp_path, PARALLEL_FROM)
    files.insert(5, str(long_text))
    results = read_all(files, workers=2, memory=60 * MIB)
    assert [r.file for r in results] == files  # argument order kept
    failed = [r for r in results if isinstance(r, FileFailure)]
    assert [Path(r.file).name for r in failed] == ["long-text.yaml"]
    assert failed[0].errors[0] in ("te weinig geheugen voor dit bestand; overgeslagen",
                                   "het leesproces stopte bij dit bestand (geheugengrens per"
                                   " proces bereikt); overgeslagen")
    assert sum(isinstance(r, FileSummary) for r in results) == PARALLEL_FROM


def test_a_worker_that_dies_costs_only_its_own_job() -> None:
    # eval is a picklable module-level function; the second job ends its worker process
    # the hard way, as running out of memory inside a C library does.
    jobs = ["1 + 1", "__import__('os')._exit(9)", "2 * 3", "7"]
    context = multiprocessing.get_context("forkserver")
    results = list(limited_map(eval, jobs, workers=2, chunk=1, memory=WORKER_MEMORY,
                               context=context, crashed=lambda job: f"crashed: {job}"))
    assert results == [2, "crashed: __import__('os')._exit(9)", 6, 7]


def test_limit_address_space_makes_a_large_allocation_fail() -> None:
    code = ("from bio2.system.limits import limit_address_space\n"
            "import resource\n"
            "assert limit_address_space(300 * 2**20)\n"
            "assert resource.getrlimit(resource.RLIMIT_AS)[0] == 300 * 2**20\n"
            "small = bytearray(50 * 2**20)\n"
            "try:\n"
            "    bytearray(400 * 2**20)\n"
            "except MemoryError:\n"
            "    print('refused')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "refused"
