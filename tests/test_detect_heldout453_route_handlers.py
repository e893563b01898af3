"""A gap the 453rd held-out set showed (benchmarks/detect_heldout453.yaml), as a small fixture
of the real files' shape (#19): a Bottle site's controllers `test_pr.py` and `test_repo.py`,
routes that test packages submitted to it (`@route('/test_pr/<pr>')` over
`def test_pr_controller(pr):`), are request handlers, not pytest's tests: the site has no test
framework. A test module whose test functions a mock patches is still pytest's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_APP = "from bottle import route, run\n\n\n@route('/')\ndef index():\n    return 'hi'\n\n\nrun()\n"

_HANDLER = (
    "from bottle import route, request, abort\n\nfrom .checks import test_pull_request\n\n\n"
    "@route('/test_pr/<pr:re:(\\d+)>', name='test_pr', method=['POST'])\n"
    "def test_pr_controller(pr):\n    if not request.environ.get('JSON'):\n        abort(404)\n"
    "    return test_pull_request(pr)\n"
)

_PATCHED = (
    "from unittest import mock\n\nfrom site_app.checks import test_pull_request\n\n\n"
    "@mock.patch('site_app.checks.fetch')\ndef test_pull_request_fetches(fetch):\n"
    "    test_pull_request(1)\n    assert fetch.called\n"
)


def _site(root: Path, extra: dict[str, str]) -> Path:
    return write(
        root,
        {
            "requirements.txt": "bottle==0.12.25\n",
            "app.py": _APP,
            "site_app/__init__.py": "",
            "site_app/checks.py": "def test_pull_request(pr):\n    return {'result': 'ok'}\n",
            "site_app/test_pr.py": _HANDLER,
            **extra,
        },
    )


def test_route_handlers_named_test_are_no_tests(tmp_path: Path) -> None:
    found = by_folder(_site(tmp_path, {}))
    assert first(found["."], FindingKind.TEST) == ("", "")


def test_a_patched_test_function_is_still_pytest(tmp_path: Path) -> None:
    found = by_folder(_site(tmp_path, {"tests/test_checks.py": _PATCHED}))
    assert first(found["."], FindingKind.TEST)[0] == "pytest"
