"""The `--json` document, each finding with its file, line and column."""

from __future__ import annotations

import json

from designer.review.formats.report import Report
from designer.review.report import document


def render(report: Report) -> str:
    """The stable JSON document (schema 1; the position keys are additions)."""
    doc = document(report.design, report.findings, report.path, report.threshold, report.failed)
    for entry, finding in zip(doc["findings"], report.findings, strict=True):
        at = report.position(finding)
        entry.update(file=report.uri, line=at.line, column=at.column)
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)
