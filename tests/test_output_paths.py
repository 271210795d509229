"""Output paths of every command that writes a file (export, report, aggregate, schema):
one helper (``bio2.system.fileio``), one clear line (exit 2) or the right behaviour per attack."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bio2.system.fileio import FileProblem, check_output, safe_file_name, write_atomic
from tests.conftest import run_bio2
from tests.test_answerfile import GOOD


@pytest.fixture
def db(tmp_path: Path) -> Path:
    source = tmp_path / "good.yaml"
    source.write_text(GOOD, encoding="utf-8")
    path = tmp_path / "o.sqlite"
    assert run_bio2("import", str(source), db=path).returncode == 0
    return path


def export(db: Path, target: str, *extra: str):  # type: ignore[no-untyped-def]
    return run_bio2("export", "gemeente-test", "2026", "-o", target, *extra, db=db)


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_folder_or_trailing_slash_is_refused(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    for target in (str(folder), f"{folder}/", str(tmp_path / "nieuw") + "/"):
        result = export(db, target)
        assert result.returncode == 2, result.stderr
        assert "is een map; geef een bestandsnaam" in result.stderr
        assert result.stderr.count("\n") == 1
    assert list(folder.iterdir()) == [] and not (tmp_path / "nieuw").exists()
    report = run_bio2("report", "gemeente-test", "2026", "-o", f"{folder}/", db=db)
    assert report.returncode == 2 and "is een map" in report.stderr


def test_an_existing_file_needs_force(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "uit.yaml"
    target.write_text("van iemand anders\n", encoding="utf-8")
    result = export(db, str(target))
    assert result.returncode == 2
    assert "bestaat al; gebruik --force om het te overschrijven" in result.stderr
    assert target.read_text(encoding="utf-8") == "van iemand anders\n"
    forced = export(db, str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "format: bio2-answers/1" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []


def test_a_symlink_is_never_followed_or_replaced(db: Path, tmp_path: Path) -> None:
    victim = tmp_path / "belangrijk.txt"
    victim.write_text("niet aanraken\n", encoding="utf-8")
    link = tmp_path / "uit.yaml"
    link.symlink_to(victim)
    for extra in ((), ("--force",)):
        result = export(db, str(link), *extra)
        assert result.returncode == 2 and "symbolische koppeling" in result.stderr
    assert victim.read_text(encoding="utf-8") == "niet aanraken\n" and link.is_symlink()
    dangling = tmp_path / "los.yaml"
    dangling.symlink_to(tmp_path / "bestaat-niet.txt")
    assert export(db, str(dangling), "--force").returncode == 2
    assert not (tmp_path / "bestaat-niet.txt").exists()


def test_a_write_protected_file_is_not_replaced_even_by_root(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "vast.yaml"
    target.write_text("vast\n", encoding="utf-8")
    target.chmod(0o444)
    result = export(db, str(target), "--force")
    assert result.returncode == 2 and "beveiligd tegen schrijven" in result.stderr
    assert target.read_text(encoding="utf-8") == "vast\n"


def test_a_device_node_is_never_replaced(db: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    else:
        device = Path("/dev/null")
    for extra in ((), ("--force",)):
        result = export(db, str(device), *extra)
        assert result.returncode == 2 and "een apparaat" in result.stderr, result.stderr
        assert stat.S_ISCHR(device.lstat().st_mode)
    with pytest.raises(FileProblem):
        write_atomic(device, "x")  # the last check before the rename holds too
    assert stat.S_ISCHR(device.lstat().st_mode) and leftovers(tmp_path) == []


def test_dev_null_itself_is_refused() -> None:
    with pytest.raises(FileProblem, match="apparaat"):
        check_output("/dev/null", force=True)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_long_names(db: Path, tmp_path: Path) -> None:
    name = "b" * 240 + ".yaml"  # 245 characters: the file system accepts it, so do we
    result = export(db, str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).is_file() and leftovers(tmp_path) == []
    too_long = export(db, str(tmp_path / ("c" * 300 + ".yaml")))
    assert too_long.returncode == 2
    assert "bestandsnaam te lang (305 bytes, maximaal 255)" in too_long.stderr


def test_a_folder_that_cannot_be_written(db: Path, tmp_path: Path) -> None:
    result = export(db, "/proc/bio2-export.yaml")
    assert result.returncode == 2 and "kan niet schrijven in /proc" in result.stderr
    if os.geteuid() != 0:
        folder = tmp_path / "alleen-lezen"
        folder.mkdir()
        folder.chmod(0o555)
        refused = export(db, str(folder / "x.yaml"))
        assert refused.returncode == 2 and "kan niet schrijven in" in refused.stderr


def test_checks_come_before_the_work(db: Path, tmp_path: Path) -> None:
    existing = tmp_path / "sector.pdf"
    existing.write_bytes(b"%PDF oud")
    result = run_bio2("aggregate", str(tmp_path / "none"), "-o", str(existing))
    assert result.returncode == 2 and "bestaat al" in result.stderr
    csv = tmp_path / "sector.csv"
    csv.write_text("oud", encoding="utf-8")
    result = run_bio2("aggregate", str(tmp_path / "none"), "-o", str(tmp_path / "n.pdf"),
                      "--csv", str(csv))
    assert result.returncode == 2 and "bestaat al" in result.stderr
    schema = tmp_path / "schema.json"
    schema.write_text("{}", encoding="utf-8")
    assert run_bio2("schema", "-o", str(schema)).returncode == 2
    assert run_bio2("schema", "-o", str(schema), "--force").returncode == 0
    assert schema.read_text(encoding="utf-8") != "{}"


def test_two_periods_never_share_a_default_name() -> None:
    periods = ["..", "/", "_", "%2F", ".", "a/b", "a_b", "a.b", "a b", "a%20b", "2026",
               "2026-Q1", "2026\x1b", "ë", "e\u0308", "x" * 32, "x" * 31 + "/"]
    names = [safe_file_name(f"gemeente-test-{p}.yaml") for p in periods]
    assert len(set(names)) == len(names), names
    for name in names:
        assert "/" not in name and name not in (".", "..") and name.endswith(".yaml")
        assert name.isprintable() and len(name.encode()) <= 255
    assert safe_file_name("gemeente-test-2026.oscal.json") == "gemeente-test-2026.oscal.json"
    long_names = {safe_file_name("o-" + "🙂" * 31 + c + ".pdf") for c in "ab"}
    assert len(long_names) == 2 and all(len(n) < 200 for n in long_names)


def test_default_names_of_two_periods_are_two_files(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite"
    for period in ("../x", "__x"):
        source = tmp_path / "in.yaml"
        source.write_text(GOOD.replace('period: "2026"', f'period: "{period}"'),
                          encoding="utf-8")
        assert run_bio2("import", str(source), db=db).returncode == 0
    work = tmp_path / "work"
    work.mkdir()
    for period in ("../x", "__x"):
        result = run_bio2("export", "gemeente-test", period, db=db, cwd=work)
        assert result.returncode == 0, result.stderr
    assert len(list(work.iterdir())) == 2
