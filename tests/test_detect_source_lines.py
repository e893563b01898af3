"""The lines behind a signal's evidence, read once per pass (`source_lines`)."""

from __future__ import annotations

from pathlib import Path

from designer.detect.source_lines import SourceLines
from designer.model.stack import Evidence


def test_the_evidence_line_is_found_by_its_index(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import os\nDB = 'x'\n", encoding="utf-8")
    found = SourceLines(str(tmp_path)).at(Evidence(path="app.py", line=2, text="DB = 'x'"))
    assert found == (["import os", "DB = 'x'"], 1)


def test_a_line_beyond_the_file_or_no_line_gives_nothing(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import os\n", encoding="utf-8")
    sources = SourceLines(str(tmp_path))
    assert sources.at(Evidence(path="app.py", line=2, text="")) is None
    assert sources.at(Evidence(path="app.py", line=None, text="")) is None


def test_an_unreadable_file_reads_as_empty(tmp_path: Path) -> None:
    (tmp_path / "blob.py").write_bytes(b"\x00\x01binary")
    sources = SourceLines(str(tmp_path))
    assert sources.text("blob.py") == ""
    assert sources.text("missing.py") == ""
    assert sources.at(Evidence(path="missing.py", line=1, text="")) is None


def test_each_file_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    path.write_text("first\n", encoding="utf-8")
    sources = SourceLines(str(tmp_path))
    assert sources.lines("app.py") == ["first"]
    path.write_text("second\n", encoding="utf-8")
    assert sources.lines("app.py") == ["first"]  # the pass keeps what it read
