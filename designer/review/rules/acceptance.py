"""REVIEW-001: an acceptance in `review.accepted` that matches no finding any more."""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.design import Design
from designer.model.progress import Stage
from designer.review.acceptance import STALE_RULE, unmatched
from designer.review.registry import Hit, Severity, registered, rule, run_rules


@rule(
    STALE_RULE,
    Severity.WARNING,
    "acceptance that no longer holds",
    category="model",
    seed="003 Self-Verification (before finalizing any solution, verify)",
    stage=Stage.REVIEW,
    fix="Remove the entry from review.accepted (or correct its rule and location); accept the "
    "finding again if it comes back.",
)
def _stale(d: Design) -> Iterator[Hit]:
    if not d.review.accepted:
        return  # the usual case: no second run of the catalogue
    others = [r for r in registered() if r.id != STALE_RULE]
    yield from unmatched(d, run_rules(d, others))
