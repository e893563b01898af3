"""Held-out set 109 (#19): a Rails API whose Gemfile has no `rails` gem but loops over the
component gems it wants (`['actionpack', 'activerecord', 'railties'].each do |name| gem name,
version end`, a commented-out name among them). Each name of the array is a gem, versioned by
the literal or variable the loop passes; Gemfile.lock's railties versions Rails. A loop that
declares no gem (a `%w[...]` list only printed) declares nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.ruby import _looped_gems
from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

version = '~> 8.1'
[
'activesupport',
'actionpack',
#'actionmailer',
'activerecord',
'railties'
].each do |rails_subgem|
  gem rails_subgem, version
end

gem 'pg'
gem 'puma'
"""

_LOCK = """GEM
  remote: https://rubygems.org/
  specs:
    actionpack (8.1.2)
    activerecord (8.1.2)
    activesupport (8.1.2)
    pg (1.6.2)
    puma (7.1.0)
    railties (8.1.2)

PLATFORMS
  ruby

DEPENDENCIES
  actionpack (~> 8.1)
  activerecord (~> 8.1)
  activesupport (~> 8.1)
  pg
  puma
  railties (~> 8.1)
"""

_APPLICATION = """require_relative 'boot'

require "rails"
require "active_record/railtie"
require "action_controller/railtie"

Bundler.require(*Rails.groups)

module Siade
  class Application < Rails::Application
    config.api_only = true
  end
end
"""


def _tree(root: Path) -> Path:
    return write(
        root,
        {
            "api/Gemfile": _GEMFILE,
            "api/Gemfile.lock": _LOCK,
            "api/config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
            "api/config/application.rb": _APPLICATION,
            "api/config/routes.rb": "Rails.application.routes.draw do\n"
            "  resources :attestations\nend\n",
            "api/config/database.yml": "production:\n  adapter: postgresql\n",
            "api/app/controllers/attestations_controller.rb": (
                "class AttestationsController < ActionController::API\n"
                "  def index\n    render json: []\n  end\nend\n"
            ),
        },
    )


def test_component_gems_in_a_loop_make_a_rails_app(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path))["api"]
    assert first(backend, K.FRAMEWORK) == ("Rails", "8.1.2")
    assert first(backend, K.ORM)[0] == "ActiveRecord"


def test_the_loop_names_each_uncommented_gem_with_its_version() -> None:
    found = _looped_gems(_GEMFILE.split("\n"))
    assert list(found.values()) == [
        [(name, "~> 8.1") for name in ("activesupport", "actionpack", "activerecord", "railties")]
    ]


def test_a_loop_that_declares_no_gem_declares_nothing() -> None:
    lines = ["%w[staging production].each do |stage|", "  puts stage", "end", "gem 'rack'"]
    assert _looped_gems(lines) == {}
    assert _looped_gems(["%w[rack puma].each do |g|", "  gem g", "end"]) == {
        1: [("rack", ""), ("puma", "")]
    }
