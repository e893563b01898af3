"""Gaps the 384th held-out set showed in a Sinatra API (benchmarks/detect_heldout384.yaml), as
small fixtures of the real files' shape (#19): a Minitest 4 suite whose test cases subclass
`MiniTest::Unit::TestCase`, Minitest itself coming only through a compatibility gem."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _tree(base: str) -> dict[str, str]:
    return {
        "Gemfile": (
            'source "https://rubygems.org"\n\ngem "sinatra", "1.4.7"\ngem "unicorn", "5.1.0"\n\n'
            'group :test do\n  gem "test-unit-minitest", "~> 0.9.1"\n'
            '  gem "shoulda-context", "~> 1.2.1"\nend\n'
        ),
        "app.rb": 'require "sinatra"\n\nclass Search < Sinatra::Application\n'
                  '  get "/search" do\n    "[]"\n  end\nend\n',
        "config.ru": 'require "./app"\nrun Search\n',
        "test/test_helper.rb": 'require "minitest/autorun"\nrequire "app"\n',
        "test/unit/document_test.rb": (
            'require "test_helper"\n\n'
            f"class DocumentTest < {base}\n"
            "  def test_should_turn_hash_into_document\n    assert true\n  end\nend\n"
        ),
    }


def test_minitest_4_test_cases_name_minitest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("MiniTest::Unit::TestCase")))["."]
    assert first(found, K.TEST)[0] == "Minitest"


def test_minitest_5_alias_names_minitest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("MiniTest::Test")))["."]
    assert first(found, K.TEST)[0] == "Minitest"
