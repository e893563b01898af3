"""Django: a SQLite file named for development, beside a server engine configured elsewhere.

A settings module may fall back on a SQLite file when no local settings replace its
`DATABASES` (`"ENGINE": "django.db.backends.sqlite3", "NAME": "%s/development.db" % BASE_DIR`),
while the local-settings template an installation copies names a server's backend. The file's
own name says what it is for: a developer's scratch database, not the one the site is deployed
on. So a Python SQLite signal on a Django `ENGINE` line whose `NAME` (within the entry's next
few lines) is a file named for development (`development.db`, `dev.sqlite3`) counts as a
fallback (`Scope.FALLBACK`), as a development profile's database does.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal
from designer.detect.source_lines import SourceLines, rescope_each
from designer.model.stack import FindingKind

LANGUAGE = "python"

_ENGINE = re.compile(r"""["']ENGINE["'][ \t]*:[ \t]*["']django\.db\.backends\.sqlite3["']""")
"""Django's SQLite backend set on the signal's line."""

_DEV_FILE = re.compile(
    r"""^[ \t]*["']NAME["'][ \t]*:[^\n]*?[/\\"'](?:dev|development)(?:[._-]\w+)*"""
    r"""\.(?:db|sqlite3?)["']""",
    re.IGNORECASE,
)
"""The entry's `NAME` a file named for development (`"NAME": "%s/development.db"`)."""

_NEAR = 3
"""Lines after the ENGINE line searched for the entry's NAME."""


def rescope(top: str, units: dict[str, Unit]) -> None:
    """Count as fallbacks the SQLite files a Django settings entry names for development."""
    rescope_each(top, units, LANGUAGE, _rescoped)


def _rescoped(signal: Signal, sources: SourceLines) -> Signal:
    evidence = signal.evidence
    if (
        signal.kind is not FindingKind.DATABASE
        or signal.name != "SQLite"
        or signal.scope is not None
        or not evidence.path.endswith(".py")
        or _ENGINE.search(evidence.text) is None
    ):
        return signal
    found = sources.at(evidence)
    if found is None:
        return signal
    lines, index = found
    near = lines[index + 1 : index + 1 + _NEAR]
    if not any(_DEV_FILE.search(line) for line in near):
        return signal
    return signal.replace(scope=Scope.FALLBACK)
