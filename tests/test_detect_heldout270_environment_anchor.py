"""Ruby: an environment's anchor merged into another environment names no engine (set 270, #19).

A Rails 3 app declares `pg` for every environment and `sqlite3` in its development and test
group, and keeps an old `config/database.yml.example` of Rails' stock layout: each environment
on `sqlite3`, `test: &test` merged into `cucumber:` (`<<: *test`). That anchor lends the test
environment's settings to Cucumber's; it is not the engine every environment shares, which the
anchor rule (`defaults.yaml_anchor_rules`) reads as the program's choice. Without it the
driver the deployed app installs (`pg`) names the engine. The counter-case: an anchor named for
an engine (`postgresql: &postgresql`) merged into the shared settings still names it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = (
    "source 'https://rubygems.org'\n\ngem 'rails', '3.2.12'\ngem 'pg'\n\n"
    "group :development, :test do\n  gem 'rspec-rails', '~> 2.12'\n  gem 'sqlite3'\nend\n"
)
_STOCK = (
    "development:\n  adapter: sqlite3\n  database: db/pantry_development.db\n\n"
    "test: &test\n  adapter: sqlite3\n  database: db/pantry_test.db\n\n"
    "production:\n  adapter: sqlite3\n  database: db/pantry_production.db\n\n"
    "cucumber:\n  <<: *test\n"
)
_ENGINE_ANCHORS = (
    "mysql: &mysql\n  adapter: mysql2\n\npostgresql: &postgresql\n  adapter: postgresql\n\n"
    "common: &common\n  <<: *postgresql\n\nproduction:\n  <<: *common\n"
)


def _pantry(example: str) -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "config/application.rb": "module Pantry\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config/routes.rb": "Pantry::Application.routes.draw do\n  resources :items\nend\n",
        "app/models/item.rb": "class Item < ActiveRecord::Base\nend\n",
        "config/database.yml.example": example,
    }


def test_a_test_anchor_merged_into_cucumber_is_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _pantry(_STOCK)))
    assert first(found["."], K.FRAMEWORK)[0] == "Rails"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_an_engine_anchor_merged_into_the_shared_settings_names_it(tmp_path: Path) -> None:
    # Counter-case: the engine's own anchor, merged into what every environment shares.
    files = _pantry(_ENGINE_ANCHORS)
    files["Gemfile"] = _GEMFILE.replace("gem 'pg'", "gem 'mysql2'\ngem 'pg'")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
