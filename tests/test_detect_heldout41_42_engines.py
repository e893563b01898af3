"""Engine gaps held-out sets 41 and 42 showed (benchmarks/detect_heldout41.yaml,
detect_heldout42.yaml), each as a small fixture of the real files' shape (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Rails: a production adapter read from the environment with a literal fallback ----------

_GEMFILE = "source 'https://rubygems.org'\n\ngem 'rails', '8.1.3'\ngem 'sqlite3'\ngem 'pg'\n"
_APPLICATION = (
    "require_relative 'boot'\nrequire 'rails/all'\n\nmodule Catalog\n"
    "  class Application < Rails::Application\n  end\nend\n"
)
_DATABASE_YML = (
    "default: &default\n  adapter: sqlite3\n  pool: 5\n\n"
    "development:\n  <<: *default\n  database: db/development.sqlite3\n\n"
    "test:\n  <<: *default\n  database: db/test.sqlite3\n\n"
    "production:\n  adapter: {adapter}\n  encoding: utf8\n"
    "  database: <%= ENV[\"APP_DB_NAME\"] %>\n"
)


@pytest.mark.parametrize(
    ("adapter", "engine"),
    [
        # tul_cob: `ENV[…] || "postgresql"` over a SQLite development and test.
        ('<%= ENV["APP_DB_ADAPTER"] || "postgresql" %>', "PostgreSQL"),
        ("<%= ENV.fetch('APP_DB_ADAPTER', 'mysql2') %>", "MySQL"),
        # A plain production adapter, as before.
        ("postgresql", "PostgreSQL"),
        # An adapter read from the environment with no fallback states nothing: the shared
        # SQLite stays.
        ('<%= ENV["APP_DB_ADAPTER"] %>', "SQLite"),
    ],
)
def test_rails_production_adapter_from_an_erb_fallback(
    tmp_path: Path, adapter: str, engine: str
) -> None:
    files = {
        "Gemfile": _GEMFILE,
        "config/application.rb": _APPLICATION,
        "config/database.yml": _DATABASE_YML.format(adapter=adapter),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == engine
