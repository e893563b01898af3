"""The engine a PHP application's hand-written SQL is written for, among engines it supports
alike.

A PHP application with its own database class builds a PDO data source name per engine in a
switch over a setting (`case 'pgsql': $dsn = "pgsql:host=…"; case 'mysql': $dsn = "mysql:…"`):
every engine is named as strongly, in the same files, and nothing in the tree says which one
is set. Its queries do: SQL that compares with `ILIKE` (`name ILIKE :pattern`, `ILIKE '%…'`)
runs on PostgreSQL alone, so an application whose code writes such queries in several files
runs on PostgreSQL, whatever other engines its switch lists. Only that tie is broken here: an
engine named more strongly (a setting, an env example, a Compose database) is left alone, and
the code is read only for applications of that shape (a few in a thousand).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, signal_scope
from designer.detect.codewalk import code_files
from designer.detect.signals import Signal, Strength
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

ENGINE = "PostgreSQL"
"""The engine whose own SQL operator is looked for."""

_ILIKE = re.compile(r"""\bILIKE[ \t]+(?::\w|\?|['"]%|['"]\$|\$\w)""")
"""`ILIKE` comparing with a bound parameter (`:pattern`, `?`) or a pattern string, in a
query: not an operator's name kept in a table (`'ilike' => 'ILIKE'`)."""

MIN_FILES = 3
"""Files writing such queries that make it the code's dialect (one may be an engine's branch)."""

MAX_FILES = 3000
"""PHP files read per application at most."""

_SKIPPED = frozenset({*PRUNED, "vendor", "js", "tests", "test"})


def prefer(top: str, units: dict[str, Unit]) -> None:
    """Give PostgreSQL the files of its queries as evidence in each PHP application where it
    ties with another engine and its code writes PostgreSQL's `ILIKE` in enough files."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not _tied(signals):
            continue
        found: list[Signal] = []
        scope = min(signal_scope(s) for s in signals if _engine(s))
        for path in code_files(top, unit.folder, (".php",), MAX_FILES,
                               skip_dir=lambda name: name in _SKIPPED):
            if path is None:
                break
            text = read_text(top, path)[0] or ""
            match = _ILIKE.search(text)
            if match is None:
                continue
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            line = text[start : end if end >= 0 else len(text)].strip()
            evidence = Evidence(path=path, line=text.count("\n", 0, match.start()) + 1,
                                text=line[:200])
            found.append(Signal(FindingKind.DATABASE, ENGINE, Strength.ENTRY, evidence,
                                scope=scope))
            if len(found) == MIN_FILES:
                signals.extend(found)
                break


def _engine(signal: Signal) -> bool:
    return signal.kind is FindingKind.DATABASE and not signal.opt_in


def _tied(signals: list[Signal]) -> bool:
    """Whether PostgreSQL and another engine are named in the strongest scope any engine is."""
    best: dict[str, int] = {}
    for signal in signals:
        if _engine(signal):
            best[signal.name] = min(best.get(signal.name, 99), signal_scope(signal))
    if ENGINE not in best or len(best) < 2:
        return False
    strongest = min(best.values())
    return best[ENGINE] == strongest and any(
        name != ENGINE and value == strongest for name, value in best.items()
    )
