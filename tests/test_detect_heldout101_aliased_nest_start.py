"""Held-out set 101 (#19): a NestJS package whose `src/main.ts` creates the `express()` app and
hands it to a loader module it imports through a tsconfig path alias (`@loaders/nestjs` for
`"@loaders/*": ["src/loaders/*"]`), where `NestFactory.create(AppModule, new
ExpressAdapter(server))` runs, beyond the walk's quota of a large `src/`.

Nest declared and seen started nowhere beside a server the code starts is a leftover
(`assemble.STARTED_HOSTS`); so the imports of a package declaring Nest unstarted are followed
even when another framework's start was read, through the package's own path aliases too, and
the module starting Nest makes it the framework. Counter-case: the same loader starting no
Nest application leaves the `express()` the program starts.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

FILLERS = 30
"""Shallow modules of `src/` sorting before `loaders/`: more than the walk names."""

_MAIN = """import { Logger } from "@nestjs/common";
import * as express from "express";
import * as http from "http";
import { setupNestJs } from "@loaders/nestjs";

async function bootstrap() {
  const server = express();
  const app = await setupNestJs(server);
  await app.init();
  http.createServer(server).listen(3000);
  Logger.debug("started");
}
void bootstrap();
"""

_LOADER = """import { NestFactory } from "@nestjs/core";
import { ExpressAdapter } from "@nestjs/platform-express/adapters/express-adapter";
import { Express } from "express";
import { AppModule } from "@modules/app.module";

export async function setupNestJs(server: Express) {
  const app = await NestFactory.create(AppModule, new ExpressAdapter(server));
  app.setGlobalPrefix("/api/v1");
  return app;
}
"""

_IDLE_LOADER = """import { Express } from "express";

export async function setupNestJs(server: Express) {
  return server;
}
"""

_TSCONFIG = """{
    "compilerOptions": {
        "baseUrl": "./",
        "paths": {
            "@modules/*": ["src/modules/*"],
            "@loaders/*": ["src/loaders/*"],
        }
    }
}
"""


def _tree(starts_nest: bool) -> dict[str, str]:
    files = {
        "package.json": package_json(
            {
                "@nestjs/common": "^9.1.2",
                "@nestjs/core": "^9.4.3",
                "@nestjs/platform-express": "^9.1.2",
                "express": "^4.18.2",
            },
            {"@nestjs/cli": "^9.1.4", "typescript": "^4.8.3"},
            scripts={"build": "nest build", "start": "nest start"},
        ),
        "nest-cli.json": '{"collection": "@nestjs/schematics", "sourceRoot": "src"}\n',
        "tsconfig.json": _TSCONFIG,
        "src/main.ts": _MAIN,
        "src/loaders/nestjs.ts": _LOADER if starts_nest else _IDLE_LOADER,
        "src/modules/app.module.ts": (
            "import { Module } from '@nestjs/common'\n\n@Module({})\nexport class AppModule {}\n"
        ),
    }
    for n in range(FILLERS):
        files[f"src/a{n:02}.constant.ts"] = f"export const A{n} = {n}\n"
    return files


def test_nest_started_in_an_aliased_loader_is_the_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(starts_nest=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "NestJS"
    assert not backend.ambiguous


def test_a_loader_starting_no_nest_leaves_the_express_the_program_starts(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(starts_nest=False)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
