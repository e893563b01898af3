"""Named default functions: `default: {computed: NAME}` in a questionnaire calls `NAME(design)`.

Each function reads earlier answers and returns a suggested value, or None when it has nothing
to suggest (then the question's literal default, or the model's own default, applies). They
must be pure and cheap: the engine calls them before and after every answer to find defaults
that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from designer.model.data import Engine
from designer.model.design import Design
from designer.model.requirements import Compliance
from designer.model.testing import TestDatabase
from designer.questionnaire import stacks

ComputedDefault = Callable[[Design], Any]
"""A computed default: reads the design, returns a value or None."""

REGISTRY: dict[str, ComputedDefault] = {}
"""Every computed default by name."""


def computed(function: ComputedDefault) -> ComputedDefault:
    """Register `function` under its own name."""
    REGISTRY[function.__name__] = function
    return function


def _framework(design: Design) -> str:
    stack = design.stack
    return stack.framework_other if stack.framework == "other" else stack.framework


def _facts(design: Design) -> stacks.StackFacts | None:
    return stacks.facts(_framework(design))


@computed
def language_for_framework(design: Design) -> str | None:
    """The framework's language, e.g. Python for FastAPI."""
    found = _facts(design)
    return found.language if found else None


@computed
def server_for_framework(design: Design) -> str | None:
    """The usual application server, e.g. Uvicorn for FastAPI."""
    found = _facts(design)
    return found.server if found else None


def _test_tools(design: Design) -> list[str] | None:
    found = _facts(design)
    if found:
        return list(found.test_tools)
    by_language = stacks.LANGUAGE_TEST_TOOLS.get(stacks.normalise(design.stack.language))
    return list(by_language) if by_language else None


@computed
def test_tools_for_stack(design: Design) -> list[str] | None:
    """Test tools for the framework (or, failing that, the language)."""
    return _test_tools(design)


@computed
def test_framework_for_stack(design: Design) -> str | None:
    """The main test framework: the first of the stack's test tools."""
    tools = _test_tools(design)
    return tools[0] if tools else None


@computed
def orm_for_stack(design: Design) -> str | None:
    """The usual ORM of the framework."""
    found = _facts(design)
    return found.orm or None if found else None


@computed
def migration_tool_for_stack(design: Design) -> str | None:
    """The usual migration tool of the framework."""
    found = _facts(design)
    return found.migration_tool or None if found else None


@computed
def mocking_for_stack(design: Design) -> str | None:
    """How outbound calls and collaborators are usually mocked in this stack."""
    found = _facts(design)
    return found.mocking or None if found else None


@computed
def circuit_breaker_for_stack(design: Design) -> str | None:
    """The usual circuit breaker library of the stack."""
    found = _facts(design)
    return found.circuit_breaker or None if found else None


@computed
def health_path_for_stack(design: Design) -> str | None:
    """Liveness path: the framework's built-in one (Spring Boot Actuator, Rails /up) or /health."""
    found = _facts(design)
    return found.health_path if found else None


@computed
def readiness_path_for_stack(design: Design) -> str | None:
    """Readiness path: the framework's built-in one or /ready."""
    found = _facts(design)
    return found.readiness_path if found else None


@computed
def start_command_for_stack(design: Design) -> str | None:
    """The command that starts one instance of the framework's app."""
    found = _facts(design)
    return found.start_command or None if found else None


@computed
def migrate_command_for_stack(design: Design) -> str | None:
    """The command that applies migrations: from the chosen tool, else the framework's tool."""
    tool = design.data.migration_tool
    if not tool:
        found = _facts(design)
        tool = found.migration_tool if found else ""
    return stacks.migrate_command(tool) if tool else None


@computed
def test_database_for_stack(design: Design) -> str | None:
    """How tests get a database: an in-memory one for a design on SQLite (no server to start),
    else the framework's own transactional test support where it has one."""
    databases = design.data.databases
    if databases and databases[0].engine is Engine.SQLITE:
        return TestDatabase.IN_MEMORY.value
    found = _facts(design)
    return found.test_database or None if found else None


@computed
def load_rps_from_requirements(design: Design) -> int | None:
    """The load-test target: the peak RPS requirement."""
    return design.requirements.nfr.peak_rps


@computed
def load_p95_from_requirements(design: Design) -> int | None:
    """The load-test p95 target: the p95 latency requirement."""
    return design.requirements.nfr.p95_latency_ms


_PERSONAL_DATA_LAWS = {Compliance.GDPR, Compliance.HIPAA, Compliance.PIPA, Compliance.PCI_DSS}
_KOREAN_LAWS = {Compliance.PIPA, Compliance.ECOMMERCE_ACT}


@computed
def pii_masking_for_compliance(design: Design) -> bool | None:
    """Mask personal data in logs when a privacy law applies or an entity holds PII."""
    if _PERSONAL_DATA_LAWS & set(design.requirements.compliance):
        return True
    if any(f.pii for e in design.data.entities for f in e.fields):
        return True
    return None


@computed
def locale_for_compliance(design: Design) -> str | None:
    """ko-KR when a Korean law is in scope."""
    return "ko-KR" if _KOREAN_LAWS & set(design.requirements.compliance) else None
