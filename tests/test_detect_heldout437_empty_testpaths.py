"""A Python service whose pyproject.toml names a suite folder (`testpaths = ["test"]`) that
holds only a placeholder module (an empty `TODO.py`) (#19): pytest would collect nothing there,
so the service has no test framework (the folder alone, holding a file, tells the
repository-wide `testless_pytest` a suite is there); a folder holding a test module keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PYPROJECT = (
    '[project]\nname = "models"\nversion = "1.0.0"\n'
    'dependencies = [\n    "fastapi==0.116.1",\n    "uvicorn==0.35.0",\n]\n\n'
    '[tool.pytest.ini_options]\npythonpath = "src"\n'
    'addopts = [\n    "--import-mode=importlib",\n]\ntestpaths = [\n    "test"\n]\n'
)
MAIN = (
    "import uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
    '@app.get("/health")\ndef health():\n    return {}\n\n\n'
    'if __name__ == "__main__":\n    uvicorn.run(app)\n'
)
OTHER_TEST = "def test_one():\n    assert 1\n"


def _files(**extra: str) -> dict[str, str]:
    return {
        "models/pyproject.toml": PYPROJECT,
        "models/src/main.py": MAIN,
        **extra,
    }


def test_placeholder_suite_folder_is_no_test_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(**{"models/test/TODO.py": ""})))
    assert first(found["models"], K.TEST) == ("", "")


def test_suite_folder_holding_a_test_module_keeps_pytest(tmp_path: Path) -> None:
    files = _files(**{"models/test/TODO.py": "", "models/test/test_api.py": OTHER_TEST})
    found = by_folder(write(tmp_path, files))
    assert first(found["models"], K.TEST)[0] == "pytest"


def test_missing_suite_folder_keeps_pytest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files()))
    assert first(found["models"], K.TEST)[0] == "pytest"
