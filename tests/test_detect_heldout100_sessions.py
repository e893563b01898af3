"""An Express server rendering Nunjucks pages whose one Redis client holds its sessions
(benchmarks/detect_heldout100.yaml, #19): a UI's server, as one with no store at all; the same
server keeping data in Redis, or with an ORM, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_APP = (
    "const express = require('express');\n"
    "const session = require('express-session');\n"
    "const nunjucks = require('nunjucks');\n"
    "const { configureSessionStore } = require('./lib/session');\n"
    "const app = express();\n"
    "nunjucks.configure('src/views', { autoescape: true, express: app });\n"
    "app.set('view engine', 'njk');\n"
    "app.use(session(configureSessionStore(session)));\n"
    "app.get('/', (req, res) => res.render('index'));\n"
    "app.listen(3000);\n"
    "module.exports = app;\n"
)

_SESSION = (
    "const { createClient } = require('redis');\n"
    "const ConnectRedis = require('connect-redis');\n\n"
    "const configureSessionStore = (session) => {\n"
    "\tconst RedisStore = ConnectRedis(session);\n"
    "\tconst redisClient = createClient({ socket: { host: 'redis', port: 6379 } });\n"
    "\tredisClient.connect();\n"
    "\treturn { secret: 's', store: new RedisStore({ client: redisClient }) };\n"
    "};\n\nmodule.exports = { configureSessionStore };\n"
)

_DEPS = {"express": "^4.20.0", "express-session": "^1.17.0", "nunjucks": "^3.2.4",
         "redis": "^4.5.1"}


def _site(tmp_path: Path, deps: dict[str, str], session: str = _SESSION) -> set[str]:
    files = {
        "packages/web/package.json": package_json(deps),
        "packages/web/src/app.js": _APP,
        "packages/web/src/lib/session.js": session,
    }
    return set(by_folder(write(tmp_path, files)))


def test_a_page_server_keeping_its_sessions_in_redis_is_a_ui(tmp_path: Path) -> None:
    assert "packages/web" not in _site(tmp_path, {**_DEPS, "connect-redis": "^6.1.3"})


def test_a_page_server_keeping_data_in_redis_stays_a_backend(tmp_path: Path) -> None:
    # No session store installed: the Redis client it opens holds its own data.
    data = (
        "const { createClient } = require('redis');\n"
        "const client = createClient();\n"
        "const configureSessionStore = () => ({ secret: 's' });\n"
        "const saveOrder = (order) => client.hSet(`order:${order.id}`, order);\n"
        "module.exports = { configureSessionStore, saveOrder };\n"
    )
    assert "packages/web" in _site(tmp_path, _DEPS, data)


def test_a_page_server_with_an_orm_stays_a_backend(tmp_path: Path) -> None:
    deps = {**_DEPS, "connect-redis": "^6.1.3", "sequelize": "^6.33.0", "mysql2": "^3.9.8"}
    assert "packages/web" in _site(tmp_path, deps)
