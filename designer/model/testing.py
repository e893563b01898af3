"""Stage 6: the testing plan."""

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part
from designer.model.factories import new_list


class TestLevel(StrEnum):
    """A level of testing."""

    __test__ = False  # not a pytest test class despite the name

    UNIT = "unit"
    INTEGRATION = "integration"
    CONTRACT = "contract"
    E2E = "e2e"
    LOAD = "load"
    SECURITY = "security"
    CHAOS = "chaos"


class TestDatabase(StrEnum):
    """How tests get a database."""

    __test__ = False

    TESTCONTAINERS = "testcontainers"
    DEDICATED = "dedicated"
    TRANSACTION_ROLLBACK = "transaction_rollback"
    IN_MEMORY = "in_memory"
    NONE = "none"


class Testing(Part):
    """Everything the testing stage decides."""

    __test__ = False

    levels: list[TestLevel] = Field(default_factory=new_list)
    """Levels in the plan."""
    tools: list[str] = Field(default_factory=new_list)
    """Tools, e.g. pytest, pytest-asyncio, httpx; defaults follow the detected stack."""
    coverage_target: int = Field(default=85, ge=0, le=100)
    """Line coverage target in percent (the seeds ask for at least 85)."""
    test_database: TestDatabase | None = None
    """Test database strategy."""
    mocking: str = ""
    """How external services are mocked (fakes, WireMock, respx, nock …)."""
    contract_tool: str = ""
    """Contract testing tool, e.g. Pact, Schemathesis."""
    load_tool: str = ""
    """Load testing tool, e.g. k6, Locust, Gatling."""
    load_rps: int | None = Field(default=None, ge=0)
    """Load test target RPS (defaults to the peak RPS requirement)."""
    load_p95_ms: int | None = Field(default=None, ge=0)
    """Load test p95 target (defaults to the p95 requirement)."""
    ci_stages: list[str] = Field(default_factory=new_list)
    """CI pipeline stages in order, e.g. lint, unit, integration, build, e2e."""
    tdd: bool = False
    """Tests are written before the code (TRUST 5: test first)."""
