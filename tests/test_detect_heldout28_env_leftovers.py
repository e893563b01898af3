"""Held-out set 89 (#19): a NestJS back-end built from a starter template whose
`.env.example` still sets `MONGODB_URI=mongodb://mongodb:27017/nestjs_template`, while the
package installs no MongoDB client: it keeps its data through TypeORM over mysql2
(`src/database/data-source.ts`, `type: 'mysql'`).

The template's URL configures nothing: the engine is MySQL and the data layer TypeORM. A
package installing a MongoDB client (mongoose) keeps the URL's MongoDB, and so does one whose
env example is all that names an engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_MAIN = """import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();
"""

_DATA_SOURCE = """import { DataSource } from 'typeorm';

export default new DataSource({
  type: 'mysql',
  host: process.env.MYSQL_HOST || 'mysql',
  entities: [`${__dirname}/../apis/**/*.entity{.ts,.js}`],
});
"""

_ENV = """NODE_ENV=development
PORT=3000
MONGODB_URI=mongodb://mongodb:27017/nestjs_template
REDIS_HOST=localhost
"""


def _backend(tmp_path: Path, deps: dict[str, str], data_source: bool = True) -> DetectedBackend:
    files = {
        "backend/package.json": package_json(
            {"@nestjs/common": "^11.1.6", "@nestjs/core": "^11.1.6", **deps}
        ),
        "backend/src/main.ts": _MAIN,
        "backend/.env.example": _ENV,
    }
    if data_source:
        files["backend/src/database/data-source.ts"] = _DATA_SOURCE
    return by_folder(write(tmp_path, files))["backend"]


_TYPEORM = {"@nestjs/typeorm": "^11.0.0", "typeorm": "^0.3.27", "mysql2": "^3.23.2"}


def test_a_template_url_no_client_opens_is_left_out(tmp_path: Path) -> None:
    backend = _backend(tmp_path, _TYPEORM)
    assert first(backend, K.DATABASE)[0] == "MySQL"
    assert first(backend, K.ORM)[0] == "TypeORM"
    assert "MongoDB" not in {f.name for f in backend.findings if f.kind is K.DATABASE}


def test_a_mongodb_client_keeps_the_url(tmp_path: Path) -> None:
    backend = _backend(tmp_path, {**_TYPEORM, "mongoose": "^8.0.0"})
    assert "MongoDB" in {f.name for f in backend.findings if f.kind is K.DATABASE}


def test_with_no_other_engine_the_url_names_the_engine(tmp_path: Path) -> None:
    backend = _backend(tmp_path, {}, data_source=False)
    assert first(backend, K.DATABASE)[0] == "MongoDB"
