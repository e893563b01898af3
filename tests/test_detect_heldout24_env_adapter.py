"""An env example committed without its leading dot that sets the adapter database.yml reads
under the application's own prefix (held-out set 58, #19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_a_prefixed_adapter_in_an_undotted_env_example(tmp_path: Path) -> None:
    files = {
        "Gemfile": 'source "https://rubygems.org"\n\ngem "rails"\ngem "sqlite3"\ngem "pg"\n',
        "config/application.rb": (
            "module App\n  class Application < Rails::Application\n  end\nend\n"
        ),
        "config/database.yml": (
            'default: &default\n  adapter: <%= ENV["SHELF_DATABASE_ADAPTER"] %>\n'
            '  database: <%= ENV["SHELF_DATABASE_NAME"] %>\n\ndevelopment:\n  <<: *default\n\n'
            "test:\n  adapter: sqlite3\n  database: storage/test.sqlite3\n\n"
            "production:\n  <<: *default\n"
        ),
        "env_example": "# Database\nSHELF_DATABASE_ADAPTER=postgresql\nSHELF_DATABASE_NAME=shelf\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "PostgreSQL"


def test_an_engine_named_prefix_is_that_engines_setting() -> None:
    from designer.detect.engines import is_engine_key

    assert is_engine_key("shelf_database_adapter")
    assert not is_engine_key("mssql_db_engine")
    assert not is_engine_key("test_db_engine")
