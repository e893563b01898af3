"""A gap the 451st held-out set showed (benchmarks/detect_heldout451.yaml), as a small fixture
of the real files' shape (#19): Express services in folders of their own beside a shared
library folder (a package.json requiring Mongoose, Sequelize and mysql2, no entry point) that
their modules import by relative path, declaring no data layer themselves. Each service takes
the data layer its own modules reach through the library: the one reached far more often
alone, with its driver when that layer names no engine. A library folder that starts a
server of its own lends nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_COMMON = (
    '{\n  "name": "common-library",\n  "main": "index.js",\n  "type": "module",\n'
    '  "dependencies": {\n    "express": "^4.17.1",\n    "mongoose": "^6.13.6",\n'
    '    "mysql2": "^3.9.7",\n    "sequelize": "^6.5.1"\n  }\n}\n'
)


def _service(name: str) -> str:
    return (
        f'{{\n  "name": "{name}",\n  "main": "{name}.server.js",\n  "type": "module",\n'
        '  "dependencies": {\n    "express": "^4.17.1",\n    "helmet": "^4.4.1"\n  },\n'
        '  "devDependencies": {\n    "sequelize-cli": "^6.2.0"\n  }\n}\n'
    )


def _server(*imports: str) -> str:
    lines = "".join(f"import {n} from '{p}';\n" for n, p in imports)
    return (
        f"import express from 'express';\n{lines}\nconst app = express();\n"
        "app.get('/health', (req, res) => res.send('ok'));\napp.listen(3000);\n"
    )


_MONGO_MODEL = (
    "import mongoose from 'mongoose';\n\nconst { Schema } = mongoose;\n"
    "export default mongoose.model('notifications', new Schema({ text: String }));\n"
)
_SEQUELIZE_INDEX = (
    "import Sequelize from 'sequelize';\n\nconst db = {};\n"
    "db.sequelize = new Sequelize('db', 'user', 'secret', { dialect: 'mysql' });\n"
    "export default db;\n"
)
_MONGO_CONNECT = "import mongoose from 'mongoose';\n\nexport default () => mongoose.connect(url);\n"

_NOTIFY = _server(
    ("Mongo", "./resources/database/mongo.database.js"),
    ("Db", "./resources/database/mysql.database.js"),
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "api/Common/package.json": _COMMON,
        "api/Common/Mongoose/models/notifications.js": _MONGO_MODEL,
        "api/Common/Mongoose/models/recent-visited.js": _MONGO_MODEL,
        "api/Common/Mongoose/connect.js": _MONGO_CONNECT,
        "api/Common/Sequelize-cli/models/index.js": _SEQUELIZE_INDEX,
        # A service whose store code is Mongoose's; its MySQL connection is opened once.
        "api/Notification/package.json": _service("notify"),
        "api/Notification/notify.server.js": _NOTIFY,
        "api/Notification/resources/database/mongo.database.js":
            "import connect from '../../../Common/Mongoose/connect.js';\nexport default connect;\n",
        "api/Notification/resources/database/mysql.database.js":
            "import db from '../../../Common/Sequelize-cli/models/index.js';\nexport default db;\n",
        "api/Notification/core/notify.service.js":
            "import Model from '../../Common/Mongoose/models/notifications.js';\n"
            "export const list = () => Model.find();\n",
        "api/Notification/middleware/visited.js":
            "import Visited from '../../Common/Mongoose/models/recent-visited.js';\n"
            "export default (req, res, next) => Visited.create({}).then(next);\n",
        # An admin panel over the Sequelize models alone.
        "api/Admin/package.json": _service("admin"),
        "api/Admin/admin.server.js": _server(("Db", "./resources/database/mysql.database.js")),
        "api/Admin/resources/database/mysql.database.js":
            "import db from '../../../Common/Sequelize-cli/models/index.js';\nexport default db;\n",
        **extra,
    }


def test_a_service_takes_the_data_layer_its_modules_reach_in_the_library(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["api/Notification"], FindingKind.ORM)[0] == "Mongoose"
    assert first(found["api/Notification"], FindingKind.DATABASE)[0] == "MongoDB"
    assert first(found["api/Admin"], FindingKind.ORM)[0] == "Sequelize"
    assert first(found["api/Admin"], FindingKind.DATABASE)[0] == "MySQL"


def test_a_library_folder_that_starts_a_server_lends_nothing(tmp_path: Path) -> None:
    tree = _tree(**{"api/Common/index.js": _server()})
    found = by_folder(write(tmp_path, tree))
    assert first(found["api/Admin"], FindingKind.ORM)[0] == ""
