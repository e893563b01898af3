"""The human-readable report: a summary, then findings by stage at FILE:LINE:COLUMN."""

from __future__ import annotations

from designer.review.formats.report import Report
from designer.review.report import findings_text, summary_text


def render(report: Report) -> str:
    """Summary and findings, as `designer check` prints them by default."""
    return summary_text(report.design) + "\n" + findings_text(report.findings, report.where)
