"""Ruby: a suite of `Test::Unit::TestCase` classes is tested with Test::Unit (set 243, #19).

A Sinatra application of the Ruby 1.8/1.9 era declares no test gem (Test::Unit came with Ruby,
and from 1.9 to 2.1 as a layer over Minitest): its test/helper.rb requires `test/unit` and its
base test class subclasses `Test::Unit::TestCase`. That subclass is the test framework,
Test::Unit. A comment naming the class, or a Minitest suite, is not."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = (
    "source 'https://rubygems.org'\n\ngem 'sinatra'\ngem 'data_mapper', '~> 1.2'\n"
    "gem 'dm-sqlite-adapter'\n\ngroup :test do\n  gem 'rr'\n  gem 'rack-test'\nend\n"
)


def _server(helper: str) -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "config.ru": "require 'ci'\nrun CI.app\n",
        "lib/ci/app.rb": "require 'sinatra/base'\n\nmodule CI\n  class App < Sinatra::Base\n"
        "    get '/' do\n      'ok'\n    end\n  end\nend\n",
        "test/helper.rb": helper,
        "test/unit/build_test.rb": "require 'helper'\n\nclass BuildTest < CITest\n"
        "  test 'it builds' do\n    assert true\n  end\nend\n",
    }


def test_a_test_unit_test_case_subclass_is_test_unit(tmp_path: Path) -> None:
    helper = "require 'test/unit'\nrequire 'rr'\n\nclass CITest < Test::Unit::TestCase\nend\n"
    found = by_folder(write(tmp_path, _server(helper)))
    assert first(found["."], K.FRAMEWORK)[0] == "Sinatra"
    assert first(found["."], K.TEST)[0] == "Test::Unit"


def test_a_comment_naming_test_unit_is_no_test(tmp_path: Path) -> None:
    # Counter-case: the class named in a comment, the base class the app's own.
    helper = "# Once a Test::Unit::TestCase; now plain.\nclass CITest < Object\nend\n"
    found = by_folder(write(tmp_path, _server(helper)))
    assert first(found["."], K.TEST) == ("", "")


def test_a_minitest_suite_stays_minitest(tmp_path: Path) -> None:
    # Counter-case: a Minitest::Test subclass is Minitest.
    helper = "require 'minitest/autorun'\n\nclass CITest < Minitest::Test\nend\n"
    found = by_folder(write(tmp_path, _server(helper)))
    assert first(found["."], K.TEST)[0] == "Minitest"
