"""Exports are all or nothing, and keep what the user edited.

A failure while writing (a full disk) or while swapping files in leaves the previous export
byte for byte; a generated file the user edited is detected by the hash designer recorded and
kept unless `--force`; an edited diagram that is no longer produced is kept, not deleted.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_export_helpers import rich_design

from designer import store
from designer.cli import main
from designer.export import ExportError, export, writer
from designer.model.design import Design


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _open_files() -> int | None:
    """How many files this process has open (None where /proc does not say)."""
    fds = Path("/proc/self/fd")
    return len(list(fds.iterdir())) if fds.is_dir() else None


def _changed() -> Design:
    design = rich_design()
    design.requirements.name = "Renamed shop"
    return design


def _fail_on_call(n: int, real: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, except that its `n`-th call fails as on a full disk."""
    calls = {"count": 0}

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls["count"] += 1
        if calls["count"] == n:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    return wrapper


def test_full_disk_while_writing_leaves_the_previous_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export(rich_design(), tmp_path)
    before = _tree(tmp_path)
    monkeypatch.setattr(writer, "_write_new", _fail_on_call(3, writer._write_new))
    with pytest.raises(ExportError, match="No space left"):
        export(_changed(), tmp_path)
    assert _tree(tmp_path) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".designer-staging")]


def test_failure_while_swapping_in_is_undone(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    export(rich_design(), tmp_path)
    before = _tree(tmp_path)
    monkeypatch.setattr(writer, "replace", _fail_on_call(4, writer.replace))
    with pytest.raises(ExportError):
        export(_changed(), tmp_path)
    assert _tree(tmp_path) == before


def test_failure_on_a_first_export_leaves_no_partial_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "replace", _fail_on_call(3, writer.replace))
    with pytest.raises(ExportError):
        export(rich_design(), tmp_path / "out")
    assert _tree(tmp_path / "out") == {}


def test_the_manifest_records_what_was_written(tmp_path: Path) -> None:
    export(rich_design(), tmp_path)
    files = json.loads((tmp_path / writer.MANIFEST).read_text(encoding="utf-8"))["files"]
    assert set(files) == set(_tree(tmp_path)) - {writer.MANIFEST}
    for rel, recorded in files.items():
        assert writer.digest((tmp_path / rel).read_bytes()) == recorded


