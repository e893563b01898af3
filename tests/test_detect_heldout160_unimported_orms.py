"""A NestJS service whose queries run through a graph store's own client (neo4j-driver), with
TypeORM declared in its package.json and imported nowhere (the shape of set 160's trench, whose
store is ClickHouse, #19): the ORM no module, companion or script reaches is no data layer, and
the client the code imports is. Where an entity imports TypeORM and a module registers its
connection, or where a script runs its CLI, TypeORM stays the layer; entities alone, with
nothing connecting them, are a leftover (set 317's labs-zap-search: unconnected_typeorm).

ClickHouse's Node client itself is not in the catalogue: named as a data layer or an engine, it
kept the layer a workspace library lends (Prisma, Knex over the product's PostgreSQL) from
four services of earlier sets that keep their analytics in ClickHouse beside it."""

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
    "import { GraphService } from './services/data/graph/graph.service'\n\n"
    "@Module({ providers: [GraphService] })\n"
    "export class AppModule {}\n"
)

_CLIENT = (
    "import { Injectable } from '@nestjs/common'\n"
    "import neo4j from 'neo4j-driver'\n\n"
    "@Injectable()\n"
    "export class GraphService {\n"
    "  private driver = neo4j.driver(process.env.NEO4J_URL)\n"
    "  async query(cypher: string) {\n"
    "    return (await this.driver.session().run(cypher)).records\n"
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


_CONNECTED_MODULE = (
    "import { Module } from '@nestjs/common'\n"
    "import { TypeOrmModule } from '@nestjs/typeorm'\n"
    "import { GraphService } from './services/data/graph/graph.service'\n\n"
    "@Module({\n"
    "  imports: [TypeOrmModule.forRoot({ type: 'postgres' })],\n"
    "  providers: [GraphService],\n"
    "})\n"
    "export class AppModule {}\n"
)


def _backend(
    tmp_path: Path, *, entity: bool = False, script: bool = False, connected: bool = False
):
    deps = {
        "neo4j-driver": "^5.28.1",
        "@nestjs/common": "^10.4.4",
        "@nestjs/core": "^10.4.4",
        "kafkajs": "^2.2.4",
        "typeorm": "^0.3.20",
    }
    scripts = {"start": "node dist/main.js"}
    if script:
        scripts["migrate"] = "typeorm migration:run -d dist/data-source.js"
    files = {
        "package.json": package_json(deps, {"jest": "29.7.0"}, scripts=scripts),
        "src/main.ts": _MAIN,
        "src/app.module.ts": _MODULE,
        "src/services/data/graph/graph.service.ts": _CLIENT,
    }
    if entity:
        files["src/entities/event.entity.ts"] = _ENTITY
    if connected:
        files["src/app.module.ts"] = _CONNECTED_MODULE
    return by_folder(write(tmp_path, files))["."]


def test_an_unreached_orm_gives_way_to_the_graph_client(tmp_path: Path) -> None:
    backend = _backend(tmp_path)
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY)[0] == "neo4j-driver"
    assert first(backend, K.DATABASE)[0] == "Neo4j"


def test_an_orm_an_entity_imports_stays_where_a_module_connects_it(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, entity=True, connected=True), K.ORM)[0] == "TypeORM"


def test_entities_nothing_connects_give_way_to_the_graph_client(tmp_path: Path) -> None:
    backend = _backend(tmp_path, entity=True)
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY)[0] == "neo4j-driver"


def test_an_orm_a_script_runs_stays(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, script=True), K.ORM)[0] == "TypeORM"

