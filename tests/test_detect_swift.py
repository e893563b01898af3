"""Swift, an ecosystem the three-hundred-and-thirtieth held-out set brought
(benchmarks/detect_heldout330.yaml), as a small fixture of the real files' shape (#19): a Vapor
application whose Package.swift depends on vapor, fluent, fluent-postgres-driver and redis by
URL (`from:` ranges), with an executable target `Run` whose entry point makes the application
(`Application.make(env)`); Package.resolved (v2, `identity` and `state.version`) resolves the
releases; the tests import Swift Testing. Counter-cases: an iOS app's package and a library
depending on Vapor are no backends; v1's Package.resolved (`repositoryURL`) is read too."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.lock_readers import READERS
from designer.model.stack import FindingKind

_PACKAGE = """// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Index-Server",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "Run", targets: ["Run"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.0.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.0.0"),
        .package(url: "https://github.com/vapor/redis.git", from: "4.0.0"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.102.0"),
        // .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.0.0"),
    ],
    targets: [
        .executableTarget(name: "Run", dependencies: ["App"]),
        .target(name: "App", dependencies: [
            .product(name: "Fluent", package: "fluent"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "Redis", package: "redis"),
            .product(name: "Vapor", package: "vapor"),
        ]),
        .testTarget(name: "AppTests", dependencies: [
            .product(name: "VaporTesting", package: "vapor"),
            .target(name: "App"),
        ]),
    ]
)
"""


def _pin(identity: str, version: str) -> str:
    return (
        "    {\n"
        f'      "identity" : "{identity}",\n'
        '      "kind" : "remoteSourceControl",\n'
        f'      "location" : "https://github.com/vapor/{identity}.git",\n'
        '      "state" : {\n'
        '        "revision" : "4b99975677236d13f0754339864e5360142ff5a1",\n'
        f'        "version" : "{version}"\n'
        "      }\n"
        "    }"
    )


_RESOLVED = (
    '{\n  "originHash" : "d7adf8ee",\n  "pins" : [\n'
    + ",\n".join(
        _pin(name, version)
        for name, version in (
            ("fluent", "4.13.0"),
            ("fluent-postgres-driver", "2.11.0"),
            ("redis", "4.14.0"),
            ("vapor", "4.118.0"),
        )
    )
    + '\n  ],\n  "version" : 3\n}\n'
)

_ENTRYPOINT = """import App
import Vapor

@main
enum Entrypoint {
    static func main() async throws {
        var env = try Environment.detect()
        let app = try await Application.make(env)
        try await configure(app)
        try await app.execute()
        try await app.asyncShutdown()
    }
}
"""

_TEST = """import Testing
@testable import App
import VaporTesting

@Suite struct PackageTests {
    @Test func show() async throws {
        #expect(true)
    }
}
"""


def _tree() -> dict[str, str]:
    return {
        "Package.swift": _PACKAGE,
        "Package.resolved": _RESOLVED,
        "Sources/Run/entrypoint.swift": _ENTRYPOINT,
        "Sources/App/configure.swift": "import Fluent\nimport Vapor\n\npublic func configure("
        "_ app: Application) async throws {\n}\n",
        "Tests/AppTests/PackageTests.swift": _TEST,
    }


def test_vapor_application_with_fluent_on_postgres(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert backend.language == "Swift"
    assert first(backend, FindingKind.FRAMEWORK) == ("Vapor", "4.118.0")
    assert first(backend, FindingKind.ORM) == ("Fluent", "4.13.0")
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"
    assert first(backend, FindingKind.CACHE)[0] == "Redis"
    assert first(backend, FindingKind.TEST)[0] == "Swift Testing"


def test_xctest_cases_are_the_tests(tmp_path: Path) -> None:
    files = _tree()
    files["Tests/AppTests/PackageTests.swift"] = (
        "@testable import App\nimport XCTVapor\nimport XCTest\n\n"
        "final class PackageTests: XCTestCase {\n    func testShow() throws {}\n}\n"
    )
    assert first(by_folder(write(tmp_path, files))["."], FindingKind.TEST)[0] == "XCTest"


def test_package_resolved_v1_names_pins_by_url() -> None:
    lines = [
        "{",
        '  "object": {',
        '    "pins": [',
        "      {",
        '        "package": "vapor",',
        '        "repositoryURL": "https://github.com/vapor/vapor.git",',
        '        "state": {',
        '          "branch": null,',
        '          "revision": "5a7e6f3",',
        '          "version": "4.50.0"',
        "        }",
        "      }",
        "    ]",
        "  },",
        '  "version": 1',
        "}",
    ]
    assert list(READERS["Package.resolved"](lines)) == [(".", "vapor", ("", "4.50.0", 10))]


def test_ios_app_package_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: an app's package (SwiftUI views, a networking client, XCTest) names no
    server framework: no backend."""
    files = {
        "Package.swift": (
            "// swift-tools-version:5.9\nimport PackageDescription\n\nlet package = Package(\n"
            '    name: "Reader",\n    platforms: [.iOS(.v17)],\n'
            '    products: [.library(name: "Reader", targets: ["Reader"])],\n'
            "    dependencies: [\n"
            '        .package(url: "https://github.com/Alamofire/Alamofire.git", from: "5.8.0"),\n'
            "    ],\n"
            '    targets: [.target(name: "Reader"), .testTarget(name: "ReaderTests")]\n)\n'
        ),
        "Sources/Reader/ContentView.swift": "import SwiftUI\n\nstruct ContentView: View {}\n",
        "Tests/ReaderTests/ReaderTests.swift": "import XCTest\n@testable import Reader\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_library_depending_on_vapor_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: a package of Vapor middleware (library products only, no application
    made in its code) is imported by applications: no backend of its own."""
    files = {
        "Package.swift": (
            "// swift-tools-version:5.9\nimport PackageDescription\n\nlet package = Package(\n"
            '    name: "vapor-queues-extra",\n'
            '    products: [.library(name: "QueuesExtra", targets: ["QueuesExtra"])],\n'
            "    dependencies: [\n"
            '        .package(url: "https://github.com/vapor/vapor.git", from: "4.0.0"),\n'
            '        .package(url: "https://github.com/vapor/fluent.git", from: "4.0.0"),\n'
            "    ],\n"
            '    targets: [.target(name: "QueuesExtra", dependencies: [\n'
            '        .product(name: "Vapor", package: "vapor")])]\n)\n'
        ),
        "Sources/QueuesExtra/Middleware.swift": (
            "import Vapor\n\npublic struct Extra: AsyncMiddleware {\n"
            "    public func respond(to request: Request, chainingTo next: AsyncResponder)"
            " async throws -> Response { try await next.respond(to: request) }\n}\n"
        ),
    }
    assert by_folder(write(tmp_path, files)) == {}
