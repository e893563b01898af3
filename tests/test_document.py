"""The architecture document: golden files, the contents the seeds ask for, Markdown filters,
and the per-stage live preview.

Golden files live in `tests/test_document_golden/`; after an intended change regenerate them
with `DESIGNER_UPDATE_GOLDEN=1 pytest tests/test_document.py`.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from golden import check_tree
from test_export_helpers import rich_design

from designer.export import render_all
from designer.export.document import SECTIONS
from designer.export.markdown import cell, code, code_cell, md, slug, tidy, titled
from designer.export.preview import stage_preview
from designer.model import Design, Stage

GOLDEN = Path(__file__).parent / "test_document_golden"


def test_rich_design_matches_golden_files() -> None:
    check_tree(GOLDEN, render_all(rich_design(), only={"doc", "diagrams"}))


def test_document_covers_seed_001_summary_and_seed_002_outputs() -> None:
    doc = render_all(rich_design(), only={"doc"})["architecture.md"]
    # Seed 001, step 5: framework, base URL, auth, error format, database, ORM, migrations,
    # pool, endpoints, middleware stack, tests.
    for text in ["### Framework: FastAPI 0.115 (Python 3.12)", "- Base URL: `/api/v1`",
                 "- Authentication: JWT (access + refresh tokens)", "- Error format:",
                 "### Database: PostgreSQL 16", "- ORM: SQLAlchemy 2.0", "- Migrations: Alembic",
                 "- Connection pool: 10-20", "### API endpoints", "### Middleware stack",
                 "### Tests: pytest + pytest-asyncio", "at least 85% coverage"]:
        assert text in doc, text
    # Seed 002's output list, seed 001 step 6's hand-offs, plan, review, decisions.
    for title in SECTIONS.values():
        assert f"\n## {title}\n" in doc and f"(#{slug(title)})" in doc, title
    for text in ["### Frontend", "### DevOps", "- Health check: `GET /health`",
                 "- Start command: `uvicorn app.main:app", "| `DATABASE_URL` | yes |",
                 "| `JWT_SIGNING_KEY` |", "- CORS: allowed origins `https://app.example.com`",
                 "| customer | - | list, read (own) |", "| Role | auth | orders |",
                 "| ADR-001 | Use Kafka: Kafka for events |",
                 "| Use Kafka | Kafka for events | RabbitMQ |",
                 "| Toss Payments | 3000 ms | 2 | yes | yes |",
                 "| order.placed | order.placed | orders | payments | - |"]:
        assert text in doc, text
    # Architecture, ER, three auth flows, the Toss Payments flow, deployment and the event flow.
    assert doc.count("```mermaid\n") == 8
    assert "| GET | `/orders/{id}` | 주문 조회 | orders | any signed-in caller |" in doc


def test_hostile_names_are_escaped_in_markdown() -> None:
    doc = render_all(rich_design(), only={"doc"})["architecture.md"]
    assert '# Backend architecture: Shop \\| 주문 "end"' in doc
    assert "\\# not a heading" in doc and "\n# not a heading" not in doc
    assert "| List \\| orders |" in doc


@pytest.mark.parametrize(("value", "expected"), [
    ("a *b* _c_ [d](e) <f> #g |h|", "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\#g \\|h\\|"),
    ("- list?", "\\- list?"),
    ("1. ordered", "1\\. ordered"),
    ("see https://x.example/a_b.", "see `https://x.example/a_b`."),
    ("mail me@example.com now", "mail `me@example.com` now"),
    ("multi\n\nline", "multi line"),
])
def test_md_filter(value: str, expected: str) -> None:
    assert md(value) == expected


def test_other_filters() -> None:
    assert cell("") == "-" and cell("-") == "-"
    assert code(" a`b ") == "`a'b`" and code("") == ""
    assert code_cell("a|b") == "`a\\|b`" and code_cell("") == "-"
    assert titled("Framework", "x.") == "Framework: x" and titled("Framework", ":") == "Framework"
    assert slug("Trade-offs and alternatives") == "trade-offs-and-alternatives"
    assert tidy("# A\ntext\n- item\n| t |\n\n\n\nend  \n") == (
        "# A\n\ntext\n\n- item\n\n| t |\n\nend\n")


@pytest.mark.parametrize("stage", list(Stage))
def test_stage_preview_is_markdown_of_that_stage(stage: Stage) -> None:
    text = stage_preview(rich_design(), stage)
    assert text.startswith("## ") and text.endswith("\n")
    expected = {Stage.STACK: "flowchart LR", Stage.API: "```yaml\npaths:",
                Stage.DATA: "erDiagram",
                Stage.AUTH: "sequenceDiagram", Stage.REVIEW: "## Review findings",
                Stage.TESTING: "## Testing strategy", Stage.OPERATIONS: "### DevOps",
                Stage.REQUIREMENTS: "## Requirements"}[stage]
    assert expected in text


def test_stage_preview_is_fast_and_works_on_an_empty_design() -> None:
    design = rich_design()
    for stage in Stage:
        stage_preview(Design(), stage)
        stage_preview(design, stage)  # warm caches
    for stage in Stage:
        start = time.thread_time()
        stage_preview(design, stage)
        # CPU time of this thread: a busy machine makes it wait, not work more.
        assert time.thread_time() - start < 0.25, stage  # 50 ms target, with slack
