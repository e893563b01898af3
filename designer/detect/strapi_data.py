"""The data layer Strapi lends the application: Knex.

A Strapi application (v4 and later, the `@strapi/strapi` package) declares the CMS and the
database driver its `config/database` names (`pg`, `mysql2`, `better-sqlite3`), and no data
layer: its content types are stored by Strapi's own database package (`@strapi/database`, which
`@strapi/strapi` requires through `@strapi/core`), a query engine built on Knex, which takes the
connection settings (`client: 'postgres'`) and issues every query. A data layer the framework
lends the application is the application's, as Rails lends ActiveRecord; its release is the
one the lock resolves for `knex`. Strapi 3 (the unscoped `strapi` package) could run on
Mongoose instead and is not asked; nor is an application that declares a data layer of its
own, nor a package that only develops against Strapi (a plugin's dev dependency).
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.locks import LockFiles
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

_STRAPI = "@strapi/strapi"
"""The package of Strapi 4 and later, whose database layer is always Knex's."""

_KNEX = "knex"

_LAYERS = frozenset({FindingKind.ORM})


def lend(units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Strapi application with no data layer of its own Knex, at the lock's
    release."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        strapi = next(
            (
                s
                for s in signals
                if s.kind is FindingKind.FRAMEWORK
                and s.package == _STRAPI
                and s.strength is Strength.DEPENDENCY
            ),
            None,
        )
        if strapi is None:
            continue
        if any(s.kind in _LAYERS and s.strength is not Strength.DEV for s in signals):
            continue
        locked = locks.versions(folder, LANGUAGE, {_KNEX: ""}).get(_KNEX)
        signals.append(
            Signal(
                FindingKind.ORM,
                "Knex",
                Strength.DEPENDENCY,
                locked.evidence if locked else strapi.evidence,
                locked.version if locked else "",
                package=_KNEX,
                locked=locked is not None,
            )
        )
