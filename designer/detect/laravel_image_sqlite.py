"""A Laravel application whose own image keeps its SQLite file.

Laravel 11's skeleton defaults config/database.php to `env('DB_CONNECTION', 'sqlite')`, and an
application may ship its own Docker image that deploys it so: the scripts its Dockerfile copies
in migrate and own the SQLite file (`php artisan migrate --force`; `chown … /app/database/
database.sqlite`) and write no DB_CONNECTION, so the default runs. The env example
(`DB_CONNECTION=mysql`) and Sail's Compose file (MySQL for a developer's checkout) are the
development setup. The image is the production configuration: SQLite ranks first, as
production, and the env example's skeleton engine is a development fallback.

Only Laravel units whose config/database.php defaults to SQLite are asked, only about the
Dockerfiles of their own folder (or one folder below, `.docker/Dockerfile`) and the files those
copy in by a path of their own (`COPY ./.docker/init/* /docker-init/`, not the whole context,
nor the manifests and env examples, which name the file in every Laravel 11 skeleton), and only
a line naming the SQLite file `database.sqlite` counts: a Dockerfile installing the
`sqlite` package for a tool, or a CI step touching the file for the tests, says nothing about
what the image runs on.
"""

from __future__ import annotations

import glob
import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.laravel_edited_default import is_default
from designer.detect.sidefiles import ENV_FILES
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_SQLITE_FILE = re.compile(r"[^\n]*\bdatabase\.sqlite\b[^\n]*")
"""A line naming Laravel's SQLite file."""

_COPY = re.compile(r"^[ \t]*(?:COPY|ADD)[ \t]+((?:--(?!from)[\w-]+=\S+[ \t]+)*)(.+)$", re.M | re.I)
"""A COPY or ADD instruction from the build context (not `--from` another stage)."""

_SKIPPED = frozenset({"vendor", "node_modules", "storage", "public", "tests"})

_MAX_FILES = 40

_MANIFESTS = frozenset({"composer.json", "composer.lock", "package.json", "package-lock.json"})
"""Files an image copies that name the SQLite file whatever it runs on: Laravel 11's skeleton
composer.json touches `database/database.sqlite` after `create-project` in every application."""


def promote(top: str, units: dict[str, Unit]) -> None:
    """Rank SQLite as production for each Laravel unit defaulting to it whose own image's
    files name its SQLite file, the env example's skeleton engine as a fallback."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found]
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Laravel" for s in signals):
            continue
        databases = (s for s in signals if s.kind is FindingKind.DATABASE)
        default = next((s for s in databases if is_default(s)), None)
        if default is None or default.name != "SQLite":
            continue
        found = _image_line(top, unit.folder)
        if found is None:
            continue
        for key, listed in unit.signals.items():
            unit.signals[key] = [_demoted(s) for s in listed]
            if default in listed:
                unit.signals[key].append(
                    Signal(
                        FindingKind.DATABASE,
                        "SQLite",
                        Strength.DEPENDENCY,
                        found,
                        scope=Scope.PRODUCTION,
                    )
                )


def _demoted(signal: Signal) -> Signal:
    """The env example's engine as a developer's fallback; any other signal as it is."""
    if (
        signal.kind is FindingKind.DATABASE
        and signal.name != "SQLite"
        and posixpath.basename(signal.evidence.path) in ENV_FILES
    ):
        return signal.replace(scope=Scope.FALLBACK)
    return signal


def _image_line(top: str, folder: str) -> Evidence | None:
    """The first line naming the SQLite file in a Dockerfile of `folder` (or one folder below)
    or in a file such a Dockerfile copies in by a path of its own."""
    base = top if folder == "." else os.path.join(top, *folder.split("/"))
    for dockerfile in _dockerfiles(base):
        relative = posixpath.join(folder, os.path.relpath(dockerfile, base).replace(os.sep, "/"))
        text = read_text(top, posixpath.normpath(relative))[0] or ""
        paths = [relative]
        for found in _COPY.finditer(text):
            sources = found.group(2).split()[:-1]
            for source in sources:
                if source.strip("./") == "" or source.startswith(("[", "http")):
                    continue  # the whole context, an exec form, a URL
                if posixpath.normpath(source.lstrip("/")).startswith(".."):
                    continue  # outside the build context: never read beyond the tree
                pattern = os.path.join(base, *source.strip("/").split("/"))
                for path in sorted(glob.glob(pattern))[:_MAX_FILES]:
                    name = os.path.basename(path)
                    if os.path.isfile(path) and name not in _MANIFESTS | ENV_FILES:
                        paths.append(
                            posixpath.join(folder, os.path.relpath(path, base).replace(os.sep, "/"))
                        )
        for path in paths:
            path = posixpath.normpath(path)
            content = read_text(top, path)[0] or ""
            line = _SQLITE_FILE.search(content)
            if line is not None:
                number = content.count("\n", 0, line.start()) + 1
                return Evidence(path=path, line=number, text=line.group(0).strip()[:200])
    return None


def _dockerfiles(base: str) -> list[str]:
    """The Dockerfiles of `base` and of its folders one level down (hidden ones included: a
    `.docker/` of the image's files), not Sail's nor the installed packages'."""
    found: list[str] = []
    try:
        entries = sorted(os.listdir(base))
    except OSError:
        return found
    for name in entries:
        path = os.path.join(base, name)
        if name.startswith("Dockerfile") and os.path.isfile(path):
            found.append(path)
        elif os.path.isdir(path) and name not in _SKIPPED:
            try:
                inner = sorted(os.listdir(path))
            except OSError:
                continue
            found += [
                os.path.join(path, f)
                for f in inner
                if f.startswith("Dockerfile") and os.path.isfile(os.path.join(path, f))
            ]
    return found
