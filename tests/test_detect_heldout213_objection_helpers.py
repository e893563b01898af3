"""Node: Objection imported only for its Knex helpers is not the data layer (set 213, #19).

A GraphQL server declares `knex` and `objection`, but no module defines an Objection model: the
one module importing `objection` takes `knexSnakeCaseMappers` from it for the Knex settings,
while the services query through Knex. Objection is built on Knex, and beside a real Objection
code base more files import Knex (for its types) than Objection, so a census normally says
nothing of which one the code is written to (`node_layers`); an upper ORM imported only for its
helpers to the base leaves the base the data layer. A module importing Objection's `Model`
keeps Objection."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "server",\n  "dependencies": {\n    "express": "^4.21.2",\n'
    '    "knex": "^3.1.0",\n    "objection": "^3.0.2",\n    "pg": "^8.11.0"\n  }\n}\n'
)


def _server() -> dict[str, str]:
    files = {
        "package.json": _PACKAGE,
        "src/index.ts": "import express from 'express'\n\nconst app = express()\n"
        "app.listen(4000)\n",
        "src/connections.ts": "import { knex } from 'knex'\n"
        "import { knexSnakeCaseMappers } from 'objection'\n\n"
        "export const db = knex({ client: 'pg', ...knexSnakeCaseMappers() })\n",
    }
    for name in ("user", "article", "comment", "tag", "draft"):
        files[f"src/services/{name}.ts"] = (
            "import { Knex } from 'knex'\n\n"
            f"export const find = (db: Knex) => db('{name}').select()\n"
        )
    return files


def test_objection_for_its_knex_helpers_leaves_knex(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server()))
    assert first(found["."], K.ORM)[0] == "Knex"


def test_an_objection_model_keeps_objection(tmp_path: Path) -> None:
    # Counter-case: a module defines a model on Objection's `Model`.
    files = _server()
    files["src/models/base.ts"] = (
        "import { Model } from 'objection'\n\nexport class BaseModel extends Model {}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "Objection"
