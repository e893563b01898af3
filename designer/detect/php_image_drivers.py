"""The engine a PHP application's image installs the only database extension for.

PHP reaches MySQL only through its `mysqli` or `pdo_mysql` extension and PostgreSQL only
through `pgsql` or `pdo_pgsql`; none is built into the official images, so an image installs
the ones its application needs (`apt-get install php8.1-pgsql`, `docker-php-ext-install
pdo_pgsql`). A Laravel application left with its skeleton's engine (the env example's
`DB_CONNECTION=mysql`, config/database.php's `env('DB_CONNECTION', 'mysql')`, nothing else
naming an engine) whose repository's images install PostgreSQL's extension and no MySQL one
cannot run on MySQL there: the skeleton's lines were never edited, and the engine is the one
the image can reach. That engine is added (as a deployment's, `Scope.DEPLOYED`) and the
skeleton's lines demoted to development fallbacks. Only a repository holding one PHP
application is read, so that its images are that application's.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.sidefiles import DOCKERFILE_VARIANTS, ENV_FILES
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import Evidence, FindingKind

MAX_ENTRIES = 20_000
"""Files and folders walked at most looking for Dockerfiles: past it nothing is read."""

_EXTENSIONS = (
    ("PostgreSQL", re.compile(r"(?i)\bphp[\d.]*-(?:pdo[_-])?pgsql\b|(?<![\w-])(?:pdo_)?pgsql\b")),
    ("MySQL", re.compile(r"(?i)\bphp[\d.]*-(?:pdo[_-])?mysql\w*|(?<![\w-])(?:pdo_mysql|mysqli)\b")),
)
"""Each engine's PHP extensions as an image installs them: a distribution's package
(`php8.1-pgsql`, `php81-pdo_mysql`) or an extension's name given to the official image's
installer (`docker-php-ext-install pdo_pgsql`)."""

_INSTALL = re.compile(
    r"(?i)\b(?:apt-get|apt|apk|yum|dnf|docker-php-ext-install|install-php-extensions)\b"
)
"""A command installing packages or PHP extensions."""

_SKELETON = frozenset({"MySQL"})
"""The engine a Laravel skeleton's env example and default connection name (before 11)."""


def choose(top: str, units: dict[str, Unit]) -> None:
    """Give the one PHP application left with the skeleton's MySQL the engine whose extension
    alone its repository's images install."""
    php = [u for u in units.values() if any(e == "php" for _, e, _ in u.manifests)]
    if len(php) != 1:
        return
    unit = php[0]
    signals = [s for found in unit.signals.values() for s in found]
    if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Laravel" for s in signals):
        return
    engines = [s for s in signals if s.kind is FindingKind.DATABASE]
    if not engines or not all(s.name in _SKELETON and _skeleton_line(s) for s in engines):
        return
    installed = _installed(top)
    if len(installed) != 1:
        return
    (engine, evidence), = installed.items()
    if engine in _SKELETON:
        return
    for key, found in unit.signals.items():
        unit.signals[key] = [
            s.replace(scope=Scope.FALLBACK) if s.kind is FindingKind.DATABASE else s
            for s in found
        ]
    unit.signals.setdefault("php", []).append(
        Signal(FindingKind.DATABASE, engine, Strength.DEPENDENCY, evidence, scope=Scope.DEPLOYED)
    )


def _skeleton_line(signal: Signal) -> bool:
    """Whether `signal` is the env example's engine or config/database.php's default."""
    name = posixpath.basename(signal.evidence.path)
    return name in ENV_FILES or (
        name == "database.php" and "default" in signal.evidence.text
    )


def _installed(top: str) -> dict[str, Evidence]:
    """The engines whose PHP extensions the repository's Dockerfiles install, each with the
    first line doing so; empty past `MAX_ENTRIES`."""
    found: dict[str, Evidence] = {}
    left = MAX_ENTRIES
    for path, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in PRUNED]
        left -= len(dirs) + len(files)
        if left < 0:
            return {}
        for name in files:
            if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
                continue
            relative = os.path.relpath(os.path.join(path, name), top).replace(os.sep, "/")
            text = read_text(top, relative)[0]
            if text is None:
                continue
            for number, line in _commands(text):
                for engine, pattern in _EXTENSIONS:
                    match = pattern.search(line)
                    if match and engine not in found:
                        found[engine] = Evidence(path=relative, line=number, text=match.group(0))
    return found


def _commands(text: str) -> list[tuple[int, str]]:
    """The Dockerfile's installing commands, continuation lines joined, each with the number
    of its first line."""
    commands: list[tuple[int, str]] = []
    start, parts = 0, []
    for number, line in enumerate(text.splitlines(), 1):
        if not parts:
            start = number
        if line.lstrip().startswith("#"):
            continue
        parts.append(line.rstrip().removesuffix("\\"))
        if not line.rstrip().endswith("\\"):
            joined = " ".join(parts)
            if _INSTALL.search(joined):
                commands.append((start, joined))
            parts = []
    return commands
