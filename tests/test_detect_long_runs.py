"""Long words and long blank runs read in linear time (#19). Twenty-one patterns could read a run
of word characters or blanks again from every character of it, or split it every way between two
quantifiers side by side: a 200 000-character word in a Clojure `ns` form, a Dockerfile, an
`ENV` line, a C# header or a Gradle line; a blank run after a Node `import` or `const`, after a
C# method's name, a TypeORM import or a configuration `.get`, in a C# `if` test, a pinned
requirements line or a version range; blank lines in a mix.exs or a Kotlin file; a line of a
pnpm-workspace.yaml; a pip- compile header of many `compile` words; a chain `a+b+c…` where a
URL's scheme may be: each kept `designer detect` busy for minutes or more. Each now reads a run
once; on ordinary text every one answers as before (checked on every Clojure, C#, Gradle and Go
file and pinned requirements list of the restored held-out sets, and on the JavaScript and
TypeScript modules of sets 130 to 142, when the patterns changed)."""

from __future__ import annotations

from pathlib import Path

from test_detect_clojure import _cljdoc
from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.clojure_reach import _SYMBOL
from designer.detect.dotnet_registrations import _call, _method_name
from designer.detect.dotnet_setting_branches import _OPENER, _TESTS
from designer.detect.ecosystems import go, node
from designer.detect.ecosystems.jvm import _GRADLE_LIST_USE
from designer.detect.ecosystems.python import RULES, _written_as
from designer.detect.engines import engine_of_url
from designer.detect.go_ops_routes import _CONST
from designer.detect.launchers import _MAIN_METHOD
from designer.detect.lent_frameworks import _bindings
from designer.detect.lock_readers import _PIN
from designer.detect.locks import _MIX_LOCKFILE, _admits
from designer.detect.scan import _PATH_WORD
from designer.detect.sidefiles import _PAIR, _pnpm_catalogs
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K

_WORD = "a" * 200_000
_BLANKS = " " * 200_000


def test_a_clojure_ns_form_with_a_long_word_is_read(tmp_path: Path) -> None:
    files = _cljdoc()
    files["src/shop/cli.clj"] = f"(ns shop.cli\n  (:require [{_WORD} :as w] [{'a-' * 100_000}]))\n"
    assert by_folder(write(tmp_path, files))["."].language == "Clojure"
    assert _SYMBOL.findall(_WORD + "!") == []


def test_dotted_symbols_are_found_from_their_first_character() -> None:
    form = "(ns app.core (:require [app.db :as db] [ring.adapter.jetty :refer [run-jetty]]))"
    assert _SYMBOL.findall(form) == ["app.core", "app.db", "ring.adapter.jetty"]
    assert _SYMBOL.findall("x/app.db") == ["app.db"]


def test_csharp_method_names_before_long_runs() -> None:
    assert _method_name("public static IServiceCollection AddData(this IServiceCollection s)") == (
        "AddData"
    )
    assert _method_name("static List<Dictionary<string, int>> Make<T>  (") == "Make"
    assert _method_name("static readonly Regex R = new(") is None
    assert _method_name("static " + _BLANKS + "!") is None
    assert _method_name("static " + "\t" * 200_000 + "!") is None
    assert _method_name(_WORD + " " + _BLANKS) is None


def test_csharp_setting_tests_with_long_blank_runs() -> None:
    opener = _OPENER.match('    if (settings["Db:Provider"].ToLower() == "mysql")   {  ')
    assert opener is not None
    test = _TESTS[0].match(opener.group("test"))
    assert test is not None
    assert (test.group("lhs"), test.group("value")) == ('settings["Db:Provider"]', "mysql")
    assert test.group("cased")
    equals = _TESTS[1].match('provider name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)')
    assert equals is not None and equals.group("lhs") == "provider name"
    assert _OPENER.match("if (x)" + _BLANKS + "!") is None
    for pattern in _TESTS:
        assert pattern.match(_BLANKS + "!") is None
        assert pattern.match("a" + _BLANKS + "!") is None


