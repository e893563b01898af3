"""Held-out set 397 (#19): a namespaced Rails engine gem — a gemspec depending on rails, a
Gemfile that only loads it (`gemspec`) and evaluates the host's Gemfile for its specs, the
engine declared one folder deeper than a plain engine's (`lib/<namespace>/<name>/engine.rb`, as
the plugin generator writes a hyphenated gem's), app/ with controllers, config/routes.rb and
request specs, and no config.ru nor config/application.rb. It is a library the host mounts,
not a backend (HELDOUT.md). The same root with an application of its own stays a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_GEMSPEC = """Gem::Specification.new do |spec|
  spec.name    = "acme-api"
  spec.version = "1.0.0"
  spec.files   = Dir["{app,config,lib}/**/*"]
  spec.add_runtime_dependency "jbuilder", "~> 2.5"
  spec.add_development_dependency "rails", "~> 7.0"
end
"""

_GEMFILE = """gemspec

eval_gemfile(File.expand_path("spec/acme/Gemfile", __dir__))
"""

_ENGINE = """module Acme
  module Api
    class Engine < ::Rails::Engine
      isolate_namespace Acme::Api
    end
  end
end
"""

_CONTROLLER = """module Api
  class UsersController < BaseController
    def index
      render :json => User.all
    end
  end
end
"""

_ROUTES = """Rails.application.routes.draw do
  namespace :api do
    resources :users
  end
end
"""


def _files(application: bool = False) -> dict[str, str]:
    files = {
        "acme-api.gemspec": _GEMSPEC,
        "Gemfile": _GEMFILE,
        "lib/acme/api/engine.rb": _ENGINE,
        "lib/acme/api.rb": 'require "acme/api/engine"\n',
        "app/controllers/api/users_controller.rb": _CONTROLLER,
        "config/routes.rb": _ROUTES,
        ".rspec": "--require spec_helper\n",
        "spec/requests/users_spec.rb": (
            'RSpec.describe "Users API" do\n  it "lists" do\n    get "/api/users"\n'
            "  end\nend\n"
        ),
    }
    if application:
        files["config/application.rb"] = (
            "require 'rails/all'\nmodule Acme\n  class Application < Rails::Application\n"
            "  end\nend\n"
        )
        files["config.ru"] = "run Rails.application\n"
    return files


def test_a_namespaced_rails_engine_gem_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _files())) == {}


def test_the_root_with_an_application_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _files(application=True)))) == ["."]
