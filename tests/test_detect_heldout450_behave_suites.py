"""A gap the 450th held-out set showed (benchmarks/detect_heldout450.yaml), as a small fixture
of the real files' shape (#19): a FastAPI service whose suite is behave's Gherkin features
(`test/features/**/*.feature`, step modules under `test/steps`, `test/behave.ini`) and which
also declares pytest for a few modules checking the feature files. behave is its test
framework. The counter-case: a pytest suite beside one feature file stays pytest's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PYPROJECT = (
    '[tool.poetry]\nname = "chores"\nversion = "0.1.0"\n\n'
    '[tool.poetry.dependencies]\npython = "^3.10"\nfastapi = "^0.88.0"\n'
    'uvicorn = "^0.20.0"\n\n'
    '[tool.poetry.group.dev.dependencies]\nbehave = "^1.2.6"\npytest = "^7.2.0"\n'
)

_APP = (
    "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/chores')\n"
    "def chores():\n    return []\n"
)

_FEATURE = (
    "Feature: Chores\n\n  Scenario: list the chores\n    Given there are 2 users\n"
    "    When I list the chores\n    Then the response status code is 200\n"
)

_STEPS = (
    "from behave import given, step, then\n\n\n@given('there are {n:d} users')\n"
    "def step_users(context, n):\n    context.users = n\n"
)

_CONFTEST = (
    "import pytest\nfrom behave.parser import parse_feature\n\n\n"
    "@pytest.fixture\ndef features():\n    return []\n"
)

_METATEST = (
    "import pytest\n\n\n@pytest.mark.parametrize('n', [1, 2])\n"
    "def test_each_feature_is_tagged(n):\n    assert n\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "app/__init__.py": _APP,
        "test/pytest.ini": "[pytest]\naddopts = -vvv\n",
        "test/conftest.py": _CONFTEST,
        "test/metatests/test_features.py": _METATEST,
        **extra,
    }


def test_a_suite_of_features_is_run_by_behave_beside_a_few_pytest_modules(tmp_path: Path) -> None:
    features = {f"test/features/{name}/{name}.feature": _FEATURE for name in ("a", "b", "c")}
    tree = _tree(
        **features,
        **{"test/behave.ini": "[behave]\nlogging_level = DEBUG\n", "test/steps/common.py": _STEPS},
    )
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, FindingKind.TEST)[0] == "behave"


def test_behave_is_known_from_its_step_modules_alone(tmp_path: Path) -> None:
    tree = {
        "requirements.txt": "fastapi==0.88.0\nuvicorn==0.20.0\n",
        "app/__init__.py": _APP,
        "features/chores.feature": _FEATURE,
        "features/steps/chores.py": _STEPS,
    }
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, FindingKind.TEST)[0] == "behave"


_BARE = "from app import chores\n\n\ndef test_chores():\n    assert chores() == []\n"


def test_a_pytest_suite_beside_one_feature_stays_pytest(tmp_path: Path) -> None:
    # Plain pytest modules (no decorator to count) beside more step modules than settings:
    # the count of test files, not of the files naming each tool, decides.
    modules = {f"test/unit/test_{name}.py": _BARE for name in ("a", "b", "c")}
    steps = {f"test/steps/{name}.py": _STEPS for name in ("a", "b", "c", "d")}
    tree = _tree(
        **modules,
        **steps,
        **{"test/features/a.feature": _FEATURE, "test/behave.ini": "[behave]\n"},
    )
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, FindingKind.TEST)[0] == "pytest"
