"""The engine of a Django project whose settings load DATABASES from YAML files.

A settings module may hold no DATABASES literal (`DATABASES = CONF['app']['databases']`, CONF
read from the YAML file an environment variable names): the engines are then only in the YAML
configurations the repository ships (`config/local-mysql.yml`, the CI's configuration:
`ENGINE: 'django.db.backends.mysql'`). The walk reads no YAML as code (every project holds
many), so for a Django project whose code names no backend, its own YAML files (a bounded
number, outside nested projects and installed packages) are searched for a backend's ENGINE;
each adds that engine, scoped by its path as code's signals are (a test configuration's counts
for tests only).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.python import DJANGO_BACKENDS
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_ENGINE = re.compile(
    r"""^[ \t]*["']?ENGINE["']?[ \t]*:[ \t]*["']?django\.(?:contrib\.gis\.)?db\.backends\."""
    r"""(\w+)["']?[ \t]*(?:#.*)?$""",
    re.MULTILINE,
)
"""A YAML mapping's ENGINE key naming a Django backend."""

_SKIPPED = frozenset({"node_modules", "vendor", "site-packages", "static", "staticfiles"})
"""Folders of installed packages and collected assets: no settings of the project's."""

MAX_FILES = 200
"""YAML files listed per project at most: a larger set is left unread."""


def read(top: str, units: dict[str, Unit]) -> None:
    """Add to each Django project whose code names no database backend the engines its YAML
    configurations set."""
    folders = set(units)
    for unit in units.values():
        found = unit.signals.get("python", [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Django" for s in found):
            continue
        if any(s.kind is FindingKind.DATABASE and "db.backends." in s.evidence.text for s in found):
            continue
        within = "" if unit.folder == "." else unit.folder + "/"
        nested = {f for f in folders if f != unit.folder and f.startswith(within)}
        paths = all_code_files(
            top,
            unit.folder,
            (".yml", ".yaml"),
            MAX_FILES,
            skip_dir=_SKIPPED.__contains__,
            nested=nested,
        )
        for path in paths or ():
            text = read_text(top, path)[0] or ""
            if "db.backends." not in text:
                continue  # most YAML files name no backend: no pattern is tried
            for match in _ENGINE.finditer(text):
                engine = DJANGO_BACKENDS.get(match.group(1))
                if engine is None:
                    continue
                line = text.count("\n", 0, match.start()) + 1
                evidence = Evidence(path=path, line=line, text=match.group(0).strip())
                found.append(Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence))
