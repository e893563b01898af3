"""Node: a Sails 0.12 app's `config/connections.js` names Waterline (set 345, #19).

Before Sails 1.0 the ORM hook shipped inside `sails` itself (no `sails-hook-orm` nor
`waterline` in package.json) and the adapters' settings lived in `config/connections.js`
(`adapter: 'sails-postgresql'`), the file Sails 1.0 renamed `datastores.js`. The models of
`api/models/` go through Waterline all the same: it is the data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _app(connections: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"sails": "~0.12.14", "sails-disk": "^0.10.10", "sails-postgresql": "^0.11.4"},
            scripts={"start": "node app.js"},
        ),
        ".sailsrc": '{\n  "generators": {\n    "modules": {}\n  }\n}\n',
        "app.js": "var sails = require('sails');\nsails.lift(require('rc')('sails'));\n",
        "config/connections.js": connections,
        "config/models.js": "module.exports.models = {\n"
        "  connection: process.env.DB_ADAPTER || 'localDiskDb',\n  migrate: 'safe'\n};\n",
        "api/models/User.js": "module.exports = {\n  attributes: { username: 'string' }\n};\n",
    }


_CONNECTIONS = (
    "module.exports.connections = {\n  localDiskDb: {\n    adapter: 'sails-disk'\n  },\n"
    "  postgres: {\n    adapter: 'sails-postgresql',\n    url: process.env.DB_URI\n  }\n};\n"
)


def test_sails_012_connections_name_waterline(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(_CONNECTIONS)))
    app = found["."]
    assert first(app, K.FRAMEWORK)[0] == "Sails"
    assert first(app, K.ORM)[0] == "Waterline"


def test_a_connections_file_of_no_sails_adapter_names_nothing(tmp_path: Path) -> None:
    # Counter-case: a `connections.js` naming no Waterline adapter is some other settings file.
    found = by_folder(write(tmp_path, _app("module.exports = { redis: { port: 6379 } };\n")))
    assert first(found["."], K.ORM) == ("", "")
