"""The example designs: they load, are clean, complete, canonical and tell the seeds' stories."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from designer import store
from designer.model import Stage, StageStatus, problems

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*/*.design.yaml"))
SLUGS = {
    "user-management-express",
    "ecommerce-postgres",
    "monolith-to-microservices",
    "realtime-chat",
    "fastapi-auth-service",
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_the_five_stories_are_there() -> None:
    assert {p.parent.name for p in EXAMPLES} >= SLUGS
    for path in EXAMPLES:
        assert path.name == f"{path.parent.name}.design.yaml"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_example_loads_clean_complete_and_canonical(path: Path) -> None:
    design = store.load(path)
    assert problems(design) == []
    assert all(design.progress.status(s) is StageStatus.DONE for s in Stage)
    # Saved by designer itself: loading and saving again changes nothing.
    assert store.dumps(design) == path.read_text(encoding="utf-8")
    # Every stage is filled in, not just marked done.
    assert design.requirements.features and design.requirements.nfr.peak_rps
    assert design.stack.framework and design.data.entities and design.auth.methods
    assert design.api.resources and design.api.schemas and design.auth.roles
    assert design.testing.levels and design.operations.env and len(design.decisions) >= 2
    assert design.data.orm and design.data.migration_tool


def test_one_example_is_korean() -> None:
    korean = [p for p in EXAMPLES if HANGUL.search(store.load(p).requirements.name)]
    assert korean, "no example has a Korean name"
    design = store.load(korean[0])
    summaries = [e.summary for _, e in design.api.endpoints()]
    assert all(HANGUL.search(s) for s in summaries)
    assert {"pipa", "ecommerce_act"} <= {c.value for c in design.requirements.compliance}
    providers = {i.provider for i in design.requirements.integrations}
    assert {"toss_payments", "naver_pay"} <= providers


def test_stories_match_the_seeds() -> None:
    loaded = {p.parent.name: store.load(p) for p in EXAMPLES}
    express = loaded["user-management-express"]
    assert express.stack.framework == "Express"
    assert express.auth.password_hashing.value == "bcrypt"
    assert "jwt" in {m.value for m in express.auth.methods}
    shop = loaded["ecommerce-postgres"]
    assert {"Product", "Order", "Payment", "Inventory"} <= {e.name for e in shop.data.entities}
    assert shop.data.databases[0].engine.value == "postgresql"
    micro = loaded["monolith-to-microservices"]
    assert micro.architecture.style.value == "microservices" and micro.architecture.gateway
    chat = loaded["realtime-chat"]
    assert chat.api.channels and chat.architecture.broker.value == "redis_pubsub"
    fastapi = loaded["fastapi-auth-service"]
    assert fastapi.stack.framework == "FastAPI" and fastapi.data.migration_tool == "Alembic"
    assert fastapi.data.orm.startswith("SQLAlchemy 2") and fastapi.data.databases[0].version == "16"
