"""Held-out set 475 (#19): a Rails 4.1 application whose spec/ holds only the specs rspec-rails'
generators once wrote (`require 'spec_helper'`, a pending stub or a "returns http success"
example), beside a `.rspec`, while its Gemfile names no RSpec gem and the tree holds no
spec_helper.rb: those specs cannot run, and no main test framework is named.

A helper in the tree (spec/spec_helper.rb) or an RSpec gem keeps RSpec.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

gem 'rails', '4.1.8'
gem 'mysql2'
%s"""

_APPLICATION = """require File.expand_path('../boot', __FILE__)
require 'rails/all'

module Hospitality
  class Application < Rails::Application
  end
end
"""

_ROUTES = "Hospitality::Application.routes.draw do\n  get 'translations/edit'\nend\n"

_STUB = """require 'spec_helper'

describe UserLogin do
  pending "add some examples to (or delete) #{__FILE__}"
end
"""

_CONTROLLER_SPEC = """require 'spec_helper'

describe TranslationsController do

  describe "GET 'edit'" do
    it "returns http success" do
      get 'edit'
      response.should be_success
    end
  end

end
"""


def _tree(extra_gems: str = "", helper: bool = False) -> dict[str, str]:
    files = {
        "Gemfile": _GEMFILE % extra_gems,
        ".rspec": "--colour\n",
        "config/application.rb": _APPLICATION,
        "config/routes.rb": _ROUTES,
        "config/database.yml": "production:\n  adapter: mysql2\n",
        "spec/models/user_login_spec.rb": _STUB,
        "spec/controllers/translations_controller_spec.rb": _CONTROLLER_SPEC,
        "spec/factories/user_logins.rb": "FactoryGirl.define do\nend\n",
    }
    if helper:
        files["spec/spec_helper.rb"] = "RSpec.configure do |config|\nend\n"
    return files


def test_generated_specs_without_their_helper_name_no_test_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.TEST)[0] == ""


def test_a_helper_in_the_tree_keeps_rspec(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(helper=True)))["."]
    assert first(backend, K.TEST)[0] == "RSpec"


def test_an_rspec_gem_keeps_rspec(tmp_path: Path) -> None:
    gems = "group :test do\n  gem 'rspec-rails'\nend\n"
    backend = by_folder(write(tmp_path, _tree(extra_gems=gems)))["."]
    assert first(backend, K.TEST)[0] == "RSpec"
