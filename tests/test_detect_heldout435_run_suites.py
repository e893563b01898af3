"""A Rails application whose CI runs one of the two test tools it declares, as set 435 showed
one (benchmarks/detect_heldout435.yaml, #19): four specs under `spec/` and six Minitest files
Rails generated under `test/`, while `.github/workflows/ci.yml` runs only `bundle exec rspec`.
The suite the project runs is its main test framework, whatever the count; where its commands
run neither tool (a bare `rake`) or both, the count still decides."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

gem 'rails', '~> 6.1'
gem 'pg'
gem 'minitest'

group :development, :test do
  gem 'rspec'
  gem 'rspec_junit_formatter'
  gem 'rspec-rails', '~> 6.0.0'
end
"""

_APPLICATION = """require_relative 'boot'
require 'rails/all'

module Rooms
  class Application < Rails::Application
  end
end
"""

_TEST = """require 'test_helper'

class {name}Test < ActionDispatch::IntegrationTest
  test 'should get index' do
    assert true
  end
end
"""

_SPEC = """require 'rails_helper'

RSpec.describe({name}) do
  it 'is valid' do
    expect(true).to(be(true))
  end
end
"""

_CI = """name: CI
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install gems
        run: gem install bundler && bundle install
      - name: Run tests
        run: |
          bundle exec rake db:setup
          {command}
"""


def _application(command: str) -> dict[str, str]:
    files = {
        "Gemfile": _GEMFILE,
        "config/application.rb": _APPLICATION,
        "config/database.yml": "production:\n  adapter: postgresql\n",
        "spec/rails_helper.rb": "require 'rspec/rails'\n",
        "test/test_helper.rb": "class ActiveSupport::TestCase\nend\n",
        ".github/workflows/ci.yml": _CI.format(command=command),
    }
    for n in range(4):
        files[f"spec/models/thing{n}_spec.rb"] = _SPEC.format(name=f"Thing{n}")
    for n in range(6):
        files[f"test/controllers/thing{n}_controller_test.rb"] = _TEST.format(name=f"Thing{n}")
    return files


def _test(tmp_path: Path, command: str) -> str:
    return first(by_folder(write(tmp_path, _application(command)))["."], K.TEST)[0]


def test_the_suite_ci_runs_leads_though_outnumbered(tmp_path: Path) -> None:
    assert _test(tmp_path, "bundle exec rspec") == "RSpec"


def test_a_ci_running_rails_test_keeps_minitest(tmp_path: Path) -> None:
    assert _test(tmp_path, "bin/rails test") == "Minitest"


def test_a_bare_rake_leaves_the_count_to_decide(tmp_path: Path) -> None:
    assert _test(tmp_path, "bundle exec rake") == "Minitest"


def test_both_run_leaves_the_count_to_decide(tmp_path: Path) -> None:
    assert _test(tmp_path, "bundle exec rspec && bin/rails test") == "Minitest"
