"""Nothing from a file reaches the terminal raw: ESC sequences, C1 controls, bidi overrides and
line breaks in design names, keys, file names, folder names and manifest lines are printed as
visible escapes, and a name cannot fake a line of output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from designer import recent, store, terminal
from designer.cli import main
from designer.model.design import SCHEMA_VERSION, Design
from designer.terminal import visible, visible_json

ESC = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"
"""Set the window title, clear the screen, an 8-bit CSI and a right-to-left override."""

RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _clean(text: str) -> None:
    for char in RAW:
        assert char not in text, repr(text)


def test_every_escaped_character_is_unprintable() -> None:
    # `visible` returns printable text as it is: exact only while this holds.
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable())
    for source in (terminal._CONTROL, terminal._CONTROL_BUT_NEWLINE):
        assert re.findall(source, printable) == []


def test_visible_escapes_every_control() -> None:
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible("x\ny") == "x\\ny" and visible("x\ny", keep_newlines=True) == "x\ny"
    assert visible("\u202e\x9b\x7f") == "\\u202e\\x9b\\x7f"
    assert visible("쇼핑몰 🛒 \"q\"") == "쇼핑몰 🛒 \"q\""  # letters and emoji untouched


def test_visible_json_is_the_same_data() -> None:
    data = {"name": "a" + ESC + "\n"}
    text = visible_json(json.dumps(data, ensure_ascii=False))
    _clean(text)
    assert json.loads(text) == data


def test_check_shows_a_hostile_design_name(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.design.yaml"
    store.save(Design.new("shop" + ESC + "\nstages done: 8/8"), path)
    main(["check", str(path)])
    out = capsys.readouterr().out
    _clean(out)
    assert "shop\\x1b]0;owned" in out
    # The name's line break cannot fake a line.
    assert [line for line in out.splitlines() if line.startswith("stages done:")] == [
        "stages done: 0/8"
    ]
    main(["check", "--json", str(path)])
    text = capsys.readouterr().out
    _clean(text)
    assert json.loads(text)["summary"]["name"].startswith("shop\x1b")


def test_findings_quote_names_visibly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from test_review_fixtures import entity, good_design

    design = good_design()
    entity(design, "Order").database = "db" + ESC  # MODEL-001 quotes the unknown database
    path = tmp_path / "x.design.yaml"
    store.save(design, path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    _clean(out)
    assert "db\\x1b]0;owned" in out


def test_unknown_key_and_file_name_in_error_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / ("evil\x1b[31m\nfake.design.yaml")
    text = store.dumps(Design.new("x")).replace(
        f"schema_version: {SCHEMA_VERSION}\n",
            f'schema_version: {SCHEMA_VERSION}\n"key\\e[2J\\x9b": 1\n'
    )
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    _clean(err)
    assert err.count("\n") == 1
    assert "evil\\x1b[31m\\nfake.design.yaml" in err and "key\\x1b[2J\\x9b" in err


def test_yaml_error_with_a_control_character(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.design.yaml"
    path.write_bytes(b"schema_version: 2\nname: \x1b[2J\n")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    _clean(err)
    assert err.count("\n") == 1


def test_detect_shows_folder_names_and_manifest_lines_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "proj"
    service = project / ("api\x1b]0;owned\x07")
    service.mkdir(parents=True)
    (service / "requirements.txt").write_text("fastapi==0.110 # \x1b[2J\x9b\n", encoding="utf-8")
    (service / "main.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n",
                                     encoding="utf-8")
    assert main(["detect", str(project)]) == 0
    out = capsys.readouterr().out
    _clean(out)
    assert "api\\x1b]0;owned\\x07" in out and "FastAPI" in out
    assert main(["detect", "--json", str(project)]) == 0
    text = capsys.readouterr().out
    _clean(text)
    assert json.loads(text)["backends"]


def test_list_and_export_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / ("d\x1b[2J")
    folder.mkdir()
    path = folder / "x.design.yaml"
    store.save(Design.new("n" + ESC), path)
    recent.remember(path)
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    _clean(out)
    assert "n\\x1b]0;owned" in out and "d\\x1b[2J" in out
    path.unlink()
    assert main(["list"]) == 0
    _clean(capsys.readouterr().out)
    store.save(Design.new("n"), path)
    assert main(["export", str(path), "--out", str(folder / "out\x1b[1m")]) == 0
    out = capsys.readouterr().out
    _clean(out)
    assert "out\\x1b[1m" in out