def test_gradle_list_uses_on_long_lines() -> None:
    text = "dependencies {\n    compile springboot, jaxb\n    testImplementation(test)\n}\n"
    assert _GRADLE_LIST_USE.findall(text) == [
        ("compile", "springboot, jaxb"),
        ("testImplementation", "test"),
    ]
    assert _GRADLE_LIST_USE.findall("  compileonly\n") == []  # one word names no list (it
    # was split into a configuration and a variable)
    assert _GRADLE_LIST_USE.findall(_WORD + "!") == []
    assert _GRADLE_LIST_USE.findall("static " + _BLANKS + "!") == []
    assert _GRADLE_LIST_USE.findall("vite" + "\t" * 200_000 + "!") == []


def test_go_string_constants_below_long_blank_runs() -> None:
    text = 'const (\n\tHealthHandler = "/health"\n\tname string = "x"\n)\n'
    assert _CONST.findall(text) == [("HealthHandler", "/health"), ("name", "x")]
    blank_lines = "\n \n" * 100_000
    assert _CONST.findall(blank_lines + 'var Path = "/p"\n') == [("Path", "/p")]
    assert _CONST.findall(blank_lines + "}\n") == []  # no constant below: every start fails
    assert _MIX_LOCKFILE.search(blank_lines + "end\n") is None
    found = _MIX_LOCKFILE.search('  def project do\n    [\n      lockfile: "../../mix.lock",\n')
    assert found is not None and found.group(1) == "../../mix.lock"


def test_pinned_requirements_and_version_ranges_with_long_blank_runs() -> None:
    pin = _PIN.match('uvicorn[standard] == 0.30.1 ; python_version >= "3.9"')
    assert pin is not None and pin.groups() == ("uvicorn", "0.30.1")
    assert _PIN.match("a" + _BLANKS + "!") is None
    assert _admits("^4.18", "4.19.0") and not _admits("~4.18.2", "4.19.0")
    assert not _admits(" ^ 2", "1.9.0")
    assert _admits(_BLANKS + "!", "1.0.0")  # a requirement it cannot read admits everything
    assert not _admits(_BLANKS + "2", "1.0.0")


def test_a_pip_compile_header_of_many_words_is_read() -> None:
    header = "#    uv pip compile --no-strip-extras -o requirements/requirements.txt x.in\n"
    assert _written_as(Lines("requirements/requirements.txt", header + "django==5.2\n")) == (
        "requirements/requirements.txt"
    )
    assert _written_as(Lines("requirements.txt", "# " + "compile " * 125_000 + "\n")) == ""


def test_an_env_file_of_one_long_chain_is_read(tmp_path: Path) -> None:
    # `designer detect` on this tree ran past two minutes (killed) before the URL pattern's mend.
    files = {
        "package.json": '{"name": "app", "dependencies": {"express": "4.18.2"}}',
        "server.js": 'const express = require("express")\nexpress().listen(3000)\n',
        ".env": "DATABASE_URL=" + "a+" * 300_000 + "\n",
    }
    assert by_folder(write(tmp_path, files))["."].language in ("JavaScript", "TypeScript")


def test_url_schemes_next_to_long_plus_chains() -> None:
    assert engine_of_url("postgresql+asyncpg://u@h/db") == "PostgreSQL"
    assert engine_of_url("DATABASE=mysql://h/db?serverVersion=10.5.8-MariaDB") == "MariaDB"
    assert engine_of_url("x-mongodb+srv://h/db") == "MongoDB"
    assert engine_of_url("a+" * 500_000) == ""


def test_node_import_clauses_with_long_blank_runs() -> None:
    module = 'import App, { Hono as H } from "hono"\nconst { serve } = require("hono/node")\n'
    assert _bindings(module + "import x from 'other'\n", "hono") == {"App", "H", "serve"}
    assert _bindings("import " + _BLANKS + "x", "hono") == set()
    assert _bindings("const " + _BLANKS + "x", "hono") == set()
    assert _bindings("import " * 100_000, "hono") == set()


