"""`designer detect --json` satisfies the JSON Schema shipped with the package (#19)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from test_detect_projects import PROJECTS, package_json, write

from designer.cli import main
from designer.detect.jsonout import schema
from designer.model.stack import FindingKind


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    loaded = schema()
    jsonschema.Draft202012Validator.check_schema(loaded)
    return jsonschema.Draft202012Validator(loaded)


def run_json(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["detect", str(root), "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_every_fixture_project_validates(
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    validator: jsonschema.Draft202012Validator,
) -> None:
    data = run_json(write(tmp_path, PROJECTS[name][2]), capsys)
    validator.validate(data)
    (backend,) = data["backends"]  # type: ignore[misc]
    assert backend["frameworks"][0] == PROJECTS[name][0]


def test_monorepo_ambiguous_empty_and_warnings_validate(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    validator: jsonschema.Draft202012Validator,
) -> None:
    files = {f"api/{k}": v for k, v in PROJECTS["fastapi"][2].items()}
    files |= {
        "tools/requirements.txt": "flask\nfastapi\n",
        "tools/Procfile": "web: x\n",
        "broken/package.json": "{",
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        "web/package.json": package_json({"react": "^18"}),
    }
    data = run_json(write(tmp_path / "mono", files), capsys)
    validator.validate(data)
    by_folder = {b["folder"]: b for b in data["backends"]}  # type: ignore[union-attr]
    assert by_folder["tools"]["ambiguous"] is True
    assert sorted(by_folder["tools"]["frameworks"]) == ["FastAPI", "Flask"]
    assert data["warnings"]
    (tmp_path / "empty").mkdir()
    validator.validate(run_json(tmp_path / "empty", capsys))


def test_schema_rejects_what_the_output_never_is(
    validator: jsonschema.Draft202012Validator,
) -> None:
    good = {
        "root": ".",
        "warnings": [],
        "backends": [
            {
                "folder": ".",
                "language": "Python",
                "language_version": "",
                "ambiguous": False,
                "frameworks": ["FastAPI"],
                "findings": [
                    {
                        "kind": "framework",
                        "name": "FastAPI",
                        "version": "",
                        "confidence": 0.95,
                        "evidence": [{"path": "main.py", "line": 1, "text": "app = FastAPI()"}],
                    }
                ],
            }
        ],
    }
    validator.validate(good)
    without_frameworks = json.loads(json.dumps(good))
    del without_frameworks["backends"][0]["frameworks"]
    assert not validator.is_valid(without_frameworks)
    unknown_kind = json.loads(json.dumps(good))
    unknown_kind["backends"][0]["findings"][0]["kind"] = "framwork"
    assert not validator.is_valid(unknown_kind)


def test_schema_kinds_are_the_model_kinds() -> None:
    kinds = schema()["$defs"]["finding"]["properties"]["kind"]["enum"]
    assert kinds == [k.value for k in FindingKind]
