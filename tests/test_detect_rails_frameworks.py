"""A Rails application that requires Rails' frameworks one by one and leaves Active Record out
(#19, found by set 46's development sweep): the `rails` meta-gem's ActiveRecord is not its,
and one rendering HTML pages over another service's API is a UI, not a backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = "source 'https://rubygems.org'\n\ngem 'rails', '~> 6.1.6'\n{extra}gem 'rspec-rails'\n"
_LOCK = (
    "GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (6.1.7.10)\n"
    "    rspec-rails (6.1.5)\n{extra}\nPLATFORMS\n  java\n\nDEPENDENCIES\n  rails (~> 6.1.6)\n"
    "  rspec-rails\n"
)
_PICKED = (
    "require_relative 'boot'\n\nrequire 'rails'\n# Pick the frameworks you want:\n"
    "require 'action_controller/railtie'\nrequire 'action_view/railtie'\n"
    "# require 'active_record/railtie'\nrequire 'sprockets/railtie'\n\n"
)
_APPLICATION = (
    "module ArchivesSpacePublic\n  class Application < Rails::Application\n{config}  end\nend\n"
)
_SQLITE_SETTINGS = (
    "default: &default\n  adapter: sqlite3\n  pool: 5\n\ndevelopment:\n  <<: *default\n"
)


def _rails(
    folder: str,
    requires: str = _PICKED,
    config: str = "",
    layout: str = "application.html.erb",
    extra_gem: str = "",
) -> dict[str, str]:
    files = {
        f"{folder}/Gemfile": _GEMFILE.replace("{extra}", extra_gem),
        f"{folder}/Gemfile.lock": _LOCK.replace("{extra}", ""),
        f"{folder}/config/application.rb": requires + _APPLICATION.replace("{config}", config),
        f"{folder}/config/routes.rb": "Rails.application.routes.draw do\n"
        "  get '/repositories' => 'repositories#index'\nend\n",
        f"{folder}/config/database.yml": _SQLITE_SETTINGS,
        f"{folder}/app/controllers/repositories_controller.rb": "class RepositoriesController"
        " < ApplicationController\n  def index\n"
        "    @repositories = archivesspace.get('/repositories')\n  end\nend\n",
    }
    if layout:
        files[f"{folder}/app/views/layouts/{layout}"] = "<html><body><%= yield %></body></html>\n"
    return files


_SINATRA_BACKEND = {
    "backend/Gemfile": "source 'https://rubygems.org'\n\ngem 'sinatra', '~> 3.2'\ngem 'sequel'\n"
    "gem 'mysql2'\n",
    "backend/app/main.rb": "require 'sinatra/base'\nrequire 'sequel'\n\n"
    "class ArchivesSpaceService < Sinatra::Base\n  get '/repositories' do\n    '[]'\n  end\nend\n",
}


def test_a_rails_front_end_without_active_record_is_a_ui(tmp_path: Path) -> None:
    files = {**_rails("public"), **_SINATRA_BACKEND}
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"backend"}


def test_an_api_only_rails_app_without_active_record_is_a_backend_with_no_data(
    tmp_path: Path,
) -> None:
    files = _rails("api", config="    config.api_only = true\n", layout="mailer.html.erb")
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.FRAMEWORK) == ("Rails", "6.1.7.10")
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.DATABASE) == ("", "")


def test_a_mailer_layout_alone_renders_no_pages(tmp_path: Path) -> None:
    files = _rails("api", layout="mailer.html.erb")
    assert set(by_folder(write(tmp_path, files))) == {"api"}


@pytest.mark.parametrize(
    "requires",
    [
        "require_relative 'boot'\n\nrequire 'rails/all'\n\n",
        _PICKED.replace("# require 'active_record/railtie'", "require 'active_record/railtie'"),
    ],
)
def test_a_rails_app_loading_active_record_keeps_it(tmp_path: Path, requires: str) -> None:
    backend = by_folder(write(tmp_path, _rails("app", requires=requires)))["app"]
    assert first(backend, K.ORM)[0] == "ActiveRecord"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_rails_ui_keeping_data_in_mongodb_stays_a_backend(tmp_path: Path) -> None:
    files = _rails("app", extra_gem="gem 'mongoid', '~> 7.5'\n")
    backend = by_folder(write(tmp_path, files))["app"]
    assert first(backend, K.ORM)[0] == "Mongoid"
