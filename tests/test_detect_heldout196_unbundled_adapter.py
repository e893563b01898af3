"""Held-out set 196 (#19): a Rails app with no `config/database.yml` committed whose only
database.yml is a provisioning tool's template (`config/stack/server_files/database.yml`,
every environment `adapter: mysql2`, beside an unused `sqlite` anchor), while its Gemfile
comments mysql2 out and bundles pg and sqlite3. Active Record cannot load an adapter whose gem
the bundle lacks: the template is no configuration of the app, and the engine is the server
its bundle drives, PostgreSQL. A template whose production adapter the bundle does load still
names the engine; without a Gemfile.lock nothing is judged.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

gem 'rails', '3.2.13'
gem 'sqlite3', '1.3.11'
gem 'pg'
# gem 'mysql2', '~> 0.3.10'
"""

_LOCK = """GEM
  remote: https://rubygems.org/
  specs:
    pg (0.17.1)
    rails (3.2.13)
      railties (= 3.2.13)
    railties (3.2.13)
    sqlite3 (1.3.11){extra}

PLATFORMS
  ruby

DEPENDENCIES
  pg
  rails (= 3.2.13)
  sqlite3 (= 1.3.11){extra_dependency}
"""

_TEMPLATE = """sqlite: &sqlite
  adapter: sqlite3
  database: db/<%= opts[:rails_env] %>.sqlite3

development:
  adapter: mysql2
  database: projects_development

production:
  adapter: mysql2
  database: projects_<%= opts[:rails_env] %>
  username: deploy
"""


def _engines(tmp_path: Path, lock: str | None) -> list[str]:
    files = {
        "Gemfile": _GEMFILE,
        "config.ru": "require ::File.expand_path('../config/environment',  __FILE__)\n"
        "run Rails.application\n",
        "config/application.rb": "require 'rails/all'\n\nmodule Plans\n"
        "  class Application < Rails::Application\n  end\nend\n",
        "config/routes.rb": "Plans::Application.routes.draw do\n  resources :plans\nend\n",
        "config/stack/server_files/database.yml": _TEMPLATE,
        "app/models/plan.rb": "class Plan < ActiveRecord::Base\nend\n",
    }
    if lock is not None:
        files["Gemfile.lock"] = lock
    backend = by_folder(write(tmp_path, files))["."]
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


def test_a_template_whose_adapter_the_bundle_lacks_names_no_engine(tmp_path: Path) -> None:
    engines = _engines(tmp_path, _LOCK.format(extra="", extra_dependency=""))
    assert engines[0] == "PostgreSQL"
    assert "MySQL" not in engines


def test_a_template_whose_adapter_is_bundled_names_the_engine(tmp_path: Path) -> None:
    lock = _LOCK.format(extra="\n    mysql2 (0.3.21)", extra_dependency="\n  mysql2")
    assert _engines(tmp_path, lock)[0] == "MySQL"


def test_without_a_lock_nothing_is_judged(tmp_path: Path) -> None:
    assert _engines(tmp_path, None)[0] == "MySQL"
