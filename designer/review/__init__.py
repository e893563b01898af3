"""The design review: the seeds' checklists as rules, graph checks, the implementation plan.

Core package: never imports textual.

    from designer.review import review, CATALOGUE
    for finding in review(design): ...
"""

from __future__ import annotations

from datetime import date

from designer.model.design import Design
from designer.model.progress import Stage
from designer.review import rules as _rules  # noqa: F401 - registers the catalogue
from designer.review.acceptance import STALE_RULE, settle
from designer.review.registry import Finding, Rule, Severity, registered, run_rules

CATALOGUE: list[Rule] = registered()
"""Every rule, in id order."""


def review(design: Design, today: date | None = None) -> list[Finding]:
    """Every finding for `design`, sorted by severity, stage order, location and rule id.

    Findings the design accepts (`review.accepted`) are marked `accepted`; with `today`, an
    acceptance whose date has passed no longer holds and is reported (REVIEW-001).
    """
    stale = next(r for r in CATALOGUE if r.id == STALE_RULE)
    with design.data.indexed():  # rules look entities up by name inside their loops
        return settle(design, run_rules(design, CATALOGUE), stale, today)


def open_findings(findings: list[Finding]) -> list[Finding]:
    """The findings the design does not accept (those that can fail a check)."""
    return [f for f in findings if not f.accepted]


def by_stage(findings: list[Finding]) -> dict[Stage, list[Finding]]:
    """`findings` grouped by stage, in interview order; stages without findings are left out."""
    return {
        s: [f for f in findings if f.stage is s]
        for s in Stage
        if any(f.stage is s for f in findings)
    }


__all__ = ["CATALOGUE", "Finding", "Rule", "Severity", "by_stage", "open_findings", "review"]
