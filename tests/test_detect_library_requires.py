"""CommonJS in `library_names` (#19): a workspace library module opens its store by a `require`
of the data layer's package as by an import, kept whole (`const mongoose = require("mongoose")`,
`const knex = require("knex")(config)`) or destructured by a name that opens it (`const {
MongoClient } = require("mongodb")`, `const { Pool } = require("pg")`), the same names
(`_OPENERS`, `_VALUES`) as a named import. And a service taking names from the library by a
destructured `require` (`const { a, b } = require("@acme/core")`) is followed by those names as
an ES named import is; a whole `require` of the library still takes all it has."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.library_names import opens
from designer.model.stack import FindingKind as K


@pytest.mark.parametrize(
    "source",
    [
        'const { MongoClient } = require("mongodb");\n',
        'const { MongoClient, ObjectId } = require("mongodb");\n',
        "const {\n  MongoClient,\n  ObjectId,\n} = require('mongodb');\n",
        'const MongoClient = require("mongodb").MongoClient;\n',
        'const mongoose = require("mongoose");\n',
        'const knex = require("knex")(config);\n',
        'const { Pool } = require("pg");\n',
        'const { Pool: PgPool } = require("pg");\n',
        'const { createPool } = require("mysql2/promise");\n',
        'const { PrismaClient } = require("@prisma/client");\n',
        'const { Schema, model } = require("mongoose");\n',
        'const { Sequelize, DataTypes } = require("sequelize");\n',
        'const { ObjectId, ...driver } = require("mongodb");\n',
        'module.exports = require("mongoose").model("User", schema);\n',
    ],
)
def test_a_require_of_a_store_package_opens_it(tmp_path: Path, source: str) -> None:
    write(tmp_path, {"lib/db.js": source})
    assert opens(str(tmp_path), "lib/db.js")


@pytest.mark.parametrize(
    "source",
    [
        'const { ObjectId } = require("mongodb");\n',
        'const { ObjectId: Id, Decimal128 } = require("mongodb");\n',
        'const ObjectId = require("mongodb").ObjectId;\n',
        'const { Types, isValidObjectId } = require("mongoose");\n',
        'const { Collection, Db } = require("mongodb");\n',
        'const { Prisma } = require("@prisma/client");\n',
        # Commented out, or not a data layer's package at all.
        '// const mongoose = require("mongoose");\n',
        '/* const { Pool } = require("pg"); */\n',
        'const express = require("express");\nconst { z } = require("zod");\n',
    ],
)
def test_a_require_of_ids_types_or_no_store_opens_nothing(tmp_path: Path, source: str) -> None:
    write(tmp_path, {"lib/ids.js": source})
    assert not opens(str(tmp_path), "lib/ids.js")


_LIBRARY = {
    "packages/core/package.json": json.dumps(
        {
            "name": "@acme/core",
            "private": True,
            "main": "./src/index.js",
            "dependencies": {"express": "^4.21.2", "mongoose": "^8.9.0"},
        },
        indent=2,
    ),
    "packages/core/src/index.js": (
        'module.exports = {\n  ...require("./server"),\n  ...require("./db"),\n'
        '  ...require("./text"),\n};\n'
    ),
    "packages/core/src/server.js": (
        'const express = require("express");\n\n'
        "function createServer() {\n  const app = express();\n  return app;\n}\n\n"
        "module.exports = { createServer };\n"
    ),
    "packages/core/src/db.js": (
        'const mongoose = require("mongoose");\n\n'
        "const connectDatabase = () => mongoose.connect(process.env.MONGO_URL);\n\n"
        "module.exports = { connectDatabase };\n"
    ),
    "packages/core/src/text.js": (
        'const { isValidObjectId } = require("mongoose");\n\n'
        "const slug = (text) => text.toLowerCase();\n"
        "const validId = (id) => isValidObjectId(id);\n\n"
        "module.exports = { slug, validId };\n"
    ),
}


def _service(folder: str, takes: str) -> dict[str, str]:
    manifest = {
        "name": f"@acme/{folder}",
        "private": True,
        "main": "src/index.js",
        "scripts": {"start": "node src/index.js"},
        "dependencies": {"@acme/core": "workspace:*", "express": "^4.21.2"},
    }
    return {
        f"apps/{folder}/package.json": json.dumps(manifest, indent=2),
        f"apps/{folder}/Dockerfile": 'FROM node:20-alpine\nCMD ["node", "src/index.js"]\n',
        f"apps/{folder}/src/index.js": (
            f'{takes} = require("@acme/core");\n\n'
            "const app = createServer();\n"
            'app.get("/health", (_req, res) => res.json({ ok: slug("Up") }));\n'
            "app.listen(3000);\n"
        ),
    }


def _tree(**services: str) -> dict[str, str]:
    files = {
        "package.json": json.dumps({"name": "acme", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        **_LIBRARY,
    }
    for folder, takes in services.items():
        files.update(_service(folder, takes))
    return files


def test_a_service_requiring_the_connecting_name_takes_the_library_store(
    tmp_path: Path,
) -> None:
    tree = _tree(api="const { createServer, slug, connectDatabase }")
    found = by_folder(write(tmp_path, tree))
    assert first(found["apps/api"], K.ORM)[0] == "Mongoose"
    assert first(found["apps/api"], K.DATABASE)[0] == "MongoDB"


def test_a_service_requiring_only_helpers_takes_no_data(tmp_path: Path) -> None:
    """Its destructured names lead to the server and to a module requiring an id check only."""
    tree = _tree(api="const { createServer, slug, connectDatabase }",
                 web="const { createServer, slug, validId }")
    found = by_folder(write(tmp_path, tree))
    assert first(found["apps/web"], K.ORM) == ("", "")
    assert first(found["apps/web"], K.DATABASE) == ("", "")


def test_a_whole_require_of_the_library_still_takes_its_store(tmp_path: Path) -> None:
    """Counter-case: `const core = require(…)` may use any name: the usual lending holds."""
    files = _tree(api="const { createServer, slug, connectDatabase }",
                  web="const { createServer, slug, validId }")
    files["apps/web/src/index.js"] = (
        'const core = require("@acme/core");\n\nconst app = core.createServer();\n'
        "app.listen(3000);\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["apps/web"], K.ORM)[0] == "Mongoose"
