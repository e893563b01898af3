"""Architecture decision records."""

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part
from designer.model.factories import new_list


class DecisionStatus(StrEnum):
    """Lifecycle of a decision record."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    SUPERSEDED = "superseded"
    REJECTED = "rejected"


class Topic(StrEnum):
    """A technology choice a decision record can give the reasons for."""

    ARCHITECTURE_STYLE = "architecture_style"
    FRAMEWORK = "framework"
    SERVER = "server"
    API_STYLE = "api_style"
    DATABASES = "databases"
    ORM = "orm"
    MIGRATIONS = "migrations"
    CACHE = "cache"
    BROKER = "broker"
    GATEWAY = "gateway"
    AUTH = "auth"
    PASSWORD_HASHING = "password_hashing"
    SECRETS = "secrets"
    TESTS = "tests"
    METRICS = "metrics"
    TRACING = "tracing"
    DEPLOYMENT = "deployment"


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
    alternatives: list[str] = Field(default_factory=new_list)
    """Options considered and not taken."""
    topics: list[Topic] = Field(default_factory=new_list)
    """Technology choices this record gives the reasons for (the document links them)."""
