"""PHP: the engine of a Zend Framework (or Laminas) application whose Doctrine ORM module
connects with a driver nobody names.

DoctrineORMModule, the module wiring Doctrine's entity manager into a Zend Framework 2/3 or
Laminas application, gives its `orm_default` connection the driver class
`Doctrine\\DBAL\\Driver\\PDOMySql\\Driver` unless the application's configuration sets
`driverClass` (its connection options' default; the module's own configuration only adds host
`localhost` and port 3306). An application that requires the module and maps its entities
through it, but whose committed configuration names no driver (the connection's credentials
kept in an uncommitted `config/autoload/*.local.php`), runs on MySQL, as DoctrineBundle's
`pdo_mysql` default makes a Symfony application do (`doctrine_default`).

Read only for PHP projects requiring the module where no engine was seen at all and whose
PHP configuration writes no driver of any kind: any written driver, URL, Compose database or
other setting says more than a default.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

ENGINE = "MySQL"
"""The engine of the module's default driver class, PDOMySql's."""

MODULE = "doctrine/doctrine-orm-module"

_NAMING = re.compile(
    r"""['"](?:driverClass|driver_class)['"]\s*=>|['"](?:driver|url)['"]\s*=>(?!\s*(?:array\b|\[))""",
    re.I,
)
"""A connection key that chooses the driver (`'driverClass' => …`, `'driver' => 'pdo_pgsql'`,
a DSN `'url' => …`): with any of them written, the default does not apply. Not the mapping
drivers' section (`'driver' => array(…)`), which says how entities are read, not where."""

CONFIG_DIRS = ("config", "config/autoload")
"""The application's configuration, where its autoloaded files override the modules'."""

MODULES = "module"
"""Where a Zend Framework application keeps its modules, each with a `config/` folder."""

_MAX_FILES = 200
"""Configuration files read per application at most."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP project requiring the ORM module with no engine seen the default driver's
    engine, when its configuration names no driver."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(
            s.kind is FindingKind.DATABASE for found in unit.signals.values() for s in found
        ):
            continue
        module = next(
            (s for s in signals if s.package == MODULE and s.strength is Strength.DEPENDENCY),
            None,
        )
        if module is None or _names_driver(top, unit.folder):
            continue
        evidence = Evidence(
            path=module.evidence.path,
            line=module.evidence.line,
            text=f"{MODULE} (no driverClass: PDOMySql by default)",
        )
        signals.append(
            Signal(FindingKind.DATABASE, ENGINE, Strength.ENTRY, evidence, scope=Scope.CHOSEN)
        )


def _names_driver(top: str, folder: str) -> bool:
    """Whether any PHP configuration file of the application writes a driver-choosing key."""
    own = "" if folder == "." else folder
    folders = [posixpath.join(own, d) if own else d for d in CONFIG_DIRS]
    modules = posixpath.join(own, MODULES) if own else MODULES
    try:
        names = sorted(os.listdir(os.path.join(top, modules)))
    except OSError:
        names = []
    folders += [posixpath.join(modules, name, "config") for name in names]
    read = 0
    for relative in folders:
        try:
            files = sorted(os.listdir(os.path.join(top, relative)))
        except OSError:
            continue
        for name in files:
            if not name.endswith((".php", ".php.dist", ".php.example", ".php.template")):
                continue
            read += 1
            if read > _MAX_FILES:
                return True  # too many to read: decide nothing
            text = read_text(top, posixpath.join(relative, name))[0]
            if text is not None and _NAMING.search(text):
                return True
    return False
