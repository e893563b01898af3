"""`designer detect PATH [--json] [--into FILE [--overwrite]]` and `designer.detect.apply`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import TypeAdapter
from test_detect_projects import PROJECTS, write

from designer import store
from designer.cli import main
from designer.detect import apply, detect
from designer.model import Design
from designer.model.stack import Detection


def test_report_shows_table_and_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write(tmp_path / "p", PROJECTS["fastapi"][2])
    assert main(["detect", str(root)]) == 0
    out = capsys.readouterr().out
    assert "backend .  (Python)" in out
    assert "framework: FastAPI" in out
    assert "  kind        name        version   confidence\n" in out
    assert "  framework   FastAPI     >=0.110   0.95\n" in out
    assert "  Python      requirements.txt  (the file itself)\n" in out
    assert "app/main.py:3  app = FastAPI(title='x')" in out
    assert "requirements.txt:1  fastapi>=0.110" in out


def test_a_vendored_distribution_is_evidence_as_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write(tmp_path / "p", {
        "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "libs/flask-3.0.3.dist-info/METADATA": "Name: Flask\nVersion: 3.0.3\n",
    })
    assert main(["detect", str(root)]) == 0
    out = capsys.readouterr().out
    assert "    Flask   libs/flask-3.0.3.dist-info  (the folder itself)\n" in out
    assert "    Python  libs/flask-3.0.3.dist-info  (the folder itself)\n" in out


def test_report_of_an_ambiguous_and_an_empty_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a", {"requirements.txt": "flask\nfastapi\n"})
    (tmp_path / "b").mkdir()
    assert main(["detect", str(tmp_path / "a")]) == 0
    assert "ambiguous: FastAPI, Flask are plausible; choose one" in capsys.readouterr().out
    assert main(["detect", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "0 backends found" in out
    assert "FastAPI, Express, NestJS, Spring Boot, … or other" in out


def test_json_is_the_model_dump_with_frameworks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write(tmp_path / "p", PROJECTS["nestjs"][2])
    write(root, {"broken/package.json": "{"})
    assert main(["detect", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # The document is what the design model holds: pydantic's dump of the Detection type.
    expected = TypeAdapter(Detection).dump_python(detect(root), mode="json")
    assert [b.pop("frameworks") for b in data["backends"]] == [["NestJS"]]
    assert data == expected
    assert data["backends"][0]["findings"][0]["name"] == "NestJS"
    assert data["warnings"] == [
        "broken/package.json: not valid JSON (line 1: Expecting property "
        "name enclosed in double quotes)"
    ]


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_bad_path_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "x"
    if kind == "file":
        path.write_text("x")
    assert main(["detect", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"designer: {path}: ")


def test_into_fills_the_empty_stack_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write(tmp_path / "p", PROJECTS["spring"][2])
    design_file = tmp_path / "shop.design.yaml"
    design = Design.new("shop")
    design.stack.cache = "Memcached"
    store.create(design, design_file)
    assert main(["detect", str(root), "--into", str(design_file)]) == 0
    out = capsys.readouterr().out
    assert "set stack.framework = Spring Boot" in out
    saved = store.load(design_file)
    assert saved.stack.language == "Java"
    assert saved.stack.language_version == "21"
    assert saved.stack.framework == "Spring Boot"
    assert saved.stack.framework_version == "3.3.0"
    assert saved.stack.server == "Tomcat"
    assert saved.stack.test_framework == "JUnit"
    assert saved.stack.cache == "Memcached"
    assert saved.data.orm == "JPA / Hibernate"
    assert saved.data.migration_tool == "Flyway"
    assert saved.stack.detection == detect(root)
    assert store.backup_path(design_file).exists()


def test_into_keeps_user_choices_unless_overwrite(tmp_path: Path) -> None:
    root = write(tmp_path / "p", PROJECTS["flask"][2])
    design_file = tmp_path / "d.design.yaml"
    design = Design.new("d")
    design.stack.framework = "Django"
    store.create(design, design_file)
    assert main(["detect", str(root), "--into", str(design_file)]) == 0
    assert store.load(design_file).stack.framework == "Django"
    assert store.load(design_file).stack.cache == "Redis"
    assert main(["detect", str(root), "--into", str(design_file), "--overwrite"]) == 0
    assert store.load(design_file).stack.framework == "Flask"


def test_into_with_json_keeps_stdout_pure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write(tmp_path / "p", PROJECTS["gin"][2])
    design_file = tmp_path / "d.design.yaml"
    store.create(Design.new("d"), design_file)
    assert main(["detect", str(root), "--json", "--into", str(design_file)]) == 0
    captured = capsys.readouterr()
    json.loads(captured.out)
    assert "set stack.framework = Gin" in captured.err


def test_overwrite_without_into_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["detect", str(tmp_path), "--overwrite"]) == 2
    assert capsys.readouterr().err == "designer: --overwrite needs --into FILE\n"


def test_into_a_missing_design_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    root = write(tmp_path / "p", PROJECTS["gin"][2])
    assert main(["detect", str(root), "--into", str(tmp_path / "none.yaml")]) == 2
    assert not (tmp_path / "none.yaml").exists()


def test_apply_does_not_choose_when_ambiguous(tmp_path: Path) -> None:
    root = write(tmp_path, {"requirements.txt": "flask\nfastapi\nredis\n"})
    design = Design.new("x")
    detection = detect(root)
    messages = apply(design, detection)
    assert design.stack.detection == detection
    assert design.stack.framework == ""
    assert design.stack.cache == ""
    assert any("ambiguous" in m and "no framework chosen" in m for m in messages)


def test_apply_picks_the_surest_unambiguous_backend(tmp_path: Path) -> None:
    # Deployed (Procfile, Dockerfile) although no entry point was found: backends, unsure ones.
    write(tmp_path / "a-scripts", {"requirements.txt": "flask\nfastapi\n", "Procfile": "web: x\n"})
    write(
        tmp_path / "b-dep-only",
        {
            "go.mod": "module x\n\ngo 1.22\nrequire github.com/labstack/echo/v4 v4.0.0\n",
            "Dockerfile": "FROM golang:1.22\n",
        },
    )
    write(tmp_path / "c-api", PROJECTS["gin"][2])
    design = Design.new("x")
    messages = apply(design, detect(tmp_path))
    assert design.stack.framework == "Gin"
    assert (
        "stack taken from backend c-api (1 of 3 found; all are kept in the detection)" in messages
    )


def test_no_backend_found(tmp_path: Path) -> None:
    design = Design.new("x")
    messages = apply(design, detect(tmp_path))
    assert messages[-1] == "no backend found; choose the framework in the framework stage"
    assert design.stack.detection is not None


def test_detection_never_imports_textual() -> None:
    code = (
        "import sys, designer.cli, designer.detect, designer.commands.detect\n"
        "designer.cli.build_parser()\n"
        "from pathlib import Path\n"
        "designer.detect.detect(Path('.'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent,
    )
    assert result.stdout.strip() == "[]"


def test_detect_without_into_never_imports_pydantic(tmp_path: Path) -> None:
    # The detection results are dataclasses: a plain scan, report or JSON needs no model
    # library (its import was most of `designer detect`'s time); `--into` loads it. PyYAML
    # and packaging come only for a Compose file and Python requirements (none here).
    root = write(tmp_path / "p", PROJECTS["express"][2])
    code = (
        "import sys\n"
        "from designer.cli import main\n"
        f"assert main(['detect', {str(root)!r}]) == 0\n"
        f"assert main(['detect', {str(root)!r}, '--json']) == 0\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}\n"
        "             & {'pydantic', 'pydantic_core', 'yaml', 'packaging'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_an_unknown_key_in_a_saved_detection_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The detection parts are dataclasses inside the model: an unknown key there reads as
    # anywhere else in a design file.
    path = tmp_path / "x.design.yaml"
    design = Design.new("x")
    design.stack.detection = Detection(root="p")
    store.save(design, path)
    text = path.read_text().replace("    root: p\n", "    root: p\n    colour: red\n")
    assert "colour: red" in text
    path.write_text(text)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("stack.detection.colour: unknown key"), err
    assert len(err.splitlines()) == 1
