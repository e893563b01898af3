"""A database URL in the script a helper image of its own runs, below a service's folder.

A service may keep, in a folder of its own, the recipe of a one-off image another part of the
deployment runs beside it: a database-setup container whose Dockerfile copies a single script
and runs it (`COPY ./db-setup.py …` then `CMD python db-setup.py …`) to create the users and
schema of an engine the service can be configured for. The script's connection URL
(`postgres://…`) is that image's, not the service's: the service's own code and settings say
which engine it runs on. So a database signal read from a file of a strict subfolder of a unit,
where that subfolder holds a Dockerfile that copies that file alone and whose CMD or
ENTRYPOINT runs it, is dropped (a service's own image copies its sources, not one script).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_START = re.compile(
    r"^[ \t]*(?:CMD|ENTRYPOINT)\b([^\n]*(?:\\\n[^\n]*)*)", re.MULTILINE | re.IGNORECASE
)
"""A Dockerfile's start instruction, its continued lines included."""


_COPY = re.compile(r"^[ \t]*(?:COPY|ADD)\b([^\n]*)", re.MULTILINE | re.IGNORECASE)
"""A Dockerfile's COPY or ADD instruction: its sources, then its destination."""


def _runs(top: str, folder: str, name: str) -> bool:
    """Whether `folder`'s Dockerfile copies the script `name` alone and starts it: an image of
    that script, not of the service (whose image copies its sources, `COPY . .`)."""
    path = posixpath.join(folder, "Dockerfile")
    text = read_text(top, path)[0] or ""
    word = re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w.-])")
    copies = [
        [w for w in m.group(1).split() if not w.startswith("--")] for m in _COPY.finditer(text)
    ]
    if not copies or any(
        not words[:-1] or any(not word.fullmatch(posixpath.basename(w)) for w in words[:-1])
        for words in copies
    ):
        return False
    return any(word.search(match.group(1)) for match in _START.finditer(text))


def drop(top: str, units: dict[str, Unit]) -> None:
    """Remove each unit's database signals read from a script its own helper image runs."""
    seen: dict[str, bool] = {}
    for folder, unit in units.items():
        for ecosystem, signals in unit.signals.items():
            kept = []
            for s in signals:
                path = s.evidence.path if s.evidence else ""
                parent = posixpath.dirname(path)
                inside = folder == "." or parent.startswith(folder + "/")
                if (
                    s.kind is FindingKind.DATABASE
                    and parent
                    and parent != folder
                    and inside
                    and seen.setdefault(path, _runs(top, parent, posixpath.basename(path)))
                ):
                    continue
                kept.append(s)
            unit.signals[ecosystem] = kept
