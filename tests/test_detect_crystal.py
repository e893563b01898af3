"""Crystal, an ecosystem the three-hundred-and-thirtieth held-out set brought
(benchmarks/detect_heldout330.yaml), as a small fixture of the real files' shape (#19): a Kemal
application whose `shard.yml` declares kemal, crystal-pg and sqlite3 with version ranges and
Spectator for development, `shard.lock` resolving them, a program opening crystal-db's
connection, Spectator's specs; and the counter-case of a shard building no program."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import crystal
from designer.detect.signals import Lines
from designer.model.stack import FindingKind

_SHARD = """name: tube
version: 2.20260804.1-dev

targets:
  tube:
    main: src/tube.cr

dependencies:
  pg:
    github: will/crystal-pg
    version: ~> 0.28.0
  sqlite3:
    github: crystal-lang/crystal-sqlite3
    version: ~> 0.21.0
  kemal:
    github: kemalcr/kemal
    version: ~> 1.6.0

development_dependencies:
  spectator:
    github: icy-arctic-fox/spectator
    version: ~> 0.10.4

crystal: ">= 1.10.0, < 2.0.0"

license: AGPL-3.0-only
"""

_LOCK = """version: 2.0
shards:
  db:
    git: https://github.com/crystal-lang/crystal-db.git
    version: 0.13.1

  kemal:
    git: https://github.com/kemalcr/kemal.git
    version: 1.6.0

  pg:
    git: https://github.com/will/crystal-pg.git
    version: 0.28.0

  spectator:
    git: https://github.com/icy-arctic-fox/spectator.git
    version: 0.10.6

  sqlite3:
    git: https://github.com/crystal-lang/crystal-sqlite3.git
    version: 0.21.0
"""

_MAIN = """require "kemal"
require "pg"

PG_DB = DB.open CONFIG.database_url

get "/feed/:id" do |env|
  PG_DB.query_one("SELECT 1", as: Int32)
end

Kemal.run do |config|
  config.port = 3000
end
"""


def _tree() -> dict[str, str]:
    return {
        "shard.yml": _SHARD,
        "shard.lock": _LOCK,
        "src/tube.cr": _MAIN,
        "docker-compose.yml": (
            "services:\n  postgres:\n    image: postgres:14\n  tube:\n    build: .\n"
        ),
        "spec/parsers_spec.cr": (
            'require "./spec_helper"\n\nSpectator.describe "parsers" do\n'
            '  it "reads" do\n    expect(1).to eq(1)\n  end\nend\n'
        ),
    }


def test_kemal_application_versioned_from_shard_lock(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert backend.language == "Crystal"
    assert first(backend, FindingKind.FRAMEWORK) == ("Kemal", "1.6.0")
    assert first(backend, FindingKind.QUERY)[0] in ("crystal-db", "crystal-pg")
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"
    assert first(backend, FindingKind.TEST) == ("Spectator", "0.10.6")


def test_crystal_own_spec(tmp_path: Path) -> None:
    files = _tree()
    files["shard.yml"] = _SHARD.replace(
        "  spectator:\n    github: icy-arctic-fox/spectator\n    version: ~> 0.10.4\n", ""
    ).replace("development_dependencies:\n", "")
    files["spec/parsers_spec.cr"] = (
        'require "spec"\n\ndescribe "parsers" do\n  it "reads" do\n'
        "    1.should eq(1)\n  end\nend\n"
    )
    assert first(by_folder(write(tmp_path, files))["."], FindingKind.TEST)[0] == "crystal spec"


def test_shard_without_targets_is_a_library(tmp_path: Path) -> None:
    """Counter-case: a shard building no program (a Kemal plugin, its `shard.yml` with no
    `targets:`) is no backend, whatever framework it names."""
    files = {
        "shard.yml": "name: kemal-session-store\nversion: 0.1.0\n\ndependencies:\n"
        "  kemal:\n    github: kemalcr/kemal\n  pg:\n    github: will/crystal-pg\n",
        "src/kemal-session-store.cr": 'require "kemal"\nrequire "pg"\n\nmodule Store\nend\n',
    }
    assert by_folder(write(tmp_path, files)) == {}
    parsed = crystal.parse(Lines("shard.yml", files["shard.yml"]))
    assert parsed.library
    assert [s.name for s in parsed.signals if s.kind is FindingKind.FRAMEWORK] == ["Kemal"]
