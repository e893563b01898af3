"""Held-out set 285 (#19): a Rails engine gem — a gemspec depending on rails, a Gemfile that
only loads it (`gemspec`) beside development gems and a MySQL driver, `lib/<name>/engine.rb`
declaring `class Engine < ::Rails::Engine`, app/ with controllers and models, config/routes.rb
and db/migrate at its root, and its only application the dummy test host under spec/. It is a
library the host mounts, not a backend (HELDOUT.md), even with no other folder one. The same
root with an application of its own (config/application.rb, config.ru) stays a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_GEMSPEC = """Gem::Specification.new do |s|
  s.name        = "planner-core"
  s.version     = "1.0.0"
  s.files       = Dir["{app,config,db,lib}/**/*"]
  s.add_dependency 'rails', '~> 4.2.0'
  s.add_dependency 'activerecord'
end
"""

_GEMFILE = """source "https://rubygems.org"

gem "mysql2", "~> 0.3.10"

group :development, :test do
  gem 'rspec-rails', '~> 3.6'
end

gemspec
"""

_ENGINE = """module PlannerCore
  class Engine < ::Rails::Engine
    isolate_namespace PlannerCore
  end
end
"""

_CONTROLLER = """class SessionsController < ApplicationController
  def create
    Session.create!(params.require(:session).permit(:title))
  end
end
"""

_ROUTES = """Rails.application.routes.draw do
  resources :sessions
end
"""


def _files(application: bool = False) -> dict[str, str]:
    files = {
        "planner-core.gemspec": _GEMSPEC,
        "Gemfile": _GEMFILE,
        "lib/planner_core/engine.rb": _ENGINE,
        "app/controllers/sessions_controller.rb": _CONTROLLER,
        "app/models/session.rb": "class Session < ActiveRecord::Base\nend\n",
        "config/routes.rb": _ROUTES,
        "db/migrate/20150101000000_create_sessions.rb": (
            "class CreateSessions < ActiveRecord::Migration\n  def change\n"
            "    create_table :sessions\n  end\nend\n"
        ),
        "spec/dummy/config/application.rb": (
            "require 'rails/all'\nmodule Dummy\n  class Application < Rails::Application\n"
            "  end\nend\n"
        ),
        "spec/dummy/config.ru": "run Rails.application\n",
        "spec/dummy/config/database.yml": "test:\n  adapter: mysql2\n",
    }
    if application:
        files["config/application.rb"] = (
            "require 'rails/all'\nmodule Planner\n  class Application < Rails::Application\n"
            "  end\nend\n"
        )
        files["config.ru"] = "run Rails.application\n"
    return files


def test_a_rails_engine_gem_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _files())) == {}


def test_the_root_with_an_application_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _files(application=True)))) == ["."]
