"""The recent-designs index: what it lists, and that unchanged designs are not parsed again."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from permissions import honour_modes

from designer import paths, recent, store
from designer.model.design import Design
from designer.model.progress import Stage, StageStatus


def _design(tmp_path: Path, name: str, done: int = 0) -> Path:
    design = Design.new(name)
    for stage in list(Stage)[:done]:
        design.progress.stages[stage] = StageStatus.DONE
    path = tmp_path / f"{name}.design.yaml"
    store.save(design, path)
    return path


def test_lists_newest_first_with_name_and_stages_done(tmp_path: Path) -> None:
    first, second = _design(tmp_path, "Shop", done=2), _design(tmp_path, "Chat")
    recent.remember(first)
    recent.remember(second)
    listed = recent.entries()
    assert [(e.path, e.name, e.stages_done, e.stages_total) for e in listed] == [
        (second.resolve(), "Chat", 0, len(Stage)),
        (first.resolve(), "Shop", 2, len(Stage)),
    ]
    assert all(e.modified is not None and not e.problem for e in listed)


def test_an_unchanged_design_is_described_from_the_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _design(tmp_path, "Shop", done=3)
    recent.remember(path)
    recent.entries()  # reads the file once and keeps its summary

    def no_parsing(_: Path) -> Design:
        raise AssertionError("an unchanged design was parsed again")

    monkeypatch.setattr(store, "load", no_parsing)
    [entry] = recent.entries()
    assert (entry.name, entry.stages_done) == ("Shop", 3)


def test_a_changed_design_is_read_again(tmp_path: Path) -> None:
    path = _design(tmp_path, "Shop")
    recent.remember(path)
    recent.entries()
    design = store.load(path)
    design.requirements.name = "Shop v2 — 상점"
    design.progress.stages[Stage.REQUIREMENTS] = StageStatus.DONE
    store.save(design, path)
    [entry] = recent.entries()
    assert (entry.name, entry.stages_done) == ("Shop v2 — 상점", 1)


def test_gone_and_unreadable_designs_say_why(tmp_path: Path) -> None:
    gone, locked = _design(tmp_path, "Gone"), _design(tmp_path, "Locked")
    for path in (gone, locked):
        recent.remember(path)
    recent.entries()  # both summarised while they were fine
    gone.unlink()
    locked.write_text("name: [unclosed\n", encoding="utf-8")
    by_path = {e.path: e for e in recent.entries()}
    assert by_path[gone.resolve()].problem == "no such file"
    # Where the parser notices the bracket is its own business; that it says where is ours.
    assert re.match(r"not valid YAML: line \d+, column \d+: ", by_path[locked.resolve()].problem)
    assert not by_path[locked.resolve()].name


def test_a_design_made_unreadable_is_not_described_from_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _design(tmp_path, "Private")
    recent.remember(path)
    recent.entries()
    path.chmod(0)
    honour_modes(monkeypatch)  # root reads any file otherwise
    try:
        [entry] = recent.entries()
    finally:
        path.chmod(0o644)
    assert entry.problem == "permission denied"
    assert entry.name == ""


@pytest.mark.parametrize("summary", [
    "not a mapping",
    {"stamp": "1:1:1", "name": "X", "done": "three", "total": 8},
    {"stamp": "1:1:1", "name": "X", "done": 1},
])
def test_a_hand_edited_summary_is_ignored(tmp_path: Path, summary: object) -> None:
    path = _design(tmp_path, "Shop", done=1)
    index = paths.recent_index_path()
    index.parent.mkdir(parents=True, exist_ok=True)
    from designer import yamlio

    index.write_text(yamlio.dump([{"path": str(path.resolve()), "opened": "2026-01-01",
                                   "summary": summary}]), encoding="utf-8")
    [entry] = recent.entries()
    assert (entry.name, entry.stages_done) == ("Shop", 1)


def test_a_damaged_index_lists_nothing(tmp_path: Path) -> None:
    index = paths.recent_index_path()
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text("- {path: [", encoding="utf-8")
    assert recent.entries() == []


def test_list_command_shows_designs_in_local_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    from designer.cli import main

    path, gone = _design(tmp_path, "결제 Payments", done=2), _design(tmp_path, "Gone")
    os.utime(path, (1_767_261_600, 1_767_261_600))  # 2026-01-01 10:00 UTC
    recent.remember(gone)
    recent.remember(path)
    gone.unlink()
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    try:
        assert main(["list"]) == 0
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
    first, second = capsys.readouterr().out.splitlines()
    assert first == (f"2/{len(Stage)}  결제 Payments  {path.resolve()}  "
                     "changed 2026-01-01 19:00 KST")
    assert second.startswith(f"!  {gone.resolve()}") and "no such file" in second


def test_list_command_with_no_designs(capsys: pytest.CaptureFixture[str]) -> None:
    from designer.cli import main

    assert main(["list"]) == 0
    assert "no recent designs" in capsys.readouterr().out


def test_list_json_gives_every_entry_with_its_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from designer.cli import main

    path, gone = _design(tmp_path, "Shop", done=2), _design(tmp_path, "Gone")
    recent.remember(gone)
    recent.remember(path)
    gone.unlink()
    assert main(["list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["path"], e["name"], e["stages_done"], e["stages_total"]) for e in listed] == [
        (str(path.resolve()), "Shop", 2, len(Stage)), (str(gone.resolve()), "", 0, 0)]
    assert listed[0]["problem"] is None and listed[0]["modified"].endswith("+00:00")
    assert listed[1]["problem"] and listed[1]["modified"] is None


def test_list_json_with_no_designs_is_an_empty_array(capsys: pytest.CaptureFixture[str]) -> None:
    from designer.cli import main

    assert main(["list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
