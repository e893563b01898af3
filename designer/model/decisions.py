"""Architecture decision records."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part


class DecisionStatus(StrEnum):
    """Lifecycle of a decision record."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    SUPERSEDED = "superseded"
    REJECTED = "rejected"


class Decision(Part):
    """An architecture decision record (ADR)."""

    id: str = ""
    """Stable id, e.g. ADR-001."""
    title: str = ""
    """The decision in a few words."""
    status: DecisionStatus = DecisionStatus.ACCEPTED
    """Lifecycle state."""
    context: str = ""
    """Forces at play."""
    decision: str = ""
    """What was decided."""
    consequences: str = ""
    """What follows, good and bad."""
    alternatives: list[str] = Field(default_factory=list)
    """Options considered and not taken."""
