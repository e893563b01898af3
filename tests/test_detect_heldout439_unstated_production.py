"""Ruby: a `database.yml` with no production environment (set 439, #19).

A Rails app deployed on Heroku writes `config/database.yml` for development and test alone
(Rails' `default: &default` on `sqlite3`, merged by both) and bundles `pg` for every
environment; production reads `DATABASE_URL`, which the Postgres add-on sets. The file names
the engine developers run; the deployed one is PostgreSQL. The counter-cases: a file that
writes production keeps its engine, so does a file whose environments an ERB loop writes, and a
development-only file with no other driver beside it still gives its engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = (
    "source 'https://rubygems.org'\n\ngem 'rails', '8.0.1'\ngem 'puma'\n\n"
    "group :development, :test do\n  gem 'rspec-rails'\n  gem 'sqlite3', '>= 2.1'\nend\n\n"
    "gem 'rails_12factor', group: :production\n"
)
_PG = 'gem "pg", "~> 1.4.6"\n'
_DEFAULT = (
    "# SQLite version 3.x\n#   gem install sqlite3\n#\n"
    "default: &default\n  adapter: sqlite3\n  pool: 5\n  timeout: 5000\n\n"
)
_DEV_TEST = (
    "development:\n  <<: *default\n  database: db/development.sqlite3\n\n"
    "# Warning: The database defined as \"test\" will be erased and\n"
    "# re-generated from your development database when you run \"rake\".\n"
    "# Do not set this db to the same as development or production.\n"
    "test:\n  <<: *default\n  database: db/test.sqlite3\n"
)


def _app(gemfile: str, database_yml: str) -> dict[str, str]:
    return {
        "Gemfile": gemfile,
        "config/application.rb": "module Leasing\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :leases\nend\n",
        "app/models/lease.rb": "class Lease < ApplicationRecord\nend\n",
        "config/database.yml": database_yml,
        "Procfile": "web: bundle exec puma -C config/puma.rb\n",
    }


def test_a_file_without_production_is_developments(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(_GEMFILE + _PG, _DEFAULT + _DEV_TEST)))
    assert first(found["."], K.FRAMEWORK)[0] == "Rails"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_plain_adapter_without_production_is_developments(tmp_path: Path) -> None:
    plain = "development:\n  adapter: sqlite3\n  database: db/development.sqlite3\n"
    found = by_folder(write(tmp_path, _app(_GEMFILE + _PG, plain)))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_file_with_production_keeps_its_engine(tmp_path: Path) -> None:
    production = "\nproduction:\n  <<: *default\n  database: db/production.sqlite3\n"
    found = by_folder(write(tmp_path, _app(_GEMFILE + _PG, _DEFAULT + _DEV_TEST + production)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_environments_an_erb_loop_writes_keep_their_engine(tmp_path: Path) -> None:
    loop = (
        "<% %w[development production].each do |env| %>\n<%= env %>:\n  <<: *default\n"
        "  database: db/<%= env %>.sqlite3\n<% end %>\n\n"
    )
    test = "test:\n  <<: *default\n  database: db/test.sqlite3\n"
    found = by_folder(write(tmp_path, _app(_GEMFILE + _PG, _DEFAULT + loop + test)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_file_without_production_and_no_other_driver_gives_its_engine(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _app(_GEMFILE, _DEFAULT + _DEV_TEST)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"
