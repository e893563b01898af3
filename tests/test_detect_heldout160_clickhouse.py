"""A NestJS event service whose queries are raw SQL through ClickHouse's official Node client,
with TypeORM declared in its package.json and imported nowhere (benchmarks/
detect_heldout160.yaml, #19). The client is known (engine ClickHouse, data layer named by its
package); the ORM no module, companion or script reaches is no data layer. Where an entity
imports TypeORM, or where a script runs its CLI, TypeORM stays the layer; and beside a
relational store ClickHouse stays the secondary engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_MAIN = (
    "import { NestFactory } from '@nestjs/core'\n"
    "import { AppModule } from './app.module'\n\n"
    "async function bootstrap() {\n"
    "  const app = await NestFactory.create(AppModule)\n"
    "  await app.listen(4000)\n"
    "}\n"
    "bootstrap()\n"
)

_MODULE = (
    "import { Module } from '@nestjs/common'\n"
    "import { ClickHouseService } from './services/data/click-house/click-house.service'\n\n"
    "@Module({ providers: [ClickHouseService] })\n"
    "export class AppModule {}\n"
)

_CLIENT = (
    "import { Injectable } from '@nestjs/common'\n"
    "import { createClient, ClickHouseClient } from '@clickhouse/client'\n\n"
    "@Injectable()\n"
    "export class ClickHouseService {\n"
    "  private client: ClickHouseClient = createClient({ url: process.env.CLICKHOUSE_URL })\n"
    "  async query(sql: string) {\n"
    "    return (await this.client.query({ query: sql, format: 'JSONEachRow' })).json()\n"
    "  }\n"
    "}\n"
)

_ENTITY = (
    "import { Entity, PrimaryGeneratedColumn } from 'typeorm'\n\n"
    "@Entity()\n"
    "export class Event {\n"
    "  @PrimaryGeneratedColumn() id: number\n"
    "}\n"
)


def _backend(tmp_path: Path, *, entity: bool = False, script: bool = False, pg: bool = False):
    deps = {
        "@clickhouse/client": "^1.6.0",
        "@nestjs/common": "^10.4.4",
        "@nestjs/core": "^10.4.4",
        "kafkajs": "^2.2.4",
        "typeorm": "^0.3.20",
    }
    if pg:
        deps["pg"] = "^8.13.1"
    scripts = {"start": "node dist/main.js"}
    if script:
        scripts["migrate"] = "typeorm migration:run -d dist/data-source.js"
    files = {
        "package.json": package_json(deps, {"jest": "29.7.0"}, scripts=scripts),
        "src/main.ts": _MAIN,
        "src/app.module.ts": _MODULE,
        "src/services/data/click-house/click-house.service.ts": _CLIENT,
    }
    if entity:
        files["src/entities/event.entity.ts"] = _ENTITY
    return by_folder(write(tmp_path, files))["."]


def test_an_unreached_orm_gives_way_to_the_clickhouse_client(tmp_path: Path) -> None:
    backend = _backend(tmp_path)
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY)[0] == "@clickhouse/client"
    assert first(backend, K.DATABASE)[0] == "ClickHouse"


def test_an_orm_an_entity_imports_stays(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, entity=True), K.ORM)[0] == "TypeORM"


def test_an_orm_a_script_runs_stays(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, script=True), K.ORM)[0] == "TypeORM"


def test_clickhouse_gives_way_to_a_relational_driver(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, pg=True), K.DATABASE)[0] == "PostgreSQL"
