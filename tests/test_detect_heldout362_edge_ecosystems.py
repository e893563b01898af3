"""Gaps the 362nd held-out set showed in the Crystal, Swift and Haskell catalogues
(benchmarks/detect_heldout362.yaml), each as a small fixture of the real files' shape (#19):
Spider-Gazelle and its pg-orm lent by a shard of shared models, a Vapor executable target a
bare `.gitignore` pattern matched, IHP's own query layer, hx's lock pinning a Cabal range, and a
Yesod site over the product's own Servant API."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Crystal: Spider-Gazelle (action-controller), pg-orm from a models shard -----------------

SHARD_YML = """\
name: bookings-api
version: 1.2.0

targets:
  bookings-api:
    main: src/bookings-api.cr

dependencies:
  action-controller:
    github: spider-gazelle/action-controller
    version: ">= 5.1"

  shared-models:
    github: example/models

development_dependencies:
  ameba:
    github: veelenga/ameba
"""
SHARD_LOCK = """\
version: 2.0
shards:
  action-controller:
    git: https://github.com/spider-gazelle/action-controller.git
    version: 8.1.1

  pg:
    git: https://github.com/will/crystal-pg.git
    version: 0.30.0

  pg-orm:
    git: https://github.com/spider-gazelle/pg-orm.git
    version: 2.3.0

  shared-models:
    git: https://github.com/example/models.git
    version: 9.1.0
"""
CRYSTAL_MAIN = 'require "./config"\n\nserver = ActionController::Server.new(3000, "0.0.0.0")\n'
CRYSTAL_CONTROLLER = """\
class Bookings < Application
  def create
    PgORM::Database.transaction do |tx|
      booking.save!
    end
  end
end
"""


def test_spider_gazelle_with_pg_orm_lent_by_a_models_shard(tmp_path: Path) -> None:
    files = {
        "shard.yml": SHARD_YML,
        "shard.lock": SHARD_LOCK,
        "src/bookings-api.cr": CRYSTAL_MAIN,
        "src/controllers/bookings.cr": CRYSTAL_CONTROLLER,
        "spec/spec_helper.cr": 'require "spec"\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Spider-Gazelle", "8.1.1")
    assert first(backend, K.ORM)[0] == "pg-orm"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "crystal spec"


def test_spider_gazelle_shard_without_targets_is_a_library(tmp_path: Path) -> None:
    manifest = SHARD_YML.replace("targets:\n  bookings-api:\n    main: src/bookings-api.cr\n", "")
    files = {"shard.yml": manifest, "src/lib.cr": CRYSTAL_CONTROLLER}
    assert by_folder(write(tmp_path, files)) == {}


# --- Swift: a Vapor `Run` target a bare `.gitignore` pattern matches --------------------------

PACKAGE_SWIFT = """\
// swift-tools-version:5.2
import PackageDescription

let package = Package(
    name: "Backend",
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.3.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.0.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.0.0"),
    ],
    targets: [
        .target(name: "App", dependencies: [
            .product(name: "Fluent", package: "fluent"),
            .product(name: "Vapor", package: "vapor"),
        ]),
        .target(name: "Run", dependencies: [.target(name: "App")]),
        .testTarget(name: "AppTests", dependencies: [.target(name: "App")]),
    ]
)
"""
VAPOR_CONFIGURE = "import Vapor\n\npublic func configure(_ app: Application) throws {}\n"
VAPOR_MAIN = """\
import App
import Vapor

var env = try Environment.detect()
let app = Application(env)
defer { app.shutdown() }
try configure(app)
try app.run()
"""


def test_vapor_run_target_matched_by_a_bare_ignore_pattern(tmp_path: Path) -> None:
    files = {
        # `Run` written for the built binary: it matches Sources/Run too, which git tracks.
        ".gitignore": ".build\nPackages\nconfig\nRun\n",
        "Package.swift": PACKAGE_SWIFT,
        "Sources/Run/main.swift": VAPOR_MAIN,
        "Sources/App/configure.swift": VAPOR_CONFIGURE,
        "Tests/AppTests/AppTests.swift": "@testable import App\nimport XCTest\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Vapor"
    assert first(backend, K.ORM)[0] == "Fluent"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "XCTest"


def test_ignored_folder_outside_a_packages_sources_stays_unwalked(tmp_path: Path) -> None:
    files = {
        ".gitignore": "Run\n",
        "tools/Package.swift": PACKAGE_SWIFT,
        "tools/Run/main.swift": VAPOR_MAIN,
    }
    assert by_folder(write(tmp_path, files)) == {}


# --- Haskell: IHP's query layer -------------------------------------------------------------

IHP_CABAL = """\
name:                App
version:             0.1.0.0
build-type:          Simple
cabal-version:       >=1.10

executable App
  main-is:             Main.hs
  build-depends:
    ihp,
    base,
    text
  hs-source-dirs:      .