def test_csharp_calls_with_long_blank_runs() -> None:
    assert _call("AddData").search("services.AddData<Ctx> (options)")
    assert _call("AddData").search("AddData" + _BLANKS + "x") is None


def test_a_module_of_many_django_test_imports_is_read() -> None:
    (stub_aware,) = [
        r for r in RULES if r.source and "django\\.test" in r.source and "class" in r.source
    ]
    assert stub_aware.pattern is not None
    assert stub_aware.pattern.search("from django.test import x\n" * 100_000) is None
    suite = "from django.test import TestCase\nimport x\n\nclass T(TestCase):\n    pass\n"
    assert stub_aware.pattern.search(suite)
    assert not stub_aware.pattern.search(
        "from django.test import TestCase\n\n# Create your tests here.\n"
    )


def test_node_orm_imports_and_setting_lookups_with_long_blank_runs() -> None:
    (typeorm,) = [r for r in node.RULES if r.name == "TypeORM" and "require" in (r.source or "")]
    lookups = [r for r in node.RULES if (r.source or "").startswith(r"\.get")]
    assert typeorm.pattern is not None and lookups
    assert typeorm.pattern.search('import { Repository } from "typeorm"\n')
    assert not typeorm.pattern.search('import { MigrationInterface, QueryRunner } from "typeorm"\n')
    chosen = 'this.config.get<string>("DATABASE_TYPE", "postgres")'
    assert [r.name for r in lookups if r.pattern and r.pattern.search(chosen)] == ["PostgreSQL"]
    for text in ("typeorm import require( ", "import { QueryRunner", "x.get", "x.get<string>"):
        long = text + _BLANKS + "!"
        assert not typeorm.pattern.search(long)
        assert not any(r.pattern and r.pattern.search(long) for r in lookups)


def test_dockerfile_words_env_pairs_pnpm_catalogues_and_kotlin_mains_on_long_runs() -> None:
    run = "RUN pip install -r requirements/prod.txt && cp ./a.pip x"
    assert [m.group() for m in _PATH_WORD.finditer(run)] == ["requirements/prod.txt", "./a.pip"]
    assert list(_PATH_WORD.finditer(_WORD + "!")) == []
    assert _PAIR.findall('DB_CONNECTION=sqlite APP_X="a b"') == [
        ("DB_CONNECTION", "sqlite"),
        ("APP_X", '"a b"'),
    ]
    assert _PAIR.findall(_WORD + "!") == []
    workspace = (
        "catalog:\n  react: ^18.2.0\n  my key : v a l  # c\ncatalogs:\n  r17:\n    react: 17\n"
    )
    assert _pnpm_catalogs(workspace) == {
        "default": {"react": "^18.2.0", "my key": "v a l"},
        "r17": {"react": "17"},
    }
    long_lines = "catalog:\n  a" + _BLANKS + "!\n  k: a" + _BLANKS + "b!\n"
    assert _pnpm_catalogs(long_lines) == {"default": {"k": "a" + _BLANKS + "b!"}}
    assert _MAIN_METHOD.search("package app\n\n  fun main(args: Array<String>) {}\n")
    assert _MAIN_METHOD.search("\n \n" * 100_000 + "}\n") is None


def test_go_connection_setting_tests_on_a_long_word() -> None:
    tests = [r for r in go.RULES if "conn|dsn" in (r.source or "")]
    assert len(tests) >= 3
    default = (
        'if dsn := os.Getenv("DSN"); dsn != "" {\n\treturn mysql(dsn)\n}\ndb := bbolt.Open(p)\n'
    )
    assert [r.name for r in tests if r.pattern and r.pattern.search(default)] == ["BoltDB"]
    word = "dsn" * 70_000
    declared = [r for r in go.RULES if "storage" in (r.source or "")]
    assert declared and not any(
        r.pattern and r.pattern.search(f'var {"db" * 100_000} = "x"\n') for r in declared
    )
    for line in (
        f'if {word} != "" {{\n',
        f"if len({word}) == 0 {{\n",
        f'if os.Getenv("{word}") != "" {{\n',
    ):
        assert not any(r.pattern and r.pattern.search(line) for r in tests)


