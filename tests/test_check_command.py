"""`designer check`: exit codes, grouping by stage, `--json` shape, `--rules`, no textual."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_review_fixtures import entity, good_design

from designer import store
from designer.cli import main
from designer.model.design import Design
from designer.review import CATALOGUE


def _save(design: Design, folder: Path, name: str = "shop.design.yaml") -> Path:
    path = folder / name
    store.save(design, path)
    return path


def _with_warning() -> Design:
    design = good_design()
    design.testing.coverage_target = 70  # TEST-001, a warning
    return design


def _with_error() -> Design:
    design = good_design()
    entity(design, "Order").database = "nowhere"  # MODEL-001, an error
    design.auth.login_rate_limit = None  # SEC-002, an error
    return design


def test_clean_design_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(_save(good_design(), tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "design: Shop" in out
    assert "services: 2, entities: 3, endpoints: 6" in out
    assert "no problems found" in out


def test_warnings_pass_by_default_and_fail_with_fail_on_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(_save(_with_warning(), tmp_path))
    assert main(["check", path]) == 0
    out = capsys.readouterr().out
    assert "Testing plan:" in out and "TEST-001" in out and "fix: " in out
    assert "0 errors, 1 warning, 0 infos" in out
    assert main(["check", path, "--fail-on", "warning"]) == 1
    assert main(["check", path, "--fail-on", "error"]) == 0


def test_errors_exit_1_grouped_by_stage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(_save(_with_error(), tmp_path))]) == 1
    out = capsys.readouterr().out
    data, auth = out.index("Data design:"), out.index("Auth:")
    assert data < auth
    assert out.index("MODEL-001") > data and out.index("SEC-002") > auth
    assert "data.entities[Order].database: references unknown database 'nowhere'" in out


def test_new_design_only_has_infos_and_passes(tmp_path: Path) -> None:
    path = str(_save(Design.new("fresh"), tmp_path))
    assert main(["check", path]) == 0
    assert main(["check", path, "--fail-on", "warning"]) == 0


@pytest.mark.parametrize(
    "content", [None, "", "a: [unclosed\n", "schema_version: 1\nbogus: 1\n", "schema_version: 99\n"]
)
def test_unreadable_or_invalid_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None
) -> None:
    path = tmp_path / "bad.design.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.err.startswith("designer: ")
    assert "Traceback" not in captured.err


def test_neither_file_nor_rules_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "--rules" in capsys.readouterr().err


def test_rules_prints_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--rules"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{len(CATALOGUE)} rules:")
    for r in CATALOGUE:
        assert r.id in out and r.seed in out


def test_rules_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--rules", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == 1
    assert [r["id"] for r in doc["rules"]] == [r.id for r in CATALOGUE]
    assert set(doc["rules"][0]) == {"id", "severity", "title", "category", "seed", "fix", "stage"}


def test_json_document_is_schema_stable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _save(_with_error(), tmp_path)
    assert main(["check", str(path), "--json"]) == 1
    text = capsys.readouterr().out
    doc = json.loads(text)
    assert set(doc) == {"schema", "file", "fail_on", "failed", "summary", "findings"}
    assert doc["schema"] == 1 and doc["file"] == str(path)
    assert doc["fail_on"] == "error" and doc["failed"] is True
    assert set(doc["summary"]) == {
        "name",
        "stages_done",
        "stages_total",
        "services",
        "entities",
        "endpoints",
        "findings",
        "accepted",
    }
    assert doc["summary"]["findings"] == {"error": 2, "warning": 0, "info": 0}
    for finding in doc["findings"]:
        assert set(finding) == {
            "accepted",
            "file",
            "line",
            "column",
            "rule_id",
            "severity",
            "stage",
            "location",
            "title",
            "message",
            "fix",
        }
    assert [f["rule_id"] for f in doc["findings"]] == ["MODEL-001", "SEC-002"]
    assert json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) == text.rstrip("\n")
    # The same design gives the same bytes.
    assert main(["check", str(path), "--json"]) == 1
    assert capsys.readouterr().out == text


def test_check_does_not_import_textual(tmp_path: Path) -> None:
    path = _save(_with_error(), tmp_path)
    code = (
        "import sys\n"
        "from designer.cli import main\n"
        f"rc = main(['check', {str(path)!r}, '--json'])\n"
        "main(['check', '--rules'])\n"
        "assert not [m for m in sys.modules if m == 'textual' or m.startswith('textual.')], "
        "'textual imported'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1, result.stderr
    assert "textual imported" not in result.stderr
