"""What is wrong with a design, per stage: review findings, or the model's own checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from designer.model.checks import problems
from designer.model.design import Design
from designer.model.progress import Stage, stage_of


@dataclass(frozen=True)
class Shown:
    """One finding as the app lists it."""

    severity: str
    """error, warning or info."""
    stage: Stage
    """Stage to fix it in."""
    location: str
    """Place in the design."""
    message: str
    """What is wrong."""
    fix: str = ""
    """How to fix it, when known."""
    rule_id: str = ""
    """Review rule id, when it comes from the review."""
    accepted: str = ""
    """The team's reason, when the design accepts this finding (it then fails nothing)."""


def model_problems(design: Design) -> list[Shown]:
    """The model's cross-field problems (cheap: run after every change)."""
    return [Shown("error", stage_of(p.location), p.location, p.message) for p in problems(design)]


def review_findings(design: Design) -> tuple[list[Shown], bool]:
    """The design review's findings, or the model's problems when the review is unavailable.

    Returns the findings and whether they come from the review.
    """
    try:
        from designer.review import review  # networkx: imported only when reviewing
    except ImportError:
        return model_problems(design), False
    try:
        return [_shown(f) for f in review(design, today=date.today())], True
    except Exception as error:  # a broken rule must not hide the model's own checks
        note = Shown("warning", Stage.REVIEW, "review",
                     f"the design review failed ({type(error).__name__}: {error})")
        return [note, *model_problems(design)], False


def _shown(finding: Any) -> Shown:
    severity = finding.severity
    stage = finding.stage
    return Shown(
        severity=str(getattr(severity, "value", severity)),
        stage=Stage(str(getattr(stage, "value", stage))) if stage else stage_of(finding.location),
        location=str(finding.location),
        message=str(finding.message or finding.title),
        fix=str(getattr(finding, "fix", "") or ""),
        rule_id=str(getattr(finding, "rule_id", "")),
        accepted=str(getattr(getattr(finding, "acceptance", None), "reason", "") or ""),
    )
