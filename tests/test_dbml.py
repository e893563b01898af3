"""DBML parsed by @dbml/core (dbdiagram.io's parser): every example, and random hostile graphs.

The parser's reading must give back the design's tables, columns, keys, indexes and references,
so a file that parses into something else fails too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sql_graphs import graphs

from designer import store
from designer.contract import storage
from designer.export.sql import dbml_files
from designer.export.sql.plan import build
from designer.model import Design
from designer.model.data import Engine

DBML_DIR = Path(__file__).parent / "dbml"
EXAMPLES = sorted(Path(__file__).resolve().parent.parent.glob("examples/*/*.design.yaml"))


def parse_dbml(sources: list[str]) -> list[dict[str, Any]]:
    """Parse every source with @dbml/core in one Node process; skip (fail in CI) without it."""
    if shutil.which("node") is None or not (DBML_DIR / "node_modules" / "@dbml").is_dir():
        reason = "Node or tests/dbml/node_modules missing (run: npm ci --prefix tests/dbml)"
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    proc = subprocess.run(["node", str(DBML_DIR / "parse.mjs")], input=json.dumps(sources),
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(proc.stdout)


def _assert_matches(design: Design, parsed: dict[str, Any], database: Any) -> None:
    assert parsed["ok"], parsed.get("error")
    schema = build(design, database, enum_types=True)
    tables = {t["name"]: t for t in parsed["tables"]}
    assert list(tables) == [t.name for t in schema.tables]
    for table in schema.tables:
        got = tables[table.name]
        assert [(f["name"], f["not_null"]) for f in got["fields"]] == \
            [(c.name, not c.nullable) for c in table.columns]
        key = table.primary_key[1] if table.primary_key else ()
        pk_fields = tuple(f["name"] for f in got["fields"] if f["pk"])
        pk_index = [tuple(i["columns"]) for i in got["indexes"] if i["pk"]]
        assert (pk_fields or (pk_index[0] if pk_index else ())) == key
        indexes = {(tuple(i["columns"]), i["unique"]) for i in got["indexes"] if not i["pk"]}
        assert {(i.columns, i.unique) for i in table.indexes} <= indexes
    refs = {(r[0]["table"], tuple(r[0]["fields"]), r[1]["table"], tuple(r[1]["fields"]))
            for r in parsed["refs"]}
    wanted = {(t.name, fk.columns, fk.table, fk.referenced)
              for t in schema.tables for fk in t.foreign_keys}
    wanted |= {(t.name, fk.columns, fk.table, fk.referenced) for t, fk in schema.deferred}
    assert refs == wanted


def test_every_example_dbml_parses_into_its_design() -> None:
    cases = []
    for path in EXAMPLES:
        design = store.load(path)
        found = storage.stored(design, storage.RELATIONAL)
        files = dbml_files(design)
        assert len(files) == len(found)
        stems = storage.file_stems([db for db, _ in found])
        cases += [(design, db, files[f"schema/{stems[db.name]}.dbml"]) for db, _ in found]
    assert cases
    for (design, db, _), parsed in zip(cases, parse_dbml([c[2] for c in cases]), strict=True):
        _assert_matches(design, parsed, db)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.data_too_large])
@given(designs=st.lists(graphs(Engine.POSTGRESQL), min_size=8, max_size=8))
def test_random_graphs_give_dbml_that_parses(designs: list[Design]) -> None:
    # One Node process per batch: starting the parser costs more than parsing.
    cases = []
    for design in designs:
        found = storage.stored(design, storage.RELATIONAL)
        cases += [(design, found[0][0], text) for text in dbml_files(design).values()]
    for (design, db, _), parsed in zip(cases, parse_dbml([c[2] for c in cases]), strict=True):
        _assert_matches(design, parsed, db)
