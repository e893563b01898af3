"""Test tools the files prove though no manifest or read file names them (issue 19, session 36):
a pytest module in a service whose requirements list only what it runs (set 62's ml_api), and
a Rust crate's inline `#[cfg(test)]` modules in files past the source quota (set 9's server),
as small fixtures of the real files' shape with the counter-cases beside them."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Python: a test module written to pytest's API ----------------------------------------

_FLASK = {
    "ml_api/requirements.txt": "flask==2.3.3\ngunicorn==21.2.0\nrequests==2.31.0\n",
    "ml_api/Dockerfile": "FROM python:3.10\nCOPY . /app\nCMD gunicorn wsgi\n",
    "ml_api/server.py": "import flask\n\napp = flask.Flask(__name__)\n\n\n"
    "@app.route('/p/')\ndef predict():\n    return flask.jsonify({})\n",
}
_PYTEST_MODULE = (
    "import time\nfrom unittest import mock\n\nimport pytest\n\nimport server\n\n\n"
    "@pytest.fixture(autouse=True)\ndef no_sleep():\n"
    "    with mock.patch.object(time, 'sleep'):\n        yield\n\n\n"
    "def test_predict():\n    assert server.app\n"
)


def test_pytest_module_names_the_runner_no_manifest_declares(tmp_path: Path) -> None:
    # Why: pytest runs a module built on its fixtures whether or not a manifest lists it.
    write(tmp_path, {**_FLASK, "ml_api/test_server_retry.py": _PYTEST_MODULE})
    assert first(by_folder(tmp_path)["ml_api"], K.TEST)[0] == "pytest"


def test_one_pytest_module_among_testcases_leaves_unittest(tmp_path: Path) -> None:
    # Counter-case: one pytest-style module among unittest TestCases run by their own runner
    # does not make pytest the suite's tool.
    cases = {
        f"ml_api/tests/test_case{i}.py": "import unittest\n\n\n"
        f"class Case{i}(unittest.TestCase):\n    def test_it(self):\n        pass\n"
        for i in range(3)
    }
    write(tmp_path, {**_FLASK, **cases, "ml_api/tests/test_retry.py": _PYTEST_MODULE})
    assert first(by_folder(tmp_path)["ml_api"], K.TEST)[0] == "unittest"


def test_no_test_module_no_test(tmp_path: Path) -> None:
    # Counter-case: pytest imported by no file, and no test module: no test tool.
    write(tmp_path, _FLASK)
    assert first(by_folder(tmp_path)["ml_api"], K.TEST)[0] == ""


# --- Rust: inline test modules past the source quota --------------------------------------

_CARGO = (
    '[package]\nname = "server"\nversion = "0.1.0"\nedition = "2021"\n\n'
    '[dependencies]\nactix-web = "4.9.0"\ndiesel = { version = "2.1.6", features = ["postgres"] }\n'
)
_MAIN = (
    "use actix_web::{App, HttpServer};\n\n#[actix_web::main]\n"
    "async fn main() -> std::io::Result<()> {\n"
    '    HttpServer::new(|| App::new()).bind(("0.0.0.0", 8090))?.run().await\n}\n'
)


def _crate(tests: bool) -> dict[str, str]:
    # Forty shallow modules fill the quota; the tests sit in a deeper operator module.
    files = {"server/Cargo.toml": _CARGO, "server/src/main.rs": _MAIN}
    files.update({f"server/src/m{i:02}.rs": f"pub fn f{i}() {{}}\n" for i in range(40)})
    inline = (
        "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n"
        "    fn parses() {\n        parse();\n    }\n}\n"
        if tests
        else ""
    )
    files["server/src/operators/parse_operator.rs"] = "pub fn parse() {}\n" + inline
    return files


def test_inline_rust_tests_past_the_quota_are_cargo_test(tmp_path: Path) -> None:
    # Why: a crate's unit tests live inside its modules, often beyond the files the rules read.
    write(tmp_path, _crate(tests=True))
    assert first(by_folder(tmp_path)["server"], K.TEST)[0] == "cargo test"


def test_crate_without_test_attributes_has_no_test(tmp_path: Path) -> None:
    # Counter-case: no module holds a test attribute: no test tool.
    write(tmp_path, _crate(tests=False))
    assert first(by_folder(tmp_path)["server"], K.TEST)[0] == ""


def test_fixtures_a_package_ships_for_plugin_authors_are_no_test(tmp_path: Path) -> None:
    # Counter-case: a pytest plugin's fixtures module (`testing/fixtures.py`) serves other
    # projects' suites; it is not a test module of the service.
    fixtures = "import pytest\n\n\n@pytest.fixture\ndef bot():\n    return object()\n"
    write(tmp_path, {**_FLASK, "ml_api/testing/fixtures.py": fixtures})
    assert first(by_folder(tmp_path)["ml_api"], K.TEST)[0] == ""
