"""SARIF 2.1.0: one run of the `designer` tool, its rule catalogue and one result per finding.

Accepted findings carry an in-source suppression with the team's reason, which code-scanning
services show as dismissed. Levels: error → error, warning → warning, info → note.
"""

from __future__ import annotations

import json
from typing import Any

from designer import __version__
from designer.review import CATALOGUE
from designer.review.formats.report import Report
from designer.review.registry import Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INDEX = {r.id: i for i, r in enumerate(CATALOGUE)}


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "name": r.title,
            "shortDescription": {"text": r.title},
            "help": {"text": r.fix},
            "defaultConfiguration": {"level": LEVEL[r.severity]},
            "properties": {"category": r.category, "seed": r.seed, "stage": r.stage.value},
        }
        for r in CATALOGUE
    ]


def _result(report: Report, finding: Finding) -> dict[str, Any]:
    at = report.position(finding)
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": INDEX[finding.rule_id],
        "level": LEVEL[finding.severity],
        "message": {"text": f"{finding.title}: {finding.message}. Fix: {finding.fix}"},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": report.uri},
                "region": {"startLine": at.line, "startColumn": at.column},
            },
            "logicalLocations": [{"fullyQualifiedName": finding.location}],
        }],
        # Stable across runs so code scanning tracks one alert per rule and place.
        "partialFingerprints": {"designerLocation/v1": f"{finding.rule_id}@{finding.location}"},
    }
    if finding.acceptance is not None:
        result["suppressions"] = [{"kind": "inSource", "status": "accepted",
                                   "justification": finding.acceptance.reason}]
    return result


def document(report: Report) -> dict[str, Any]:
    """The SARIF log as a dictionary."""
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "designer",
                "version": __version__,
                "informationUri": "https://github.com/designer/designer",
                "rules": _rules(),
            }},
            "artifacts": [{"location": {"uri": report.uri}}],
            "results": [_result(report, f) for f in report.findings],
        }],
    }


def render(report: Report) -> str:
    """The SARIF log as JSON text."""
    return json.dumps(document(report), indent=2, ensure_ascii=False)
