"""Saves write through a symlinked design to its target, keep the file's permission bits (the
backup too), and create new files and exports with the umask's usual mode."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer import atomic, store
from designer.export import export
from designer.model.design import Design


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_symlinked_design_is_saved_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "real.design.yaml"
    real.parent.mkdir()
    store.save(Design.new("first"), real)
    link = tmp_path / "work" / "mine.design.yaml"
    link.parent.mkdir()
    link.symlink_to(os.path.relpath(real, link.parent))
    store.save(Design.new("second"), link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert store.load(real).name == "second"
    assert store.load(store.backup_path(real)).name == "first"  # the backup beside the target
    assert not store.backup_path(link).exists()


def test_chain_of_links_and_dangling_link(tmp_path: Path) -> None:
    real = tmp_path / "real.design.yaml"
    middle = tmp_path / "middle.design.yaml"
    top = tmp_path / "top.design.yaml"
    middle.symlink_to(real.name)
    top.symlink_to(middle.name)
    store.save(Design.new("made"), top)  # the link dangled: its target is created
    assert top.is_symlink() and middle.is_symlink() and real.is_file()
    assert store.load(top).name == "made"


def test_mode_is_kept_and_the_backup_gets_it(tmp_path: Path, umask: None) -> None:
    path = tmp_path / "d.design.yaml"
    store.save(Design.new("a"), path)
    path.chmod(0o640)
    store.save(Design.new("b"), path)
    assert _mode(path) == 0o640
    assert _mode(store.backup_path(path)) == 0o640
    path.chmod(0o600)
    store.save(Design.new("c"), path)
    assert _mode(path) == 0o600 and _mode(store.backup_path(path)) == 0o600


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(tmp_path: Path, mask: int, expected: int) -> None:
    previous = os.umask(mask)
    try:
        path = tmp_path / "new.design.yaml"
        store.create(Design.new("n"), path)
        assert _mode(path) == expected
        export(Design.new("n"), tmp_path / "out")
        assert {_mode(p) for p in (tmp_path / "out").rglob("*") if p.is_file()} == {expected}
    finally:
        os.umask(previous)


def test_export_keeps_the_mode_of_a_file_it_replaces(tmp_path: Path, umask: None) -> None:
    out = tmp_path / "out"
    export(Design.new("n"), out)
    (out / "openapi.yaml").chmod(0o600)
    export(Design.new("n2"), out)
    assert _mode(out / "openapi.yaml") == 0o600


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    atomic.write_atomic(path, "x")
    atomic.write_atomic(path, "y")
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"] and path.read_text() == "y"
