"""Accepted findings: marked, listed apart, never failing a check; stale ones reported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from test_review_fixtures import good_design

from designer import store
from designer.cli import main
from designer.export.document import render
from designer.model.design import Design
from designer.model.review import Acceptance
from designer.review import review


def _limitless() -> Design:
    design = good_design()
    design.api.rate_limit = None  # API-010, a warning
    return design


def _accept(design: Design, **extra: object) -> None:
    design.review.accepted.append(Acceptance(
        rule="API-010", location="api.rate_limit", reason="the API gateway limits every route",
        **extra))


def test_an_accepted_finding_is_marked_with_its_reason() -> None:
    design = _limitless()
    _accept(design)
    [finding] = review(design)
    assert finding.rule_id == "API-010" and finding.accepted
    assert finding.acceptance is not None
    assert finding.acceptance.reason == "the API gateway limits every route"


def test_an_acceptance_matching_nothing_is_reported_at_its_index() -> None:
    design = good_design()
    _accept(design)
    [finding] = review(design)
    assert (finding.rule_id, finding.location) == ("REVIEW-001", "review.accepted[0]")
    assert not finding.accepted


def test_an_expired_acceptance_reopens_the_finding_and_is_reported() -> None:
    design = _limitless()
    _accept(design, expires=date(2024, 12, 31))
    assert all(f.accepted for f in review(design)), "no date given: nothing expires"
    found = review(design, today=date(2025, 1, 1))
    assert sorted((f.rule_id, f.accepted) for f in found) == [
        ("API-010", False), ("REVIEW-001", False)]
    still = review(design, today=date(2024, 12, 31))
    assert [f.accepted for f in still] == [True]


def _saved(tmp_path: Path, design: Design) -> Path:
    path = tmp_path / "shop.design.yaml"
    store.save(design, path)
    return path


def test_check_does_not_fail_on_an_accepted_warning(tmp_path: Path, capsys) -> None:
    design = _limitless()
    path = _saved(tmp_path, design)
    assert main(["check", str(path), "--fail-on", "warning"]) == 1
    _accept(design)
    path = _saved(tmp_path, design)
    capsys.readouterr()
    assert main(["check", str(path), "--fail-on", "warning"]) == 0
    out = capsys.readouterr().out
    assert "Accepted (1):" in out and "the API gateway limits every route" in out
    assert main(["check", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["summary"]["accepted"] == 1
    assert document["summary"]["findings"]["warning"] == 0
    assert document["findings"][0]["accepted"]["reason"] == "the API gateway limits every route"


def test_check_fails_on_a_stale_acceptance_with_fail_on_warning(tmp_path: Path, capsys) -> None:
    design = good_design()
    _accept(design)
    path = _saved(tmp_path, design)
    assert main(["check", str(path), "--fail-on", "warning"]) == 1
    assert "REVIEW-001" in capsys.readouterr().out


def test_the_acceptance_survives_a_save_and_load(tmp_path: Path) -> None:
    design = _limitless()
    _accept(design, expires=date(2030, 6, 30))
    loaded = store.load(_saved(tmp_path, design))
    assert loaded.review.accepted == design.review.accepted


def test_the_document_lists_accepted_findings_apart() -> None:
    design = _limitless()
    _accept(design, expires=date(2030, 6, 30))
    text = render(design)
    section = text[text.index("## Review findings"):]
    assert "beyond the findings accepted below" in section
    accepted = section[section.index("### Accepted findings"):]
    assert "API-010" in accepted and "the API gateway limits every route" in accepted
    assert "2030-06-30" in accepted
