"""Doctrine for a PHP application that configures its entity manager while a library installs it.

A Zend Framework or Laminas application may keep its entities, repositories and the Doctrine
ORM module in modules of its own published as Composer libraries (a product's `…/core` and
`…/frontoffice` packages): its composer.json then requires those libraries and the framework,
not Doctrine, while its composer.lock resolves `doctrine/orm` beneath them and its own
configuration (`config/autoload/global.php`) sets up the module's `orm_default` connection and
entity manager. A data layer a library lends the application is the application's (HELDOUT:
what the truth is); two things together prove it here: the project's own lock resolves the
ORM's package, and the project's own configuration configures DoctrineORMModule's entity
manager or connection, or loads the module itself (`'modules' => ['DoctrineModule',
'DoctrineORMModule', …]` in `config/application.config.php`, the connection's settings kept in
an uncommitted `*.local.php`). Projects with a data layer of their own are not asked; a
document store's own client (MongoDB's library, a reports module reading a log collection) is
no relational layer, and leaves the question open.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.doctrine_module_default import CONFIG_DIRS
from designer.detect.ecosystems.php import CATALOG, GLUE
from designer.detect.excluded_datasources import RELATIONAL_ENGINES
from designer.detect.locks import LockFiles
from designer.detect.signals import Signal, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

ORM = "doctrine/orm"
"""The package the lock must resolve."""

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

_CONFIGURED = re.compile(
    r"""['"]doctrine['"]\s*=>\s*(?:\[|array\s*\()[\s\S]{0,2000}?"""
    r"""['"](?:connection|entitymanager)['"]\s*=>\s*(?:\[|array\s*\()\s*['"]orm_default['"]""",
)
"""DoctrineORMModule's configuration key, `'doctrine' => ['connection' => ['orm_default' =>
…]]` (or its `entitymanager`): the application sets up the module's entity manager."""

_LOADED = re.compile(
    r"""['"]modules['"]\s*=>\s*(?:\[|array\s*\()[^\]\)]{0,2000}?(['"]DoctrineORMModule['"])"""
)
"""The application's module list loading DoctrineORMModule (Zend Framework 2/3, Laminas)."""

_MAX_FILES = 50
"""Configuration files read per application at most."""


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each PHP project with no data layer of its own Doctrine, when its own lock resolves
    the ORM and its configuration sets up the ORM module's entity manager."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        if any(
            s.kind in _LAYERS and s.strength is not Strength.DEV and not _store_client(s, signals)
            for s in signals
        ):
            continue
        # A lock further up is an enclosing project's: only the project's own is read.
        if next(locks.holders(unit.folder, LANGUAGE), ("",))[0] != unit.folder:
            continue
        locked = locks.versions(unit.folder, LANGUAGE, {ORM: ""}, above=False).get(ORM)
        if locked is None:
            continue
        evidence = _configured(top, unit.folder)
        if evidence is not None:
            signals += dependency_signals(CATALOG, ORM, locked.version, False, evidence, GLUE)


def _store_client(layer: Signal, signals: list[Signal]) -> bool:
    """Whether `layer` is a non-relational store's own client: its package also names an engine,
    and no relational one (`mongodb/mongodb`, MongoDB's)."""
    engines = {
        s.name for s in signals if s.kind is FindingKind.DATABASE and s.package == layer.package
    }
    return bool(layer.package) and bool(engines) and not engines & RELATIONAL_ENGINES


def _configured(top: str, folder: str) -> Evidence | None:
    """The line of the project's configuration that sets up the ORM module, if any."""
    own = "" if folder == "." else folder
    read = 0
    for relative in (posixpath.join(own, d) if own else d for d in CONFIG_DIRS):
        try:
            names = sorted(os.listdir(os.path.join(top, relative)))
        except OSError:
            continue
        for name in names:
            if not name.endswith(".php"):
                continue  # `.php.dist` templates are examples, not the application's settings
            read += 1
            if read > _MAX_FILES:
                return None
            path = posixpath.join(relative, name)
            text = read_text(top, path)[0]
            match = (_CONFIGURED.search(text) or _LOADED.search(text)) if text else None
            if text is None or match is None:
                continue
            at = match.start(match.lastindex or 0)  # the module's own line, when loaded
            line = text.count("\n", 0, at) + 1
            written = text[at:].split("\n", 1)[0].strip()
            return Evidence(path=path, line=line, text=written)
    return None
