"""Held-out set 195 (#19): a Rails app whose Gemfile has no `rails` gem but requires Rails'
component gems from a `%w[...]` list looped over with a one-line brace block (`%w[actionpack
activerecord railties].each { |gem| gem gem, rails_version }`), the inline form of the
`do … end` loop set 109 reads. Each name is a gem at the variable's version, so activerecord is
the app's data layer. A brace loop that declares no gem (it only prints) declares nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.ruby import _looped_gems
from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

ruby '3.4.8'

rails_version = '~> 7.2.3'

gem 'pg', '1.5'
gem 'puma'

%w[
  actionpack
  activerecord
  activesupport
  railties
].each { |gem| gem gem, rails_version }

group :test do
  gem 'rspec-rails'
end
"""

_LOCK = """GEM
  remote: https://rubygems.org/
  specs:
    actionpack (7.2.3)
    activerecord (7.2.3)
    activesupport (7.2.3)
    pg (1.5.0)
    puma (8.0.2)
    railties (7.2.3)

PLATFORMS
  ruby

DEPENDENCIES
  actionpack (~> 7.2.3)
  activerecord (~> 7.2.3)
  activesupport (~> 7.2.3)
  pg (= 1.5)
  puma
  railties (~> 7.2.3)
"""


def _tree(root: Path) -> Path:
    return write(
        root,
        {
            "Gemfile": _GEMFILE,
            "Gemfile.lock": _LOCK,
            "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
            "config/application.rb": (
                "require 'active_record/railtie'\nrequire 'action_controller/railtie'\n\n"
                "module Orders\n  class Application < Rails::Application\n  end\nend\n"
            ),
            "config/routes.rb": "Rails.application.routes.draw do\n  resources :orders\nend\n",
            "app/models/order.rb": "class Order < ApplicationRecord\nend\n",
        },
    )


def test_component_gems_in_a_brace_loop_make_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3")
    assert first(backend, K.ORM)[0] == "ActiveRecord"


def test_the_brace_loop_names_each_gem_with_the_variables_version() -> None:
    found = _looped_gems(_GEMFILE.split("\n"))
    assert found == {
        14: [
            (name, "~> 7.2.3")
            for name in ("actionpack", "activerecord", "activesupport", "railties")
        ]
    }


def test_a_brace_loop_that_declares_no_gem_declares_nothing() -> None:
    assert _looped_gems(["%w[staging production].each { |stage| puts stage }"]) == {}
    assert _looped_gems(["%w[rack puma].each { |g| gem g }"]) == {0: [("rack", ""), ("puma", "")]}
