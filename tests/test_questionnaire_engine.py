"""Answering questions: validation, `when`, computed defaults and what happens to other answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.model import Design, Stage
from designer.model.auth import AuthMethod
from designer.model.data import Database, Engine
from designer.questionnaire import Question, Questionnaire, QuestionType, load_all
from designer.questionnaire.computed import REGISTRY
from designer.questionnaire.engine import (
    NoticeKind,
    apply_defaults,
    pending_defaults,
    set_answer,
)
from designer.questionnaire.loader import clear_cache

ALL = load_all()
QUESTIONS = [q for qn in ALL.values() for q in qn.questions]

FRAMEWORK = "to “Which web framework does the backend use?”"
"""How the notices name the framework question."""


def ask(stage: Stage, question_id: str) -> Question:
    question = ALL[stage].question(question_id)
    assert question is not None, question_id
    return question


def answer(design: Design, stage: Stage, question_id: str, value: object) -> list[str]:
    result = set_answer(design, ask(stage, question_id), value)
    assert result.ok, result.errors
    return [str(n) for n in result.notices]


# -- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "qid", "value", "message"),
    [
        (Stage.REQUIREMENTS, "name", "   ", "an answer is required"),
        (Stage.REQUIREMENTS, "peak_rps", "fast", "'fast' is not a whole number"),
        (Stage.REQUIREMENTS, "peak_rps", "-3", "must be at least 0"),
        (Stage.REQUIREMENTS, "availability", "100.5", "must be at most 100"),
        (Stage.REQUIREMENTS, "availability", "nan", "'nan' is not a finite number"),
        (Stage.TESTING, "coverage_target", "101", "must be at most 100"),
        (Stage.TESTING, "coverage_target", "", "this setting cannot be left empty"),
        (
            Stage.REQUIREMENTS,
            "locale",
            "korea",
            "'korea' does not match: a locale such as ko-KR or en-US",
        ),
        (Stage.API, "base_path", "api/v1", "'api/v1' does not match: a path starting with /"),
        (
            Stage.API,
            "cors_origins",
            "https://app.example.com\nftp://x",
            "'ftp://x' does not match: an origin such as https://app.example.com (no path)",
        ),
        (
            Stage.REQUIREMENTS,
            "consistency",
            "sometimes",
            "'sometimes' is not one of: strong, eventual, mixed",
        ),
        (
            Stage.AUTH,
            "methods",
            "jwt, magic",
            "'magic' is not one of: jwt, oauth2, session, api_key, mtls, saml",
        ),
        (Stage.TESTING, "tdd", "maybe", "'maybe' is not yes or no"),
        (Stage.AUTH, "jwt_access_ttl", "0", "must be at least 1"),
    ],
)
def test_invalid_answers_are_refused_and_leave_the_design_alone(
    stage: Stage, qid: str, value: str, message: str
) -> None:
    design = Design()
    before = design.model_dump()
    question = ask(stage, qid)
    assert question.validate(value) == [message]
    result = set_answer(design, question, value)
    assert result.errors == [message] and not result.ok
    assert design.model_dump() == before


def test_text_is_converted_to_the_field_type() -> None:
    design = Design()
    answer(design, Stage.REQUIREMENTS, "peak_rps", " 1,500 ")
    answer(design, Stage.REQUIREMENTS, "availability", "99.95")
    answer(design, Stage.REQUIREMENTS, "consistency", "Mixed")  # by label, any case
    answer(design, Stage.REQUIREMENTS, "compliance", "pipa\n전자상거래법")  # label in Korean
    answer(design, Stage.TESTING, "tdd", "예")
    answer(design, Stage.API, "cors_origins", "https://app.example.com, http://localhost:3000")
    nfr = design.requirements.nfr
    assert (nfr.peak_rps, nfr.availability) == (1500, 99.95)
    assert design.requirements.consistency == "mixed"
    assert design.requirements.compliance == ["pipa", "ecommerce_act"]
    assert design.testing.tdd is True
    assert design.api.cors_origins == ["https://app.example.com", "http://localhost:3000"]


def test_empty_answers_clear_optional_fields() -> None:
    design = Design()
    answer(design, Stage.REQUIREMENTS, "peak_rps", "100")
    answer(design, Stage.REQUIREMENTS, "peak_rps", "")
    assert design.requirements.nfr.peak_rps is None
    answer(design, Stage.AUTH, "lockout_attempts", "")
    assert design.auth.lockout_attempts is None


def test_answering_inside_an_unset_group_creates_it() -> None:
    design = Design()
    assert design.api.rate_limit is None
    assert ask(Stage.API, "rate_limit_requests").get(design) is None
    answer(design, Stage.API, "rate_limit_requests", "100")
    assert design.api.rate_limit is not None
    assert (design.api.rate_limit.requests, design.api.rate_limit.window_seconds) == (100, 60)


# -- when ---------------------------------------------------------------------------------


def test_when_conditions() -> None:
    design = Design()
    other = ask(Stage.STACK, "framework_other")
    jwt_ttl = ask(Stage.AUTH, "jwt_access_ttl")
    lock_minutes = ask(Stage.AUTH, "lockout_minutes")
    page_size = ask(Stage.API, "page_size")
    gateway = ask(Stage.REQUIREMENTS, "gateway")
    assert not other.visible(design) and not jwt_ttl.visible(design)
    assert lock_minutes.visible(design) and page_size.visible(design)
    assert not gateway.visible(design)
    design.stack.framework = "other"
    design.auth.methods = [AuthMethod.JWT]
    design.auth.lockout_attempts = None
    design.api.pagination = "none"  # type: ignore[assignment]
    design.architecture.style = "microservices"  # type: ignore[assignment]
    assert other.visible(design) and jwt_ttl.visible(design)
    assert not lock_minutes.visible(design) and not page_size.visible(design)
    assert gateway.visible(design)
    assert [q.id for q in ALL[Stage.STACK].visible(design)][:2] == ["framework", "framework_other"]


def test_combined_conditions(tmp_path: Path) -> None:
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "auth.yaml").write_text(
        "questions:\n"
        "  - id: idp\n"
        "    type: text\n"
        "    bind: auth.saml_idp\n"
        "    prompt: IdP\n"
        "    when:\n"
        "      all:\n"
        "        - {path: auth.methods, contains: saml}\n"
        "        - any: [{path: auth.mfa, contains: totp}, {path: auth.secrets, set: true}]\n"
        "        - not: {path: auth.password_hashing, in: [none, pbkdf2]}\n",
        encoding="utf-8",
    )
    clear_cache()
    idp = load_all(folder)[Stage.AUTH].questions[0]
    design = Design()
    design.auth.methods = ["saml"]  # type: ignore[list-item]
    assert not idp.visible(design)
    design.auth.secrets = "vault"  # type: ignore[assignment]
    assert idp.visible(design)
    design.auth.password_hashing = "pbkdf2"  # type: ignore[assignment]
    assert not idp.visible(design)


# -- computed defaults and recomputation ---------------------------------------------------


def stacked(framework: str) -> Design:
    """A design whose stack, data, testing and operations stages took their defaults."""
    design = Design()
    answer(design, Stage.STACK, "framework", framework)
    for stage in (Stage.STACK, Stage.DATA, Stage.TESTING, Stage.OPERATIONS):
        apply_defaults(design, ALL[stage])
    return design


@pytest.mark.parametrize(
    ("framework", "tools", "start", "migrate"),
    [
        (
            "FastAPI",
            ["pytest", "pytest-asyncio", "httpx"],
            "uvicorn app.main:app --host 0.0.0.0 --port $PORT",
            "alembic upgrade head",
        ),
        ("express", ["Jest", "supertest"], "node dist/server.js", "npx prisma migrate deploy"),
        (
            "NestJS",
            ["Jest", "supertest", "@nestjs/testing"],
            "node dist/main.js",
            "npx typeorm migration:run -d dist/data-source.js",
        ),
        (
            "Gin",
            ["go test", "testify", "httptest"],
            "./server",
            'migrate -path ./migrations -database "$DATABASE_URL" up',
        ),
        (
            "spring boot",
            ["JUnit 5", "Mockito", "Spring Boot Test", "Testcontainers"],
            "java -jar app.jar",
            "flyway migrate",
        ),
        (
            "Django",
            ["pytest", "pytest-django"],
            "gunicorn config.wsgi:application --bind 0.0.0.0:$PORT",
            "python manage.py migrate",
        ),
    ],
)
def test_stack_defaults(framework: str, tools: list[str], start: str, migrate: str) -> None:
    design = stacked(framework)
    assert design.testing.tools == tools
    assert design.operations.start_command == start
    assert design.operations.migrate_command == migrate


def test_spring_boot_health_paths_and_unknown_framework_fallback() -> None:
    design = stacked("Spring Boot")
    assert design.operations.health_path == "/actuator/health/liveness"
    design = Design()
    answer(design, Stage.STACK, "framework", "other")
    # Zig's Jetzig: a framework designer has no defaults for (Phoenix and then Vapor, the
    # earlier examples, now have them)
    answer(design, Stage.STACK, "framework_other", "Jetzig")
    assert ask(Stage.OPERATIONS, "health_path").default(design) == "/health"
    assert ask(Stage.TESTING, "tools").default(design) == []
    design.stack.language = "Go"
    assert ask(Stage.TESTING, "tools").default(design) == ["go test", "testify"]


@pytest.mark.parametrize(
    ("framework", "strategy"),
    [
        ("Phoenix", "transaction_rollback"),  # the Ecto SQL Sandbox
        ("Rails", "transaction_rollback"),  # transactional tests
        ("Django", "transaction_rollback"),  # TestCase / pytest-django's db fixture
        ("Laravel", "transaction_rollback"),  # RefreshDatabase
        ("CakePHP", "testcontainers"),  # takes Laravel's facts, not its test support
        ("Spring Boot", "testcontainers"),
        ("FastAPI", "testcontainers"),
    ],
)
def test_the_test_database_follows_the_frameworks_own_test_support(
    framework: str, strategy: str
) -> None:
    design = Design()
    listed = [o.value for o in ask(Stage.STACK, "framework").options]
    if framework in listed:
        answer(design, Stage.STACK, "framework", framework)
    else:  # a framework only detection names is written in as "other"
        answer(design, Stage.STACK, "framework", "other")
        answer(design, Stage.STACK, "framework_other", framework)
    for stage in (Stage.STACK, Stage.DATA, Stage.TESTING):
        apply_defaults(design, ALL[stage])
    assert design.testing.test_database == strategy


def test_a_design_on_sqlite_tests_against_an_in_memory_database() -> None:
    design = Design()
    answer(design, Stage.STACK, "framework", "Spring Boot")
    design.data.databases.append(Database(name="main", engine=Engine.SQLITE))
    for stage in (Stage.STACK, Stage.DATA, Stage.TESTING):
        apply_defaults(design, ALL[stage])
    assert design.testing.test_database == "in_memory"
    # SQLite decides over the framework's own support: another framework keeps it.
    assert not [n for n in answer(design, Stage.STACK, "framework", "Rails")
                if n.startswith("testing:test_database")]
    assert design.testing.test_database == "in_memory"


def test_the_test_database_default_moves_with_the_framework_until_answered() -> None:
    design = stacked("FastAPI")
    assert design.testing.test_database == "testcontainers"
    notices = answer(design, Stage.STACK, "framework", "Rails")
    assert design.testing.test_database == "transaction_rollback"
    assert "testing:test_database: now 'transaction_rollback', to go with your answer 'Rails' " \
        f"{FRAMEWORK}" in notices
    answer(design, Stage.TESTING, "test_database", "dedicated")
    answer(design, Stage.STACK, "framework", "FastAPI")
    assert design.testing.test_database == "dedicated"


def test_changing_the_framework_moves_untouched_defaults_with_a_notice() -> None:
    design = stacked("FastAPI")
    notices = answer(design, Stage.STACK, "framework", "Express")
    assert design.testing.tools == ["Jest", "supertest"]
    assert (
        "testing:tools: now [Jest, supertest], to go with your answer 'Express' "
        "to “Which web framework does the backend use?”"
    ) in notices
    assert design.data.orm == "Prisma"
    assert design.operations.migrate_command == "npx prisma migrate deploy"
    assert any(n.startswith("operations:migrate_command: now ") for n in notices)


def test_a_chosen_value_is_kept_and_reported_only_when_invalid() -> None:
    design = stacked("FastAPI")
    answer(design, Stage.TESTING, "tools", "pytest\nhypothesis")
    answer(design, Stage.DATA, "orm", "Tortoise ORM")
    notices = answer(design, Stage.STACK, "framework", "Express")
    assert design.testing.tools == ["pytest", "hypothesis"]
    assert design.data.orm == "Tortoise ORM"
    assert not [n for n in notices if n.startswith(("testing:tools", "data:orm"))]


def test_a_chosen_value_that_became_invalid_is_reported() -> None:
    # Models written by hand or by detection can hold values a question would refuse.
    design = stacked("FastAPI")
    design.operations.health_path = "health"
    result = set_answer(design, ask(Stage.STACK, "framework"), "Spring Boot")
    invalid = [str(n) for n in result.notices if n.kind is NoticeKind.INVALID]
    assert invalid == [
        "operations:health_path: 'health' was cleared: after your answer 'Spring Boot' "
        "to “Which web framework does the backend use?” it is not valid ('health' does not match: "
        "a path starting with /); now '/actuator/health/liveness'"
    ]
    assert design.operations.health_path == "/actuator/health/liveness"


def test_load_targets_follow_the_requirements() -> None:
    design = Design()
    answer(design, Stage.REQUIREMENTS, "peak_rps", "1000")
    apply_defaults(design, ALL[Stage.REQUIREMENTS])
    answer(design, Stage.TESTING, "levels", ["unit", "load"])
    written = apply_defaults(design, ALL[Stage.TESTING])
    assert written["load_rps"] == 1000 and written["load_p95_ms"] == 200
    notices = answer(design, Stage.REQUIREMENTS, "peak_rps", "2500")
    assert design.testing.load_rps == 2500
    assert notices == [
        "testing:load_rps: now 2500, to go with your answer 2500 to “Peak requests per second?”"
    ]


def test_removing_jwt_drops_the_jwt_answers_with_notices() -> None:
    design = Design()
    answer(design, Stage.AUTH, "methods", "jwt, oauth2")
    answer(design, Stage.AUTH, "jwt_access_ttl", "30")
    answer(design, Stage.AUTH, "jwt_algorithm", "ES256")
    answer(design, Stage.AUTH, "oauth_providers", "kakao, naver")
    notices = answer(design, Stage.AUTH, "methods", "oauth2")
    assert notices == [
        "auth:jwt_algorithm: 'ES256' was cleared: the question no longer applies after your "
        "answer [oauth2] to “How do callers authenticate?”",
        "auth:jwt_access_ttl: 30 was cleared: the question no longer applies after your "
        "answer [oauth2] to “How do callers authenticate?”",
    ]
    assert design.auth.jwt.access_ttl_minutes == 15
    assert design.auth.oauth.providers == ["kakao", "naver"]


def test_hidden_required_question_is_dropped_in_cascade() -> None:
    design = Design()
    answer(design, Stage.STACK, "framework", "other")
    answer(design, Stage.STACK, "framework_other", "Phoenix")
    notices = answer(design, Stage.STACK, "framework", "FastAPI")
    assert design.stack.framework_other == ""
    assert notices[0].startswith(
        "stack:framework_other: 'Phoenix' was cleared: the question no longer applies")


def test_pending_defaults_do_not_touch_the_design() -> None:
    design = Design()
    before = design.model_dump()
    pending = pending_defaults(design, ALL[Stage.REQUIREMENTS])
    assert pending == {
        "p95_latency_ms": 200,
        "db_query_ms": 100,
        "availability": 99.9,
        "error_rate": 0.1,
    }
    assert design.model_dump() == before
    assert apply_defaults(design, ALL[Stage.REQUIREMENTS]) == pending
    assert pending_defaults(design, ALL[Stage.REQUIREMENTS]) == {}


def test_every_computed_default_gives_valid_answers() -> None:
    designs = [Design(), stacked("FastAPI"), stacked("Spring Boot"), stacked("Rails")]
    designs[0].requirements.compliance = ["pipa"]  # type: ignore[list-item]
    used = set()
    for q in QUESTIONS:
        for design in designs:
            value = q.default(design)
            if value not in (None, "", []):
                assert q.validate(value) == [], (q.key, value)
        if not isinstance(q.default_spec, dict) and hasattr(q.default_spec, "computed"):
            used.add(q.default_spec.computed)
    assert used == set(REGISTRY)


# -- property: any text, any question, never an exception ---------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(min_value=0, max_value=len(QUESTIONS) - 1), text=st.text(max_size=40))
def test_set_answer_never_raises_for_any_text(index: int, text: str) -> None:
    design = Design()
    question = QUESTIONS[index]
    result = set_answer(design, question, text)
    assert isinstance(result.errors, list)
    if result.ok:
        # What was stored is itself a valid answer (reading it back and answering again works).
        assert question.validate(question.get(design)) == []


ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.lists(st.one_of(st.text(max_size=10), st.integers()), max_size=4),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.from_regex(r"[0-9,_. e+-]{1,30}", fullmatch=True),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(min_value=0, max_value=len(QUESTIONS) - 1), value=ANY_VALUE)
def test_set_answer_never_raises_for_any_value(index: int, value: object) -> None:
    design = Design()
    before = design.model_dump()
    result = set_answer(design, QUESTIONS[index], value)
    if not result.ok:
        assert result.errors and design.model_dump() == before


def test_questionnaire_api_names() -> None:
    requirements: Questionnaire = ALL[Stage.REQUIREMENTS]
    assert requirements.stage is Stage.REQUIREMENTS
    assert requirements.title("ko") == "요구사항" and requirements.intro("en")
    q = requirements.questions[0]
    assert (q.id, q.type, q.bind, q.required) == (
        "name",
        QuestionType.TEXT,
        "requirements.name",
        True,
    )
    option = ask(Stage.REQUIREMENTS, "consistency").options[0]
    assert (option.value, option.label(), option.label("ko")) == ("strong", "Strong", "강한 일관성")
    assert option.help("ko") and option.help("xx") == option.help("en")


def test_suggested_environment_variables_follow_the_design() -> None:
    from designer.model.requirements import Integration
    from designer.questionnaire.envvars import suggested_env

    assert [v.name for v in suggested_env(Design())] == ["PORT", "LOG_LEVEL"]
    design = stacked("FastAPI")
    answer(design, Stage.AUTH, "methods", "jwt, oauth2")
    answer(design, Stage.AUTH, "oauth_providers", "kakao")
    answer(design, Stage.API, "cors_origins", "https://app.example.com")
    design.requirements.integrations = [Integration(name="Toss Payments", provider="toss_payments")]
    names = {v.name: v for v in suggested_env(design)}
    assert {
        "DATABASE_URL",
        "JWT_PRIVATE_KEY",
        "KAKAO_CLIENT_SECRET",
        "CORS_ORIGINS",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "TOSS_PAYMENTS_SECRET_KEY",
    } <= set(names)
    assert names["KAKAO_CLIENT_SECRET"].secret and not names["CORS_ORIGINS"].secret
    assert names["CORS_ORIGINS"].example == "https://app.example.com"


def test_defaults_of_unvisited_stages_are_left_alone_until_visited() -> None:
    from designer.model import StageStatus

    design = Design()
    notices = answer(design, Stage.STACK, "framework", "FastAPI")
    assert notices == [] and design.testing.tools == [] and design.stack.language == ""
    design = Design()
    design.progress.stages[Stage.STACK] = StageStatus.IN_PROGRESS
    answer(design, Stage.STACK, "framework", "FastAPI")
    assert design.stack.language == "Python"
    notices = answer(design, Stage.STACK, "framework", "Gin")
    assert design.stack.language == "Go" and design.testing.tools == []
    assert notices == [
        f"stack:language: now 'Go', to go with your answer 'Gin' {FRAMEWORK}",
        f"stack:server: now 'net/http', to go with your answer 'Gin' {FRAMEWORK}",
        f"stack:test_framework: now 'go test', to go with your answer 'Gin' {FRAMEWORK}",
    ]


def test_a_visited_bool_default_follows_the_compliance_answer() -> None:
    from designer.model import StageStatus

    design = Design()
    design.progress.stages[Stage.OPERATIONS] = StageStatus.IN_PROGRESS
    apply_defaults(design, ALL[Stage.OPERATIONS])
    assert design.operations.pii_masking is False
    notices = answer(design, Stage.REQUIREMENTS, "compliance", "pipa")
    assert design.operations.pii_masking is True
    assert (
        "operations:pii_masking: now yes, to go with your answer [pipa] to "
        "“Which regulations apply?”" in notices
    )
