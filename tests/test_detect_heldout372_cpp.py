"""C, C++ and Zig, ecosystems the three-hundred-and-seventy-second held-out set brought
(benchmarks/detect_heldout372.yaml), as small fixtures of the real files' shape (#19).

A CMake project is keyed by its outermost `CMakeLists.txt` (the one holding `project()`); the
`CMakeLists.txt` of its `add_subdirectory` folders and of libraries vendored below it belong to
the same build. Its web framework is found installed (`find_package(Wt …)`), added from a git
submodule (`add_subdirectory(third_party/userver)`) or vendored as source (CivetWeb's
`civetweb.h`): only code starting it makes a backend. A Zig package's `build.zig.zon` names its
dependencies (`.httpz`, `.zqlite`) pinned by a tarball URL and hash, so no version.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import cpp, zig
from designer.detect.signals import Lines
from designer.model.stack import FindingKind

_WT_ROOT = """cmake_minimum_required(VERSION 3.12)

project(shelter)

include(CTest)
find_package(Boost REQUIRED COMPONENTS system program_options)
find_package(Wt REQUIRED COMPONENTS Wt Dbo DboSqlite3 HTTP)

add_subdirectory(src)
"""

_WT_MAIN = """#include <Wt/WServer.h>

int main(int argc, char* argv[])
{
    Wt::WServer server{ argv[0] };
    server.setServerConfiguration(argc, argv);
    server.start();
    Wt::WServer::waitForShutdown();
}
"""

_WT_DB = """#include <Wt/Dbo/backend/Sqlite3.h>
#include "Db.hpp"

Db::Db(const std::filesystem::path& db)
{
    auto connection{ std::make_unique<Wt::Dbo::backend::Sqlite3>(db.string()) };
}
"""


def _wt_tree() -> dict[str, str]:
    return {
        "CMakeLists.txt": _WT_ROOT,
        "src/CMakeLists.txt": "add_subdirectory(libs)\nadd_subdirectory(shelter)\n",
        "src/shelter/CMakeLists.txt": (
            "add_executable(shelter main/main.cpp)\n"
            "target_link_libraries(shelter PRIVATE Wt::Wt Wt::HTTP)\n"
        ),
        "src/shelter/main/main.cpp": _WT_MAIN,
        "src/libs/share/CMakeLists.txt": "add_library(share STATIC impl/Db.cpp)\n",
        "src/libs/share/impl/Db.cpp": _WT_DB,
        "src/libs/share/include/Share.hpp": "#pragma once\n#include <Wt/Dbo/Dbo.h>\n",
    }


def test_wt_program_is_keyed_by_its_cmake_project(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _wt_tree()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert backend.language == "C++"
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Wt"
    assert first(backend, FindingKind.ORM)[0] == "Wt::Dbo"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"


def test_cmake_project_naming_a_framework_it_never_starts_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: a C++ library or tool whose build finds Wt (its widgets, its ORM) and
    opens SQLite, but whose code starts no server, is no backend; nor a game on CMake."""
    files = _wt_tree()
    files["src/shelter/main/main.cpp"] = "int main() { return 0; }\n"
    assert by_folder(write(tmp_path / "lib", files)) == {}
    game = {
        "CMakeLists.txt": "project(game LANGUAGES CXX)\nfind_package(SDL2 REQUIRED)\n",
        "src/main.cpp": "#include <sqlite3.h>\nint main() { sqlite3_open(\"s.db\", &db); }\n",
    }
    assert by_folder(write(tmp_path / "game", game)) == {}


_USERVER_ROOT = """cmake_minimum_required(VERSION 3.12)
project(service_dynamic_configs CXX)

set(USERVER_FEATURE_POSTGRESQL ON CACHE BOOL "" FORCE)
add_subdirectory(third_party/userver)
userver_setup_environment()

add_executable(${PROJECT_NAME} src/main.cpp)
target_link_libraries(${PROJECT_NAME} userver-core userver-postgresql)
userver_testsuite_add_simple()
"""

_USERVER_MAIN = """#include <userver/components/minimal_server_component_list.hpp>
#include <userver/storages/postgres/component.hpp>
#include <userver/utils/daemon_run.hpp>

int main(int argc, char* argv[]) {
  auto component_list = userver::components::MinimalServerComponentList()
                            .Append<userver::components::Postgres>("settings-database");
  return userver::utils::DaemonMain(argc, argv, component_list);
}
"""


