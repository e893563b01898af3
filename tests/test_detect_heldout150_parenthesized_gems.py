"""Held-out set 150 (#19): a Rails app whose Gemfile writes every call with parentheses
(`gem("railties", "~> 7.0")`, `group(:test) do`, a style Rubocop can enforce) and lists
Rails' component gems instead of the `rails` meta-gem. The parenthesized call is the same Ruby
call as the bare one: its gems are read, railties gives Rails with Gemfile.lock's version,
activerecord the data layer, trilogy MySQL. A commented-out call, or a method whose name only
starts with `gem`, declares nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.ruby import _GEM, _group_names
from designer.model.stack import FindingKind as K

_GEMFILE = """# frozen_string_literal: true

source("https://rubygems.org")

# gem("rails", "~> 7.0")
group :rails do
  gem("actionpack", "~> 7.0")
  gem("activerecord", "~> 7.0")
  gem("activesupport", "~> 7.0")
  gem("railties", "~> 7.0")
end

gem("trilogy")
gem("puma", require: false)

group(:test) do
  gem("minitest", "< 6")
end
"""

_LOCK = """GEM
  remote: https://rubygems.org/
  specs:
    actionpack (7.2.3)
    activerecord (7.2.3)
    activesupport (7.2.3)
    minitest (5.27.0)
    puma (7.1.0)
    railties (7.2.3)
    trilogy (2.9.0)

PLATFORMS
  ruby

DEPENDENCIES
  actionpack (~> 7.0)
  activerecord (~> 7.0)
  activesupport (~> 7.0)
  minitest (< 6)
  puma
  railties (~> 7.0)
  trilogy
"""

_APPLICATION = """require_relative("boot")

require("active_record/railtie")
require("action_controller/railtie")

Bundler.require(*Rails.groups)

module Observer
  class Application < Rails::Application
    config.load_defaults(7.2)
  end
end
"""


def _tree(root: Path) -> Path:
    return write(
        root,
        {
            "Gemfile": _GEMFILE,
            "Gemfile.lock": _LOCK,
            "config.ru": "require_relative('config/environment')\nrun(Rails.application)\n",
            "config/application.rb": _APPLICATION,
            "config/routes.rb": "Rails.application.routes.draw do\n  resources :names\nend\n",
            "app/controllers/names_controller.rb": (
                "class NamesController < ApplicationController\n"
                "  def index\n    render(json: [])\n  end\nend\n"
            ),
            "test/models/name_test.rb": (
                "class NameTest < ActiveSupport::TestCase\n  def test_a\n  end\nend\n"
            ),
        },
    )


def test_parenthesized_gem_calls_make_a_versioned_rails_app(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3")
    assert first(backend, K.ORM)[0] == "ActiveRecord"
    assert first(backend, K.DATABASE)[0] == "MySQL"
    assert first(backend, K.TEST)[0] == "Minitest"


def test_the_parenthesized_form_reads_name_version_and_group() -> None:
    gem = _GEM.match('  gem("railties", "~> 7.0")')
    assert gem is not None and gem.group(1, 2) == ("railties", "~> 7.0")
    assert _group_names("group(:development, :test) do") == [":development", ":test"]
    assert _group_names("group :test do") == [":test"]
    assert _group_names("group(:test)do |g|") == [":test"]
    assert _group_names("groups :test do") is None


def test_comments_and_other_methods_declare_no_gem() -> None:
    assert _GEM.match('# gem("rails", "~> 7.0")') is None
    assert _GEM.match('gems("rails")') is None
    assert _GEM.match('gemspec(path: "engine")') is None