"""
IHP_MAIN = (
    "module Main where\nimport qualified IHP.Server\n\n"
    "main :: IO ()\nmain = IHP.Server.run config\n"
)
IHP_CONTROLLER = """\
module Web.Controller.Threads where

import Web.Controller.Prelude

instance Controller ThreadsController where
    action ThreadsAction = do
        threads <- query @Thread
            |> orderByDesc #createdAt
            |> fetch
        render IndexView { .. }
"""


def test_ihp_query_layer_on_postgresql(tmp_path: Path) -> None:
    files = {
        "App.cabal": IHP_CABAL,
        "Main.hs": IHP_MAIN,
        "Web/Controller/Threads.hs": IHP_CONTROLLER,
        "Application/Schema.sql": "CREATE TABLE threads (id UUID PRIMARY KEY NOT NULL);\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "IHP"
    assert first(backend, K.ORM)[0] == "IHP ORM"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Haskell: hx.lock pins a Cabal range ------------------------------------------------------

WEB_CABAL = """\
name:           shop-web
version:        1.0

executable shop-web
  main-is: main.hs
  hs-source-dirs: app
  build-depends:
      base >=4.14 && <5
    , yesod >=1.4 && <1.7
    , yesod-core >=1.4 && <1.8

test-suite test
  type: exitcode-stdio-1.0
  main-is: test.hs
  build-depends:
      hspec
"""
HX_LOCK = """\
version = 1

[toolchain]
ghc = "9.14.1"

[[workspace.packages]]
name = "shop-web"
version = "1.0"
path = "shop-web"

[[packages]]
name = "yesod-core"
version = "1.7.0.0"
source = "hackage"

[[packages]]
name = "yesod"
version = "1.6.2.3"
source = "hackage"
"""
YESOD_APP = 'import Yesod\n\nmkYesod "App" [parseRoutes|\n/ HomeR GET\n|]\n'


def test_hx_lock_resolves_a_cabal_range(tmp_path: Path) -> None:
    files = {
        "cabal.project": "packages: shop-web\n",
        "hx.lock": HX_LOCK,
        "shop-web/shop-web.cabal": WEB_CABAL,
        "shop-web/app/main.hs": YESOD_APP,
    }
    backend = by_folder(write(tmp_path, files))["shop-web"]
    assert first(backend, K.FRAMEWORK) == ("Yesod", "1.6.2.3")


# --- Haskell: a Yesod site over the product's own Servant API -------------------------------

API_SERVER_YAML = """\
name: shop-server

library:
  source-dirs: src
  dependencies:
  - base
  - servant-server
  - persistent
  - persistent-sqlite
  - warp

executables:
  shop-server:
    main: Main.hs
    source-dirs: app
    dependencies:
    - shop-server
"""
WEB_SERVER_YAML = """\
name: shop-web-server

library:
  source-dirs: src
  dependencies:
  - base
  - servant-client
  - shakespeare
  - shop-client
  - yesod
  - yesod-auth

executables:
  shop-web-server:
    main: Main.hs
    source-dirs: app
    dependencies:
    - shop-web-server
"""
SERVANT_MAIN = "module Main where\n\nimport Servant.Server\n\nmain :: IO ()\nmain = pure ()\n"
YESOD_DISPATCH = (
    'module Shop.Web.Application where\n\nimport Yesod\n\nmkYesodDispatch "App" resourcesApp\n'
)


def _fronted(tmp_path: Path, web_yaml: str) -> dict[str, object]:
    files = {
        "stack.yaml": "resolver: lts-21.22\npackages:\n- shop-server\n- shop-web-server\n",
        "shop-server/package.yaml": API_SERVER_YAML,
        "shop-server/app/Main.hs": SERVANT_MAIN,
        "shop-web-server/package.yaml": web_yaml,
        "shop-web-server/app/Main.hs": "module Main where\n\nmain :: IO ()\nmain = pure ()\n",
        "shop-web-server/src/Shop/Web/Application.hs": YESOD_DISPATCH,
    }
    return dict(by_folder(write(tmp_path, files)))


def test_yesod_site_over_the_products_servant_api_is_a_ui(tmp_path: Path) -> None:
    found = _fronted(tmp_path, WEB_SERVER_YAML)
    assert set(found) == {"shop-server"}


def test_yesod_site_with_no_api_client_stays_a_backend(tmp_path: Path) -> None:
    found = _fronted(tmp_path, WEB_SERVER_YAML.replace("  - servant-client\n", ""))
    assert set(found) == {"shop-server", "shop-web-server"}


def test_yesod_site_keeping_data_stays_a_backend(tmp_path: Path) -> None:
    web = WEB_SERVER_YAML.replace("  - yesod\n", "  - yesod\n  - persistent-postgresql\n")
    found = _fronted(tmp_path, web)
    assert set(found) == {"shop-server", "shop-web-server"}
