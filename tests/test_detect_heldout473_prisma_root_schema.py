"""A gap the 473rd held-out set showed (benchmarks/detect_heldout473.yaml), as a small fixture
of the real files' shape (#19): a pnpm workspace keeps its Prisma schema at the root
(`prisma/schema.prisma`, provider "sqlite"), where the root package.json runs `prisma generate`,
while the NestJS server in `packages/server` declares `@prisma/client` itself. The server's
engine is the root schema's provider, not the PostgreSQL of a Compose variant beside it. A
server keeping a schema of its own keeps its own provider."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_ROOT = (
    '{\n  "name": "fit",\n  "private": true,\n'
    '  "scripts": {"prisma:generate": "prisma generate",\n'
    '    "prisma:deploy": "prisma migrate deploy"},\n'
    '  "dependencies": {"prisma": "^6.19.2"},\n'
    '  "devDependencies": {"typescript": "^5.9.3"}\n}\n'
)

_SERVER = (
    '{\n  "name": "@fit/server",\n  "private": true,\n'
    '  "scripts": {"start:prod": "node dist/main.js", "test": "jest"},\n'
    '  "dependencies": {"@nestjs/common": "^11.1.14", "@nestjs/core": "^11.1.14",\n'
    '    "@nestjs/platform-express": "^11.1.14", "@prisma/client": "^6.19.2",\n'
    '    "reflect-metadata": "^0.2.2", "rxjs": "^7.8.2"},\n'
    '  "devDependencies": {"jest": "^30.2.0", "typescript": "^5.9.3"}\n}\n'
)

_MAIN = (
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
    "  await app.listen(3000);\n}\nbootstrap();\n"
)

_PRISMA_SERVICE = (
    "import { Injectable } from '@nestjs/common';\n"
    "import { PrismaClient } from '@prisma/client';\n\n"
    "@Injectable()\nexport class PrismaService extends PrismaClient {}\n"
)


def _schema(provider: str) -> str:
    return (
        'generator client {\n  provider = "prisma-client-js"\n}\n\n'
        f'datasource db {{\n  provider = "{provider}"\n  url      = env("DATABASE_URL")\n}}\n\n'
        "model Food {\n  id   String @id\n  name String\n}\n"
    )


_COMPOSE_POSTGRES = (
    "services:\n  fit:\n    image: ghcr.io/acme/fit:latest\n    environment:\n"
    "      DATABASE_URL: postgresql://fit:secret@db:5432/fit\n    depends_on:\n      - db\n"
    "  db:\n    image: postgres:16-alpine\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "package.json": _ROOT,
        "pnpm-workspace.yaml": 'packages:\n  - "packages/*"\n',
        "prisma/schema.prisma": _schema("sqlite"),
        "docker-compose.postgres.yml": _COMPOSE_POSTGRES,
        "packages/server/package.json": _SERVER,
        "packages/server/src/main.ts": _MAIN,
        "packages/server/src/prisma.service.ts": _PRISMA_SERVICE,
        **extra,
    }


def test_a_server_takes_the_provider_of_its_workspace_roots_schema(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["packages/server"], FindingKind.DATABASE)[0] == "SQLite"


def test_a_server_with_a_schema_of_its_own_keeps_its_provider(tmp_path: Path) -> None:
    own = {"packages/server/prisma/schema.prisma": _schema("mysql")}
    found = by_folder(write(tmp_path, _tree(**own)))
    assert first(found["packages/server"], FindingKind.DATABASE)[0] == "MySQL"
