"""The model's own cross-field problems, folded into the review as one error rule."""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.checks import problems
from designer.model.design import Design
from designer.model.progress import Stage, stage_of
from designer.review.registry import Hit, Severity, rule


@rule(
    "MODEL-001",
    Severity.ERROR,
    "design is internally consistent",
    category="model",
    seed="003 Self-Verification (consistent with project patterns)",
    stage=Stage.REVIEW,
    fix="Correct the name or reference at this place (unknown, duplicate or malformed).",
)
def _consistent(d: Design) -> Iterator[Hit]:
    for problem in problems(d):
        yield Hit(problem.location, problem.message, stage_of(problem.location))
