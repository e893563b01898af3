"""Stage 2: the detected and chosen technology stack, with the evidence behind detections."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part


class Evidence(Part):
    """One place in the scanned project that supports a finding."""

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


class Finding(Part):
    """Something detection found, with how sure it is and why."""

    kind: FindingKind
    """Category of the finding."""
    name: str
    """Canonical name, e.g. FastAPI, SQLAlchemy, pytest."""
    version: str = ""
    """Version or constraint as written in the manifest."""
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    """0 to 1."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Where it was found."""


class DetectedBackend(Part):
    """One backend found in the scanned tree (a monorepo yields several)."""

    folder: str = "."
    """Folder relative to the scanned root."""
    language: str = ""
    """Main language."""
    language_version: str = ""
    """Language version or constraint, when declared."""
    ambiguous: bool = False
    """True when zero or several frameworks are plausible; the user must choose."""
    findings: list[Finding] = Field(default_factory=list)
    """Every finding for this folder, frameworks first, ranked."""


class Detection(Part):
    """The last scan of a project folder."""

    root: str = ""
    """Folder that was scanned, as given by the user."""
    backends: list[DetectedBackend] = Field(default_factory=list)
    """Results per backend folder."""
    warnings: list[str] = Field(default_factory=list)
    """Malformed or unreadable manifests and other things worth knowing."""


class Stack(Part):
    """The chosen stack; detection pre-fills it, the user has the last word."""

    language: str = ""
    """Main language, e.g. Python."""
    language_version: str = ""
    """e.g. 3.12."""
    framework: str = ""
    """Web framework, e.g. FastAPI; "other" plus `framework_other` when not listed."""
    framework_other: str = ""
    """Framework name when `framework` is "other"."""
    framework_version: str = ""
    """Framework version."""
    server: str = ""
    """Application server, e.g. Uvicorn, Gunicorn, Node, Tomcat."""
    cache: str = ""
    """Cache client technology, e.g. Redis."""
    test_framework: str = ""
    """Main test framework found or chosen, e.g. pytest."""
    detection: Detection | None = None
    """The last detection run, kept as evidence for the document."""