def test_edited_generated_files_are_kept_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.design.yaml"
    store.save(rich_design(), path)
    out = tmp_path / "out"
    assert main(["export", str(path), "--out", str(out)]) == 0
    doc, spec = out / "architecture.md", out / "openapi.yaml"
    doc.write_text(doc.read_text(encoding="utf-8") + "\nMy own note.\n", encoding="utf-8")
    spec.write_text(spec.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    before = _tree(out)
    store.save(_changed(), path)
    capsys.readouterr()
    assert main(["export", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "2 generated files were edited" in err and str(doc) in err and str(spec) in err
    assert "--force" in err
    assert _tree(out) == before  # nothing written, the other files included
    assert main(["export", str(path), "--out", str(out), "--force"]) == 0
    assert "My own note." not in doc.read_text(encoding="utf-8")
    assert main(["export", str(path), "--out", str(out)]) == 0  # no longer edited


def test_edited_stale_diagram_is_kept_and_reported(tmp_path: Path) -> None:
    export(rich_design(), tmp_path, only={"diagrams"})
    names = sorted(p.name for p in (tmp_path / "diagrams").iterdir())
    without_auth = rich_design()
    without_auth.auth.methods = []
    # Which diagrams disappear without auth methods: the same run, into another folder.
    export(without_auth, tmp_path / "probe", only={"diagrams"})
    gone = sorted(set(names) - {p.name for p in (tmp_path / "probe" / "diagrams").iterdir()})
    assert len(gone) >= 1
    edited = tmp_path / "diagrams" / gone[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "    %% my note\n", encoding="utf-8")
    lines: list[str] = []
    export(without_auth, tmp_path, only={"diagrams"}, progress=lines.append)
    assert edited.exists()
    assert any(line.startswith(f"kept {edited}") for line in lines)
    for name in gone[1:]:
        assert not (tmp_path / "diagrams" / name).exists()
    export(without_auth, tmp_path, only={"diagrams"}, force=True)
    assert not edited.exists()


def test_stale_diagram_without_a_record_is_kept(tmp_path: Path) -> None:
    export(rich_design(), tmp_path, only={"diagrams"})
    (tmp_path / writer.MANIFEST).unlink()  # as an export by an older designer left it
    without_auth = rich_design()
    without_auth.auth.methods = []
    before = {p.name for p in (tmp_path / "diagrams").iterdir()}
    lines: list[str] = []
    export(without_auth, tmp_path, only={"diagrams"}, progress=lines.append)
    assert {p.name for p in (tmp_path / "diagrams").iterdir()} == before
    assert any("no record" in line for line in lines)


def _without_events(design: Design) -> Design:
    design.architecture.events = type(design.architecture.events)()
    for service in design.architecture.services:
        service.publishes, service.consumes = [], []
    design.api.channels, design.api.webhooks = [], []
    return design


def test_asyncapi_is_removed_once_the_design_has_no_events(tmp_path: Path) -> None:
    path = tmp_path / "shop.design.yaml"
    store.save(rich_design(), path)
    out = tmp_path / "out"
    assert main(["export", str(path), "--out", str(out)]) == 0
    assert (out / "asyncapi.yaml").is_file()
    store.save(_without_events(rich_design()), path)
    assert main(["export", str(path), "--out", str(out), "--check"]) == 1
    assert main(["export", str(path), "--out", str(out)]) == 0
    assert not (out / "asyncapi.yaml").exists()
    manifest = json.loads((out / writer.MANIFEST).read_text(encoding="utf-8"))
    assert "asyncapi.yaml" not in json.dumps(manifest)
    assert main(["export", str(path), "--out", str(out), "--check"]) == 0


def test_edited_asyncapi_is_kept_until_forced(tmp_path: Path) -> None:
    export(rich_design(), tmp_path)
    contract = tmp_path / "asyncapi.yaml"
    contract.write_text(contract.read_text(encoding="utf-8") + "# our note\n", encoding="utf-8")
    lines: list[str] = []
    export(_without_events(rich_design()), tmp_path, progress=lines.append)
    assert "# our note" in contract.read_text(encoding="utf-8")
    assert any(line.startswith(f"kept {contract}") for line in lines)
    export(_without_events(rich_design()), tmp_path, force=True)
    assert not contract.exists()


def test_asyncapi_stays_when_another_kind_is_exported(tmp_path: Path) -> None:
    export(rich_design(), tmp_path)
    export(_without_events(rich_design()), tmp_path, only={"doc"})
    assert (tmp_path / "asyncapi.yaml").is_file()


def test_a_foreign_asyncapi_is_never_touched(tmp_path: Path) -> None:
    contract = tmp_path / "asyncapi.yaml"
    contract.write_text("asyncapi: 3.0.0\n", encoding="utf-8")
    export(_without_events(rich_design()), tmp_path)
    assert contract.read_text(encoding="utf-8") == "asyncapi: 3.0.0\n"


def test_every_file_is_on_disk_before_any_is_renamed_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fsyncs run together (one journal commit instead of one per file), never fewer.
    events: list[str] = []
    real_fsync, real_replace = writer.os.fsync, writer.replace

    def fsync(fd: int) -> None:
        real_fsync(fd)
        events.append("fsync")

    def replace(source: Path, target: Path) -> None:
        events.append("replace")
        real_replace(source, target)

    monkeypatch.setattr(writer.os, "fsync", fsync)
    monkeypatch.setattr(writer, "replace", replace)
    monkeypatch.setattr(writer, "SYNC_BATCH", 3)  # several batches
    written = export(rich_design(), tmp_path / "out")
    renames = events.count("replace")
    assert renames == len(written) + 1  # and the manifest
    first = events.index("replace")
    assert events[:first] == ["fsync"] * renames
    assert "fsync" in events[first + renames:]  # then the folders holding the renames


def test_a_failed_flush_leaves_the_previous_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export(rich_design(), tmp_path)
    before = _tree(tmp_path)
    monkeypatch.setattr(writer.os, "fsync", _fail_on_call(4, writer.os.fsync))
    open_before = _open_files()
    with pytest.raises(ExportError, match="No space left"):
        export(_changed(), tmp_path)
    assert _open_files() == open_before  # every staged file closed
    assert _tree(tmp_path) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".designer-staging")]
