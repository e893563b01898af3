"""A Bun/Elysia backend supporting four providers (SQLite, Turso, PostgreSQL, MySQL) whose
registry reads the provider setting from its env object with a literal default
(`env.APP_DB_PROVIDER || "sqlite"`), drivers of the server engines declared beside it
(benchmarks/detect_heldout160.yaml, #19): the engine named when the setting is unset is the
program's own default, above the drivers. A variable not named for the database's provider
(a queue's driver) with the same default decides nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_MAIN = (
    'import { Elysia } from "elysia"\n'
    'import { registerDb } from "./registry/db.registry"\n\n'
    "registerDb()\n"
    'new Elysia().get("/health", () => "ok").listen(3721)\n'
)


def _registry(variable: str) -> str:
    return (
        'import { container } from "tsyringe"\n'
        'import { env } from "./env"\n'
        'import mysql from "mysql2/promise"\n'
        'import postgres from "postgres"\n\n'
        "export const registerDb = () => {\n"
        f'  container.register("DB_PROVIDER", {{ useValue: env.{variable} || "sqlite" }})\n'
        '  const provider = container.resolve<string>("DB_PROVIDER")\n'
        '  if (provider === "postgres") return postgres(env.APP_DB_POSTGRES_URL!)\n'
        '  if (provider === "mysql") return mysql.createPool(env.APP_DB_MYSQL_URL!)\n'
        "}\n"
    )


def _engine(tmp_path: Path, variable: str) -> str:
    files = {
        "package.json": package_json(
            {"elysia": "1.1.7", "mysql2": "^3.12.0", "postgres": "^3.4.5", "tsyringe": "^4.8.0"},
            scripts={"start": "bun run src/index.ts"},
        ),
        "src/index.ts": _MAIN,
        "src/registry/db.registry.ts": _registry(variable),
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_the_provider_settings_default_is_the_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, "APP_DB_PROVIDER") == "SQLite"


def test_another_settings_default_decides_nothing(tmp_path: Path) -> None:
    assert _engine(tmp_path, "APP_QUEUE_DRIVER") != "SQLite"
