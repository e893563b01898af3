"""One switch for golden files: `DESIGNER_UPDATE_GOLDEN=1 pytest …` rewrites them.

Only the exact value `1` updates; any other value is an error, so `=0` cannot rewrite a golden
by accident. Updating is refused under `CI`. An update removes golden files that are no longer
produced, then fails the test with "updated, re-run": a run that wrote a golden never passes,
so no test ever compares a file with what it has just written.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest

SWITCH = "DESIGNER_UPDATE_GOLDEN"


def updating() -> bool:
    """Whether this run rewrites goldens; fails on a malformed switch or under CI."""
    value = os.environ.get(SWITCH)
    if value is None:
        return False
    if value != "1":
        pytest.fail(f"{SWITCH} must be 1 to update golden files, not {value!r}")
    if os.environ.get("CI"):
        pytest.fail(f"{SWITCH} is set under CI: golden files are updated by hand, never in CI")
    return True


def check_tree(folder: Path, files: Mapping[str, str]) -> None:
    """Compare `files` (relative path → text) with the golden folder, or rewrite it."""
    if updating():
        for stale in sorted(p for p in folder.rglob("*") if p.is_file()):
            if stale.relative_to(folder).as_posix() not in files:
                stale.unlink()
        for rel, text in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8", newline="\n")
        pytest.fail(f"golden files in {folder} updated, re-run")
    golden = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
              for p in sorted(folder.rglob("*")) if p.is_file()}
    hint = f"if the change is intended: {SWITCH}=1 pytest"
    assert sorted(files) == sorted(golden), f"{folder}: other files than the goldens; {hint}"
    for rel, text in files.items():
        assert text == golden[rel], f"{folder / rel} differs from its golden file; {hint}"


def check_file(path: Path, text: str) -> None:
    """Compare `text` with the golden file `path`, or rewrite it."""
    if updating():
        path.write_text(text, encoding="utf-8", newline="\n")
        pytest.fail(f"golden file {path} updated, re-run")
    hint = f"if the change is intended: {SWITCH}=1 pytest"
    assert text == path.read_text(encoding="utf-8"), f"{path} differs; {hint}"
