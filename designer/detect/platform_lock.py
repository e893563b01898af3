"""What a PHP distribution takes from the platform package it is built on.

A product's distribution (an application repository that requires its platform's packages,
`oro/platform` and its bundles) boots a kernel extending the platform's own (`AppKernel
extends OroKernel`): the framework, and the ORM the platform's entities live in, come through
that package, so its manifest names neither and only its code shows the framework. The
Composer lock records what the install resolved, the platform's requirements with it; it is
`composer.lock`, or the lock of a manifest Composer is pointed at by name (`COMPOSER=dev.json`
writes `dev.lock`, the only lock such a repository may keep). So a PHP application whose
framework is seen only in its code takes, from its folder's lock, the release of that
framework's package and the ORM the lock installs for production (not its dev packages).

A Symfony Flex application registers every bundle it runs in `config/bundles.php`, and
Doctrine's ORM reaches a Symfony application only through DoctrineBundle: where that file
exists and registers no Doctrine bundle, the lock's doctrine/orm was pulled in by a library
(a monitoring bundle's health check) and is not the application's data layer. A platform's
distribution registering its bundles through the platform's kernel keeps no such file.
"""

from __future__ import annotations

import json
import os
import posixpath

from designer.detect.assemble import Unit
from designer.detect.ecosystems.php import CATALOG, GLUE
from designer.detect.locks import MAX_LOCK_BYTES, lookup, parse_lock
from designer.detect.signals import LazyPattern, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "php"

_LENT = frozenset({FindingKind.ORM})
"""What the platform lends beside the framework: the ORM its entities are mapped with."""

_BUNDLES = "config/bundles.php"
"""Where a Symfony Flex application registers the bundles it runs."""

_DOCTRINE_BUNDLE = LazyPattern(r"\bDoctrine\w*Bundle\b")
"""A Doctrine bundle's class named in that file (`DoctrineBundle`, `DoctrineMigrationsBundle`)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP application whose framework only its code shows the framework's version
    and the ORM its Composer lock installs."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        seen = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if not seen or any(
            s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.ENTRY
            for s in signals
        ):
            continue
        found = _lock(top, unit.folder)
        if found is None:
            continue
        path, text, installed = found
        wanted = {
            name: ""
            for name in installed
            if any(
                (kind is FindingKind.FRAMEWORK and canonical in seen) or kind in _LENT
                for kind, canonical in CATALOG.get(name, ())
            )
        }
        if "Symfony" in seen and not _registers_doctrine(top, unit.folder):
            wanted = {name: v for name, v in wanted.items() if not name.startswith("doctrine/")}
        parsed = parse_lock(path, text, "composer.lock")
        if not wanted or parsed is None:
            continue
        for name, locked in sorted(lookup(path, parsed, wanted).items()):
            signals += [
                s
                for s in dependency_signals(
                    CATALOG, name, locked.version, False, locked.evidence, GLUE
                )
                if (s.kind is FindingKind.FRAMEWORK and s.name in seen) or s.kind in _LENT
            ]


def _registers_doctrine(top: str, folder: str) -> bool:
    """Whether the Symfony application in `folder` may run Doctrine: it has no bundles file
    (its bundles are registered elsewhere), or that file names a Doctrine bundle."""
    path = _BUNDLES if folder == "." else posixpath.join(folder, _BUNDLES)
    text, _ = read_text(top, path)
    return text is None or _DOCTRINE_BUNDLE.search(text) is not None


def _lock(top: str, folder: str) -> tuple[str, str, set[str]] | None:
    """The folder's Composer lock (`composer.lock`, else the lock of a manifest under another
    name: `X.lock` beside `X.json`): its path relative to `top`, its text and the packages it
    installs for production; None when there is none or it cannot be read."""
    try:
        names = set(os.listdir(os.path.join(top, folder)))
    except OSError:
        return None
    renamed = sorted(
        n
        for n in names
        if n.endswith(".lock") and n != "composer.lock" and f"{n[:-5]}.json" in names
    )
    candidates = ["composer.lock", *renamed]
    for name in candidates:
        if name not in names:
            continue
        path = name if folder == "." else posixpath.join(folder, name)
        full = os.path.join(top, *path.split("/"))
        try:
            # A regular file only (a FIFO would block), no larger than any lock is read.
            if not os.path.isfile(full) or os.path.getsize(full) > MAX_LOCK_BYTES:
                continue
            with open(full, encoding="utf-8", errors="replace") as handle:
                text = handle.read(MAX_LOCK_BYTES + 1)
            data = json.loads(text)
        except (OSError, ValueError, RecursionError):
            continue
        packages = data.get("packages") if isinstance(data, dict) else None
        if not isinstance(packages, list) or "content-hash" not in data:
            continue  # not a Composer lock
        return path, text, {
            p["name"].lower()
            for p in packages
            if isinstance(p, dict) and isinstance(p.get("name"), str)
        }
    return None
