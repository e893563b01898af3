"""Bacon as a Ruby test framework, as set 104 showed it (benchmarks/detect_heldout104.yaml,
#19): a Sinatra service over Sequel declares `bacon` (with mocha-on-bacon and rack-test) in its
test group and runs `bacon` over `spec/**/*_spec.rb`; Bacon is its test framework, at the
release the lock resolves. Set 69 spells the name the same way."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _sinatra(test_gems: tuple[str, ...], locked: tuple[str, ...]) -> dict[str, str]:
    gems = "".join(f"  gem '{g}'\n" for g in test_gems)
    specs = "".join(f"    {line}\n" for line in locked)
    deps = "".join(f"  {g}\n" for g in test_gems)
    return {
        "Gemfile": "source 'https://rubygems.org'\ngem 'pg', '~> 1.5'\n"
        "gem 'sequel', '~> 5.86'\ngem 'sinatra', '~> 4.1'\n\n"
        f"group :test do\n{gems}end\n",
        "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n"
        f"    pg (1.5.9)\n    sequel (5.86.0)\n    sinatra (4.1.0)\n{specs}\n"
        "PLATFORMS\n  ruby\n\nDEPENDENCIES\n  pg (~> 1.5)\n  sequel (~> 5.86)\n"
        f"  sinatra (~> 4.1)\n{deps}",
        "config.ru": "require File.expand_path('../config/init', __FILE__)\n"
        "require 'app/controllers/app_controller'\nrun App::AppController\n",
        "config/init.rb": "require 'sequel'\nrequire 'sinatra'\n"
        "DB = Sequel.connect(ENV.fetch('DATABASE_URL', 'postgres://localhost/app'))\n",
        "app/controllers/app_controller.rb": "require 'sinatra/base'\n\nmodule App\n"
        "  class AppController < Sinatra::Base\n    get '/' do\n      'ok'\n    end\n"
        "  end\nend\n",
        "spec/spec_helper.rb": "require 'bacon'\nrequire 'rack/test'\n"
        "require 'mocha-on-bacon'\n",
        "spec/functional/app_spec.rb": "require File.expand_path('../../spec_helper', __FILE__)\n"
        "\ndescribe App::AppController do\n  it 'answers' do\n    1.should == 1\n  end\nend\n",
    }


def test_a_bacon_suite_is_the_apps_test_framework(tmp_path: Path) -> None:
    tree = _sinatra(
        ("bacon", "mocha-on-bacon", "rack-test"),
        ("bacon (1.2.0)", "mocha (1.1.0)", "mocha-on-bacon (0.2.2)", "rack-test (2.1.0)"),
    )
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.FRAMEWORK) == ("Sinatra", "4.1.0")
    assert first(backend, K.TEST) == ("Bacon", "1.2.0")


def test_without_the_bacon_gem_no_bacon_is_reported(tmp_path: Path) -> None:
    # Counter-case: the same app testing with RSpec (whose bare `describe` specs look like
    # Bacon's) reports RSpec and no Bacon.
    tree = _sinatra(("rspec", "rack-test"), ("rspec (3.13.0)", "rack-test (2.1.0)"))
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.TEST) == ("RSpec", "3.13.0")
    tests = {f.name for f in backend.findings if f.kind is K.TEST}
    assert "Bacon" not in tests
