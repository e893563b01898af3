"""Node: a data-source server listing its users' clients keeps none of them (set 8, #19).

A low-code tool's plugin server (Express) keeps one plugin folder per source its users may
query and declares each one's client in its own package.json: DynamoDB, Supabase, Athena,
BigQuery, DuckDB. It opens whichever source a request names and keeps nothing of its own, so
it has no engine (`node_source_clients`). A service on DynamoDB beside S3 and a cache, or one
whose clients reach fewer than four engines, keeps its engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CLIENTS = (
    '    "@aws-sdk/client-athena": "^3.333.0",\n'
    '    "@aws-sdk/client-dynamodb": "^3.332.0",\n'
    '    "@aws-sdk/client-s3": "^3.332.0",\n'
    '    "@duckdb/node-api": "^1.3.0",\n'
    '    "@google-cloud/bigquery": "^8.1.1",\n'
    '    "@supabase/supabase-js": "^2.26.0",\n'
)


def _server(dependencies: str, plugins: tuple[str, ...]) -> dict[str, str]:
    files = {
        "package.json": '{\n  "name": "plugin-server",\n  "main": "src/server.js",\n'
        '  "scripts": {\n    "start": "node src/server.js"\n  },\n'
        '  "dependencies": {\n' + dependencies + '    "express": "^4.21.1"\n  }\n}\n',
        "src/server.js": "const express = require('express');\nconst plugins = "
        "require('./plugins');\n\nconst app = express();\napp.post('/api/run', (req, res) =>"
        " plugins[req.body.source].run(req.body).then((r) => res.json(r)));\n"
        "app.listen(6060);\n",
    }
    for plugin in plugins:
        files[f"src/plugins/{plugin}/index.js"] = (
            f"module.exports = {{ name: '{plugin}', run: async (action) => ({{}}) }};\n"
        )
    return files


def test_a_plugin_server_keeps_no_engine(tmp_path: Path) -> None:
    files = _server(_CLIENTS, ("athena", "bigQuery", "duckdb", "dynamodb", "supabase"))
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Express"
    assert first(found["."], K.DATABASE) == ("", "")


def test_a_dynamodb_service_keeps_its_engine(tmp_path: Path) -> None:
    # Counter-case: a service on DynamoDB with S3 uploads and a Redis cache.
    files = _server(
        '    "@aws-sdk/client-dynamodb": "^3.525.0",\n'
        '    "@aws-sdk/client-s3": "^3.525.0",\n    "ioredis": "^5.3.2",\n',
        (),
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "DynamoDB"


def test_three_engines_are_not_a_connector_set(tmp_path: Path) -> None:
    # Counter-case: a store, a warehouse it exports to and a second table: three engines.
    files = _server(
        '    "@aws-sdk/client-dynamodb": "^3.525.0",\n'
        '    "@google-cloud/bigquery": "^8.1.1",\n    "pg": "^8.11.0",\n',
        (),
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] in {"DynamoDB", "PostgreSQL"}


def test_an_orm_keeps_its_engine(tmp_path: Path) -> None:
    # Counter-case: a data layer of its own (Prisma) beside the clients names the store.
    files = _server(_CLIENTS + '    "@prisma/client": "^5.10.0",\n', ())
    files["prisma/schema.prisma"] = (
        'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n'
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
