"""Held-out set 497 (#19): a Rails app whose `config/database.yml` runs MySQL in development and
test (no `production:`; the deployment sets `DATABASE_URL`) and whose bundle resolves mysql2,
keeps beside it the generator's `config/database.yml.example` (a `default: &default` anchor with
`adapter: sqlite3` merged into every environment, production included). The bundle has no
sqlite3: Active Record could not load the example's adapter, so the example names no engine and
the app's own file and driver say MySQL. An example whose adapter the bundle does load still
counts.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_LOCK = """GEM
  remote: https://rubygems.org/
  specs:
    mysql2 (0.5.3)
    rails (6.1.7.6)
      railties (= 6.1.7.6)
    railties (6.1.7.6){extra}

PLATFORMS
  ruby

DEPENDENCIES
  mysql2 (~> 0.5.0)
  rails (~> 6.1.7){extra_dependency}
"""

_DATABASE = """default: &default
  adapter: mysql2
  pool: 5
  username: root

development:
  <<: *default
  database: batches_dev

test:
  <<: *default
  database: batches_test
"""

_EXAMPLE = """# SQLite version 3.x
#   gem install sqlite3
default: &default
  adapter: sqlite3
  pool: 5
  timeout: 5000

development:
  <<: *default
  database: db/development.sqlite3

test:
  <<: *default
  database: db/test.sqlite3

production:
  <<: *default
  database: db/production.sqlite3
"""


def _engines(tmp_path: Path, lock: str) -> list[str]:
    files = {
        "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '~> 6.1.7'\n"
        "gem 'mysql2', '~> 0.5.0'\n",
        "Gemfile.lock": lock,
        "config.ru": "require_relative 'config/environment'\n\nrun Rails.application\n",
        "config/application.rb": "require 'rails/all'\n\nmodule Batches\n"
        "  class Application < Rails::Application\n  end\nend\n",
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :batches\nend\n",
        "config/database.yml": _DATABASE,
        "config/database.yml.example": _EXAMPLE,
        "app/models/batch.rb": "class Batch < ApplicationRecord\nend\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


def test_an_example_whose_adapter_the_bundle_lacks_names_no_engine(tmp_path: Path) -> None:
    assert _engines(tmp_path, _LOCK.format(extra="", extra_dependency="")) == ["MySQL"]


def test_an_example_whose_adapter_is_bundled_still_counts(tmp_path: Path) -> None:
    lock = _LOCK.format(extra="\n    sqlite3 (1.4.2)", extra_dependency="\n  sqlite3")
    assert "SQLite" in _engines(tmp_path, lock)
