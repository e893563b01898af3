"""The model's own cross-field problems, folded into the review as one error rule."""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.checks import problems
from designer.model.design import Design
from designer.model.progress import Stage
from designer.review.registry import Hit, Severity, rule

_PREFIX_STAGE = {
    "requirements": Stage.REQUIREMENTS,
    "architecture": Stage.REQUIREMENTS,
    "stack": Stage.STACK,
    "api": Stage.API,
    "data": Stage.DATA,
    "auth": Stage.AUTH,
    "testing": Stage.TESTING,
    "operations": Stage.OPERATIONS,
    "decisions": Stage.REVIEW,
}


def stage_of(location: str) -> Stage:
    """The stage a location like `data.entities[Order]` belongs to."""
    head = location.split(".", 1)[0].split("[", 1)[0]
    return _PREFIX_STAGE.get(head, Stage.REVIEW)


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
