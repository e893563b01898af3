"""Held-out set 100 (#19): a Rails app whose Gemfile installs `sqlite3` for every environment
and `mysql2` in its `group :production` block, its database.yml reading the adapter from the
environment (set to sqlite3 by the development env files and by a development Dockerfile).

The driver Bundler installs only in production names the engine the deployed app runs on, above
the SQLite driver every environment installs and the development image's setting. Outside the
production group (every environment's gems, or the development and test groups) a second driver
keeps the rank it had.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APPLICATION = """require_relative 'boot'

require 'rails/all'

Bundler.require(*Rails.groups)

module Portfolio
  class Application < Rails::Application
    config.load_defaults 7.2
  end
end
"""

_ROUTES = """Rails.application.routes.draw do
  resources :applications
end
"""

_DATABASE_YML = """database_settings: &database_settings
  adapter:   <%= ENV["APP_DATABASE_ADAPTER"] %>
  database:  <%= ENV["APP_DATABASE_NAME"] %>
  host:      <%= ENV["APP_DATABASE_HOST"] %>

development:
  <<: *database_settings

test:
  <<: *database_settings

production:
  <<: *database_settings
"""

_DOCKERFILE = """FROM ruby:3.3-alpine
RUN apk add --no-cache build-base sqlite-dev mariadb-dev
ENV RAILS_ENV='development'
ENV APP_DATABASE_ADAPTER='sqlite3'
WORKDIR /opt/app
COPY . ./
RUN bundle install
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
"""


def _gemfile(block: str) -> str:
    return (
        "source 'https://rubygems.org'\n\nruby '3.3.9'\n\n"
        "gem 'rails', '~> 7.2.2'\n# Use sqlite3 as the database for Active Record\n"
        "gem 'sqlite3', '~> 1.4'\ngem 'puma', '>= 6.4.3'\n\n"
        "group :development, :test do\n  gem 'rspec-rails', '~> 6.0'\nend\n\n"
        f"{block}"
    )


def _tree(block: str) -> dict[str, str]:
    return {
        "Gemfile": _gemfile(block),
        "config/application.rb": _APPLICATION,
        "config/routes.rb": _ROUTES,
        "config/database.yml": _DATABASE_YML,
        "docker/Dockerfile": _DOCKERFILE,
        ".env.development": "APP_DATABASE_ADAPTER=sqlite3\nAPP_DATABASE_NAME=db/dev.sqlite3\n",
    }


def test_the_production_group_driver_is_the_engine(tmp_path: Path) -> None:
    block = "group :production do\n  # Mysql database.\n  gem 'mysql2'\n  gem 'rb-readline'\nend\n"
    backend = by_folder(write(tmp_path, _tree(block)))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_production_group_option_names_the_engine_too(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("gem 'pg', group: :production\n")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_driver_of_the_development_group_does_not(tmp_path: Path) -> None:
    block = "group :development do\n  gem 'mysql2'\nend\n"
    backend = by_folder(write(tmp_path, _tree(block)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_group_shared_with_development_is_not_production_only(tmp_path: Path) -> None:
    # `group :development, :production`: installed on developers' machines too, so it names
    # no deployment of its own; the image's SQLite stays the engine.
    block = "group :development, :production do\n  gem 'mysql2'\nend\n"
    backend = by_folder(write(tmp_path, _tree(block)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
