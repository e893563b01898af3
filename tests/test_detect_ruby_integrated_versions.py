"""Ruby: a test tool or ORM required only through its Rails or Sinatra integration is versioned
from the gem it integrates, as Gemfile.lock resolves it (#19: "each ORM and test tool versioned
from its own package").

A Rails app's Gemfile names `rspec-rails` and never `rspec-core`; Gemfile.lock resolves
rspec-rails 6.1.2 and, beneath it, rspec-core 3.13.0. The integration's release is no release
of RSpec: the test tool is RSpec 3.13.0. Likewise Sinatra's `sinatra-activerecord` brings
activerecord. A lock that does not list the integrated gem leaves the integration's version."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SPEC = "require 'rails_helper'\n\nRSpec.describe 'health' do\n  it { expect(1).to eq 1 }\nend\n"


def _rails(lock_specs: str) -> dict[str, str]:
    return {
        "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'pg'\n"
        "group :test do\n  gem 'rspec-rails'\nend\n",
        "Gemfile.lock": f"GEM\n  specs:\n    pg (1.5.6)\n    rails (7.1.3)\n{lock_specs}\n"
        "DEPENDENCIES\n  pg\n  rails (~> 7.1)\n  rspec-rails\n",
        "config/environment.rb": "require_relative 'application'\nRails.application.initialize!\n",
        "spec/health_spec.rb": _SPEC,
    }


def test_rspec_is_versioned_from_rspec_core(tmp_path: Path) -> None:
    files = _rails("    rspec-core (3.13.0)\n    rspec-rails (6.1.2)\n")
    assert first(by_folder(write(tmp_path, files))["."], K.TEST) == ("RSpec", "3.13.0")


def test_a_lock_without_the_integrated_gem_keeps_the_integrations_version(
    tmp_path: Path,
) -> None:
    # Counter-case: nothing resolves rspec-core; rspec-rails' release is all there is.
    files = _rails("    rspec-rails (6.1.2)\n")
    assert first(by_folder(write(tmp_path, files))["."], K.TEST) == ("RSpec", "6.1.2")


def test_sinatra_activerecord_is_versioned_from_activerecord(tmp_path: Path) -> None:
    files = {
        "Gemfile": "source 'https://rubygems.org'\ngem 'sinatra'\ngem 'sinatra-activerecord'\n"
        "gem 'pg'\n",
        "Gemfile.lock": "GEM\n  specs:\n    activerecord (7.1.3)\n    pg (1.5.6)\n"
        "    sinatra (4.0.0)\n    sinatra-activerecord (2.0.27)\n\n"
        "DEPENDENCIES\n  pg\n  sinatra\n  sinatra-activerecord\n",
        "app.rb": "require 'sinatra'\nrequire 'sinatra/activerecord'\n\n"
        "get '/health' do\n  'ok'\nend\n",
        "config.ru": "require './app'\nrun Sinatra::Application\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.ORM) == ("ActiveRecord", "7.1.3")
