"""A broken design names its valid backup and the command that restores it; `designer open
FILE --from-backup` restores it and keeps the broken file aside."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

import pytest

from designer import store
from designer.cli import main
from designer.commands import open as open_command
from designer.errors import DesignFileError, SaveError, SchemaVersionError
from designer.model.design import Design


def _broken_with_backup(tmp_path: Path) -> Path:
    path = tmp_path / "shop.design.yaml"
    store.save(Design.new("first"), path)
    store.save(Design.new("second"), path)  # the backup now holds "first"
    path.write_text("schema_version: 2\nrequirements: [oops\n", encoding="utf-8")
    return path


def test_error_names_the_backup_and_the_restore_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _broken_with_backup(tmp_path)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    backup = store.backup_path(path)
    assert "not valid YAML" in err and f"a valid backup is at {backup}" in err
    assert f"designer open {path} --from-backup" in err and f"cp {backup} {path}" in err


def test_the_cp_command_in_the_message_restores(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "my designs"  # a space: the command must be quoted
    folder.mkdir()
    path = _broken_with_backup(folder)
    main(["check", str(path)])
    err = capsys.readouterr().err
    command = err.split("(or `", 1)[1].split("`", 1)[0]
    assert command.startswith("cp ") and shlex.split(command)[1:] == [
        str(store.backup_path(path)), str(path)
    ]
    subprocess.run(shlex.split(command), check=True)
    assert store.load(path).name == "first"


def test_no_hint_without_a_valid_backup(tmp_path: Path) -> None:
    path = tmp_path / "x.design.yaml"
    path.write_text("schema_version: 2\nrequirements: [oops\n", encoding="utf-8")
    with pytest.raises(DesignFileError) as caught:
        store.load(path)
    assert "backup" not in str(caught.value)
    store.backup_path(path).write_text("not: a design\n", encoding="utf-8")
    with pytest.raises(DesignFileError) as caught:
        store.load(path)
    assert "backup" not in str(caught.value)


def test_a_newer_design_is_not_pointed_to_an_older_backup(tmp_path: Path) -> None:
    path = _broken_with_backup(tmp_path)
    path.write_text("schema_version: 99\n", encoding="utf-8")
    with pytest.raises(SchemaVersionError) as caught:
        store.load(path)
    assert "backup" not in str(caught.value)


def test_open_from_backup_restores_and_keeps_the_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _broken_with_backup(tmp_path)
    broken = path.read_bytes()
    opened: list[Path | None] = []
    monkeypatch.setattr(open_command, "launch", lambda p: opened.append(p) or 0)
    assert main(["open", str(path), "--from-backup"]) == 0
    assert opened == [path] and store.load(path).name == "first"
    kept = path.with_name(path.name + ".broken")
    assert kept.read_bytes() == broken
    assert str(kept) in capsys.readouterr().out
    path.write_text("garbage: [\n", encoding="utf-8")
    assert main(["open", str(path), "--from-backup"]) == 0
    assert path.with_name(path.name + ".broken-2").read_text(encoding="utf-8") == "garbage: [\n"


def test_open_from_backup_without_one_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.design.yaml"
    path.write_text("garbage: [\n", encoding="utf-8")
    monkeypatch.setattr(open_command, "launch", lambda p: 0)
    assert main(["open", str(path), "--from-backup"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no valid backup" in err
    assert path.read_text(encoding="utf-8") == "garbage: [\n"


def test_save_never_replaces_a_device_through_a_link(tmp_path: Path) -> None:
    link = tmp_path / "zero.design.yaml"
    link.symlink_to("/dev/null")
    with pytest.raises(SaveError):
        store.save(Design.new("x"), link)
    assert Path("/dev/null").is_char_device()
