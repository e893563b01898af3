"""Python: SQLAlchemy kept only to pool a driver's connections; the driver's SQL is the data layer.

A service may write every query itself (stored-procedure calls through PyMySQL cursors) and
take from SQLAlchemy nothing but a connection pool: `create_engine('mysql+pymysql://',
creator=connect, poolclass=QueuePool).pool`, the pool of an engine that never runs a statement.
Declared, SQLAlchemy outranks the driver as an ORM, yet no model, table, session or query of
the service is SQLAlchemy's: the driver its modules open and read cursors from is its data
layer. So where a Python project declares SQLAlchemy and no other data layer, and the only
names its modules import from SQLAlchemy are `create_engine` and pool classes, some module
takes an engine's `.pool`, and some module imports a driver the project declares and opens a
cursor, SQLAlchemy is dropped and the driver named the data layer (its engine stays). A
project using another project of the tree (whose models might be SQLAlchemy's), or too large
to read whole, is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

DRIVERS = {"pymysql": "PyMySQL", "psycopg2": "psycopg2", "psycopg": "psycopg"}
"""Declared driver packages (the manifest's names) → the data layer their cursors are."""

_POOL_NAMES = frozenset(
    {"create_engine", "pool", "QueuePool", "NullPool", "StaticPool", "SingletonThreadPool"}
)
"""What a module may import from SQLAlchemy to build a pool and nothing else."""

_SQLALCHEMY_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(sqlalchemy(?:\.[\w.]+)?)[ \t]+import[ \t]+\(?([^\n)]*)"
    r"|import[ \t]+(sqlalchemy|flask_sqlalchemy|fastapi_sqlalchemy|sqlalchemy_utils)\b"
    r"|from[ \t]+(flask_sqlalchemy|fastapi_sqlalchemy|sqlalchemy_utils)\b)",
    re.MULTILINE,
)
_POOL_TAKEN = re.compile(r"\bcreate_engine\s*\((?:[^()]|\([^()]*\))*\)\s*\.pool\b")
"""An engine made only for its pool: `create_engine('mysql+pymysql://', creator=…).pool`."""

_CURSOR = re.compile(r"\.cursor\s*\(")


def drop_pool_only(top: str, units: dict[str, Unit]) -> None:
    """Name the driver, not SQLAlchemy, the data layer of each Python project whose modules
    take only a connection pool from SQLAlchemy and run their SQL on the driver's cursors."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE, [])
        layers = {
            s.name
            for s in signals
            if s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.strength is not Strength.DEV
        }
        drivers = {
            s.package: s
            for s in signals
            if s.package in DRIVERS
            and s.kind is FindingKind.DATABASE
            and s.strength is Strength.DEPENDENCY
        }
        if "SQLAlchemy" not in layers or not drivers:
            continue
        if layers - {"SQLAlchemy"} - {DRIVERS[p] for p in drivers}:
            continue  # another data layer: not a pool beside a driver alone
        if module_uses(unit, LANGUAGE) & (names - module_names(unit, LANGUAGE)):
            continue
        opened = _pool_only(top, folder, nested_projects(folder, folders), set(drivers))
        if not opened:
            continue
        kept = [
            s for s in signals if not (s.name == "SQLAlchemy" and s.kind is FindingKind.ORM)
        ]
        for package in sorted(opened):
            name = DRIVERS[package]
            if not any(s.kind is FindingKind.QUERY and s.name == name for s in kept):
                declared = drivers[package]
                kept.append(
                    Signal(
                        FindingKind.QUERY,
                        name,
                        Strength.DEPENDENCY,
                        declared.evidence,
                        declared.version,
                        package=package,
                    )
                )
        unit.signals[LANGUAGE] = kept


def _pool_only(top: str, folder: str, nested: set[str], drivers: set[str]) -> set[str]:
    """The `drivers` the project's modules import and open cursors of, when SQLAlchemy gives
    them only an engine's pool; nothing otherwise (or past the reading budget)."""
    pooled = False
    opened: set[str] = set()
    for module in each_module(top, folder, nested):
        if module is None:
            return set()
        text = module[1]
        for match in _SQLALCHEMY_IMPORT.finditer(text):
            if match.group(3) or match.group(4):
                return set()  # the package itself, or an integration of it
            imported = {n.strip().split(" as ")[0] for n in match.group(2).split(",")} - {""}
            if not imported or imported - _POOL_NAMES:
                # Models, tables, sessions or SQL built with SQLAlchemy (or names listed on
                # the lines below, unread).
                return set()
        pooled = pooled or bool(_POOL_TAKEN.search(text))
        if _CURSOR.search(text):
            opened |= {
                d
                for d in drivers
                if re.search(rf"^[ \t]*(?:import|from)[ \t]+{d}\b", text, re.MULTILINE)
            }
    return opened if pooled else set()
