"""A Node program whose server is built in a module its entry imports, as set 119 showed it
(benchmarks/detect_heldout119.yaml, #19): a workspace package bundled by esbuild declares
Express, TypeORM and its workspace's `database` package among devDependencies alone; its
`src/index.ts` imports `./server/createServer`, which calls `express()`, deep beneath folders
of resolvers and events that fill the walk's quota of shallow files. The package is a backend
(the entry's imports are read), and its data layer is what the `database` package it bundles
lends it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_INDEX = (
    "import 'reflect-metadata'\n"
    "import { createServer } from './server/createServer'\n\n"
    "async function main() {\n  const { app } = await createServer()\n"
    "  app.listen(4000)\n}\n\nmain()\n"
)

_SERVER = (
    "import express from 'express'\nimport { AppDatabase } from 'database'\n\n"
    "export const createServer = async () => {\n"
    "  await AppDatabase.getInstance().init()\n  const app = express()\n"
    "  return { app }\n}\n"
)

_HELPER = "export const helper = () => 1\n"

_DATABASE = (
    "import { DataSource } from 'typeorm'\n\nexport class AppDatabase {\n"
    "  static getInstance() { return new AppDatabase() }\n"
    "  async init() { return new DataSource({ type: 'mysql' }).initialize() }\n}\n"
)

_ENTITY = (
    "import { BaseEntity, Column, Entity, PrimaryGeneratedColumn } from 'typeorm'\n\n"
    "@Entity('users')\nexport class User extends BaseEntity {\n"
    "  @PrimaryGeneratedColumn() id: number\n  @Column() name: string\n}\n"
)


def _workspace(index: str, api_deps: dict[str, str], api_dev: dict[str, str]) -> dict[str, str]:
    files = {
        "package.json": package_json({}, workspaces=["api", "database"]),
        "api/package.json": package_json(api_deps, api_dev, name="api", main="src/index.ts"),
        "api/src/index.ts": index,
        "api/src/server/createServer.ts": _SERVER,
        "database/package.json": package_json(
            {"typeorm": "^0.3.25", "mysql2": "^3.11.0"}, name="database", main="build/index.js"
        ),
        "database/src/AppDatabase.ts": _DATABASE,
        "database/src/entity/User.ts": _ENTITY,
        # The migrations' image: the package runs them on its own.
        "database/Dockerfile": "FROM oven/bun:1\nCOPY . .\nCMD [\"bun\", \"migration/index.ts\"]\n",
    }
    # Folders of resolvers and events, shallower than the server module, past the quota.
    for folder in ("auth", "data", "event", "graphql", "util"):
        for number in range(8):
            files[f"api/src/{folder}/Module{number}.ts"] = _HELPER
    return files


_BUNDLED = {"express": "^4.17.21", "typeorm": "^0.3.25", "database": "*", "jest": "27.2.4"}


def test_the_server_module_the_entry_imports_is_read(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace(_INDEX, {"cross-env": "^7.0.3"}, _BUNDLED)))
    assert first(found["api"], K.FRAMEWORK)[0] == "Express"


def test_a_bundled_package_takes_its_workspace_librarys_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace(_INDEX, {"cross-env": "^7.0.3"}, _BUNDLED)))
    assert first(found["api"], K.ORM)[0] == "TypeORM"


def test_an_entry_importing_no_server_module_starts_nothing(tmp_path: Path) -> None:
    # Counter-case: the entry imports helpers only; the server module no one imports is not
    # read, and the package declaring Express among devDependencies is no backend.
    index = "import { helper } from './util/Module0'\n\nhelper()\n"
    found = by_folder(write(tmp_path, _workspace(index, {"cross-env": "^7.0.3"}, _BUNDLED)))
    assert "api" not in found


def test_a_package_installing_its_framework_does_not_take_dev_packages(tmp_path: Path) -> None:
    # Counter-case: Express among the run-time dependencies, the workspace's `database`
    # package only among devDependencies (a test fixture's seeding): not its data layer.
    deps = {"express": "^4.17.21"}
    dev = {"database": "*", "jest": "27.2.4"}
    server = _SERVER.replace("import { AppDatabase } from 'database'\n", "").replace(
        "  await AppDatabase.getInstance().init()\n", ""
    )
    files = _workspace(_INDEX, deps, dev)
    files["api/src/server/createServer.ts"] = server
    found = by_folder(write(tmp_path, files))
    assert first(found["api"], K.FRAMEWORK)[0] == "Express"
    assert first(found["api"], K.ORM)[0] != "TypeORM"


def test_a_barrels_re_exports_are_not_followed(tmp_path: Path) -> None:
    # Counter-case: a library's entry gathering its modules (`export * from …`) runs none of
    # them; the server module it re-exports is not read for it.
    index = "export * from './server/createServer'\nexport * from './util/Module0'\n"
    found = by_folder(write(tmp_path, _workspace(index, {"cross-env": "^7.0.3"}, _BUNDLED)))
    assert "api" not in found
