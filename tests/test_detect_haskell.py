"""Haskell, an ecosystem the three-hundred-and-thirtieth held-out set brought
(benchmarks/detect_heldout330.yaml), as small fixtures of the real files' shape (#19): a Yesod
site described by hpack's `package.yaml` beside `stack.yaml` (its dependencies unversioned, the
snapshot choosing them), a Servant API in one package folder of a Stack project (its generated
`.cabal` file beside its `package.yaml`), and the counter-cases: a package of API types with
no executable, a command-line client, and a `package.yaml` outside any Haskell project."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.detect.ecosystems import haskell
from designer.detect.signals import Lines
from designer.model.stack import FindingKind

_STACK = "resolver: lts-24.26\n\npackages:\n- .\n"

_YESOD_PACKAGE = """name:         site

flags:
  dev:
    description: Turn on development settings.
    manual: false
    default: false

dependencies:
- base
- yesod
- aeson
#- prometheus-client
- esqueleto
- persistent
- persistent-postgresql
- persistent-sqlite
- warp
- yesod-core

library:
  source-dirs: src
  when:
  - condition: (flag(dev))
    then:
      ghc-options:
      - -O0
    else:
      ghc-options:
      - -O

executables:
  site:
    main: main.hs
    source-dirs: app
    dependencies:
    - site

tests:
  site-test:
    main: Spec.hs
    source-dirs: test
    dependencies:
    - site
    - hspec >= 2.10
    - QuickCheck
"""

_FOUNDATION = """module Foundation where

import Yesod.Core

data App = App

mkYesodData "App" $(parseRoutesFile "config/routes")
"""


def _yesod() -> dict[str, str]:
    return {
        "stack.yaml": _STACK,
        "stack.yaml.lock": "snapshots:\n- original: lts-24.26\n",
        "package.yaml": _YESOD_PACKAGE,
        "app/main.hs": "import Application (appMain)\n\nmain :: IO ()\nmain = appMain\n",
        "src/Foundation.hs": _FOUNDATION,
        "src/Model.hs": "module Model where\n\nimport Database.Persist.TH\n",
        "test/Spec.hs": "import Test.Hspec\n\nmain :: IO ()\nmain = hspec $ return ()\n",
    }


def test_yesod_site_of_an_hpack_package(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _yesod()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert backend.language == "Haskell"
    # The snapshot chooses yesod's release: no file states it.
    assert first(backend, FindingKind.FRAMEWORK) == ("Yesod", "")
    assert first(backend, FindingKind.ORM)[0] == "Persistent"
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"
    assert first(backend, FindingKind.TEST)[0] == "hspec"


def test_cabal_freeze_pins_the_framework(tmp_path: Path) -> None:
    files = _yesod()
    files["cabal.project"] = "packages: .\n"
    files["cabal.project.freeze"] = (
        "active-repositories: hackage.haskell.org:merge\n"
        "constraints: any.aeson ==2.2.3.0,\n"
        "             any.yesod ==1.6.2.1,\n"
        "             any.yesod-core ==1.6.26.0,\n"
    )
    assert first(by_folder(write(tmp_path, files))["."], FindingKind.FRAMEWORK) == (
        "Yesod",
        "1.6.2.1",
    )


_SERVANT_CABAL = """cabal-version: 1.12

-- This file has been generated from package.yaml by hpack version 0.38.1.

name:           api
version:        0.1.0.0
build-type:     Simple

library
  exposed-modules:
      Api.Server
  hs-source-dirs:
      src
  build-depends:
      aeson
    , base >=4.7 && <5
    , hasql
    , hasql-pool
    , hedis
    , servant
    , servant-server
    , warp
  default-language: Haskell2010

executable api
  main-is: Main.hs
  hs-source-dirs:
      app
  build-depends:
      api
    , base >=4.7 && <5
  default-language: Haskell2010
"""

_SERVANT_HPACK = """name: api

dependencies:
- base >= 4.7 && < 5
- servant-server
- hasql

library:
  source-dirs: src

executables:
  api:
    main: Main.hs
    source-dirs: app
"""

_TYPES_CABAL = """cabal-version: 1.12

name:           api-types
version:        0.0.0.0

library
  exposed-modules:
      Api.Types
  hs-source-dirs:
      src
  build-depends:
      base <5
    , persistent
    , servant
    , servant-auth-server
    , servant-server
  default-language: Haskell2010
"""

_CLI_CABAL = """cabal-version: 1.12

name:           api-cli
version:        0.0.0.0

library
  hs-source-dirs: src
  build-depends:
      base <5
    , persistent-sqlite
    , servant-client >=0.9

executable api
  main-is: Main.hs
  build-depends:
      api-cli
    , base

test-suite api-cli-test
  type: exitcode-stdio-1.0
  main-is: Spec.hs
  build-depends:
      api-cli
    , hspec
"""


def _stack_project() -> dict[str, str]:
    return {
        "stack.yaml": "resolver: lts-24.21\n\npackages:\n- api\n- api-types\n- api-cli\n",
        "api/package.yaml": _SERVANT_HPACK,
        "api/api.cabal": _SERVANT_CABAL,
        "api/app/Main.hs": "import qualified Api.Server\n\nmain :: IO ()\nmain = Api.Server.main\n",
        "api/src/Api/Server.hs": (
            "module Api.Server where\n\nimport Servant.Server\nimport Network.Wai.Handler.Warp\n"
        ),
        "api-types/package.yaml": "name: api-types\n\nlibrary:\n  dependencies:\n  - servant\n",
        "api-types/api-types.cabal": _TYPES_CABAL,
        "api-types/src/Api/Types.hs": "module Api.Types where\n\nimport Servant.API\n",
        "api-cli/api-cli.cabal": _CLI_CABAL,
        "api-cli/src/Cli.hs": "module Cli where\n\nimport Servant.Client\n",
    }


def test_servant_server_in_a_stack_project_folder(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _stack_project()))
    assert sorted(found) == ["api"]
    backend = found["api"]
    assert first(backend, FindingKind.FRAMEWORK) == ("Servant", "")
    assert first(backend, FindingKind.QUERY)[0] == "hasql"
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_api_types_library_and_cli_are_no_backends(tmp_path: Path) -> None:
    """Counter-case: the API types (servant-server and persistent in a package with no
    executable) and the command-line client (an executable, persistent-sqlite, no web
    framework) are no backends, even where no server is in the tree."""
    files = _stack_project()
    for path in [p for p in files if p.startswith("api/")]:
        del files[path]
    assert by_folder(write(tmp_path, files)) == {}


def test_package_yaml_outside_a_haskell_project_is_not_hpack(tmp_path: Path) -> None:
    """Counter-case: a `package.yaml` of another tool (no stack.yaml nor cabal.project around
    it) is not read as a Haskell package, so a Node service keeps its folder."""
    files = {
        "package.json": package_json({"express": "^4.19.2"}),
        "index.js": "const express = require('express');\nexpress().listen(3000);\n",
        "deploy/package.yaml": "dependencies:\n- yesod\nexecutables:\n  x:\n    main: x\n",
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["."]
    assert found["."].language != "Haskell"


def test_cabal_stanzas_set_dev_and_program() -> None:
    parsed = haskell.parse(Lines("api-cli.cabal", _CLI_CABAL))
    assert parsed.name == "api-cli"
    assert parsed.library  # an executable, but no web framework: a command-line tool
    tests = [s for s in parsed.signals if s.kind is FindingKind.TEST]
    assert [s.name for s in tests] == ["hspec"]
    served = haskell.parse(Lines("api.cabal", _SERVANT_CABAL))
    assert not served.library
