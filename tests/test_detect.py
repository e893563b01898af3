"""Detection finds every seed framework in a tiny fixture project, with evidence."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from test_detect_projects import PROJECTS, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, Finding, FindingKind


def only_backend(root: Path) -> DetectedBackend:
    detection = detect(root)
    assert len(detection.backends) == 1, detection.backends
    return detection.backends[0]


def finding(backend: DetectedBackend, kind: FindingKind, name: str) -> Finding:
    found = [f for f in backend.findings if f.kind is kind and f.name == name]
    assert found, f"no {kind.value} {name} in {[(f.kind.value, f.name) for f in backend.findings]}"
    return found[0]


def assert_evidence_is_true(root: Path, item: Finding) -> None:
    """Every evidence line really holds the text the finding quotes."""
    assert item.evidence
    for evidence in item.evidence:
        assert (root / evidence.path).is_file()
        if evidence.line is not None:
            line = (root / evidence.path).read_text().splitlines()[evidence.line - 1]
            assert evidence.text == line.strip()


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_each_seed_framework_is_found_with_evidence(tmp_path: Path, name: str) -> None:
    framework, language, files = PROJECTS[name]
    root = write(tmp_path / name, files)
    backend = only_backend(root)
    assert not backend.ambiguous
    top = backend.findings[0]
    assert (top.kind, top.name) == (FindingKind.FRAMEWORK, framework)
    assert backend.language == language
    assert top.confidence >= 0.9, "dependency and entry point agree"
    assert any(e.line for e in top.evidence), "a file:line proves the framework"
    for item in backend.findings:
        assert_evidence_is_true(root, item)
    assert backend.folder == ("src/Api" if name == "aspnet" else ".")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "fastapi",
            {
                (FindingKind.ORM, "SQLAlchemy"),
                (FindingKind.MIGRATIONS, "Alembic"),
                (FindingKind.TEST, "pytest"),
                (FindingKind.SERVER, "Uvicorn"),
            },
        ),
        ("flask", {(FindingKind.CACHE, "Redis"), (FindingKind.BROKER, "Celery")}),
        ("django", {(FindingKind.ORM, "Django ORM"), (FindingKind.TEST, "pytest")}),
        ("tornado", {(FindingKind.BROKER, "RabbitMQ")}),
        ("express", {(FindingKind.ORM, "Knex"), (FindingKind.TEST, "Jest")}),
        ("fastify", {(FindingKind.CACHE, "Redis"), (FindingKind.TEST, "Vitest")}),
        ("nestjs", {(FindingKind.ORM, "TypeORM"), (FindingKind.BROKER, "BullMQ")}),
        ("koa", {(FindingKind.ORM, "Sequelize"), (FindingKind.TEST, "Mocha")}),
        (
            "gin",
            {
                (FindingKind.ORM, "GORM"),
                (FindingKind.TEST, "testify"),
                (FindingKind.TEST, "go test"),
            },
        ),
        ("fiber", {(FindingKind.QUERY, "sqlx")}),
        ("chi", {(FindingKind.CACHE, "Redis")}),
        ("axum", {(FindingKind.QUERY, "sqlx"), (FindingKind.DATABASE, "PostgreSQL")}),
        ("actix", {(FindingKind.ORM, "Diesel"), (FindingKind.TEST, "cargo test")}),
        ("rocket", {(FindingKind.ORM, "SeaORM")}),
        (
            "spring",
            {
                (FindingKind.ORM, "JPA / Hibernate"),
                (FindingKind.MIGRATIONS, "Flyway"),
                (FindingKind.TEST, "JUnit"),
                (FindingKind.SERVER, "Tomcat"),
            },
        ),
        ("quarkus", {(FindingKind.MIGRATIONS, "Liquibase"), (FindingKind.TEST, "JUnit")}),
        ("micronaut", {(FindingKind.TEST, "JUnit")}),
        ("laravel", {(FindingKind.ORM, "Eloquent"), (FindingKind.TEST, "PHPUnit")}),
        (
            "symfony",
            {(FindingKind.ORM, "Doctrine"), (FindingKind.MIGRATIONS, "Doctrine Migrations")},
        ),
        ("aspnet", {(FindingKind.ORM, "EF Core"), (FindingKind.TEST, "xUnit")}),
        ("rails", {(FindingKind.ORM, "ActiveRecord"), (FindingKind.TEST, "RSpec")}),
        ("sinatra", {(FindingKind.ORM, "Sequel")}),
        ("grape", {(FindingKind.BROKER, "RabbitMQ")}),
    ],
)
def test_orm_cache_broker_and_tests_are_found(
    tmp_path: Path, name: str, expected: set[tuple[FindingKind, str]]
) -> None:
    root = write(tmp_path / name, PROJECTS[name][2])
    backend = only_backend(root)
    found = {(f.kind, f.name) for f in backend.findings}
    assert expected <= found


@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("fastapi", ""),
        ("flask", ">=3.11"),
        ("django", "3.12"),
        ("tornado", ">=3.10"),
        ("fastify", "^5.4"),
        ("express", "Node >=20"),
        ("gin", "1.22"),
        ("axum", "1.78"),
        ("spring", "21"),
        ("micronaut", ""),
        ("laravel", "^8.2"),
        ("aspnet", "net8.0"),
        ("rails", "3.3.0"),
    ],
)
def test_language_version(tmp_path: Path, name: str, version: str) -> None:
    root = write(tmp_path / name, PROJECTS[name][2])
    assert only_backend(root).language_version == version


def test_framework_version_comes_from_the_manifest(tmp_path: Path) -> None:
    root = write(tmp_path / "p", PROJECTS["express"][2])
    top = only_backend(root).findings[0]
    assert top.version == "^4.19.2"
    assert top.evidence[0].path == "package.json"
    assert top.evidence[0].text == '"express": "^4.19.2",'


def test_django_rest_framework_is_an_add_on_not_a_rival(tmp_path: Path) -> None:
    root = write(tmp_path / "p", PROJECTS["django"][2])
    backend = only_backend(root)
    names = [f.name for f in backend.findings if f.kind is FindingKind.FRAMEWORK]
    assert names == ["Django", "Django REST framework"]
    assert not backend.ambiguous


def test_rails_dev_group_gems_are_not_frameworks(tmp_path: Path) -> None:
    root = write(tmp_path / "p", PROJECTS["rails"][2])
    names = [f.name for f in only_backend(root).findings if f.kind is FindingKind.FRAMEWORK]
    assert names == ["Rails"]


def test_progress_is_reported(tmp_path: Path) -> None:
    files = {f"pkg{i // 100}/m{i}.py": "x = 1\n" for i in range(2500)}
    files["requirements.txt"] = "flask\n"
    root = write(tmp_path / "p", files)
    seen: list[int] = []
    detect(root, progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == 2501
    assert len(seen) >= 3


def test_detection_is_deterministic(tmp_path: Path) -> None:
    root = tmp_path / "mono"
    for name in ("fastapi", "express", "gin"):
        write(root / name, PROJECTS[name][2])
    first = asdict(detect(root))
    assert first == asdict(detect(root))
    assert [b["folder"] for b in first["backends"]] == ["express", "fastapi", "gin"]
