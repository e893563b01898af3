"""Web frameworks (and data layers) a PHP service takes from a house package built on them.

An organisation may publish its own service starter on Composer: a package requiring Slim (and
a query builder) whose `Service` class builds the application, routes included, so that each
service's composer.json requires only the starter and its front controller does `$service = new
Service($container)` … `$service->get('/api/…', …)` … `$service->run()`. A framework a library
lends the application is the application's (HELDOUT: what the truth is), at the release the
service's composer.lock resolves; so is a data layer the same package requires.

Only projects naming no framework are asked, only about the packages their composer.json
requires at run time that the catalogue does not know, whose composer.lock entry requires a
framework's own package; and only where a PHP file of the project's own folder imports a class
from that package's namespace (its autoload prefixes in the lock) and constructs it: requiring a
package's helper functions builds no application on it.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from typing import Any

from designer.detect.assemble import Unit
from designer.detect.ecosystems.php import CATALOG, GLUE
from designer.detect.signals import Signal, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

_LENT = frozenset({FindingKind.FRAMEWORK, FindingKind.ORM, FindingKind.QUERY})
"""What a lending package's requirements may give the project."""

_FRONTS = ("index.php", "public/index.php", "web/index.php", "app.php", "src/app.php")
"""The front controllers a PHP service starts from, in its own folder."""

_USE = re.compile(r"^[ \t]*use[ \t]+\\?([\w\\]+)(?:[ \t]+as[ \t]+(\w+))?[ \t]*;", re.MULTILINE)


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP project naming no framework the framework of the house package whose
    class its front controller constructs, at the release its composer.lock resolves."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        folder = "" if unit.folder == "." else unit.folder
        required = _required(top, posixpath.join(folder, "composer.json"))
        if not required:
            continue
        lock_path = posixpath.join(folder, "composer.lock")
        lock_text = read_text(top, lock_path)[0] or ""
        packages = _locked(lock_text)
        for name in sorted(required):
            entry = packages.get(name)
            if name in CATALOG or entry is None:
                continue
            lent = _lent(entry, packages, lock_path, lock_text)
            if not any(s.kind is FindingKind.FRAMEWORK for s in lent):
                continue
            if _constructed(top, folder, _namespaces(entry), _own_roots(top, folder)):
                signals += lent
                break


def _required(top: str, path: str) -> set[str]:
    """The packages a composer.json requires at run time (lower-cased)."""
    try:
        data = json.loads(read_text(top, path)[0] or "{}")
    except ValueError:
        return set()
    require = data.get("require") if isinstance(data, dict) else None
    return {name.lower() for name in require} if isinstance(require, dict) else set()


def _locked(text: str) -> dict[str, dict[str, Any]]:
    """A composer.lock's run-time packages by name (lower-cased)."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    entries = data.get("packages") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return {}
    return {
        entry["name"].lower(): entry
        for entry in entries
        if isinstance(entry, dict) and isinstance(entry.get("name"), str)
    }


def _lent(
    entry: dict[str, Any], packages: dict[str, dict[str, Any]], lock_path: str, lock_text: str
) -> list[Signal]:
    """The framework and data-layer signals the package's requirements give, at the releases
    the lock resolves."""
    require = entry.get("require")
    if not isinstance(require, dict):
        return []
    lent: list[Signal] = []
    for name in sorted(n.lower() for n in require):
        locked = packages.get(name)
        version = str(locked.get("version", "")).lstrip("v") if locked else ""
        evidence = _evidence(lock_path, lock_text, name)
        lent += [
            signal.replace(locked=bool(version))
            for signal in dependency_signals(CATALOG, name, version, False, evidence, GLUE)
            if signal.kind in _LENT
        ]
    return lent


def _evidence(path: str, text: str, name: str) -> Evidence:
    """The lock line naming the package's own entry."""
    needle = f'"name": "{name}"'
    at = text.lower().find(needle)
    if at < 0:
        return Evidence(path=path, line=None, text="")
    line = text.count("\n", 0, at) + 1
    return Evidence(path=path, line=line, text=needle)


