"""Findings the design accepts: marked so they fail nothing, and acceptances that no longer hold.

An acceptance names a rule and a location exactly as the review reports them. It stops holding
when no finding matches it any more (the design or the rule changed) or when its date has
passed; either way REVIEW-001 reports it, so the list never keeps a reason for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from designer.model.design import Design
from designer.model.review import Acceptance
from designer.review.registry import Accepted, Finding, Hit, Rule

STALE_RULE = "REVIEW-001"
"""The rule that reports acceptances to remove; its own findings cannot be accepted."""


def location(design: Design, acceptance: Acceptance) -> str:
    """`review.accepted[2]`: the acceptance's place in the design."""
    index = next(i for i, a in enumerate(design.review.accepted) if a is acceptance)
    return f"review.accepted[{index}]"


def unmatched(design: Design, findings: Iterable[Finding]) -> Iterator[Hit]:
    """A hit for each acceptance that matches none of `findings`."""
    found = {(f.rule_id, f.location) for f in findings}
    for acceptance in design.review.accepted:
        if acceptance.key not in found:
            yield Hit(
                location(design, acceptance),
                f"accepts {acceptance.rule} at {acceptance.location or '(no location)'}, "
                "which the review no longer finds",
            )


def expired(acceptance: Acceptance, today: date | None) -> bool:
    """Whether the acceptance's last day is before `today` (never, without a today)."""
    return today is not None and acceptance.expires is not None and acceptance.expires < today


def settle(design: Design, findings: list[Finding], stale: Rule,
           today: date | None = None) -> list[Finding]:
    """`findings` with the accepted ones marked, plus a `stale` finding per expired acceptance.

    Without `today` no acceptance expires (the exported document must not depend on the day it
    is made); `designer check` and the app pass the current date.
    """
    out: list[Finding] = []
    for finding in findings:
        acceptance = design.review.acceptance(finding.rule_id, finding.location)
        if acceptance is None or finding.rule_id == STALE_RULE:
            out.append(finding)
        elif expired(acceptance, today):
            out.append(finding)
            assert acceptance.expires is not None
            out.append(Finding(
                stale.id, stale.severity, stale.title, stale.stage,
                location(design, acceptance),
                f"the acceptance of {acceptance.rule} at {acceptance.location} expired on "
                f"{acceptance.expires.isoformat()}",
                stale.fix,
            ))
        else:
            note = Accepted(acceptance.reason,
                            acceptance.expires.isoformat() if acceptance.expires else "")
            out.append(replace(finding, acceptance=note))
    return sorted(out, key=lambda f: f.sort_key)
