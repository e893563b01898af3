"""A workspace plugin that requires Mongoose only to mint ObjectIds lends no ORM (#19): the
reaction shape of held-out set 42, whose authentication plugin hands
`() => mongoose.Types.ObjectId().toString()` to another library's MongoDB store while the
whole API reaches MongoDB through the driver its core package opens. A plugin defining a
Mongoose schema keeps lending Mongoose."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_heldout41_42_workspace_server import reaction_workspace
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_IDS = (
    'import { Mongo } from "@accounts/mongo";\nimport mongoose from "mongoose";\n\n'
    "export default async (db) => new Mongo(db, {\n"
    "  idProvider: () => mongoose.Types.ObjectId().toString()\n});\n"
)
_SCHEMA = (
    'import mongoose from "mongoose";\n\n'
    "const Session = new mongoose.Schema({ token: String });\n"
    'export default mongoose.model("Session", Session);\n'
)


def _with_plugin(code: str) -> dict[str, str]:
    files = reaction_workspace()
    files["packages/api-plugin-authentication/package.json"] = package_json(
        {"@accounts/mongo": "^0.33.0", "@acme/api-core": "^3.0.0", "mongoose": "^6.0.4"},
        name="@acme/api-plugin-authentication", main="index.js",
    )
    files["packages/api-plugin-authentication/src/util/accountServer.js"] = code
    files["packages/api-plugin-authentication/src/util/accountServer.test.js"] = (
        'import mongoose from "mongoose";\n\nbeforeAll(() => mongoose.connect(url));\n'
    )
    app = "apps/reaction/package.json"
    files[app] = files[app].replace(
        '"@acme/logger": "1.0.0"',
        '"@acme/logger": "1.0.0",\n    "@acme/api-plugin-authentication": "3.0.0"',
    )
    return files


@pytest.mark.parametrize(("code", "layer"), [(_IDS, "mongodb"), (_SCHEMA, "Mongoose")])
def test_mongoose_for_ids_alone_is_no_data_layer(tmp_path: Path, code: str, layer: str) -> None:
    write(tmp_path, _with_plugin(code))
    app = by_folder(tmp_path)["apps/reaction"]
    layers = [f.name for f in app.findings if f.kind in (K.ORM, K.QUERY)]
    assert layers[0] == layer
