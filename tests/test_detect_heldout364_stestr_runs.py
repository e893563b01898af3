"""Python: a suite tox runs through stestr is unittest's, pytest listed (set 364, #19).

An OpenStack-style service keeps testtools `TestCase` classes under its package's tests and
lists pytest in test-requirements.txt beside stestr, oslotest and testtools; tox.ini's
environments run `stestr run` (and `stestr --test-path … run`), nothing runs pytest. The suite's
tool is unittest (`unittest_discover`). A tox environment running pytest keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TOX = (
    "[tox]\nenvlist = py312\nskipsdist = True\n\n[testenv]\nusedevelop = True\ndeps =\n"
    "  -r{toxinidir}/requirements.txt\n  -r{toxinidir}/test-requirements.txt\n\n"
    "[testenv:py312]\nallowlist_externals =\n  stestr\ncommands =\n  stestr run {posargs}\n"
    "  stestr slowest\n\n[testenv:functional]\ncommands =\n"
    "  stestr --test-path store/tests/functional run --serial {posargs}\n"
)


def _repo(tox: str = _TOX) -> dict[str, str]:
    files = {
        "requirements.txt": "falcon\nSQLAlchemy\noslo.db\npsycopg2-binary\n",
        "test-requirements.txt": "oslotest==4.5.0\npytest >= 3.0\npytest-cov\nstestr\ntesttools\n",
        "setup.py": "import setuptools\n\nsetuptools.setup(name='store', packages=['store'])\n",
        "tox.ini": tox,
        ".stestr.conf": "[DEFAULT]\ntest_path=store/tests/unit\ntop_dir=./\n",
        "store/__init__.py": "",
        "store/service.py": (
            "import falcon\n\n\ndef create_api():\n    app = falcon.App()\n    return app\n"
        ),
        "store/tests/__init__.py": "",
        "store/tests/unit/__init__.py": "",
        "store/tests/unit/base.py": (
            "import testtools\n\n\nclass StoreTestCase(testtools.TestCase):\n    pass\n"
        ),
    }
    for name in ("documents", "revisions", "buckets"):
        files[f"store/tests/unit/test_{name}.py"] = (
            "from store.tests.unit import base\n\n\n"
            f"class {name.title()}TestCase(base.StoreTestCase):\n"
            "    def test_ok(self):\n        self.assertTrue(True)\n"
        )
    return files


def test_a_stestr_suite_is_unittests(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))["."]
    assert first(found, K.FRAMEWORK)[0] == "Falcon"
    assert first(found, K.TEST)[0] == "unittest"


def test_pytest_in_tox_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: an environment runs pytest over the suite as well.
    tox = _TOX + "\n[testenv:pytest]\ncommands =\n  pytest store/tests {posargs}\n"
    assert first(by_folder(write(tmp_path, _repo(tox)))["."], K.TEST)[0] == "pytest"
