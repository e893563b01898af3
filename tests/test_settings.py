"""The remembered settings: the file designer writes is read without PyYAML, and every file
reads as PyYAML (through yamlio) reads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.theme import BUILTIN_THEMES

from designer import settings, yamlio


def _as_yaml(text: str) -> object:
    """What PyYAML makes of `text`, or None when yamlio refuses it or it is not YAML."""
    try:
        return yamlio.load(text)
    except Exception:
        return None


@pytest.mark.parametrize("theme", sorted(BUILTIN_THEMES))
def test_a_theme_designer_wrote_is_read_without_yaml(theme: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path))
    settings.remember("theme", theme)
    text = (tmp_path / "settings.yaml").read_text(encoding="utf-8")
    assert settings._words(text) == yamlio.load(text) == {"theme": theme}
    assert settings.load() == {"theme": theme}


WORDS = st.sampled_from(["theme", "nord", "textual-dark", "on", "Off", "yes", "no", "null",
                         "true", "x_y", "1", "0x1f", ".inf", "~", "'on'", '"a"', "a b",
                         "a:b", "#c", "-", "", "nord # note", "ä"])
LINES = st.lists(st.tuples(WORDS, WORDS, st.sampled_from([": ", ":", " : ", ":  "]),
                           st.sampled_from(["\n", "", "\r\n", "\n\n"])),
                 max_size=4)


@given(LINES, st.sampled_from(["", "---\n", "# settings\n", " "]))
def test_the_plain_reading_agrees_with_yaml(lines: list[tuple[str, str, str, str]],
                                            start: str) -> None:
    text = start + "".join(f"{key}{colon}{value}{end}" for key, value, colon, end in lines)
    words = settings._words(text)
    assert words is None or words == _as_yaml(text), text


@pytest.mark.parametrize("text, expected", [
    ("theme: nord  # picked in the palette\n", {"theme": "nord"}),  # a hand edit: PyYAML reads it
    ("theme: 'nord'\n", {"theme": "nord"}),
    ("theme: on\n", {"theme": True}),  # a boolean: remembered_theme ignores it
    ("theme: nord\ntheme: dracula\n", {}),  # a key twice: refused by yamlio, nothing kept
    ("[nord]\n", {}),
    ("", {}),
])
def test_other_files_read_as_yaml_reads_them(text: str, expected: dict[str, object],
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path))
    (tmp_path / "settings.yaml").write_text(text, encoding="utf-8")
    assert settings.load() == expected


def test_reading_the_theme_imports_no_yaml(tmp_path: Path) -> None:
    (tmp_path / "settings.yaml").write_text("theme: nord\n", encoding="utf-8")
    probe = ("import sys\nfrom designer import settings\n"
             "print(settings.load(), 'yaml' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parent.parent,
                            env={"DESIGNER_HOME": str(tmp_path), "PATH": ""})
    assert result.stdout.split("\n")[0] == "{'theme': 'nord'} False"
