"""Held-out set 88 (#19): a Rails app keeping the `.rspec` file (`--require spec_helper`) that
`rspec --init` leaves, while its Gemfile names no RSpec gem and its only spec is a JavaScript
runner's (`spec/javascript/entity-graph.spec.js`, Jest's).

A lone `.rspec` is no RSpec suite: no main test framework is named. A spec file
(`spec/models/entity_spec.rb`) or an RSpec gem beside it keeps RSpec.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

gem 'rails', '~> 6.1'
gem 'puma', '~> 5.6'
%s"""

_APPLICATION = """require_relative 'boot'
require 'rails/all'

module Register
  class Application < Rails::Application
  end
end
"""

_SPEC = """describe Entity do
  it 'has a name' do
    expect(Entity.new(name: 'a').name).to eq('a')
  end
end
"""


def _tree(extra_gems: str = "", spec: bool = False) -> dict[str, str]:
    files = {
        "Gemfile": _GEMFILE % extra_gems,
        ".rspec": "--color\n--require spec_helper\n",
        "config/application.rb": _APPLICATION,
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
        "spec/javascript/entity-graph.spec.js": "test('draws', () => {});\n",
    }
    if spec:
        files["spec/models/entity_spec.rb"] = _SPEC
    return files


def test_a_lone_rspec_file_names_no_test_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.TEST)[0] == ""


def test_a_spec_file_beside_it_keeps_rspec(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(spec=True)))["."]
    assert first(backend, K.TEST)[0] == "RSpec"


def test_an_rspec_gem_beside_it_keeps_rspec(tmp_path: Path) -> None:
    gems = "group :test do\n  gem 'rspec-rails'\nend\n"
    backend = by_folder(write(tmp_path, _tree(extra_gems=gems)))["."]
    assert first(backend, K.TEST)[0] == "RSpec"