def test_userver_service_added_from_a_submodule(tmp_path: Path) -> None:
    files = {
        "CMakeLists.txt": _USERVER_ROOT,
        "src/main.cpp": _USERVER_MAIN,
        "tests/pytest.ini": "[pytest]\nasyncio_mode = auto\n",
        "tests/conftest.py": "pytest_plugins = ['pytest_userver.plugins.postgresql']\n",
        "tests/test_configs.py": "async def test_configs(service_client):\n    assert True\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK)[0] == "userver"
    assert first(backend, FindingKind.QUERY)[0] == "userver-postgresql"
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"
    assert first(backend, FindingKind.TEST)[0] == "pytest"


def _civetweb_tree() -> dict[str, str]:
    return {
        "CMakeLists.txt": "cmake_minimum_required(VERSION 3.18)\nproject(DNS_FTL C)\n"
        "add_subdirectory(src)\n",
        "src/CMakeLists.txt": "add_executable(dns-ftl main.c)\nadd_subdirectory(webserver)\n",
        "src/main.c": "int main(int argc, char **argv) { return run(argc, argv); }\n",
        # A C program's many shallow modules spend the ordinary quota before its web server's.
        **{f"src/part{n:02}.c": f"int part{n}(void) {{ return {n}; }}\n" for n in range(40)},
        "src/webserver/CMakeLists.txt": "add_subdirectory(civetweb)\n",
        "src/webserver/webserver.c": (
            '#include "civetweb/civetweb.h"\n\nvoid http_init(void)\n{\n'
            "\tif((ctx = mg_start2(&init, &error)) == NULL)\n\t\treturn;\n}\n"
        ),
        "src/webserver/civetweb/CMakeLists.txt": "add_library(civetweb OBJECT civetweb.c)\n",
        "src/webserver/civetweb/civetweb.h": '#define CIVETWEB_VERSION "1.17"\n'
        "struct mg_context *mg_start2(struct mg_init_data *init, struct mg_error_data *error);\n",
        "src/database/sqlite3.h": '#define SQLITE_VERSION        "3.51.0"\n',
        "test/test_suite.bats": '@test "Version" {\n  run bash -c "./dns-ftl -v"\n}\n',
        "tools/vendor.py": (
            "import sqlite3\n\ncon = sqlite3.connect(database)\ncon.execute('CREATE TABLE t (a)')\n"
        ),
    }


def test_c_program_starting_vendored_civetweb(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _civetweb_tree()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert backend.language == "C"
    assert first(backend, FindingKind.FRAMEWORK) == ("CivetWeb", "1.17")
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
    assert first(backend, FindingKind.TEST)[0] == "BATS"


def test_c_library_vendoring_civetweb_without_starting_it_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: the vendored source defines `mg_start2` but nothing calls it."""
    files = _civetweb_tree()
    files["src/webserver/webserver.c"] = "void http_init(void) {}\n"
    files["src/webserver/civetweb/civetweb.c"] = (
        "struct mg_context *mg_start2(struct mg_init_data *init, struct mg_error_data *error)\n"
        "{\n\treturn NULL;\n}\n"
    )
    assert by_folder(write(tmp_path, files)) == {}


_ZON = """.{
	.name = "blog",
	.paths = .{""},
	.version = "0.0.0",
	.dependencies = .{
		.httpz = .{
			.url = "https://example.org/http.zig/archive/6946917979ec.tar.gz",
			.hash = "1220141aeed687703aa42ed5b219715e33fc8805c8bbb5617f638b4974fd20d57d67"
		},
		.zqlite = .{
			.url = "https://example.org/zqlite.zig/archive/fa961d7422f0.tar.gz",
			.hash = "12205e11bd7e60af91e3fe96b7fd90c2bfd73bdae778dbee9d243a5027e06fc3c101"
		},
	},
}
"""

_WEB = """const httpz = @import("httpz");

pub fn start(app: *App) !void {
	var server = try httpz.ServerCtx(*const Dispatcher, *Env).init(allocator, .{}, undefined);
	try server.listen();
}

test "web: start" {
	try t.expectEqual(1, 1);
}
"""


def test_zig_package_starting_http_zig(tmp_path: Path) -> None:
    files = {
        "build.zig.zon": _ZON,
        "build.zig": 'const std = @import("std");\npub fn build(b: *std.Build) !void {}\n',
        "src/main.zig": 'const web = @import("web/web.zig");\npub fn main() !void {}\n',
        "src/web/web.zig": _WEB,
        "src/app.zig": "const zqlite = @import(\"zqlite\");\nauth_pool: zqlite.Pool,\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert backend.language == "Zig"
    assert first(backend, FindingKind.FRAMEWORK) == ("http.zig", "")
    assert first(backend, FindingKind.QUERY)[0] == "zqlite"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
    assert first(backend, FindingKind.TEST)[0] == "zig test"


def test_zig_library_depending_on_http_zig_is_no_backend(tmp_path: Path) -> None:
    files = {
        "build.zig.zon": _ZON,
        "src/root.zig": 'const httpz = @import("httpz");\npub fn helper() void {}\n',
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_zon_dependencies_are_the_entries_one_brace_deep() -> None:
    result = zig.parse(Lines("build.zig.zon", _ZON))
    assert result.name == "blog"
    assert sorted(s.name for s in result.signals) == ["SQLite", "http.zig", "zqlite"]


def test_conan_and_vcpkg_lists_name_the_packages() -> None:
    conan = cpp.parse(Lines("conanfile.txt", "[requires]\ncrowcpp-crow/1.2.0\n\n[generators]\n"))
    assert [(s.name, s.version) for s in conan.signals] == [("Crow", "1.2.0")]
    vcpkg = cpp.parse(Lines("vcpkg.json", '{"name": "svc", "dependencies": ["crow", "sqlite3"]}'))
    assert sorted(s.name for s in vcpkg.signals) == ["Crow", "SQLite"]
