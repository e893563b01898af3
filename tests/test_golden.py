"""The golden switch itself: only `1` updates, never under CI, stale files go, a run that
updated never passes, and a difference fails."""

from __future__ import annotations

from pathlib import Path

import golden
import pytest

Failed = pytest.fail.Exception


@pytest.fixture(autouse=True)
def no_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(golden.SWITCH, raising=False)
    monkeypatch.delenv("CI", raising=False)


def test_without_the_switch_nothing_updates() -> None:
    assert golden.updating() is False


@pytest.mark.parametrize("value", ["0", "", "true", "yes", " 1"])
def test_any_value_but_1_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(golden.SWITCH, value)
    with pytest.raises(Failed, match=f"must be 1 to update golden files, not {value!r}"):
        golden.updating()


def test_a_tampered_golden_is_not_rewritten_by_a_wrong_switch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text("tampered\n", encoding="utf-8")
    monkeypatch.setenv(golden.SWITCH, "0")
    with pytest.raises(Failed):
        golden.check_tree(tmp_path, {"a.md": "real\n"})
    with pytest.raises(Failed):
        golden.check_file(tmp_path / "a.md", "real\n")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "tampered\n"


def test_updating_is_refused_under_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text("old\n", encoding="utf-8")
    monkeypatch.setenv(golden.SWITCH, "1")
    monkeypatch.setenv("CI", "1")
    with pytest.raises(Failed, match="set under CI"):
        golden.check_tree(tmp_path, {"a.md": "new\n"})
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "old\n"


def test_an_update_rewrites_removes_stale_files_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kept.md").write_text("old\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "stale.mmd").write_text("gone\n", encoding="utf-8")
    monkeypatch.setenv(golden.SWITCH, "1")
    with pytest.raises(Failed, match="updated, re-run"):
        golden.check_tree(tmp_path, {"kept.md": "new\n", "sub/new.mmd": "x\n"})
    files = {p.relative_to(tmp_path).as_posix(): p.read_text(encoding="utf-8")
             for p in tmp_path.rglob("*") if p.is_file()}
    assert files == {"kept.md": "new\n", "sub/new.mmd": "x\n"}
    with pytest.raises(Failed, match="updated, re-run"):
        golden.check_file(tmp_path / "kept.md", "newer\n")
    assert (tmp_path / "kept.md").read_text(encoding="utf-8") == "newer\n"


def test_comparing_fails_on_a_difference_a_missing_or_an_extra_file(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("same\n", encoding="utf-8")
    golden.check_tree(tmp_path, {"a.md": "same\n"})
    golden.check_file(tmp_path / "a.md", "same\n")
    with pytest.raises(AssertionError, match=r"a\.md differs from its golden file"):
        golden.check_tree(tmp_path, {"a.md": "other\n"})
    with pytest.raises(AssertionError, match="other files than the goldens"):
        golden.check_tree(tmp_path, {"a.md": "same\n", "b.md": "new\n"})
    with pytest.raises(AssertionError, match="other files than the goldens"):
        golden.check_tree(tmp_path, {})
    with pytest.raises(AssertionError, match="differs"):
        golden.check_file(tmp_path / "a.md", "other\n")
