"""Held-out set 150 (#19): a Strapi 5 application (`@strapi/strapi` with `pg`, its
`config/database.ts` naming `client: 'postgres'`) declares no data layer: Strapi's own database
package (`@strapi/database`, required through `@strapi/core`) is a query engine on Knex, which
the lock installs. The data layer the framework lends is the application's: Knex, at the lock's
release, above the bare driver. Counter-cases: a plugin developing against Strapi (a dev
dependency only) is lent nothing, and an application declaring a data layer of its own keeps
it."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.strapi_data import lend
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K


def _entry(version: str, **extra: object) -> dict[str, object]:
    return {"version": version, "resolved": "https://registry.npmjs.org/x.tgz", **extra}


def _lock() -> str:
    packages: dict[str, object] = {
        "": {"name": "cms", "dependencies": {"@strapi/strapi": "5.50.0", "pg": "8.22.0"}},
        "node_modules/@strapi/strapi": _entry(
            "5.50.0", dependencies={"@strapi/core": "5.50.0"}
        ),
        "node_modules/@strapi/core": _entry("5.50.0", dependencies={"@strapi/database": "5.50.0"}),
        "node_modules/@strapi/database": _entry("5.50.0", dependencies={"knex": "3.0.1"}),
        "node_modules/knex": _entry("3.0.1"),
        "node_modules/pg": _entry("8.22.0"),
    }
    return json.dumps(
        {"name": "cms", "lockfileVersion": 3, "requires": True, "packages": packages}, indent=2
    ) + "\n"


def _cms() -> dict[str, str]:
    return {
        "cms/package.json": package_json(
            {"@strapi/strapi": "5.50.0", "pg": "8.22.0"},
            name="cms", private=True,
            scripts={"develop": "strapi develop", "start": "strapi start"},
        ),
        "cms/package-lock.json": _lock(),
        "cms/config/server.ts": (
            "export default ({ env }) => ({\n  host: env('HOST', '0.0.0.0'),\n"
            "  port: env.int('PORT', 1337),\n})\n"
        ),
        "cms/config/database.ts": (
            "export default ({ env }) => ({\n  connection: {\n    client: 'postgres',\n"
            "    connection: { host: env('DATABASE_HOST', '127.0.0.1'), port: 5432 },\n"
            "  },\n})\n"
        ),
        "cms/src/index.ts": "export default {\n  register() {},\n  bootstrap() {},\n}\n",
        "cms/Dockerfile": 'FROM node:24-alpine\nCOPY . .\nCMD ["npm", "run", "start"]\n',
    }


def test_strapi_lends_knex_at_the_locks_release(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _cms()))["cms"]
    assert first(backend, K.FRAMEWORK) == ("Strapi", "5.50.0")
    assert first(backend, K.ORM) == ("Knex", "3.0.1")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def _unit(package: str, strength: Strength, *more: Signal) -> Unit:
    unit = Unit("cms")
    evidence = Evidence(path="cms/package.json", line=3, text=f'"{package}": "5.50.0"')
    unit.signals["node"] = [
        Signal(K.FRAMEWORK, "Strapi", strength, evidence, "5.50.0", package=package), *more
    ]
    return unit


class _NoLocks:
    def versions(self, folder: str, ecosystem: str, wanted: dict[str, str]) -> dict:
        return {}


def test_a_plugin_developing_against_strapi_is_lent_nothing() -> None:
    units = {"cms": _unit("@strapi/strapi", Strength.DEV)}
    lend(units, _NoLocks())  # type: ignore[arg-type]
    assert not [s for s in units["cms"].signals["node"] if s.kind is K.ORM]


def test_an_application_with_its_own_data_layer_keeps_it() -> None:
    own = Signal(K.ORM, "Prisma", Strength.DEPENDENCY, Evidence(path="cms/package.json"))
    units = {"cms": _unit("@strapi/strapi", Strength.DEPENDENCY, own)}
    lend(units, _NoLocks())  # type: ignore[arg-type]
    assert [s.name for s in units["cms"].signals["node"] if s.kind is K.ORM] == ["Prisma"]


def test_strapi_3_is_not_asked() -> None:
    units = {"cms": _unit("strapi", Strength.DEPENDENCY)}
    lend(units, _NoLocks())  # type: ignore[arg-type]
    assert not [s for s in units["cms"].signals["node"] if s.kind is K.ORM]
