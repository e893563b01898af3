"""Ruby: a Rails 2 application's tests are Test::Unit's, and Cucumber is its second suite
(set 303, #19).

A Rails 2.3 application declares rspec-rails 1.x and cucumber-rails; most of its tests are
`test/**/*_test.rb` on `ActiveSupport::TestCase` (Rails 2 builds it on Test::Unit), a few
`spec/**/*_spec.rb`, and Gherkin features. Cucumber's acceptance scenarios were ranked main
and the unit suite named Minitest; now Cucumber is a second suite (`assemble.END_TO_END`) and
a Rails 2 suite is Test::Unit (`rails2_tests`). Counter-cases: a Rails 7 suite stays Minitest,
and Cucumber alone stays the main tool."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TEST = (
    "require File.dirname(__FILE__) + '/../test_helper'\n\n"
    "class Item{n}Test < ActiveSupport::TestCase\n  def test_truth\n    assert true\n  end\nend\n"
)
_SPEC = "require File.dirname(__FILE__) + '/../spec_helper'\n\ndescribe Item do\nend\n"


def _app(rails: str, *, units: bool = True) -> dict[str, str]:
    gems = [f"gem 'rails', '{rails}'", "gem 'mysql2'", "gem 'cucumber-rails'"]
    if units:
        gems.append("gem 'rspec-rails', '< 2.0'")
    files = {
        "Gemfile": "source 'https://rubygems.org'\n" + "\n".join(gems) + "\n",
        "config/routes.rb": "ActionController::Routing::Routes.draw do |map|\nend\n",
        "features/donate.feature": "Feature: Donate\n  Scenario: Give\n    Given a project\n",
        "features/step_definitions/steps.rb": "Given /^a project$/ do\nend\n",
    }
    if units:
        files["test/test_helper.rb"] = "class ActiveSupport::TestCase\nend\n"
        for n in range(6):
            files[f"test/unit/item{n}_test.rb"] = _TEST.format(n=n)
        for n in range(2):
            files[f"spec/models/item{n}_spec.rb"] = _SPEC
    return files


def test_a_rails2_unit_suite_is_test_unit_before_cucumber(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app("2.3.16")))
    assert first(found["."], K.FRAMEWORK)[0] == "Rails"
    assert first(found["."], K.TEST)[0] == "Test::Unit"


def test_a_modern_rails_suite_stays_minitest(tmp_path: Path) -> None:
    # Counter-case: Rails 4 and later build their test cases on Minitest.
    found = by_folder(write(tmp_path, _app("7.1.3")))
    assert first(found["."], K.TEST)[0] == "Minitest"


def test_cucumber_alone_stays_main(tmp_path: Path) -> None:
    # Counter-case: with no unit suite, the acceptance scenarios are the tests.
    found = by_folder(write(tmp_path, _app("2.3.16", units=False)))
    assert first(found["."], K.TEST)[0] == "Cucumber"
