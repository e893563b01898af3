"""A gap the 384th held-out set showed (benchmarks/detect_heldout384.yaml), as a small fixture
of the real files' shape (#19): an old Flask application whose unittest.TestCase suite is run by
nose from the project's own script (`runtests.sh`: `PYTHONPATH=app ./nosetests
--with-coverage`), nose itself listed only in test_requirements.txt."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _tree(script: str) -> dict[str, str]:
    return {
        "requirements.txt": "flask>=0.10\nsqlalchemy>=0.8\n",
        "test_requirements.txt": "requests\nnose\ncoverage\n",
        "runtests.sh": script,
        "app/__init__.py": "import flask\n\nAPP = flask.Flask(__name__)\n",
        "tests/__init__.py": (
            "import unittest\n\n\nclass Modeltests(unittest.TestCase):\n"
            "    def setUp(self):\n        pass\n"
        ),
        "tests/test_app.py": (
            "import unittest\n\nfrom tests import Modeltests\n\n\n"
            "class AppTests(Modeltests):\n    def test_index(self):\n"
            "        self.assertTrue(True)\n"
        ),
    }


def _tests(root: Path) -> list[str]:
    return [f.name for f in by_folder(root)["."].findings if f.kind is K.TEST]


def test_the_scripts_nosetests_names_nose_first(tmp_path: Path) -> None:
    script = "#!/bin/bash\n\nPYTHONPATH=app ./nosetests \\\n--with-coverage $*\n"
    assert _tests(write(tmp_path, _tree(script)))[0] == "nose"


def test_a_commented_run_names_nothing(tmp_path: Path) -> None:
    script = "#!/bin/bash\n# PYTHONPATH=app nosetests\npython -m unittest discover\n"
    assert "nose" not in _tests(write(tmp_path, _tree(script)))
