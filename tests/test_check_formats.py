"""`designer check --format …`: text, json, SARIF (validated against the published schema),
GitHub workflow commands and JUnit XML (read back by a JUnit parser), each at FILE:LINE:COLUMN."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from junitparser import Failure, JUnitXml, Skipped
from test_review_fixtures import good_design

from designer import store
from designer.cli import main
from designer.model.design import Design
from designer.model.review import Acceptance
from designer.review.locations import Locator, split

SCHEMA = Path(__file__).parent / "sarif" / "sarif-schema-2.1.0.json"


def _design() -> Design:
    """Three findings: API-010 (warning, accepted), DATA-010 (warning), SEC-002 (error)."""
    design = good_design()
    design.api.rate_limit = None
    design.data.backups.strategy = ""
    design.auth.login_rate_limit = None
    design.review.accepted.append(Acceptance(rule="API-010", location="api.rate_limit",
                                             reason="the gateway, 100/min"))
    return design


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = Path("shop.design.yaml")
    store.save(_design(), path)
    return path


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["check", *args])
    return code, capsys.readouterr().out


def test_text_names_file_line_and_column(shop: Path, capsys) -> None:
    code, out = _run(capsys, str(shop))
    assert code == 1
    line = _line_of(shop, "login_rate_limit:")
    assert f"shop.design.yaml:{line}:3: auth.login_rate_limit:" in out


def test_json_alias_and_format_agree_and_carry_positions(shop: Path, capsys) -> None:
    _, alias = _run(capsys, str(shop), "--json")
    _, chosen = _run(capsys, str(shop), "--format", "json")
    assert alias == chosen
    doc = json.loads(alias)
    entry = next(f for f in doc["findings"] if f["rule_id"] == "SEC-002")
    assert (entry["file"], entry["line"]) == ("shop.design.yaml",
                                              _line_of(shop, "login_rate_limit:"))
    assert main(["check", str(shop), "--json", "--format", "sarif"]) == 2


def test_sarif_validates_against_the_published_schema(shop: Path, capsys) -> None:
    code, out = _run(capsys, str(shop), "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    results = {r["ruleId"]: r for r in run["results"]}
    assert set(results) == {"API-010", "DATA-010", "SEC-002"}
    assert results["SEC-002"]["level"] == "error"
    region = results["SEC-002"]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == _line_of(shop, "login_rate_limit:")
    assert results["API-010"]["suppressions"][0]["justification"] == "the gateway, 100/min"
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_github_prints_one_workflow_command_per_finding(shop: Path, capsys) -> None:
    code, out = _run(capsys, str(shop), "--format", "github")
    assert code == 1
    lines = out.splitlines()
    line = _line_of(shop, "login_rate_limit:")
    assert any(text.startswith(f"::error file=shop.design.yaml,line={line},col=3,title=SEC-002 ")
               for text in lines)
    assert any(text.startswith("::warning file=shop.design.yaml,") and "DATA-010" in text
               for text in lines)
    accepted = next(text for text in lines if "API-010" in text)
    assert accepted.startswith("::notice ") and "the gateway%2C 100/min" not in accepted
    assert "accepted: the gateway, 100/min" in accepted
    assert len([text for text in lines if text.startswith("::")]) == 3


def test_github_escapes_what_would_break_a_command(tmp_path: Path, capsys,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    design = good_design()
    design.api.webhooks = []
    design.architecture.services[0].name = "a,b:c%\nx"  # a hostile name in the location
    path = Path("odd.design.yaml")
    store.save(design, path)
    _, out = _run(capsys, str(path), "--format", "github")
    for line in out.splitlines()[:-1]:
        assert line.startswith("::") and "\n" not in line
    assert "%25%0Ax" in out


def test_junit_reads_back_with_failures_skips_and_passes(shop: Path, capsys) -> None:
    code, out = _run(capsys, str(shop), "--format", "junit", "--fail-on", "error")
    assert code == 1
    report = Path("report.xml")
    report.write_text(out, encoding="utf-8")
    xml = JUnitXml.fromfile(str(report))
    [suite] = list(xml)
    cases = {case.name.split()[0]: case for case in suite}
    assert set(cases) == {"API-010", "DATA-010", "SEC-002"}
    assert isinstance(cases["SEC-002"].result[0], Failure)
    assert isinstance(cases["API-010"].result[0], Skipped)
    assert cases["DATA-010"].is_passed
    assert suite.failures == 1 and suite.skipped == 1 and suite.tests == 3


def test_junit_of_a_clean_design_has_one_passing_case(tmp_path: Path, capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    store.save(good_design(), Path("clean.design.yaml"))
    code, out = _run(capsys, "clean.design.yaml", "--format", "junit")
    assert code == 0
    Path("r.xml").write_text(out, encoding="utf-8")
    [suite] = list(JUnitXml.fromfile("r.xml"))
    assert suite.tests == 1 and all(case.is_passed for case in suite)


def test_a_load_error_names_file_line_and_column(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.design.yaml"
    path.write_text("schema_version: 3\napi:\n  resources:\n  - name: x\n    endpoints:\n"
                    "    - method: FETCH\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"designer: {path}:6:7: api.resources.0.endpoints.0.method: ")
    assert len(err.splitlines()) == 1


def test_model_paths_split_with_brackets_inside_keys() -> None:
    assert split("requirements.integrations[Kakao [beta]].timeout_ms") == [
        ("requirements", None), ("integrations", "Kakao [beta]"), ("timeout_ms", None)]


def test_locations_walk_endpoints_entities_and_indices() -> None:
    text = store.dumps(_design())
    locator = Locator(text)
    lines = text.splitlines()

    def at(path: str) -> str:
        return lines[locator.position(path).line - 1].strip()

    assert at("api.endpoints[GET /orders/{id}]") == "- method: GET"
    assert lines[locator.position("api.endpoints[GET /orders/{id}]").line].strip() \
        == "path: /orders/{id}"
    assert at("data.entities[Order].fields[user_id]") == "- name: user_id"
    assert at("review.accepted[0]") == "- rule: API-010"
    assert at("auth.login_rate_limit") == "login_rate_limit: null"
    assert at("data.entities[Nowhere]").startswith("entities:")
    assert Locator("").position("api").line == 1
