"""A NestJS API that pins a vulnerable web framework deep in its tree (#19): the manifest
forces Hono's patched release beneath a database tool's development server (yarn's
`resolutions` key `@tool/dev/hono`) and lists `hono` among its dependencies at that release
too. No code starts Hono: it is a transitive package, not a second framework to choose; the
application's framework is NestJS. Pinned only at the top of the resolutions, or started by
code, Hono stays a framework."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(resolutions: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": "clinic-backend",
            "private": True,
            "resolutions": resolutions,
            "scripts": {"start": "nest start", "start:prod": "node dist/main"},
            "dependencies": {
                "@hono/node-server": "2.1.1",
                "@nestjs/common": "^11.2.1",
                "@nestjs/core": "^11.2.1",
                "@nestjs/platform-fastify": "^11.2.1",
                "@prisma/client": "7.9.1",
                "hono": "4.13.2",
                "pg": "^8.23.0",
            },
            "devDependencies": {"typescript": "^6.0.3", "prisma": "7.9.1"},
        },
        indent=2,
    )


_MAIN = (
    "import 'tsconfig-paths/register';\n"
    "import { Logger } from '@nestjs/common';\n"
    "import { AppModule } from './app.module';\n"
    "import { createFrameworkAdapter } from '@infrastructure/framework/adapters/fastify';\n\n"
    "async function bootstrap() {\n"
    "  const app = await createFrameworkAdapter().create(AppModule);\n"
    "  await app.listen(8088);\n  new Logger('main').log('started');\n}\nvoid bootstrap();\n"
)
_MODULE = (
    "import { Module } from '@nestjs/common';\n\n@Module({ imports: [] })\n"
    "export class AppModule {}\n"
)
_SCHEMA = (
    'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n'
    "model User {\n  id String @id\n}\n"
)


def _tree(resolutions: dict[str, str]) -> dict[str, str]:
    return {
        "package.json": _package(resolutions),
        "nest-cli.json": '{ "sourceRoot": "src" }\n',
        "tsconfig.json": '{ "compilerOptions": { "target": "es2022" } }\n',
        "src/main.ts": _MAIN,
        "src/app.module.ts": _MODULE,
        "prisma/schema.prisma": _SCHEMA,
    }


def test_a_framework_pinned_beneath_another_package_is_transitive(tmp_path: Path) -> None:
    tree = _tree({"@tool/dev/hono": "4.13.2", "hono": "4.13.2"})
    backend = by_folder(write(tmp_path, tree))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("NestJS", "^11.2.1")
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["NestJS"]


def test_npm_nested_overrides_pin_beneath_too(tmp_path: Path) -> None:
    tree = _tree({})
    data = json.loads(tree["package.json"])
    del data["resolutions"]
    data["overrides"] = {"@tool/dev": {"hono": "4.13.2"}}
    tree["package.json"] = json.dumps(data, indent=2)
    backend = by_folder(write(tmp_path, tree))["."]
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["NestJS"]


def test_a_framework_pinned_at_the_top_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree({"hono": "4.13.2"})))["."]
    assert {f.name for f in backend.findings if f.kind is K.FRAMEWORK} == {"Hono", "NestJS"}
