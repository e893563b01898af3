"""A gap the 487th held-out set showed (benchmarks/detect_heldout487.yaml), as a small fixture
of the real files' shape (#19): a NestJS server in `server/` declares no `@prisma/client` (only
`redis`, for sessions); its modules import `PrismaClient` from `@app/client`, the package the
Prisma schema in the sibling `prisma/` folder (a package.json of its own, with seeds) generates
into the root's node_modules (`output = "../node_modules/@app/client"`, provider postgresql).
The server's data layer is Prisma and its engine PostgreSQL, not Redis. A server that imports
only types from that package, or a schema writing the client to its default place, lends
nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_ROOT = (
    '{\n  "name": "shelter",\n  "scripts": {"prepare": "husky"},\n'
    '  "devDependencies": {"concurrently": "^8.2.2", "husky": "^9.1.7", "prisma": "^5.22.0"},\n'
    '  "dependencies": {"@prisma/client": "^5.22.0"}\n}\n'
)

_PRISMA_PACKAGE = (
    '{\n  "name": "prisma",\n  "scripts": {"seed": "ts-node seed.ts",\n'
    '    "push": "../node_modules/.bin/prisma generate && ../node_modules/.bin/prisma db push"},\n'
    '  "devDependencies": {"ts-node": "^10.9.2"},\n  "dependencies": {"zod": "^3.23.8"}\n}\n'
)


def _schema(output: str) -> str:
    line = f'  output   = "{output}"\n' if output else ""
    return (
        'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n'
        f'generator client {{\n  provider = "prisma-client-js"\n{line}}}\n\n'
        "model Animal {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n"
    )


_SERVER = (
    '{\n  "name": "server",\n  "scripts": {"start:prod": "node dist/main", "test": "jest"},\n'
    '  "dependencies": {"@nestjs/common": "^10.3.8", "@nestjs/core": "^10.3.8",\n'
    '    "@nestjs/platform-express": "^10.3.8", "redis": "^4.6.14",\n'
    '    "reflect-metadata": "^0.2.2", "rxjs": "^7.8.1"},\n'
    '  "devDependencies": {"jest": "^29.7.0", "ts-jest": "^29.1.3", "typescript": "^5.4.5"}\n}\n'
)

_MAIN = (
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
    "  await app.listen(3000);\n}\nbootstrap();\n"
)

_PRISMA_SERVICE = (
    "import { Injectable, OnModuleInit } from '@nestjs/common';\n"
    "import { PrismaClient } from '@app/client';\n\n"
    "@Injectable()\nexport class PrismaService extends PrismaClient implements OnModuleInit {\n"
    "  async onModuleInit() {\n    await this.$connect();\n  }\n}\n"
)

_CACHE = (
    "import { Injectable } from '@nestjs/common';\nimport { createClient } from 'redis';\n\n"
    "@Injectable()\nexport class CacheService {\n"
    "  private client = createClient({ url: process.env.REDIS_URL });\n\n"
    "  async get(key: string) {\n    return this.client.get(key);\n  }\n}\n"
)


def _tree(output: str = "../node_modules/@app/client", **extra: str) -> dict[str, str]:
    return {
        "package.json": _ROOT,
        "prisma/package.json": _PRISMA_PACKAGE,
        "prisma/schema.prisma": _schema(output),
        "server/package.json": _SERVER,
        "server/src/main.ts": _MAIN,
        "server/src/prisma/prisma.service.ts": _PRISMA_SERVICE,
        "server/src/cache/cache.service.ts": _CACHE,
        **extra,
    }


def test_a_server_takes_prisma_and_the_provider_of_the_client_it_imports(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["server"], FindingKind.ORM)[0] == "Prisma"
    assert first(found["server"], FindingKind.DATABASE)[0] == "PostgreSQL"


def test_a_client_generated_to_its_default_place_lends_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(output="")))
    assert first(found["server"], FindingKind.ORM)[0] != "Prisma"


def test_a_server_importing_only_types_of_the_client_takes_nothing(tmp_path: Path) -> None:
    typed = (
        "import { Injectable } from '@nestjs/common';\n"
        "import type { Animal } from '@app/client';\n\n"
        "@Injectable()\nexport class AnimalsService {\n"
        "  list(): Animal[] {\n    return [];\n  }\n}\n"
    )
    tree = _tree(**{"server/src/prisma/prisma.service.ts": typed})
    found = by_folder(write(tmp_path, tree))
    assert first(found["server"], FindingKind.ORM)[0] != "Prisma"
