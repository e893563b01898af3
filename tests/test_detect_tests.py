"""Test tools named from the code that uses them when no manifest line does (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import PROJECTS, package_json, write

from designer.detect import detect
from designer.model.stack import DetectedBackend


def tools_of(backend: DetectedBackend) -> dict[str, list[str]]:
    return {
        f.name: [e.path for e in f.evidence] for f in backend.findings if f.kind.value == "test"
    }


def only(root: Path) -> DetectedBackend:
    (backend,) = detect(root).backends
    return backend


DJANGO = {
    "requirements.txt": "django==5.0.6\n",
    "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
}


def test_django_testcase_is_unittest(tmp_path: Path) -> None:
    files = dict(DJANGO)
    files["shop/tests.py"] = "from django.test import TestCase\n\nclass T(TestCase):\n    pass\n"
    assert tools_of(only(write(tmp_path, files))) == {"unittest": ["shop/tests.py"]}


def test_django_without_tests_names_no_test_tool(tmp_path: Path) -> None:
    files = dict(DJANGO)
    files["shop/views.py"] = "from django.http import HttpResponse  # django.test elsewhere\n"
    assert tools_of(only(write(tmp_path, files))) == {}


def test_tornado_async_http_test_case_is_unittest(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "tornado==6.4\n",
        "app.py": "app = tornado.web.Application([])\n",
        "tests/test_app.py": "class T(tornado.testing.AsyncHTTPTestCase):\n    pass\n",
    }
    assert tools_of(only(write(tmp_path, files))) == {"unittest": ["tests/test_app.py"]}


def test_rails_minitest_under_test_folder(tmp_path: Path) -> None:
    files = dict(PROJECTS["rails"][2])
    files["Gemfile"] = "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n"
    files["test/models/user_test.rb"] = "class UserTest < ActiveSupport::TestCase\nend\n"
    assert tools_of(only(write(tmp_path, files))) == {"Minitest": ["test/models/user_test.rb"]}
    files.pop("test/models/user_test.rb")
    assert tools_of(only(write(tmp_path / "bare", files))) == {}


def test_node_tap(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"fastify": "^4.28.0"}, {"tap": "^18.7.0"}),
        "app.js": "const app = fastify()\n",
        # A test file: the runner, declared, runs something (`testless_node`).
        "test/app.test.js": "test('ok', () => {});\n",
    }
    found = only(write(tmp_path, files))
    tap = [f for f in found.findings if f.name == "tap"]
    assert [(f.kind.value, f.version) for f in tap] == [("test", "^18.7.0")]
    # tape is a runner of its own, never read as tap.
    files["package.json"] = package_json({"fastify": "^4.28.0"}, {"tape": "^5"})
    assert tools_of(only(write(tmp_path / "tape", files))) == {"tape": ["package.json"]}


def test_unittest_test_case_imported_by_name(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "flask==3.0.3\n",
        "wsgi.py": "app = Flask(__name__)\n",
        "tests/test_api.py": "from unittest import TestCase\n\nclass ApiTest(TestCase): ...\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert list(tools_of(backend)) == ["unittest"]
