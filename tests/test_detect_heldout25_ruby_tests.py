"""A Rails application declaring both RSpec and Minitest, as the sixty-fifth held-out set showed
(benchmarks/detect_heldout65.yaml, #19): its specs (`spec/**/*_spec.rb`, many opening a bare
`describe` under `.rspec`'s `--require spec_helper`) outnumber the Minitest files left in its
generated `test/` tree, so RSpec is its main test framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

gem 'rails', '~> 4.2'
gem 'pg', '<1'

group :development, :test do
  gem 'minitest' # left from the old suite
  gem 'rspec-rails'
end
"""

_APPLICATION = """require File.expand_path('../boot', __FILE__)
require 'rails/all'

module Snp
  class Application < Rails::Application
  end
end
"""

_TEST = """require 'test_helper'

class {name}Test < ActiveSupport::TestCase
  should 'be valid' do
    assert true
  end
end
"""

_SPEC = """describe {name} do
  it 'is valid' do
    expect(true).to be true
  end
end
"""


def _application(specs: int, tests: int) -> dict[str, str]:
    files = {
        "Gemfile": _GEMFILE,
        "config/application.rb": _APPLICATION,
        "config/database.yml": "production:\n  adapter: postgresql\n",
        ".rspec": "--color\n--require spec_helper\n",
        "spec/spec_helper.rb": "require 'rspec/rails'\n",
        "test/test_helper.rb": "class ActiveSupport::TestCase\nend\n",
    }
    for index in range(specs):
        files[f"spec/models/thing{index}_spec.rb"] = _SPEC.format(name=f"Thing{index}")
    for index in range(tests):
        files[f"test/unit/thing{index}_test.rb"] = _TEST.format(name=f"Thing{index}")
    return files


def test_specs_outnumbering_minitest_files_make_rspec_the_main_test(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _application(specs=6, tests=3)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Rails"
    assert first(backend, K.TEST)[0] == "RSpec"
    rspec = next(f for f in backend.findings if f.name == "RSpec")
    assert any("RSpec in 6 of 9 test files" in e.text for e in rspec.evidence)


def test_minitest_files_outnumbering_specs_make_minitest_the_main_test(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _application(specs=2, tests=5)))["."]
    assert first(backend, K.TEST)[0] == "Minitest"
