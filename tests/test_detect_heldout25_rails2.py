"""A Rails 2.3 application with no Gemfile, as the sixty-sixth held-out set showed
(benchmarks/detect_heldout66.yaml, #19): `config/environment.rb` pins the Rails release
(`RAILS_GEM_VERSION`), boots `Rails::Initializer.run` and declares its gems with
`config.gem`; `config/database.yml` names SQLite, and its tests are Rails' test cases."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ENVIRONMENT = """# Be sure to restart your server when you modify this file

# Specifies gem version of Rails to use when vendor/rails is not present
RAILS_GEM_VERSION = '>2.3.3' unless defined? RAILS_GEM_VERSION

require File.join(File.dirname(__FILE__), 'boot')

Rails::Initializer.run do |config|
  # config.gem "sqlite3-ruby", :lib => "sqlite3"
  config.gem "authlogic"
  config.gem 'will_paginate', :version => '~> 2.3.11', :source => 'http://gemcutter.org'
  config.gem "pg", :version => '>= 0.8'
{frameworks}
  config.time_zone = 'Pacific Time (US & Canada)'
end
"""

_SKIPPED = "  # config.frameworks -= [ :active_record, :active_resource, :action_mailer ]"


def _application(frameworks: str = _SKIPPED) -> dict[str, str]:
    return {
        "config/environment.rb": _ENVIRONMENT.replace("{frameworks}", frameworks),
        "config/boot.rb": "RAILS_ROOT = File.join(File.dirname(__FILE__), '..')\n",
        "config/routes.rb": (
            "ActionController::Routing::Routes.draw do |map|\n  map.resources :ballots\nend\n"
        ),
        "config/database.yml": (
            "development:\n  adapter: sqlite3\n  database: db/development.sqlite3\n"
            "production:\n  adapter: sqlite3\n  database: db/production.sqlite3\n"
        ),
        "app/controllers/ballots_controller.rb": (
            "class BallotsController < ApplicationController\n  def index\n  end\nend\n"
        ),
        "app/models/ballot.rb": "class Ballot < ActiveRecord::Base\nend\n",
        "test/test_helper.rb": "class ActiveSupport::TestCase\nend\n",
        "test/unit/ballot_test.rb": "class BallotTest < ActiveSupport::TestCase\nend\n",
    }


def test_the_environment_file_is_a_rails_2_applications_manifest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _application()))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Rails", ">2.3.3")
    assert first(backend, K.ORM) == ("ActiveRecord", ">2.3.3")
    assert first(backend, K.DATABASE)[0] == "SQLite"
    # Rails 2 builds ActiveSupport::TestCase on Test::Unit (`rails2_tests`).
    assert first(backend, K.TEST)[0] == "Test::Unit"


def test_an_application_leaving_active_record_out_has_no_orm(tmp_path: Path) -> None:
    files = _application("  config.frameworks -= [ :active_record, :active_resource ]")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", ">2.3.3")
    assert first(backend, K.ORM) == ("", "")


def test_a_gemfile_leaves_the_environment_file_alone(tmp_path: Path) -> None:
    """With Bundler the Gemfile is the manifest: its Rails release is the one reported."""
    files = _application()
    files["Gemfile"] = "source 'https://rubygems.org'\ngem 'rails', '2.3.18'\ngem 'sqlite3'\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "2.3.18")
