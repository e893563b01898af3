"""Django: an in-memory database kept aside for a second alias, beside a server default.

A settings module may keep a placeholder database in a name of its own (`DUMMY_DB =
{"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}`) for an optional alias
(`"legacy": LEGACY_DB if LEGACY_ENABLED else DUMMY_DB`), while its `default` alias names a
server's backend literally (`"default": {"ENGINE": "django.db.backends.postgresql", …}`). The
in-memory literal reads as the program's own choice (`Scope.CHOSEN`, the Python rule for
Django's in-memory database) and outranks the server every model is written to. So a Python
SQLite signal of that scope whose line lies in a dict bound at module level to a name other than
`DATABASES`, in a file whose `default` alias names another engine's backend, is counted as a
fallback (`Scope.FALLBACK`): the engine of an alias the program takes when a feature is off.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import DJANGO_BACKENDS
from designer.detect.signals import Scope, Signal
from designer.detect.source_lines import SourceLines, rescope_each
from designer.model.stack import FindingKind

LANGUAGE = "python"

_BOUND = re.compile(r"^(\w+)[ \t]*=[ \t]*\{")
"""A module-level name bound to a dict literal (`DUMMY_DB = {`)."""

_DEFAULT = re.compile(
    r"""["']default["'][ \t]*:[ \t]*\{\s*["']ENGINE["'][ \t]*:[ \t]*"""
    r"""["']django\.(?:contrib\.gis\.)?db\.backends\.(\w+)["']"""
)
"""The `default` alias with its backend written out (`"default": {"ENGINE": "django.db…"`)."""


def rescope(top: str, units: dict[str, Unit]) -> None:
    """Count as fallbacks the in-memory SQLite databases kept in names of their own beside a
    `default` alias on another engine."""
    rescope_each(top, units, LANGUAGE, _rescoped)


def _rescoped(signal: Signal, sources: SourceLines) -> Signal:
    evidence = signal.evidence
    if (
        signal.kind is not FindingKind.DATABASE
        or signal.name != "SQLite"
        or signal.scope is not Scope.CHOSEN
        or not evidence.path.endswith(".py")
    ):
        return signal
    found = sources.at(evidence)
    if found is None:
        return signal
    lines, index = found
    name = _binding(lines, index)
    if name is None or name == "DATABASES":
        return signal
    default = _DEFAULT.search("\n".join(lines))
    if default is None or DJANGO_BACKENDS.get(default.group(1), "SQLite") == "SQLite":
        return signal
    return signal.replace(scope=Scope.FALLBACK)


def _binding(lines: list[str], index: int) -> str | None:
    """The module-level name whose dict literal holds line `index`: the line's own binding,
    or the nearest unindented line above when every line between is indented."""
    for at in range(index, -1, -1):
        line = lines[at]
        if not line.strip() or line[0] in " \t":
            continue  # inside the statement (the signal's own line included): look further up
        match = _BOUND.match(line)
        return match.group(1) if match else None
    return None
