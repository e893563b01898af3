"""Node: a document store whose ORM the census finds outnumbered is a side store, whatever
scope its URL has (set 187, #19).

A NestJS API writes its entities to TypeORM over MySQL (`type: 'mysql'` in its data source,
entities in most modules) and keeps one collection of summaries in MongoDB through Mongoose
(two modules). Its env example names only the side store's URL
(`TRAIT_SUMMARIES_DB_URL="mongodb://…"`), the MySQL settings being host and port variables.
The census (`node_layers`) finds TypeORM imported by far more modules: the engine is MySQL and
the data layer TypeORM. Where Mongoose's modules are the many, MongoDB stays the engine."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = {
    "name": "nft-service",
    "dependencies": {
        "@nestjs/common": "10.4.4", "@nestjs/core": "10.4.4", "@nestjs/mongoose": "10.0.10",
        "@nestjs/typeorm": "10.0.2", "mongoose": "7.8.7", "mysql2": "3.9.8",
        "typeorm": "0.3.16",
    },
}


def _entity(name: str) -> str:
    return (
        "import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';\n\n"
        f"@Entity('{name}')\nexport class {name.title()}Entity {{\n"
        "  @PrimaryGeneratedColumn() id: number;\n  @Column() name: string;\n}\n"
    )


def _schema(name: str) -> str:
    return (
        "import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';\n\n"
        f"@Schema()\nexport class {name.title()} {{\n  @Prop() key: string;\n}}\n"
        f"export const {name.title()}Schema = SchemaFactory.createForClass({name.title()});\n"
    )


def _tree(entities: int, schemas: int) -> dict[str, str]:
    files = {
        "package.json": json.dumps(_PACKAGE, indent=2),
        ".env.example": 'DB_HOST=localhost\nDB_PORT=3306\n'
        'TRAIT_SUMMARIES_DB_URL="mongodb://localhost:27017"\n',
        "src/main.ts": "import { NestFactory } from '@nestjs/core';\n"
        "import { AppModule } from './app.module';\n\nasync function bootstrap() {\n"
        "  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\n"
        "bootstrap();\n",
        "src/datasource.ts": "import { DataSource } from 'typeorm';\n\n"
        "export default new DataSource({\n  type: 'mysql',\n"
        "  host: process.env.DB_HOST,\n  port: 3306,\n});\n",
    }
    files |= {f"src/db/entity{i}.entity.ts": _entity(f"thing{i}") for i in range(entities)}
    files |= {f"src/documents/doc{i}.schema.ts": _schema(f"doc{i}") for i in range(schemas)}
    return files


def test_the_census_makes_the_mongodb_url_a_side_store(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(entities=12, schemas=2)))["."]
    assert first(backend, K.ORM)[0] == "TypeORM"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_document_store_most_modules_use_stays_the_engine(tmp_path: Path) -> None:
    # Counter-case: Mongoose's schemas are the many, TypeORM's entities the few.
    backend = by_folder(write(tmp_path, _tree(entities=2, schemas=12)))["."]
    assert first(backend, K.ORM)[0] == "Mongoose"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
