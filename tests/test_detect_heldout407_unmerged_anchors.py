"""Ruby: a `database.yml` anchor the production environment never merges (set 407, #19).

A Rails app's `config/database.yml` keeps Rails' `default: &default` on `sqlite3`, merged by
development and test, while `production:` is written on its own with its adapter read from the
environment (`adapter: <%= ENV['APP_DB_ADAPTER'] %>`), which the image sets (`ENV
APP_DB_ADAPTER=mysql2`, `RAILS_ENV=production`) beside a Compose MariaDB. The anchor names the
engine developers run; the deployed one is MySQL. The counter-cases: a production environment
that merges the anchor, directly or through another anchor, keeps it as the program's choice."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = (
    "source 'https://rubygems.org'\n\ngem 'rails', '~> 8.0'\ngem 'sqlite3', '>= 2.1'\n"
    "gem 'mysql2', '~> 0.5'\ngem 'puma'\n"
)
_DEFAULT = "default: &default\n  adapter: sqlite3\n  pool: 5\n  timeout: 5000\n\n"
_DEV_TEST = (
    "development:\n  <<: *default\n  database: db/development.sqlite3\n\n"
    "test:\n  <<: *default\n  database: db/test.sqlite3\n\n"
)
_OWN_PRODUCTION = (
    "production:\n  adapter: <%= ENV['APP_DB_ADAPTER'] %>\n"
    "  database: <%= ENV['APP_DB_NAME'] %>\n  host: <%= ENV['APP_DB_HOST'] %>\n"
)
_MERGED_PRODUCTION = "production:\n  <<: *default\n  database: db/production.sqlite3\n"
_DOCKERFILE = (
    "FROM ruby:3.4\nWORKDIR /app\nENV RAILS_ENV=production\nENV APP_DB_ADAPTER=mysql2\n"
    "ENV APP_DB_PORT=3306\nCOPY . .\nRUN bundle install\n"
    'CMD ["rails", "server", "-b", "0.0.0.0"]\n'
)


def _app(database_yml: str) -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "config/application.rb": "module Docs\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :documents\nend\n",
        "app/models/document.rb": "class Document < ApplicationRecord\nend\n",
        "config/database.yml": database_yml,
        "Dockerfile": _DOCKERFILE,
    }


def test_an_anchor_production_never_merges_is_developments(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(_DEFAULT + _DEV_TEST + _OWN_PRODUCTION)))
    assert first(found["."], K.FRAMEWORK)[0] == "Rails"
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_an_anchor_production_merges_is_the_programs(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(_DEFAULT + _DEV_TEST + _MERGED_PRODUCTION)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_an_anchor_production_merges_through_another_is_the_programs(tmp_path: Path) -> None:
    shared = "common: &common\n  <<: *default\n  encoding: utf8\n\n"
    production = "production:\n  <<: *common\n  database: db/production.sqlite3\n"
    found = by_folder(write(tmp_path, _app(_DEFAULT + shared + _DEV_TEST + production)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"
