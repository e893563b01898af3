"""Python: a test module of bare `assert` functions is pytest's (set 253, #19).

A FastAPI service the main API calls keeps one `tests/test_models.py` of top-level functions
(`def test_roundtrip():` … `assert payload["id"] == "abc"`), while its requirements list only
what it runs: no runner is declared, no `conftest.py` nor `pytest.ini`. unittest collects only
`TestCase` methods, so pytest is the one runner that runs such functions. A function of that
shape in a script run by hand (`if __name__ == "__main__":`), or in a file not named for
pytest's collection, is no suite; beside another test tool's files it is no sign at all."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = (
    "from fastapi import FastAPI\n\nfrom app.models import DetectRequest\n\n"
    'app = FastAPI(title="ml")\n\n\n@app.post("/v1/detect")\n'
    "def detect(req: DetectRequest) -> dict:\n    return {\"path\": req.image_path}\n"
)

_MODELS = (
    "from pydantic import BaseModel\n\n\nclass DetectRequest(BaseModel):\n"
    "    image_path: str\n    asset_id: str | None = None\n"
)

_TESTS = (
    "from app.models import DetectRequest\n\n\n"
    "def test_detect_request_minimum_payload():\n"
    '    req = DetectRequest(image_path="/data/x.jpg")\n\n'
    '    assert req.image_path == "/data/x.jpg"\n    assert req.asset_id is None\n'
)


def _service(tests: dict[str, str]) -> dict[str, str]:
    return {
        "requirements.txt": "fastapi==0.115.0\nuvicorn[standard]==0.30.6\npydantic==2.9.0\n",
        "app/__init__.py": "",
        "app/main.py": _MAIN,
        "app/models.py": _MODELS,
        **tests,
    }


def test_bare_assert_functions_in_a_test_module_are_pytest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service({"tests/test_models.py": _TESTS})))
    assert first(found["."], K.FRAMEWORK)[0] == "FastAPI"
    assert first(found["."], K.TEST)[0] == "pytest"


def test_a_script_run_by_hand_is_no_suite(tmp_path: Path) -> None:
    # Counter-case: the same functions called by the module's script block.
    script = _TESTS + '\n\nif __name__ == "__main__":\n    test_detect_request_minimum_payload()\n'
    found = by_folder(write(tmp_path, _service({"tests/test_models.py": script})))
    assert first(found["."], K.TEST) == ("", "")


def test_a_function_outside_a_test_module_is_no_suite(tmp_path: Path) -> None:
    # Counter-case: a module not named for collection (a check kept among the tools).
    found = by_folder(write(tmp_path, _service({"tools/checks.py": _TESTS})))
    assert first(found["."], K.TEST) == ("", "")


def test_methods_of_a_test_case_stay_unittest(tmp_path: Path) -> None:
    # Counter-case: indented methods of a TestCase are unittest's, no bare function.
    cases = (
        "import unittest\n\nfrom app.models import DetectRequest\n\n\n"
        "class DetectRequestTest(unittest.TestCase):\n"
        "    def test_minimum_payload(self):\n"
        '        req = DetectRequest(image_path="/data/x.jpg")\n'
        "        assert req.asset_id is None\n"
    )
    found = by_folder(write(tmp_path, _service({"tests/test_models.py": cases})))
    assert first(found["."], K.TEST)[0] == "unittest"


def test_beside_test_cases_unittest_stays(tmp_path: Path) -> None:
    # Counter-case: one bare-function module beside the unit's TestCase modules: a fallback only.
    cases = (
        "import unittest\n\n\nclass HealthTest(unittest.TestCase):\n"
        "    def test_ok(self):\n        self.assertTrue(True)\n"
    )
    files = _service({"tests/test_models.py": _TESTS, "tests/test_health.py": cases})
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "unittest"
