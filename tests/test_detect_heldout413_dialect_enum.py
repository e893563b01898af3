"""Held-out set 413 (#19): a Sequelize dialect written as a member of the program's own enum.

The shape: a TypeScript Express API whose package declares sequelize with the drivers of three
engines (mssql, mysql, mysql2), and whose settings module declares an enum of the dialects
Sequelize supports (`export enum Dialect { mysql = 'mysql', …, mssql = 'mssql' }`) and builds
its options with `dialect: Dialect.mysql`. The member is the literal it holds: the program runs
on MySQL, whatever the SQL Server driver listed first says. A settings object's field
(`dialect: config.mysql`) names no member and chooses nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_APP = """import * as express from 'express';
import { configDB } from './config';

export class ServerExpress {
    public app: express.Application;

    constructor() {
        this.app = express();
    }
}
"""

_CONFIG = """import { Options } from 'sequelize';

export enum Dialect {
    mysql = 'mysql',
    sqlite = 'sqlite',
    postgres = 'postgres',
    mssql = 'mssql'
}

export interface ISequelizeConfig {
    dialect?: Dialect;
}

export const configDB: Options = {
    dialect: Dialect.mysql,
    operatorsAliases: false,
    port: 3306,
};
"""

_DEPS = {
    "express": "^4.16.3",
    "mssql": "^4.1.0",
    "mysql": "^2.15.0",
    "mysql2": "^1.5.3",
    "sequelize": "^4.38.0",
}


def _tree(config: str = _CONFIG) -> dict[str, str]:
    return {
        "package.json": package_json(_DEPS, {"typescript": "^2.8.3"}),
        "tsconfig.json": "{}\n",
        "src/app.ts": _APP,
        "src/index.ts": "import { ServerExpress } from './app';\n\nnew ServerExpress();\n",
        "src/config/index.ts": config,
    }


def test_an_enum_members_dialect_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
    assert first(backend, K.ORM)[0] == "Sequelize"


def test_a_settings_objects_field_names_no_member(tmp_path: Path) -> None:
    config = _CONFIG.replace("dialect: Dialect.mysql,", "dialect: config.mysql,")
    backend = by_folder(write(tmp_path, _tree(config)))["."]
    assert not [
        e
        for f in backend.findings
        if f.kind is K.DATABASE
        for e in f.evidence
        if e.path == "src/config/index.ts"
    ]


def test_another_members_dialect_names_its_engine(tmp_path: Path) -> None:
    config = _CONFIG.replace("dialect: Dialect.mysql,", "dialect: Dialect.mssql,")
    backend = by_folder(write(tmp_path, _tree(config)))["."]
    assert first(backend, K.DATABASE)[0] == "SQL Server"


def test_a_table_of_providers_names_no_engine(tmp_path: Path) -> None:
    # A UI's list of the databases its users may connect names one dialect per provider:
    # none of them is the program's own engine (a Next.js admin console's constants).
    providers = (
        "export const DATABASE_PROVIDERS = [\n"
        "  { name: 'PostgreSQL', dialect: EDatabaseDialect.postgresql },\n"
        "  { name: 'SQL Server', dialect: EDatabaseDialect.mssql },\n"
        "  { name: 'MySQL', dialect: EDatabaseDialect.mysql },\n"
        "];\n"
    )
    files = _tree()
    files["src/constants/database-providers.ts"] = providers
    backend = by_folder(write(tmp_path, files))["."]
    assert not [
        e
        for f in backend.findings
        if f.kind is K.DATABASE
        for e in f.evidence
        if e.path == "src/constants/database-providers.ts"
    ]
    assert first(backend, K.DATABASE)[0] == "MySQL"  # the settings module's own choice
