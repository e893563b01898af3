"""The held-out judge (benchmarks/measure_detect.py) reads a truth's list as "either is right"
for every aspect, the framework's version included (two pip-compile locks of one project
resolving two releases: HELDOUT.md's lists)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from designer.model.stack import DetectedBackend, Finding, FindingKind


def _measure() -> ModuleType:
    path = Path(__file__).parent.parent / "benchmarks" / "measure_detect.py"
    spec = importlib.util.spec_from_file_location("measure_detect", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _backend(version: str) -> DetectedBackend:
    framework = Finding(kind=FindingKind.FRAMEWORK, name="Django", version=version)
    return DetectedBackend(findings=[framework])


_TRUTH = {"framework": "Django", "data": "none", "engine": "none", "test": "none"}


@pytest.mark.parametrize(
    ("version", "truth", "right"),
    [
        ("==5.2.15", ["5.2.15", "5.2.12"], True),
        ("5.2.12", ["5.2.15", "5.2.12"], True),
        ("5.2.13", ["5.2.15", "5.2.12"], False),
        ("5.2.15", "5.2.15", True),
        ("5.2.16", "5.2", True),
        ("5.3.0", "5.2", False),
    ],
)
def test_a_version_list_accepts_either(version: str, truth: object, right: bool) -> None:
    wrong = _measure().judge(_backend(version), {**_TRUTH, "version": truth})
    assert ("version" not in wrong) is right


@pytest.mark.parametrize(
    ("name", "version", "right"),
    [
        ("Cowboy", "1.0.1", True),
        ("Mochiweb", "R16B01", True),
        ("Cowboy", "R16B01", False),
        ("Elli", "1.0.1", False),
    ],
)
def test_a_framework_list_pairs_each_name_with_its_version(
    name: str, version: str, right: bool
) -> None:
    """Two frameworks in one program, either right: each is judged by its own version."""
    found = DetectedBackend(
        findings=[Finding(kind=FindingKind.FRAMEWORK, name=name, version=version)]
    )
    truth = {**_TRUTH, "framework": ["Cowboy", "Mochiweb"], "version": ["1.0.1", "R16B01"]}
    assert ("version" not in _measure().judge(found, truth)) is right


def test_a_sample_with_no_backend_prints_counts_without_a_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A regression sample may draw only repositories whose truth holds no backend: the judge
    prints 0/0 (which measure_all_sets.py reads) instead of dividing by zero."""
    (tmp_path / "owner+bot").mkdir()
    (tmp_path / "owner+bot" / "bot.py").write_text("print('hello')\n")
    corpus = tmp_path / "set.yaml"
    corpus.write_text("repositories:\n  - repo: owner/bot\n    commit: abc\n    backends: {}\n")
    monkeypatch.setattr("sys.argv", ["measure_detect.py", str(tmp_path), "--corpus", str(corpus)])
    assert _measure().main() == 0
    out = capsys.readouterr().out
    assert "backends: 0, phantoms: 0" in out
    assert "version: 0/0\n" in out
