"""Held-out set 96 (#19): an Express API on Sequelize and PostgreSQL with a MongoDB side log.

Every model of the service is a Sequelize model (`new Sequelize(…, {dialect: 'postgres'})`,
dozens of modules importing `sequelize`); the raw `mongodb` driver, in two modules, keeps only
a history collection. The env example names the store alone (`MONGO_URL=mongodb://…`, the SQL
server being set key by key), and the Compose file starts both servers. The side store's URL
does not make it the primary engine: PostgreSQL is, with Sequelize the data layer. Counter-case:
where MongoDB is reached from as many modules as Sequelize, its env example still decides.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_COMPOSE = """version: "3"
services:
  app:
    build: .
    depends_on:
      - postgres
      - mongo
  postgres:
    image: postgres:11.1-alpine
  mongo:
    image: mongo
"""

_APP = """import express from "express";
export const app = express();
app.listen(3000);
"""

_SEQUELIZE = """import { Sequelize } from "sequelize";
const sequelize = new Sequelize("db", "user", "pw", { dialect: "postgres", host: "localhost" });
export default sequelize;
"""

_MODEL = """import {{ Model, DataTypes }} from "sequelize";
export class {name} extends Model {{}}
"""

_MONGO = """import {{ MongoClient }} from "mongodb";
export const {name} = () => MongoClient.connect("mongodb://localhost:27017");
"""


def _tree(models: int, mongo_modules: int) -> dict[str, str]:
    files = {
        "package.json": package_json(
            {"express": "^4.16.3", "mongodb": "^3.3.0", "pg": "^7.9.0", "sequelize": "^5.5.1"}
        ),
        ".env.example": "PORT=3000\nMONGO_URL=mongodb://admin:password@mongo:27017\n",
        "docker-compose.yml": _COMPOSE,
        "Dockerfile": "FROM node:20\nCOPY . /app\nCMD node src/app.js\n",
        "src/app.ts": _APP,
        "src/services/sequelize.ts": _SEQUELIZE,
    }
    for number in range(models):
        files[f"src/models/model{number}.ts"] = _MODEL.format(name=f"Model{number}")
    for number in range(mongo_modules):
        files[f"src/repositories/history{number}.ts"] = _MONGO.format(name=f"history{number}")
    return files


def test_the_orms_engine_outranks_a_side_stores_url(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(models=8, mongo_modules=2)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.ORM)[0] == "Sequelize"


def test_a_store_reached_as_often_keeps_its_env_example(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(models=3, mongo_modules=3)))["."]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