def _namespaces(entry: dict[str, Any]) -> list[str]:
    """The namespace prefixes the package autoloads (`NYPL\\Starter\\` style, no backslash at
    either end)."""
    autoload = entry.get("autoload")
    if not isinstance(autoload, dict):
        return []
    prefixes: list[str] = []
    for kind in ("psr-4", "psr-0"):
        table = autoload.get(kind)
        if isinstance(table, dict):
            prefixes += [p.strip("\\") for p in table if isinstance(p, str) and p.strip("\\")]
    return prefixes


_NEW = re.compile(r"\bnew[ \t]+\\?([\w\\]+)[ \t]*\(")
"""A class constructed, by its short, imported or fully-qualified name."""

_EXTENDS = re.compile(
    r"^[ \t]*(?:abstract[ \t]+|final[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+\\?([\w\\]+)", re.M
)
"""The class a PHP file declares and the one it extends."""


def _constructed(
    top: str, folder: str, namespaces: list[str], own: dict[str, str] | None = None
) -> bool:
    """Whether a front controller constructs a class from one of the namespaces, imported or
    written in full, or a class of the project's own (`own`: its composer.json's autoload
    prefixes → folders) that extends one: an application class built on the package's
    (`class App extends AbstractApp`), which the front only starts."""
    if not namespaces:
        return False
    for front in _FRONTS:
        path = posixpath.join(folder, front)
        if not os.path.isfile(os.path.join(top, path)):
            continue
        text = read_text(top, path)[0] or ""
        for name in _classes_made(text):
            if _within(name, namespaces):
                return True
            source = _own_file(top, name, own or {})
            if source is None:
                continue
            body = read_text(top, source)[0] or ""
            parent = _EXTENDS.search(body)
            if parent and _within(_resolved(parent.group(1), body), namespaces):
                return True
    return False


def _within(name: str, namespaces: list[str]) -> bool:
    """Whether the fully-qualified class name lies in one of the namespaces."""
    return any(name.startswith(ns + "\\") for ns in namespaces)


def _classes_made(text: str) -> list[str]:
    """The fully-qualified names of the classes a PHP file constructs (`new X(`), through its
    `use` imports where the name is short."""
    return [_resolved(name, text) for name in _NEW.findall(text)]


def _resolved(name: str, text: str) -> str:
    """A class name as the file's `use` imports resolve it (unchanged when written in full or
    not imported)."""
    head, _, rest = name.partition("\\")
    for imported, alias in _USE.findall(text):
        short = alias or imported.rsplit("\\", 1)[-1]
        if short == head:
            return imported + ("\\" + rest if rest else "")
    return name


def _own_roots(top: str, folder: str) -> dict[str, str]:
    """The project's own PSR-4 prefixes (no backslash at either end) → their folders, from its
    composer.json's autoload."""
    try:
        data = json.loads(read_text(top, posixpath.join(folder, "composer.json"))[0] or "{}")
    except ValueError:
        return {}
    autoload = data.get("autoload") if isinstance(data, dict) else None
    table = autoload.get("psr-4") if isinstance(autoload, dict) else None
    if not isinstance(table, dict):
        return {}
    return {
        prefix.strip("\\"): posixpath.normpath(posixpath.join(folder, target))
        for prefix, target in table.items()
        if isinstance(prefix, str) and prefix.strip("\\") and isinstance(target, str)
    }


def _own_file(top: str, name: str, own: dict[str, str]) -> str | None:
    """The file of the project's own class `name` (PSR-4), when it exists."""
    for prefix, target in own.items():
        if name.startswith(prefix + "\\"):
            rest = name[len(prefix) + 1 :].replace("\\", "/")
            path = posixpath.join(target, rest + ".php")
            if os.path.isfile(os.path.join(top, path)):
                return path
    return None
