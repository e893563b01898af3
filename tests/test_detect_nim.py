"""Nim, an ecosystem the three-hundred-and-thirtieth held-out set brought
(benchmarks/detect_heldout330.yaml), as a small fixture of the real files' shape (#19): a
Jester forum whose `.nimble` file requires jester at a commit (`jester#405be2e`, no lock: the
declaration is the version) and builds `bin = @["forum"]`, whose program imports the database
module of one engine, with std/unittest suites; a `nimble.lock` resolving a release; and the
counter-case of a package building no program."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import nim
from designer.detect.signals import Lines
from designer.model.stack import FindingKind

_NIMBLE = """# Package
version       = "2.6.0"
author        = "Someone"
description   = "A forum"
license       = "MIT"

srcDir = "src"

bin = @["forum"]

# Dependencies

requires "nim >= 1.0.6"
requires "httpbeast >= 0.4.0"
requires "jester#405be2e"
requires "karax#45bac6b"

when NimMajor > 1:
  requires "db_connector >= 0.1.0"

task test, "Runs tester":
  exec "nimble c -y -r tests/tester"
"""

_FORUM = """import system except Thread
import
  os, strutils, times, json, options,
  jester, asyncdispatch

when NimMajor > 1:
  import db_connector/db_sqlite
else:
  import std/db_sqlite

let db = open("forum.db", "", "", "")

routes:
  get "/threads.json":
    resp "[]"
"""


def _tree() -> dict[str, str]:
    return {
        "forum.nimble": _NIMBLE,
        "src/forum.nim": _FORUM,
        "tests/suites/threads.nim": 'import unittest, common\n\nsuite "threads":\n'
        '  test "can view":\n    check true\n',
    }


def test_jester_forum_versioned_by_its_commit(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert backend.language == "Nim"
    assert first(backend, FindingKind.FRAMEWORK) == ("Jester", "#405be2e")
    assert first(backend, FindingKind.QUERY)[0] == "db_sqlite"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
    assert first(backend, FindingKind.TEST)[0] == "unittest"


def test_nimble_lock_resolves_the_release(tmp_path: Path) -> None:
    files = _tree()
    files["forum.nimble"] = _NIMBLE.replace('"jester#405be2e"', '"jester >= 0.6.0"')
    files["nimble.lock"] = (
        '{\n  "version": 2,\n  "packages": {\n    "jester": {\n      "version": "0.6.0",\n'
        '      "vcsRevision": "405be2e",\n      "dependencies": [\n        "httpbeast"\n'
        '      ],\n      "checksums": {\n        "sha1": "abc"\n      }\n    }\n  }\n}\n'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("Jester", "0.6.0")


def test_nimble_package_without_bin_is_a_library(tmp_path: Path) -> None:
    """Counter-case: a package building no program (no `bin`: a library of Jester helpers)
    is no backend."""
    nimble = _NIMBLE.replace('bin = @["forum"]\n', "")
    files = {"helpers.nimble": nimble, "src/helpers.nim": "import jester\n\nproc x*() = discard\n"}
    assert by_folder(write(tmp_path, files)) == {}
    parsed = nim.parse(Lines("helpers.nimble", nimble))
    assert parsed.library
    assert parsed.language_version == ">= 1.0.6"
