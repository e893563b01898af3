"""The Node ORM census counts the modules injecting a service that extends PrismaClient
(#19, set 69): a NestJS app's resolvers import `../prisma.service`, not `@prisma/client`,
while a side module queries ClickHouse through Knex."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def test_modules_injecting_a_prisma_service_are_written_to_prisma(tmp_path: Path) -> None:
    files = {
        "package.json": package_json(
            {"@nestjs/core": "^9.0.0", "@prisma/client": "^5.1.1", "knex": "^3.1.0"}
        ),
        "src/main.ts": (
            "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app';\n\n"
            "const app = await NestFactory.create(AppModule);\n"
        ),
        "src/app/prisma.service.ts": (
            "import { Injectable } from '@nestjs/common';\n"
            "import { PrismaClient } from '@prisma/client';\n\n"
            "@Injectable()\nexport class PrismaService extends PrismaClient {}\n"
        ),
    }
    for name in ("users", "prompts", "projects", "keys", "orgs", "members", "invites"):
        files[f"src/app/{name}/{name}.service.ts"] = (
            "import { Injectable } from '@nestjs/common';\n"
            "import { PrismaService } from '../prisma.service';\n\n"
            "@Injectable()\nexport class Service {\n"
            "  constructor(private prisma: PrismaService) {}\n"
            f"  all() {{ return this.prisma.{name}.findMany(); }}\n}}\n"
        )
    for name in ("metrics", "usage", "duration"):
        files[f"src/app/metrics/{name}.ts"] = (
            "import { Knex } from 'knex';\n\n"
            f"export const {name} = (knex: Knex) => knex('requests').count();\n"
        )
    found = by_folder(write(tmp_path, files))["."]
    assert first(found, K.ORM)[0] == "Prisma"
