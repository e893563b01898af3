"""Stage 2: what a detection found, with the evidence behind it (and the chosen `Stack`).

The detection classes are standard-library dataclasses, not pydantic models: `designer detect`
makes and prints them without importing pydantic, whose import and class building were most of
the command's time. They are still the one design model: `Stack.detection` holds a `Detection`,
and pydantic validates, dumps and describes these classes there as it does its own parts
(`__pydantic_config__` refuses unknown keys, as `Part` does). `Stack` itself is a pydantic part
in `designer.model.stack_choice`, loaded on first use (PEP 562).
"""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

from designer.model.factories import new_list

if TYPE_CHECKING:
    from designer.model.stack_choice import Stack

__all__ = ["DetectedBackend", "Detection", "Evidence", "Finding", "FindingKind", "Stack"]

_CONFIG = {"extra": "forbid"}
"""pydantic's configuration of these classes (a `ConfigDict`, spelled as the plain dict it is
so that pydantic is not imported here)."""


class _Share:
    """Marks a float as a share from 0 to 1 for pydantic, which asks it for its schema when a
    design is read; the bounds are pydantic's own (`annotated_types`), imported only then."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from annotated_types import Interval

        return handler(Annotated[source, Interval(ge=0.0, le=1.0)])


@dataclass
class Evidence:
    """One place in the scanned project that supports a finding."""

    __pydantic_config__ = _CONFIG

    path: str
    """File path relative to the scanned root."""
    line: int | None = None
    """1-based line number, when the match is on one line."""
    text: str = ""
    """The matched text."""


class FindingKind(StrEnum):
    """What a detection finding is about."""

    LANGUAGE = "language"
    FRAMEWORK = "framework"
    ORM = "orm"
    QUERY = "query"
    """A query library or raw SQL layer, not an ORM: sqlx, Spring JDBC (added in v3, #19)."""
    MIGRATIONS = "migrations"
    DATABASE = "database"
    """The database engine a driver, connection URL or dialect names (added in v3, #19)."""
    CACHE = "cache"
    BROKER = "broker"
    TEST = "test"
    SERVER = "server"


@dataclass
class Finding:
    """Something detection found, with how sure it is and why."""

    __pydantic_config__ = _CONFIG

    kind: FindingKind
    """Category of the finding."""
    name: str
    """Canonical name, e.g. FastAPI, SQLAlchemy, pytest."""
    version: str = ""
    """Version or constraint as written in the manifest."""
    confidence: Annotated[float, _Share()] = 0.0
    """0 to 1."""
    evidence: list[Evidence] = field(default_factory=new_list)
    """Where it was found."""


@dataclass
class DetectedBackend:
    """One backend found in the scanned tree (a monorepo yields several)."""

    __pydantic_config__ = _CONFIG

    folder: str = "."
    """Folder relative to the scanned root."""
    language: str = ""
    """Main language."""
    language_version: str = ""
    """Language version or constraint, when declared."""
    ambiguous: bool = False
    """True when zero or several frameworks are plausible; the user must choose."""
    findings: list[Finding] = field(default_factory=new_list)
    """Every finding for this folder, frameworks first, ranked."""


@dataclass
class Detection:
    """The last scan of a project folder."""

    __pydantic_config__ = _CONFIG

    root: str = ""
    """Folder that was scanned, as given by the user."""
    backends: list[DetectedBackend] = field(default_factory=new_list)
    """Results per backend folder."""
    warnings: list[str] = field(default_factory=new_list)
    """Malformed or unreadable manifests and other things worth knowing."""


def __getattr__(name: str) -> Any:
    if name == "Stack":
        from designer.model.stack_choice import Stack

        return Stack
    raise AttributeError(f"module 'designer.model.stack' has no attribute {name!r}")
