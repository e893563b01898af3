"""The rule machinery: severities, rule metadata, findings, and the registering decorator.

A rule is a small function `check(design) -> Iterable[Hit]` registered with `@rule(...)`, which
carries its metadata (id, severity, title, category, seed, fix, stage). The engine turns every hit
into a `Finding` stamped with that metadata, so a rule only decides *where* and *why*.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from designer.model.design import Design
from designer.model.progress import Stage


class Severity(StrEnum):
    """How much a finding matters; the order is error, warning, info."""

    ERROR = "error"
    """A defect: the design as written would fail or be unsafe."""
    WARNING = "warning"
    """Something a senior architect would ask to change."""
    INFO = "info"
    """An open decision or a suggestion."""

    @property
    def rank(self) -> int:
        """0 for error, 1 for warning, 2 for info (sorting and thresholds)."""
        return _RANK[self]

    def reaches(self, threshold: Severity) -> bool:
        """True when this severity is at least as serious as `threshold`."""
        return self.rank <= threshold.rank


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_STAGE_RANK = {stage: i for i, stage in enumerate(Stage)}


class Hit(NamedTuple):
    """What a rule function yields: where, why, and optionally a stage other than the rule's."""

    location: str
    """Place in the design, e.g. `api.endpoints[GET /orders]`."""
    message: str
    """What is wrong here, in one sentence."""
    stage: Stage | None = None
    """Overrides the rule's stage (used by MODEL-001, whose problems span every stage)."""


Check = Callable[[Design], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One checklist item turned into a rule."""

    id: str
    """Stable id, e.g. `API-003`; never reused for another meaning."""
    severity: Severity
    """Severity of every finding of this rule."""
    title: str
    """What the rule looks for, as a finding headline."""
    category: str
    """architecture, api, data, security, performance, operations, testing or model."""
    seed: str
    """Checklist it comes from, e.g. `000 보안 체크`, `001 TRUST 5`."""
    fix: str
    """How to make the finding go away."""
    stage: Stage
    """Stage whose answers fix it."""
    check: Check
    """The function that finds the hits."""

    @property
    def sort_key(self) -> tuple[str, int]:
        """Id order that puts API-010 after API-009."""
        prefix, _, number = self.id.rpartition("-")
        return prefix, int(number)


@dataclass(frozen=True)
class Accepted:
    """The team's acceptance carried by a finding (from `review.accepted`)."""

    reason: str
    """Why the team accepts it."""
    expires: str = ""
    """Last day it holds (ISO date); empty when it does not expire."""


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one place in the design."""

    rule_id: str
    """Id of the rule that found it."""
    severity: Severity
    """error, warning or info."""
    title: str
    """The rule's headline."""
    stage: Stage
    """Stage to revisit."""
    location: str
    """Place in the design, e.g. `data.entities[Order].fields[user_id]`."""
    message: str
    """What is wrong here."""
    fix: str
    """How to fix it."""
    acceptance: Accepted | None = field(default=None, compare=False)
    """The team's acceptance, when the design accepts this finding; it then fails nothing."""

    @property
    def accepted(self) -> bool:
        """Whether the design accepts this finding."""
        return self.acceptance is not None

    @property
    def sort_key(self) -> tuple[int, int, str, str, str]:
        """Severity, stage order, location, rule id, message."""
        return (
            self.severity.rank,
            _STAGE_RANK[self.stage],
            self.location,
            self.rule_id,
            self.message,
        )

    def as_dict(self) -> dict[str, object]:
        """Plain, JSON-ready form with stable keys (`accepted` is null unless accepted)."""
        accepted = None if self.acceptance is None else {
            "reason": self.acceptance.reason, "expires": self.acceptance.expires or None}
        return {
            "accepted": accepted,
            "fix": self.fix,
            "location": self.location,
            "message": self.message,
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "stage": self.stage.value,
            "title": self.title,
        }


_REGISTRY: dict[str, Rule] = {}


def rule(
    id: str,
    severity: Severity,
    title: str,
    *,
    category: str,
    seed: str,
    fix: str,
    stage: Stage,
) -> Callable[[Check], Check]:
    """Register the decorated function as a rule with this metadata."""

    def register(check: Check) -> Check:
        if id in _REGISTRY:
            raise ValueError(f"rule id {id} is registered twice")
        _REGISTRY[id] = Rule(id, severity, title, category, seed, fix, stage, check)
        return check

    return register


def registered() -> list[Rule]:
    """Every registered rule, in id order."""
    return sorted(_REGISTRY.values(), key=lambda r: r.sort_key)


def run_rules(design: Design, rules: Iterable[Rule]) -> list[Finding]:
    """Run `rules` over `design`; findings sorted deterministically and de-duplicated."""
    found: set[Finding] = set()
    for r in rules:
        for hit in r.check(design):
            found.add(
                Finding(
                    r.id,
                    r.severity,
                    r.title,
                    hit.stage or r.stage,
                    hit.location,
                    hit.message,
                    r.fix,
                )
            )
    return sorted(found, key=lambda f: f.sort_key)
