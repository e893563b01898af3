"""The hundred-and-fifteenth held-out set (benchmarks/detect_heldout115.yaml): a Ruby monorepo
whose one Gemfile, in `src/`, only assembles gems of the tree by path beside the database
drivers and the test tools (#19). The director's gem holds the server (its gemspec requires
Sinatra and Sequel, its code subclasses `Sinatra::Base`, `bin/` starts Puma on the controllers):
it is the application, keyed by its gem folder and versioned by `src/Gemfile.lock`. A monitor
gem of the same bundle serving routes over memory (Sinatra, no data layer) stays no backend, and
a Gemfile whose own folder is an application keeps its path gems as its libraries."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

gem 'director', path: 'director'
gem 'monitor', path: 'monitor'
gem 'common', path: 'common'

gem 'mysql2'
gem 'pg'

group :development, :test do
  gem 'rspec'
  gem 'sqlite3'
end
"""

_LOCK = """PATH
  remote: common
  specs:
    common (0.0.0)

PATH
  remote: director
  specs:
    director (0.0.0)
      common (~> 0.0.0)
      puma
      sequel
      sinatra

PATH
  remote: monitor
  specs:
    monitor (0.0.0)
      common
      puma
      sinatra

GEM
  remote: https://rubygems.org/
  specs:
    mysql2 (0.5.7)
    pg (1.6.3)
    puma (8.0.2)
    rspec (3.13.2)
    sequel (5.107.0)
    sinatra (4.2.1)
    sqlite3 (2.7.4)

PLATFORMS
  ruby

DEPENDENCIES
  common!
  director!
  monitor!
  mysql2
  pg
  rspec
  sqlite3
"""


def _gemspec(name: str, *dependencies: str) -> str:
    lines = "".join(f"  spec.add_dependency '{d}'\n" for d in dependencies)
    return (
        f"Gem::Specification.new do |spec|\n  spec.name = '{name}'\n"
        "  spec.bindir = 'bin'\n"
        f"  spec.executables = ['{name}']\n{lines}"
        "  spec.add_development_dependency 'rspec'\nend\n"
    )


def _bundle(director_dependencies: tuple[str, ...]) -> dict[str, str]:
    """bosh: src/Gemfile assembles the director, the health monitor and a common library."""
    return {
        "src/Gemfile": _GEMFILE,
        "src/Gemfile.lock": _LOCK,
        "src/.rspec": "--require spec_helper\n",
        "src/director/director.gemspec": _gemspec("director", *director_dependencies),
        "src/director/bin/director": (
            "#!/usr/bin/env ruby\nrequire 'director'\nrequire 'puma'\n\n"
            "rack_app = Puma::Rack::Builder.app do\n  run Director::Api::Controller\nend\n"
        ),
        "src/director/lib/director.rb": "require 'sequel'\nrequire 'sinatra/base'\n",
        "src/director/lib/director/api/controller.rb": (
            "module Director\n  module Api\n    class Controller < Sinatra::Base\n"
            "      get '/deployments' do\n        Models::Deployment.all.to_json\n      end\n"
            "    end\n  end\nend\n"
        ),
        "src/director/lib/director/models/deployment.rb": (
            "module Director::Models\n  class Deployment < Sequel::Model\n  end\nend\n"
        ),
        "src/director/config/director.yml": "db:\n  adapter: sqlite\n",
        "src/director/spec/director_spec.rb": (
            "require 'spec_helper'\n\nRSpec.describe Director do\nend\n"
        ),
        "src/monitor/monitor.gemspec": _gemspec("monitor", "common", "puma", "sinatra"),
        "src/monitor/lib/monitor/api_controller.rb": (
            "require 'sinatra/base'\n\nmodule Monitor\n  class ApiController < Sinatra::Base\n"
            "    get '/healthz' do\n      status(200)\n    end\n  end\nend\n"
        ),
        "src/common/common.gemspec": _gemspec("common"),
        "src/common/lib/common.rb": "module Common\nend\n",
    }


def test_the_path_gem_holding_the_server_is_the_backend(tmp_path: Path) -> None:
    files = _bundle(("common", "puma", "sequel", "sinatra"))
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["src/director"]
    backend = found["src/director"]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Sinatra", "4.2.1")
    assert first(backend, K.ORM) == ("Sequel", "5.107.0")
    assert first(backend, K.DATABASE)[0] in ("MySQL", "PostgreSQL")
    assert first(backend, K.TEST)[0] == "RSpec"


def test_a_path_gem_without_a_data_layer_stays_a_gem(tmp_path: Path) -> None:
    """The other side: with no data layer in its gemspec, the director is like the monitor,
    a gem serving routes over memory; neither becomes a backend."""
    found = by_folder(write(tmp_path, _bundle(("common", "puma", "sinatra"))))
    assert "src/director" not in found
    assert "src/monitor" not in found


def test_a_gemfile_of_an_application_keeps_its_path_gems_as_libraries(tmp_path: Path) -> None:
    """The other side: where the Gemfile's own folder is an application (a Rails app with a
    local engine gem), the path gems are its libraries, whatever they require."""
    files = _bundle(("common", "puma", "sequel", "sinatra"))
    files["src/Gemfile"] = _GEMFILE.replace("gem 'mysql2'\n", "gem 'rails'\ngem 'mysql2'\n")
    files["src/config/application.rb"] = (
        "module App\n  class Application < Rails::Application\n  end\nend\n"
    )
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["src"]
    assert first(found["src"], K.FRAMEWORK)[0] == "Rails"
