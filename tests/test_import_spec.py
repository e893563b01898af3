"""`designer import spec`: seed 001's SPEC (Korean headings) and an English one pre-fill the
design; the design keeps the SPEC id and `export --spec-layout` writes the document where seed
001 puts it, carrying framework, base URL, auth, endpoints, middleware and test targets."""

from __future__ import annotations

import shutil
from pathlib import Path

from designer import store
from designer.cli import main
from designer.importers.spec import import_text

FIXTURE = Path(__file__).parent / "fixtures" / "spec" / "SPEC-AUTH-001" / "spec.md"


def test_seed_001_spec_exports_its_summary_into_the_spec_layout(tmp_path: Path,
                                                               capsys) -> None:
    specs = tmp_path / ".do" / "specs" / "SPEC-AUTH-001"
    specs.mkdir(parents=True)
    shutil.copy(FIXTURE, specs / "spec.md")
    assert main(["import", "spec", str(specs / "spec.md"), "--new", "auth", "--dir",
                 str(tmp_path)]) == 0
    assert "everything in the source was represented" in capsys.readouterr().out
    design_file = tmp_path / "auth.design.yaml"
    design = store.load(design_file)
    assert design.requirements.spec_id == "SPEC-AUTH-001"
    assert "spec_id: SPEC-AUTH-001" in design_file.read_text(encoding="utf-8")
    assert main(["export", str(design_file), "--spec-layout", str(tmp_path)]) == 0
    doc = (tmp_path / ".do" / "docs" / "backend-architecture-SPEC-AUTH-001.md").read_text(
        encoding="utf-8")
    summary = doc[doc.index("## Summary"):doc.index("## Requirements")]
    for expected in (
        "### Framework: FastAPI (Python 3.12)",
        "- Base URL: `/api/v1`",
        "- Authentication: JWT (access + refresh tokens)",
        "### Database: PostgreSQL 16",
        "- ORM: SQLAlchemy 2.0",
        "- Migrations: Alembic",
        "- Connection pool: 10-20 connections",
        "- `POST /api/v1/auth/login`",
        "- `GET /api/v1/users/{id}`",
        "- `POST /api/v1/users`",
        "CORS (allow-list `https://app.example.com`, `https://localhost:3000`)",
        "Rate limit (100 requests per 60 s per IP address)",
        "Error handler (standard error JSON)",
        "### Tests: pytest + pytest-asyncio",
        "- Target: at least 85% coverage",
        "- Strategy: integration, E2E",
    ):
        assert expected in summary, expected
    # What else the SPEC states is in the design too.
    req = design.requirements
    assert [f.name for f in req.features] == ["회원 가입", "로그인", "사용자 조회"]
    assert (req.nfr.p95_latency_ms, req.nfr.peak_rps, req.nfr.availability) == (200, 1000, 99.9)
    assert [c.value for c in req.compliance] == ["pipa", "gdpr"]
    assert [i.name for i in req.integrations] == ["SendGrid"]
    user = design.data.entity("User")
    assert [f.name for f in user.fields] == ["id", "email", "name", "password_hash"]
    assert user.field("id").primary_key and user.field("email").unique
    assert user.field("name").max_length == 100
    login = next(e for _, e in design.api.endpoints() if e.path == "/auth/login")
    assert login.auth.value == "none" and login.request.name == "AuthLoginRequest"
    get_user = next(e for _, e in design.api.endpoints() if e.path == "/users/{id}")
    assert get_user.response.name == "User" and get_user.auth.value == "required"
    ops = design.operations
    assert ops.health_path == "/health" and ops.migrate_command == "alembic upgrade head"
    assert [e.name for e in ops.env] == ["DATABASE_URL", "REDIS_URL", "SECRET_KEY",
                                         "CORS_ORIGINS"]


ENGLISH = """# SPEC-SHOP-7: Orders service

## Overview
Takes orders for the web shop.

## User stories
- Place order: As a buyer I want to place an order.

## Endpoints
- POST /v2/orders: create an order
- GET /v2/orders/{id}: read one order

## Data model
- Order: id (bigint, PK), customer_id (uuid, FK → Customer), total (decimal(12,2)),
  note (text, nullable)

## Authentication
- OAuth 2.0 with API keys for partners

## Performance
- p95 latency under 150 ms
- 99.95% availability

## Mystery
- Something designer does not read.
"""


def test_english_headings_lists_and_report() -> None:
    design, report = import_text(ENGLISH)
    assert design.requirements.spec_id == "SPEC-SHOP-7"
    assert design.requirements.name == "Orders service"
    assert design.api.base_path == "/v2"
    keys = [e.key for _, e in design.api.endpoints()]
    assert keys == ["POST /orders", "GET /orders/{id}"]
    order = design.data.entity("Order")
    assert [f.name for f in order.fields] == ["id", "customer_id", "total", "note"]
    assert order.field("customer_id").references == "Customer"
    assert (order.field("total").precision, order.field("total").scale) == (12, 2)
    assert order.field("note").nullable
    assert [m.value for m in design.auth.methods] == ["oauth2", "api_key"]
    assert design.requirements.nfr.p95_latency_ms == 150
    assert design.requirements.nfr.availability == 99.95
    notes = "\n".join(report.notes)
    assert "Mystery" in notes and "Customer" in notes


def test_spec_layout_without_a_spec_id_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["new", "plain", "--dir", str(tmp_path), "--no-open"]) == 0
    capsys.readouterr()
    assert main(["export", str(tmp_path / "plain.design.yaml"), "--spec-layout",
                 str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SPEC id" in err
    assert not (tmp_path / ".do").exists()
