"""A Vapor service as set 415 showed it (benchmarks/detect_heldout415.yaml, #19): its tests
import only Vapor's XCTVapor (which re-exports XCTest) and subclass XCTestCase; it writes shared
documents to Cloud Firestore through Firestore's REST API with Vapor's own client, in a
`Firestore.swift` deep in a folder of controllers behind a front end's many scripts, no client
library to name the store."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = """// swift-tools-version:5.5
import PackageDescription

let package = Package(
  name: "app",
  platforms: [.macOS(.v12)],
  dependencies: [
    .package(url: "https://github.com/vapor/vapor.git", from: "4.0.0"),
  ],
  targets: [
    .executableTarget(name: "App", dependencies: [.product(name: "Vapor", package: "vapor")]),
    .testTarget(name: "AppTests", dependencies: [
      .target(name: "App"), .product(name: "XCTVapor", package: "vapor"),
    ]),
  ]
)
"""
_ENTRY = (
    "import Vapor\n\n@main\nenum Entrypoint {\n  static func main() async throws {\n"
    "    let env = try Environment.detect()\n"
    "    let app = try await Application.make(env)\n    try await app.execute()\n  }\n}\n"
)
_FIRESTORE = (
    "import Vapor\n\nstruct Firestore {\n  func save(_ client: Client, id: String) async throws {\n"
    "    _ = try await client.patch(URI(string: \"https://firestore.googleapis.com/v1/projects/"
    "\\(projectId)/databases/(default)/documents/snippets/\\(id)?key=\\(apiKey)\"))\n  }\n}\n"
)
_TEST = (
    "@testable import App\nimport XCTVapor\n\nfinal class AppTests: XCTestCase {\n"
    "  func testRoot() throws {\n    let app = Application(.testing)\n"
    "    defer { app.shutdown() }\n  }\n}\n"
)


def _tree(firestore: str = _FIRESTORE) -> dict[str, str]:
    files = {
        "Package.swift": _PACKAGE,
        "Sources/App/entrypoint.swift": _ENTRY,
        "Sources/App/configure.swift": "import Vapor\n\nfunc configure(_ app: Application) {}\n",
        "Sources/App/routes.swift": "import Vapor\n\nfunc routes(_ app: Application) {}\n",
        "Sources/App/versions.swift": "let versions = [\"6.0\"]\n",
        "Sources/App/Controllers/Runner.swift": "import Vapor\n\nstruct Runner {}\n",
        "Sources/App/Controllers/Firestore.swift": firestore,
        "Tests/AppTests/AppTests.swift": _TEST,
    }
    # A front end built by webpack beside the package, its scripts served by the app: they
    # fill the ordinary quota of files read before the controllers' folder is reached.
    files["package.json"] = (
        '{"scripts": {"prod": "webpack --config webpack.prod.js"},\n'
        ' "dependencies": {"bootstrap": "5.3.8"},\n "devDependencies": {"webpack": "5.0.0"}}\n'
    )
    for index in range(18):
        files[f"Public/js/module{index:02}.js"] = f"export const x{index} = {index};\n"
    for mode in ("common", "dev", "prod"):
        files[f"webpack.{mode}.js"] = "module.exports = { mode: 'production' };\n"
    return files


def test_firestore_rest_calls_name_the_engine_and_xctvapor_the_tests(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Vapor"
    assert first(backend, K.DATABASE)[0] == "Firestore"
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.TEST)[0] == "XCTest"


def test_firebase_auth_calls_name_no_store(tmp_path: Path) -> None:
    # Counter-case: the same module refreshing a token through Firebase's auth REST API only.
    auth = _FIRESTORE.replace(
        "firestore.googleapis.com/v1/projects/", "securetoken.googleapis.com/v1/token?"
    )
    backend = by_folder(write(tmp_path, _tree(auth)))["."]
    assert first(backend, K.DATABASE) == ("", "")
