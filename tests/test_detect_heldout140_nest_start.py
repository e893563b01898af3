"""A NestJS package whose program starts Nest in a module its `main.ts` imports
(`bootstrap.ts`, `NestFactory.create`), beyond the walk's quota of a large `src/`, beside the
generator's `app.config.ts`, `app.controller.ts` and `app.module.ts`, as set 140 showed it
(benchmarks/detect_heldout140.yaml, #19). Its scripts run no file `node` could (`vite-node
src/dev.ts`, `node dist/src/main` of a build not in the tree), so the imports are followed
from its entry-named files: from the file named by its stem alone (`main.ts`) first, so that a
configuration module importing a dozen helpers does not spend the quota of files followed
before the start's own imports are read. A package whose program starts nothing stays no
backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

HELPERS = 14
"""Helpers the configuration module imports: more than the files followed per package."""

FILLERS = 30
"""Shallow modules of `src/` sorting before `bootstrap.ts`: more than the walk names."""


def _package(started: bool) -> dict[str, str]:
    files = {
        "package.json": '{"name": "root", "private": true}\n',
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
        "apps/server/package.json": package_json(
            {
                "@nestjs/common": "11.2.1",
                "@nestjs/core": "11.2.1",
                "@nestjs/platform-fastify": "11.2.1",
                "drizzle-orm": "^0.45.2",
                "pg": "^8.23.0",
            },
            {"vitest": "4.1.11", "typescript": "6.0.3"},
            scripts={
                "dev": "vite-node src/dev.ts",
                "start": 'nodemon --watch src --exec "vite-node src/dev.ts"',
                "start:prod": "cross-env NODE_ENV=production node dist/src/main",
            },
        ),
        "apps/server/src/dev.ts": "async function main() {\n"
        "  const { startMain } = await import('./main')\n  await startMain()\n}\nawait main()\n",
        "apps/server/src/main.ts": (
            "import { DEBUG } from './app.config'\n\nexport async function startMain() {\n"
            "  const [{ bootstrap }] = await Promise.all([\n    import('./bootstrap'),\n  ])\n"
            "  await bootstrap()\n}\n"
        ),
        "apps/server/src/app.config.ts": "".join(
            f"import {{ h{n} }} from './utils/helper-{n:02}.util'\n" for n in range(HELPERS)
        )
        + "export const DEBUG = false\n",
        "apps/server/src/app.controller.ts": (
            "import { Controller, Get } from '@nestjs/common'\n\n@Controller()\n"
            "export class AppController {\n  @Get('/ping')\n  ping() {\n    return 'pong'\n"
            "  }\n}\n"
        ),
        "apps/server/src/app.module.ts": (
            "import { Module } from '@nestjs/common'\n"
            "import { AppController } from './app.controller'\n\n"
            "@Module({ controllers: [AppController] })\nexport class AppModule {}\n"
        ),
        "apps/server/src/bootstrap.ts": (
            "import { NestFactory } from '@nestjs/core'\n"
            "import { FastifyAdapter } from '@nestjs/platform-fastify'\n"
            "import { AppModule } from './app.module'\n\nexport async function bootstrap() {\n"
            "  const app = await NestFactory.create(AppModule, new FastifyAdapter())\n"
            "  await app.listen(2333)\n}\n"
            if started
            else "export async function bootstrap() {\n  return undefined\n}\n"
        ),
    }
    for n in range(HELPERS):
        files[f"apps/server/src/utils/helper-{n:02}.util.ts"] = f"export const h{n} = {n}\n"
    for n in range(FILLERS):
        files[f"apps/server/src/a{n:02}.constant.ts"] = f"export const A{n} = {n}\n"
    return files


def test_the_start_main_ts_imports_is_read_before_the_configuration_modules(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _package(started=True)))
    assert set(found) == {"apps/server"}
    assert first(found["apps/server"], K.FRAMEWORK) == ("NestJS", "11.2.1")
    assert "apps/server/src/bootstrap.ts" in _framework_files(found["apps/server"])


def test_a_module_starting_nothing_shows_no_start(tmp_path: Path) -> None:
    # Counter-case: the same tree whose `bootstrap.ts` starts no Nest application: reading it
    # first finds no start there (the manifest alone still names the framework).
    found = by_folder(write(tmp_path, _package(started=False)))
    assert all(
        "apps/server/src/bootstrap.ts" not in _framework_files(b) for b in found.values()
    )


def _framework_files(backend: DetectedBackend) -> set[str]:
    return {
        e.path for f in backend.findings if f.kind is K.FRAMEWORK for e in f.evidence
    }