def test_a_gemfile_group_line_with_a_long_blank_run_is_read(tmp_path: Path) -> None:
    # `group` followed by blanks and no `do`: the names were taken by a pattern whose lazy run,
    # optional parenthesis and blank runs took a time growing with the cube of the run.
    gemfile = (
        'source "https://rubygems.org"\n\ngem "rails", "~> 8.0"\ngem "pg"\n'
        f"group{_BLANKS}\n"
        "group(:development, :test) do\n  gem \"rspec-rails\"\nend\n"
    )
    files = {
        "Gemfile": gemfile,
        "config/application.rb": "module Shop\n  class Application < Rails::Application\n"
        "  end\nend\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["Rails"]
    rspec = next(f for f in backend.findings if f.name == "RSpec")
    assert rspec.kind is K.TEST


def test_go_declarations_with_long_blank_runs_and_unnamed_receivers() -> None:
    from designer.detect.ecosystems.go_reach import _DECLARED

    text = (
        "func (s *Server) Run() {}\nfunc (Schema) Fields() {}\nfunc (*T) Y() {}\n"
        "type A struct{}\nfunc main() {}\n"
    )
    names = {n for m in _DECLARED.finditer(text) for n in m.groups() if n}
    # an unnamed receiver's type is its whole word (it was cut to its last letter)
    assert names == {"Server", "Schema", "T", "A", "main"}
    assert list(_DECLARED.finditer("func(" + _BLANKS + "!")) == []


def test_python_from_imports_with_a_long_run_of_dots() -> None:
    from designer.detect.image_layers import _FROM

    assert _FROM.findall("from ..db import x, y\n") == [("..db", "x, y")]
    assert _FROM.findall("from " + "." * 200_000 + "!") == []


def test_es_import_clauses_end_at_the_next_import() -> None:
    from designer.detect.library_names import _FROM, _IMPORT

    text = (
        'import "core-js/features/set"\nimport React from "react"\n'
        'import {\n  a,\n  b as c\n}   from   "@app/db"\nimport type { T } from "x"\n'
    )
    for pattern in (_FROM, _IMPORT):
        found = [(m.group(1).strip(), m.group(2)) for m in pattern.finditer(text)]
        assert found[-2:] == [("React", "react"), ("{\n  a,\n  b as c\n}", "@app/db")]
        assert list(pattern.finditer("import " + _BLANKS + "!")) == []
        assert list(pattern.finditer("import a\n" * 50_000)) == []


def test_node_import_specifiers_after_long_blank_runs() -> None:
    from designer.detect.library_subpaths import _RELATIVE as subpaths
    from designer.detect.node_followed import RELATIVE as followed
    from designer.detect.node_imports import _IMPORT

    text = 'import a from "./db"\nconst x = require( "../lib" )\nawait import ( "./m")\n'
    assert [m.group(1) for m in followed.finditer(text)] == ["./db", "../lib", "./m"]
    assert [m.group(1) for m in subpaths.finditer(text)] == ["./db", "../lib", "./m"]
    assert [m.group(1) for m in _IMPORT.finditer(text)] == ["./db", "../lib", "./m"]
    for pattern in (followed, subpaths, _IMPORT):
        assert list(pattern.finditer("import(" + _BLANKS + "!")) == []
        assert list(pattern.finditer("import" + _BLANKS + "x")) == []



def test_a_padded_erb_condition_in_database_yml_is_read(tmp_path: Path) -> None:
    files = {
        "Gemfile": "gem 'rails'\ngem 'pg'\n",
        "config/application.rb": "module App\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config/database.yml": f"<% if {_BLANKS}x %>\nproduction:\n  adapter: sqlite3\n"
        "<% else %>\nproduction:\n  adapter: postgresql\n<% end %>\n",
    }
    found = by_folder(write(tmp_path, files))["."]
    assert [f.name for f in found.findings if f.kind is K.FRAMEWORK] == ["Rails"]
