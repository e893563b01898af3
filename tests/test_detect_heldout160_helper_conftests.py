"""A Django project whose suite is Django `TestCase`s run by `manage.py test`, with one folder
keeping its shared test helpers in a module named `conftest.py` (functions the test modules
import, nothing of pytest: no import of it, no fixture, no hook), as held-out set 160 showed
(#19). The name alone is no pytest: the suite stays unittest's. Counter-case: a `conftest.py`
defining a pytest fixture keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'core.settings')\n"
_WSGI = (
    "from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n"
)
_HELPERS = (
    "# Shared helpers for GraphQL tests (usable with Django's TestCase or pytest).\n"
    "from django.contrib.auth import get_user_model\n\n\n"
    "def bootstrap_super_user():\n"
    "    return get_user_model().objects.get_or_create(username='admin')[0]\n"
)
_FIXTURE = (
    "import pytest\nfrom django.contrib.auth import get_user_model\n\n\n"
    "@pytest.fixture\ndef super_user():\n"
    "    return get_user_model().objects.get_or_create(username='admin')[0]\n"
)
_TEST = (
    "from django.test import TestCase\n\n"
    "from core.graphql.tests.conftest import bootstrap_super_user\n\n\n"
    "class GraphQLViewTests(TestCase):\n"
    "    def test_view(self):\n        self.assertTrue(bootstrap_super_user)\n"
)


def _project(conftest: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django==5.2.17\npsycopg2==2.9.11\n",
        "manage.py": _MANAGE,
        "core/__init__.py": "",
        "core/wsgi.py": _WSGI,
        "core/settings.py": "DATABASES = {}\n",
        "core/users/__init__.py": "",
        "core/users/tests.py": _TEST,
        "core/graphql/__init__.py": "",
        "core/graphql/tests/__init__.py": "",
        "core/graphql/tests/conftest.py": conftest,
        "core/graphql/tests/test_graphql_view.py": _TEST,
    }


def test_a_helpers_module_named_conftest_is_no_pytest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _project(_HELPERS)))["."]
    assert first(backend, K.TEST)[0] == "unittest"


def test_a_conftest_with_a_fixture_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: a fixture makes the file pytest's, whatever else the suite holds.
    backend = by_folder(write(tmp_path, _project(_FIXTURE)))["."]
    assert first(backend, K.TEST)[0] == "pytest"
