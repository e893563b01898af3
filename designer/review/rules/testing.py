"""Testing rules: coverage, levels, test data, contracts, CI (seed 001 TRUST 5, 000, 002)."""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.design import Design
from designer.model.progress import Stage
from designer.model.testing import TestDatabase, TestLevel
from designer.review.graphs import service_graph
from designer.review.registry import Hit, Severity, rule

TRUST = "001 TRUST 5 (테스트 우선)"
QUALITY = "001 아키텍처 품질 체크리스트 (테스트)"
CORE_LEVELS = (TestLevel.UNIT, TestLevel.INTEGRATION, TestLevel.E2E)


@rule(
    "TEST-001",
    Severity.WARNING,
    "coverage target under 85%",
    category="testing",
    seed=TRUST,
    stage=Stage.TESTING,
    fix="Aim for at least 85% line coverage.",
)
def _low_coverage(d: Design) -> Iterator[Hit]:
    if d.testing.coverage_target < 85:
        yield Hit("testing.coverage_target", f"the target is {d.testing.coverage_target}%")


@rule(
    "TEST-002",
    Severity.INFO,
    "no test levels chosen",
    category="testing",
    seed=QUALITY,
    stage=Stage.TESTING,
    fix="Plan unit, integration and E2E tests at least.",
)
def _no_levels(d: Design) -> Iterator[Hit]:
    if not d.testing.levels:
        yield Hit("testing.levels", "the test plan is not decided yet")


@rule(
    "TEST-003",
    Severity.WARNING,
    "test plan lacks unit, integration or E2E tests",
    category="testing",
    seed=QUALITY,
    stage=Stage.TESTING,
    fix="Cover the three levels the seeds ask for: unit + integration + E2E.",
)
def _missing_levels(d: Design) -> Iterator[Hit]:
    missing = [lv.value for lv in CORE_LEVELS if lv not in d.testing.levels]
    if d.testing.levels and missing:
        yield Hit("testing.levels", f"missing: {', '.join(missing)}")


@rule(
    "TEST-004",
    Severity.WARNING,
    "performance targets without a load test",
    category="testing",
    seed="000 성능 목표",
    stage=Stage.TESTING,
    fix="Add a load test (k6, Locust, Gatling) against the peak RPS and p95 targets.",
)
def _no_load(d: Design) -> Iterator[Hit]:
    nfr = d.requirements.nfr
    targets = nfr.peak_rps is not None or nfr.p95_latency_ms is not None
    if targets and d.testing.levels and TestLevel.LOAD not in d.testing.levels:
        yield Hit("testing.levels", "targets are set but nothing measures them")


@rule(
    "TEST-005",
    Severity.WARNING,
    "integration tests without a test database",
    category="testing",
    seed="001 단계 4 (테스트 전략)",
    stage=Stage.TESTING,
    fix="Use a separate test database (Testcontainers, or a dedicated one with rollback).",
)
def _no_test_db(d: Design) -> Iterator[Hit]:
    strategy = d.testing.test_database
    if (
        d.data.entities
        and TestLevel.INTEGRATION in d.testing.levels
        and strategy in {None, TestDatabase.NONE}
    ):
        yield Hit("testing.test_database", "integration tests have no database strategy")


@rule(
    "TEST-006",
    Severity.WARNING,
    "service calls without contract tests",
    category="testing",
    seed="002 테스트 Strategies",
    stage=Stage.TESTING,
    fix="Add consumer-driven contract tests (Pact) or schema tests (Schemathesis).",
)
def _no_contracts(d: Design) -> Iterator[Hit]:
    calls = service_graph(d).number_of_edges()
    if calls and d.testing.levels and TestLevel.CONTRACT not in d.testing.levels:
        yield Hit("testing.levels", f"{calls} service-to-service call(s) with no contract test")


@rule(
    "TEST-007",
    Severity.WARNING,
    "external integrations without a mocking strategy",
    category="testing",
    seed="001 단계 4 (외부 의존성 모킹)",
    stage=Stage.TESTING,
    fix="Say how integrations are faked in tests (respx, WireMock, nock, sandboxes).",
)
def _no_mocking(d: Design) -> Iterator[Hit]:
    if d.requirements.integrations and d.testing.levels and not d.testing.mocking.strip():
        yield Hit("testing.mocking", "tests would call real external systems")


@rule(
    "TEST-008",
    Severity.WARNING,
    "no CI pipeline",
    category="testing",
    seed="000 개발 방법론 (CI/CD)",
    stage=Stage.TESTING,
    fix="List the CI stages, e.g. lint, unit, integration, build, e2e.",
)
def _no_ci(d: Design) -> Iterator[Hit]:
    if d.testing.levels and not d.testing.ci_stages:
        yield Hit("testing.ci_stages", "tests are planned but nothing runs them")
