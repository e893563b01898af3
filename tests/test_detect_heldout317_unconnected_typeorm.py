"""Held-out set 317 (#19): a NestJS API keeps typeorm, pg and pg-promise in its package.json
and entity classes carrying TypeORM's decorators, but no module registers a connection (no
`TypeOrmModule.forRoot`, no `DataSource`, no ormconfig file) and pg-promise is imported only
for its `QueryFile` helper: its data lies behind other services' APIs, so it has no data layer
and no engine. The same API registering TypeORM in any of its forms keeps TypeORM and
PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = """import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT || 3000);
}
bootstrap();
"""

_MODULE = """import { Module } from "@nestjs/common";
import { ProjectController } from "./project/project.controller";
@Module({ imports: [], controllers: [ProjectController] })
export class AppModule {}
"""

_CONTROLLER = """import { Controller, Get, Param } from "@nestjs/common";
import { CrmService } from "../crm/crm.service";
@Controller("projects")
export class ProjectController {
  constructor(private readonly crm: CrmService) {}
  @Get(":id")
  async show(@Param("id") id: string) {
    return this.crm.get(`projects(${id})`);
  }
}
"""

_ENTITY = """import { Entity, Column, PrimaryColumn } from "typeorm";
@Entity("disposition")
export class Disposition {
  @PrimaryColumn() id: string;
  @Column() vote: string;
}
"""

_QUERY_FILE = """import * as path from "path";
import * as pgp from "pg-promise";
export function getQueryFile(file) {
  return new pgp.QueryFile(path.join(__dirname, "queries", file), { minify: true });
}
"""

_FOR_ROOT = """import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { ProjectController } from "./project/project.controller";
@Module({
  imports: [TypeOrmModule.forRoot({ type: "postgres", url: process.env.DATABASE_URL })],
  controllers: [ProjectController],
})
export class AppModule {}
"""

_DATA_SOURCE = """import { DataSource } from "typeorm";
export const dataSource = new DataSource({ type: "postgres", url: process.env.DATABASE_URL });
"""


def _api(**extra: str) -> dict[str, str]:
    data = {
        "name": "search-api",
        "scripts": {"start": "node dist/main.js", "test": "jest"},
        "dependencies": {
            "@nestjs/common": "^8.4.7",
            "@nestjs/core": "^8.4.7",
            "@nestjs/platform-express": "^8.4.7",
            "pg": "^7.12.1",
            "pg-promise": "^9.2.1",
            "typeorm": "^0.2.32",
        },
        "devDependencies": {"jest": "^29.7.0", "typescript": "^4.9.5"},
    }
    files = {
        "server/package.json": json.dumps(data, indent=2),
        "server/src/main.ts": _MAIN,
        "server/src/app.module.ts": _MODULE,
        "server/src/project/project.controller.ts": _CONTROLLER,
        "server/src/disposition/disposition.entity.ts": _ENTITY,
        "server/src/_utils/get-query-file.ts": _QUERY_FILE,
    }
    files.update({f"server/{k}": v for k, v in extra.items()})
    return files


def test_typeorm_never_connected_is_no_data_layer(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _api()))["server"]
    assert first(api, K.ORM) == ("", "")
    assert first(api, K.QUERY) == ("", "")
    assert first(api, K.DATABASE) == ("", "")


def test_typeorm_module_for_root_keeps_it(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _api(**{"src/app.module.ts": _FOR_ROOT})))["server"]
    assert first(api, K.ORM)[0] == "TypeORM"
    assert first(api, K.DATABASE)[0] == "PostgreSQL"


def test_data_source_keeps_it(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _api(**{"src/data-source.ts": _DATA_SOURCE})))["server"]
    assert first(api, K.ORM)[0] == "TypeORM"
    assert first(api, K.DATABASE)[0] == "PostgreSQL"


def test_ormconfig_file_keeps_it(tmp_path: Path) -> None:
    config = json.dumps({"type": "postgres", "url": "postgres://localhost/app"})
    api = by_folder(write(tmp_path, _api(**{"ormconfig.json": config})))["server"]
    assert first(api, K.ORM)[0] == "TypeORM"
    assert first(api, K.DATABASE)[0] == "PostgreSQL"
