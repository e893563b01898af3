"""Gaps the 455th held-out set showed (benchmarks/detect_heldout455.yaml), as small fixtures of
the real files' shape (#19):

- a Flask service whose shipped `config.yaml` (named by its code) picks its engine under a
  `database:` section with a key named for the section again (`db_type: sqlite`), the MySQL
  and PostgreSQL branches of its connection code the operator's alternatives;
- a LoopBack 3 application (the one `loopback` package, `loopback()` in `server/server.js`)
  keeping its models on MongoDB through the juggler's connector, a ClickHouse client beside it;
- an Express service querying ClickHouse through a Node client, whose Mocha script names a
  `test/` folder that does not exist and whose only test-like file is a manual runner in
  `src/test.ts`: no test framework, while the repository's other packages hold tests.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- the engine a shipped settings file's database section names --------------------------

_CONFIG = (
    "hss:\n  realm: example.org\n\n"
    "# The default is SQLite; consider MySQL or PostgreSQL for big deployments.\n"
    "database:\n  db_type: {engine}\n  database: hss.db\n\n"
    "# database:\n#   db_type: mysql\n#   server: 127.0.0.1\n"
)

_DATABASE = (
    "from sqlalchemy import create_engine\n\n\ndef connect(config):\n"
    "    db_type = str(config['database']['db_type'])\n"
    "    if db_type == 'postgresql':\n"
    "        db_string = 'postgresql+psycopg2://' + config['database']['server']\n"
    "    elif db_type == 'mysql':\n"
    "        db_string = 'mysql://' + config['database']['server']\n"
    "    else:\n"
    "        db_string = \"sqlite:///\" + str(config['database']['database'])\n"
    "    return create_engine(db_string)\n"
)


def _flask(engine: str, named: str = "config.yaml") -> dict[str, str]:
    return {
        "config.yaml": _CONFIG.format(engine=engine),
        "requirements.txt": "Flask==3.1.3\nSQLAlchemy==2.0.44\n",
        "lib/__init__.py": "",
        "lib/config.py": (
            "from pathlib import Path\n\nimport yaml\n\n"
            f'PATH = Path(__file__).resolve().parent.parent / "{named}"\n\n\n'
            "def load():\n    return yaml.safe_load(PATH.read_text())\n"
        ),
        "lib/database.py": _DATABASE,
        "services/__init__.py": "",
        "services/api.py": (
            "from flask import Flask\n\napi = Flask(__name__)\n\n\n@api.route('/ping')\n"
            "def ping():\n    return 'pong'\n"
        ),
    }


def test_the_database_sections_db_type_picks_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _flask("sqlite")))["."]
    assert first(found, K.DATABASE)[0] == "SQLite"


def test_a_server_engine_the_section_picks_wins_too(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _flask("postgresql")))["."]
    assert first(found, K.DATABASE)[0] == "PostgreSQL"


def test_a_settings_file_no_module_names_says_nothing(tmp_path: Path) -> None:
    # Counter-case: the code reads another file; the connection code's branches decide.
    found = by_folder(write(tmp_path, _flask("sqlite", named="other.yaml")))["."]
    assert first(found, K.DATABASE)[0] != "SQLite"


# --- LoopBack 3 ---------------------------------------------------------------------------

_LB3_PACKAGE = (
    '{{\n  "name": "api",\n  "main": "server/server.js",\n'
    '  "scripts": {{"start": "node server/server.js"}},\n  "dependencies": {{\n'
    '    {clickhouse}"loopback": "^3.20.0",\n    "loopback-boot": "^2.27.1",\n'
    '    "loopback-connector-mongodb": "^5.0.0"\n  }}\n}}\n'
)

_LB3_SERVER = (
    "const loopback = require('loopback');\nconst boot = require('loopback-boot');\n"
    "const mongoConnector = require('loopback-connector-mongodb');\n\n"
    "const app = (module.exports = loopback());\n\n"
    "app.dataSource('mongo', {\n  connector: mongoConnector,\n"
    "  url: 'mongodb://' + process.env.MONGO_IP + ':27017/' + process.env.MONGO_DB_NAME,\n"
    "});\n\napp.start = function() {\n  return app.listen(function() {\n"
    "    app.emit('started');\n  });\n};\n\nboot(app, __dirname, function(err) {\n"
    "  if (err) throw err;\n  if (require.main === module) app.start();\n});\n"
)


def _lb3(clickhouse: bool = False) -> dict[str, str]:
    extra = '"@apla/clickhouse": "^1.6.0",\n    ' if clickhouse else ""
    return {
        "api/package.json": _LB3_PACKAGE.format(clickhouse=extra),
        "api/server/server.js": _LB3_SERVER,
        "api/server/datasources.json": '{"db": {"name": "db", "connector": "memory"}}\n',
        "api/common/models/member.json": '{"name": "Member", "base": "PersistedModel"}\n',
    }


def test_a_loopback_3_application_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _lb3()))["api"]
    assert first(found, K.FRAMEWORK)[0] == "LoopBack"
    assert first(found, K.ORM)[0] == "loopback-datasource-juggler"
    assert first(found, K.DATABASE)[0] == "MongoDB"


def test_the_juggler_does_not_outweigh_the_store_its_connector_talks_to(tmp_path: Path) -> None:
    # A ClickHouse client beside the MongoDB connector: the models' store stays primary.
    found = by_folder(write(tmp_path, _lb3(clickhouse=True)))["api"]
    assert first(found, K.DATABASE)[0] == "MongoDB"


# --- an Express service over ClickHouse, its Mocha script naming no existing folder ---------

_WORKER_PACKAGE = (
    '{{\n  "name": "log-worker",\n  "dependencies": {{\n'
    '    "@apla/clickhouse": "^1.6.0",\n    "express": "^4.16.4"\n  }},\n'
    '  "devDependencies": {{"mocha": "^5.2.0", "ts-node": "^8.0.0"}},\n'
    '  "scripts": {{"start": "node dist/index.js",\n'
    '    "test": "mocha -r ts-node/register {suite}"}}\n}}\n'
)

_WORKER_INDEX = (
    "import express from 'express';\nimport ClickHouse from '@apla/clickhouse';\n\n"
    "const app = express();\nconst click = new ClickHouse({ host: process.env.CLICK_HOST });\n"
    "app.post('/api/netflow/search', async (req, res) => {\n"
    "  res.json(await click.querying('SELECT 1'));\n});\napp.listen(3000);\n"
)

_MANUAL_RUNNER = (
    "import { createLogger } from './utils/logger';\nconst log = createLogger();\n"
    "export const testRunner = async () => {\n  // await render();\n  log.debug('Done');\n};\n"
)

_SPEC = "describe('search', () => { it('ok', () => {}); });\n"


def _worker(**extra: str) -> dict[str, str]:
    return {
        "log-worker/package.json": _WORKER_PACKAGE.format(suite="test/**/*.ts"),
        "log-worker/src/index.ts": _WORKER_INDEX,
        "log-worker/src/test.ts": _MANUAL_RUNNER,
        "log-worker/src/utils/logger.ts": "export const createLogger = () => console;\n",
        # Another package of the repository holds tests of its own.
        "hotspot/package.json": '{"name": "hotspot", "devDependencies": {"karma": "^1.0.0"}}\n',
        "hotspot/test/spec/controllers/main.js": _SPEC,
        **extra,
    }


def test_a_node_clickhouse_client_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _worker()))["log-worker"]
    assert first(found, K.FRAMEWORK)[0] == "Express"
    assert first(found, K.DATABASE)[0] == "ClickHouse"


def test_a_manual_runner_named_test_ts_is_no_mocha_suite(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _worker()))["log-worker"]
    assert first(found, K.TEST) == ("", "")


def test_a_mocha_test_folder_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case: the folder the script names holds a test.
    spec = {"log-worker/test/search.spec.ts": _SPEC}
    found = by_folder(write(tmp_path, _worker(**spec)))["log-worker"]
    assert first(found, K.TEST)[0] == "Mocha"
