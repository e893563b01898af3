"""Shapes of the four-hundred-and-fifteenth held-out set (benchmarks/detect_heldout415.yaml),
as small fixtures of the real files' shape (#19):

- a Lapis application kept without a rockspec (its CI installs the rocks by URL): `app.moon`
  beside the `nginx.conf` OpenResty serves it with, models on `lapis.db.model`, MoonScript
  busted specs (`describe "app", ->`, a call without parentheses);
- a Kemal application whose ORM is Lustra (Clear's fork), on crystal-pg;
- a Jester application choosing its database module at compile time (`when defined(postgres):
  import db_postgres` / `else: import db_sqlite`): a plain build compiles the `else:` one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP_MOON = """lapis = require "lapis"
import Users from require "models"

class extends lapis.Application
  "/": =>
    render: true
"""

_CONFIG_MOON = """config = require "lapis.config"

config {"development", "test", "production"}, ->
  postgres {
    database: "practice"
  }
"""

_MODEL_MOON = """db = require "lapis.db"
import Model from require "lapis.db.model"

class Users extends Model
  @timestamp: true
"""

_SPEC_MOON = """import use_test_server from require "lapis.spec"
import request from require "lapis.spec.server"

describe "app", ->
  use_test_server!

  it "gets main page", ->
    status = request "/"
    assert.same 200, status
"""

_LAPIS = {
    "app.moon": _APP_MOON,
    "config.moon": _CONFIG_MOON,
    "nginx.conf": "worker_processes ${{NUM_WORKERS}};\nhttp {\n  server {\n"
    "    listen ${{PORT}};\n  }\n}\n",
    "models/users.moon": _MODEL_MOON,
    "models.moon": 'import autoload from require "lapis.util"\nautoload "models"\n',
    "spec/app_spec.moon": _SPEC_MOON,
    "ci.sh": "luarocks install https://example.com/lapis-dev-1.rockspec\n./busted\n",
}


def test_lapis_home_without_rockspec_reads_models_and_specs(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _LAPIS))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Lapis"
    assert first(backend, K.ORM)[0] == "lapis.db"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "busted"


def test_loose_lua_without_lapis_layout_stays_unread(tmp_path: Path) -> None:
    # No `nginx.conf` beside the entry: the Lua files are not a Lapis application's code.
    files = {k: v for k, v in _LAPIS.items() if k != "nginx.conf"}
    backends = by_folder(write(tmp_path, files))
    backend = backends.get(".")
    assert backend is None or first(backend, K.ORM) == ("", "")


_SHARD_YML = """name: directory
version: 1.0.0

targets:
  web:
    main: src/web.cr

dependencies:
  kemal:
    github: kemalcr/kemal
    version: ">= 1.7.0"
  lustra:
    github: crystal-garage/lustra
    version: ">= 0.18.2"

development_dependencies:
  spec-kemal:
    github: kemalcr/spec-kemal
"""

_SHARD_LOCK = """version: 2.0
shards:
  db:
    git: https://github.com/crystal-lang/crystal-db.git
    version: 0.13.1

  kemal:
    git: https://github.com/kemalcr/kemal.git
    version: 1.12.0

  lustra:
    git: https://github.com/crystal-garage/lustra.git
    version: 0.18.3

  pg:
    git: https://github.com/will/crystal-pg.git
    version: 0.29.0
"""


def test_lustra_is_the_data_layer_over_crystal_db(tmp_path: Path) -> None:
    files = {
        "shard.yml": _SHARD_YML,
        "shard.lock": _SHARD_LOCK,
        "src/web.cr": 'require "kemal"\nrequire "../config/config"\n\nKemal.run\n',
        "config/initializers/database.cr": 'Lustra::SQL.init(ENV["DATABASE_URL"])\n',
        "spec/spec_helper.cr": 'require "spec"\nrequire "spec-kemal"\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Kemal"
    assert first(backend, K.ORM)[0] == "Lustra"


_NIMBLE = """version       = "1.0.0"
bin           = @["site"]

when NimMajor >= 2:
  requires "db_connector >= 0.1.0"
else:
  requires "jester >= 0.4.3"

requires "nim >= 1.6.0"
"""

_MAIN_NIM = """import os, strutils
import jester

when NimMajor >= 2:
  when defined(postgres): import db_connector/db_postgres
  else:                   import db_connector/db_sqlite
else:
  when defined(postgres): import db_postgres
  else:                   import db_sqlite

routes:
  get "/":
    resp "ok"
"""


def test_nim_compile_time_database_switch_takes_the_else_branch(tmp_path: Path) -> None:
    files = {"site.nimble": _NIMBLE, "sitepkg/site_main.nim": _MAIN_NIM}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Jester"
    assert first(backend, K.QUERY)[0] == "db_sqlite"
    assert [f.name for f in backend.findings if f.kind is K.DATABASE] == ["SQLite"]
