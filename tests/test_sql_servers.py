"""The DDL applied to real PostgreSQL and MariaDB servers, and their catalogs read back.

Every example's schema files go into a fresh database with ON_ERROR_STOP (PostgreSQL) or the
client's stop-at-first-error (MariaDB); the catalog must then hold exactly the tables, columns,
types, nullability, keys and indexes the design states. Random entity graphs with hostile names
(Korean, reserved words, quotes, backticks, emoji, names past the identifier limits) go the same
way. The servers are private and start once per session (see sql_servers.py).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sql_catalog import actual, expected
from sql_graphs import graphs
from sql_servers import MariaDB, Postgres

from designer import store
from designer.contract import storage
from designer.export.sql import schema_files
from designer.export.sql.render import render
from designer.model import Design
from designer.model.data import Engine

EXAMPLES = sorted(Path(__file__).resolve().parent.parent.glob("examples/*/*.design.yaml"))


def _retargeted(design: Design, engine: Engine) -> Design:
    """`design` with every relational database on `engine`."""
    copied = copy.deepcopy(design)
    for db in copied.data.databases:
        if db.engine in storage.RELATIONAL:
            db.engine = engine
    return copied


def _apply_and_compare(server: Postgres | MariaDB, design: Design) -> int:
    """Apply each relational database's DDL to a fresh database; assert the catalog matches.
    Returns how many databases were checked."""
    mysql = isinstance(server, MariaDB)
    count = 0
    for db, _ in storage.stored(design, storage.RELATIONAL):
        want, schema = expected(design, db, mysql)
        name = server.create_database()
        applied = server.apply(name, render(schema))
        assert applied.ok, applied.errors
        got = actual(server, name)
        assert got.columns == want.columns
        assert got.primary_keys == want.primary_keys
        assert got.foreign_keys == want.foreign_keys
        assert got.uniques == want.uniques
        assert got.indexes == want.indexes
        count += 1
    return count


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.parent.name for p in EXAMPLES])
def test_example_ddl_applies_to_postgresql(postgres: Postgres, path: Path) -> None:
    design = store.load(path)
    relational = storage.stored(design, storage.RELATIONAL)
    checked = _apply_and_compare(postgres, _retargeted(design, Engine.POSTGRESQL))
    assert checked == len(relational)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.parent.name for p in EXAMPLES])
def test_example_ddl_applies_to_mariadb(mariadb: MariaDB, path: Path) -> None:
    design = _retargeted(store.load(path), Engine.MARIADB)
    assert _apply_and_compare(mariadb, design) == len(storage.stored(design,
                                                                     storage.RELATIONAL))


def test_every_example_file_is_the_one_checked(postgres: Postgres) -> None:
    """The committed example files are what the design renders, so the check covers them."""
    for path in EXAMPLES:
        design = store.load(path)
        for rel, text in schema_files(design).items():
            if rel.endswith(".postgresql.sql"):
                committed = path.parent / "export" / rel
                assert committed.read_text(encoding="utf-8") == text, committed
                name = postgres.create_database()
                assert postgres.apply(name, text).ok


_PROPERTY = settings(max_examples=25, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


@_PROPERTY
@given(design=graphs(Engine.POSTGRESQL))
def test_random_graphs_apply_to_postgresql(postgres: Postgres, design: Design) -> None:
    _apply_and_compare(postgres, design)


@_PROPERTY
@given(design=graphs(Engine.MARIADB))
def test_random_graphs_apply_to_mariadb(mariadb: MariaDB, design: Design) -> None:
    _apply_and_compare(mariadb, design)
