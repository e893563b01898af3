"""Node: the AWS SDK v3's DynamoDB client names the store (set 177, #19).

An Express service keeps its records in DynamoDB through `@aws-sdk/client-dynamodb` and its
document client `@aws-sdk/lib-dynamodb`, with no ORM: the SDK v3 ships one package per service,
so the manifest names DynamoDB as Go's `aws-sdk-go-v2/service/dynamodb` does. The v2 SDK's one
`aws-sdk` package (S3, SQS, anything) names no service and stays unread."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _service(dependencies: str) -> dict[str, str]:
    return {
        "package.json": '{\n  "name": "records",\n  "main": "src/app.js",\n'
        '  "scripts": {\n    "start": "node src/server.js"\n  },\n'
        '  "dependencies": {\n' + dependencies + '    "express": "^4.19.2"\n  }\n}\n',
        "src/app.js": "const express = require('express');\n\nconst app = express();\n"
        "app.get('/records/:id', (req, res) => res.json({}));\n\nmodule.exports = app;\n",
        "src/server.js": "const app = require('./app');\n\napp.listen(3000);\n",
        "src/db.js": "const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');\n"
        "const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');\n\n"
        "module.exports = DynamoDBDocumentClient.from(new DynamoDBClient({}));\n",
    }


def test_the_sdk_v3_dynamodb_client_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(
        '    "@aws-sdk/client-dynamodb": "^3.525.0",\n'
        '    "@aws-sdk/lib-dynamodb": "^3.525.0",\n'
    )))
    assert first(found["."], K.FRAMEWORK)[0] == "Express"
    assert first(found["."], K.DATABASE)[0] == "DynamoDB"


def test_the_v2_sdk_alone_names_no_store(tmp_path: Path) -> None:
    # Counter-case: the v2 SDK is one package for every service (an S3 upload here).
    found = by_folder(write(tmp_path, _service('    "aws-sdk": "^2.1358.0",\n')))
    assert first(found["."], K.DATABASE) == ("", "")


def test_a_sql_driver_beside_it_is_still_read(tmp_path: Path) -> None:
    # Counter-case: a service on PostgreSQL keeping a DynamoDB table beside it names both.
    files = _service(
        '    "@aws-sdk/client-dynamodb": "^3.525.0",\n    "pg": "^8.11.0",\n'
    )
    found = by_folder(write(tmp_path, files))
    names = {s.name for s in found["."].findings if s.kind is K.DATABASE}
    assert {"DynamoDB", "PostgreSQL"} <= names
