"""Held-out set 340 (#19): a TypeScript API whose package.json still declares @nestjs/core and
@nestjs/platform-express (and nest-cli.json, `nest start`) while no source imports Nest: its
main.ts opens TypeORM and starts the `fastify()` server that src/server.ts builds.

A host framework that always builds its application in code (Nest's `NestFactory.create`)
absorbs the server it runs on only when it is seen started: declared alone, beside a server the
code starts, it is a leftover. Counter-case: a Nest application on Fastify stays NestJS.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(extra: dict[str, str]) -> str:
    dependencies = {
        "@nestjs/common": "^8.3.1",
        "@nestjs/core": "^8.3.1",
        "@nestjs/platform-express": "^8.3.1",
        "@nestjs/typeorm": "^8.0.3",
        "fastify": "^3.27.4",
        "mercurius": "^9.0.0",
        "pg": "^8.5.1",
        "typeorm": "^0.2.30",
        **extra,
    }
    return json.dumps(
        {
            "name": "backend",
            "scripts": {"build": "nest build", "start": "nest start"},
            "dependencies": dependencies,
            "devDependencies": {"@nestjs/cli": "^8.2.1", "typescript": "^4.5.5"},
        },
        indent=2,
    )


_MAIN = """import { createConnection } from 'typeorm'
import { server } from 'src/server'

async function main() {
  await createConnection()
  server.listen(8082, '0.0.0.0')
}

main()
"""

_SERVER = """import fastify from 'fastify'
import mercurius from 'mercurius'

export const server = fastify({ logger: true })
server.register(mercurius, { schema: '' })
"""

_ENTITY = """import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm'

@Entity()
export class Record {
  @PrimaryGeneratedColumn() id!: number
  @Column() title!: string
}
"""

_NEST_MAIN = """import { NestFactory } from '@nestjs/core'
import { FastifyAdapter } from '@nestjs/platform-fastify'
import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create(AppModule, new FastifyAdapter())
  await app.listen(3000)
}
bootstrap()
"""


def _tree() -> dict[str, str]:
    return {
        "backend/package.json": _package({}),
        "backend/nest-cli.json": '{"collection": "@nestjs/schematics", "sourceRoot": "src"}\n',
        "backend/tsconfig.json": "{}\n",
        "backend/ormconfig.json.sample": '{"type": "postgres"}\n',
        "backend/src/main.ts": _MAIN,
        "backend/src/server.ts": _SERVER,
        "backend/src/entities/record.entity.ts": _ENTITY,
    }


def test_the_server_main_starts_outranks_nest_left_declared(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["backend"]
    assert first(backend, K.FRAMEWORK)[0] == "Fastify"
    assert first(backend, K.ORM)[0] == "TypeORM"


def test_a_nest_application_on_fastify_stays_nest(tmp_path: Path) -> None:
    files = _tree()
    files["backend/package.json"] = _package({"@nestjs/platform-fastify": "^8.3.1"})
    files["backend/src/main.ts"] = _NEST_MAIN
    files["backend/src/app.module.ts"] = "import { Module } from '@nestjs/common'\n"
    backend = by_folder(write(tmp_path, files))["backend"]
    assert first(backend, K.FRAMEWORK)[0] == "NestJS"
