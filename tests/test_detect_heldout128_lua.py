"""Lua, an ecosystem the hundred-and-twenty-eighth held-out set brought
(benchmarks/detect_heldout128.yaml), as a small fixture of the real files' shape (#19): an
OpenResty gateway whose admin web application runs on Lapis. The rockspec under `src/` declares
the rocks (`lapis ~> 1.16.0`), `luarocks.lock` beside it resolves them (`lapis = "1.16.0-1"`,
pgmoon pulled in by lapis), Lapis's `config.lua` sets up PostgreSQL, the web app (in a folder
whose own package.json only builds its assets with webpack) creates `lapis.Application()` and
its models extend `lapis.db.model`'s Model. The root holds the build and a Ruby test harness
(a Gemfile with minitest and, to seed test data, activerecord and pg): no backend of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.detect.walker import walk
from designer.model.stack import FindingKind

_ROCKSPEC = """package = "gateway"

version = "git-1"
source = {
  url = "git+https://example.com/gateway.git"
}

dependencies = {
  "argparse ~> 0.7.1",
  "lapis ~> 1.16.0",
  "lua-resty-http ~> 0.17.2",
  "penlight ~> 1.14.0",
}

build = {
  type = "builtin",
  modules = {},
}
"""

_LOCK = """return {
   dependencies = {
      argparse = "0.7.1-1",
      lapis = "1.16.0-1",
      ["lua-resty-http"] = "0.17.2-0",
      penlight = "1.14.0-3",
      pgmoon = "1.16.0-1",
   },
}
"""

_CONFIG = """local lapis_config = require("lapis.config")

lapis_config("production", {
  postgres = {
    host = os.getenv("DB_HOST"),
    database = "gateway",
  },
  secret = assert(os.getenv("SECRET_KEY")),
})
"""

_APP = """local lapis = require "lapis"
local db = require "lapis.db"
local Admin = require "gateway.web-app.models.admin"

local app = lapis.Application()

app:get("/admins/:id", function(self)
  return { json = Admin:find(self.params.id) }
end)

return app
"""

_MODEL_EXT = """local Model = require("lapis.db.model").Model

return function(name, options)
  return Model:extend(name, options)
end
"""

_GEMFILE = """source "https://rubygems.org"

ruby "~> 3.1"

gem "minitest", "~> 5.26.2"
gem "activerecord", "~> 7.2.3", :require => "active_record"
gem "pg", "~> 1.6.2"
"""


def _tree() -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "test/admin/test_login.rb": (
            'require_relative "../test_helper"\n\nclass Test::Admin::TestLogin < Minitest::Test\n'
            "  def test_login\n    assert true\n  end\nend\n"
        ),
        "src/gateway-git-1.rockspec": _ROCKSPEC,
        "src/luarocks.lock": _LOCK,
        "src/config.lua": _CONFIG,
        "src/gateway/proxy/hooks/init.lua": 'local http = require "resty.http"\nreturn http\n',
        "src/gateway/web-app/package.json": package_json(
            {"@fortawesome/fontawesome-svg-core": "^6.7.2"},
            {"webpack": "^5.104.1", "webpack-cli": "^5.1.4", "sass": "^1.97.1"},
        ),
        "src/gateway/web-app/webpack.config.js": "module.exports = { entry: './assets/app.js' };\n",
        "src/gateway/web-app/app.lua": _APP,
        "src/gateway/web-app/utils/model_ext.lua": _MODEL_EXT,
        "src/gateway/web-app/models/admin.lua": (
            'local model_ext = require "gateway.web-app.utils.model_ext"\n\n'
            'return model_ext("admins")\n'
        ),
    }


def test_lapis_application_is_keyed_by_its_rockspec(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["src"]
    backend = found["src"]
    assert backend.language == "Lua"
    assert first(backend, FindingKind.FRAMEWORK) == ("Lapis", "1.16.0")
    assert first(backend, FindingKind.ORM)[0] == "lapis.db"
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_busted_specs_are_the_tests(tmp_path: Path) -> None:
    files = _tree()
    files["src/spec/admin_spec.lua"] = (
        'describe("admins", function()\n  it("finds", function()\n'
        "    assert.truthy(true)\n  end)\nend)\n"
    )
    files["src/gateway-git-1.rockspec"] = _ROCKSPEC.replace(
        "build = {", 'test_dependencies = {\n  "busted >= 2.0",\n}\n\nbuild = {'
    )
    assert first(by_folder(write(tmp_path, files))["src"], FindingKind.TEST)[0] == "busted"


def test_rockspec_of_a_library_without_a_web_framework_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: a rock of plain Lua modules (no Lapis, no application object) is no
    backend (what the root's harness is reported as, with no backend beside it, is not this
    rule's matter)."""
    files = {
        "Gemfile": _GEMFILE,
        "src/strings-1.0-1.rockspec": _ROCKSPEC.replace('"lapis ~> 1.16.0",\n', "").replace(
            'package = "gateway"', 'package = "strings"'
        ),
        "src/strings/init.lua": "local M = {}\nfunction M.trim(s) return s end\nreturn M\n",
    }
    assert "src" not in by_folder(write(tmp_path, files))


def test_lua_code_in_a_node_service_without_a_rockspec_names_no_lua_backend(tmp_path: Path) -> None:
    """Counter-case: Lua code kept in a Node service's tree (a script requiring Lapis's query
    module, no application object, no rockspec) makes no Lua backend: the service stays the
    Node one."""
    files = {
        "package.json": package_json({"express": "^4.21.2"}),
        "server.js": "const express = require('express');\nconst app = express();\n"
        "app.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n",
        "scripts/purge.lua": 'local db = require("lapis.db")\ndb.query("DELETE FROM hits")\n',
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["."]
    assert found["."].language != "Lua"
    assert first(found["."], FindingKind.QUERY)[0] != "lapis.db"


def test_loose_lua_files_do_not_take_the_quota_of_the_projects_code(tmp_path: Path) -> None:
    """Counter-case of reading Lua: a Node service's folder of many Redis scripts (`*.lua`,
    named before its modules) outside any rockspec is not read, so the service's own modules
    after them still are; under a rockspec the same scripts are the project's code."""
    files = {
        "package.json": package_json({"express": "^4.21.2"}),
        "server.js": "const express = require('express');\n",
        **{f"lib/a{n:02}.lua": "return redis.call('GET', KEYS[1])\n" for n in range(40)},
        "lib/routes.js": "module.exports = {};\n",
    }
    read = {s.path for sources in walk(write(tmp_path, files)).sources.values() for s in sources}
    assert "lib/routes.js" in read
    assert not any(path.endswith(".lua") for path in read)
    files["gateway-1.0-1.rockspec"] = _ROCKSPEC
    read = {s.path for sources in walk(write(tmp_path, files)).sources.values() for s in sources}
    assert "lib/a00.lua" in read
