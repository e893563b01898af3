"""A Rails application whose `config/database.yml` holds two whole sets of environments behind
one ERB test of a setting (`<% if App.config.db_adapter == "postgresql" %>` … PostgreSQL …
`<% else %>` … SQLite … `<% end %>`), both adapters' gems declared, runs on the branch the
setting's default selects: the setting's declared default (`has_config :db_adapter, default:
"sqlite"`) or an environment lookup unset by default. Held-out set 160's music server (#19).
Counter-cases: a default that selects the `if` branch gives that branch's engine, and a
setting whose default cannot be found decides nothing (the file's other signs stay)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = (
    'source "https://rubygems.org"\n\ngem "rails", "~> 8.1.0"\ngem "puma", "~> 6.6.0"\n'
    'gem "sqlite3", "~> 2.7.0"\ngem "pg", "~> 1.5.9"\n'
)
_APPLICATION = """require_relative "boot"
require "rails/all"

module Player
  class Application < Rails::Application
    config.load_defaults 8.1
  end
end

Player.configure do
  has_config :db_url
  has_config :db_adapter, default: "{default}"
end
"""
_DATABASE = """sqlite_default: &sqlite_default
  adapter: sqlite3
  timeout: 5000

pg_default: &pg_default
  adapter: postgresql
  encoding: unicode


<% if {subject} == "postgresql" %>
development:
  primary:
    <<: *pg_default
    database: player_development

production:
  primary: &primary_production
    <<: *pg_default
    url: <%= Player.config.db_url %>
<% else %>
development:
  primary:
    <<: *sqlite_default
    database: storage/development.sqlite3

production:
  primary:
    <<: *sqlite_default
    database: storage/production.sqlite3
<% end %>
"""
_ROUTES = "Rails.application.routes.draw do\n  root to: \"home#index\"\nend\n"


def _engine(tmp_path: Path, default: str, subject: str = "Player.config.db_adapter") -> str:
    files = {
        "Gemfile": _GEMFILE,
        "config/application.rb": _APPLICATION.replace("{default}", default),
        "config/routes.rb": _ROUTES,
        "config/database.yml": _DATABASE.replace("{subject}", subject),
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_the_declared_default_selects_the_sqlite_branch(tmp_path: Path) -> None:
    assert _engine(tmp_path, "sqlite") == "SQLite"


def test_an_unset_environment_variable_selects_the_else_branch(tmp_path: Path) -> None:
    assert _engine(tmp_path, "sqlite", subject='ENV["DB_ADAPTER"]') == "SQLite"


def test_a_default_matching_the_test_selects_the_if_branch(tmp_path: Path) -> None:
    # Counter-case: the same file, the setting defaulting to the tested value.
    assert _engine(tmp_path, "postgresql") == "PostgreSQL"


def test_a_setting_without_a_found_default_decides_nothing(tmp_path: Path) -> None:
    # Counter-case: nothing declares a default for the tested setting; the rule stays silent
    # and the file's engine is what the detector said before (PostgreSQL, the first anchor).
    assert _engine(tmp_path, "sqlite", subject="Player.config.other_adapter") == "PostgreSQL"
