"""What `designer detect` loads: the detection alone, never `inspect` (with `ast`, `dis`,
`tokenize`) that `dataclasses` imports for classes without a docstring."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_detect_projects import PROJECTS, write

from designer import store
from designer.model import Design

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def test_detect_never_loads_inspect(tmp_path: Path) -> None:
    root = write(tmp_path / "svc", PROJECTS["fastapi"][2])
    probe = ("import sys, contextlib, io\nfrom designer.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
             "    code = main(['detect', '--json', sys.argv[1]])\n"
             "print(code, 'FastAPI' in out.getvalue(), type(sys.modules['inspect']).__name__,\n"
             "      'ast' in sys.modules, 'dis' in sys.modules)")
    result = _run(probe, str(root))
    assert result.stderr == ""
    assert result.stdout.split() == ["0", "True", "_Deferred", "False", "False"]


def test_the_deferred_inspect_loads_on_first_use() -> None:
    probe = ("import sys\nfrom designer.commands.detect import _inspect_on_first_use\n"
             "_inspect_on_first_use()\nimport inspect\nstand_in = inspect\n"
             "from inspect import signature\n"
             "print(signature(lambda a, b=1: a), sys.modules['inspect'] is not stand_in,\n"
             "      stand_in.Parameter is sys.modules['inspect'].Parameter)")
    result = _run(probe)
    assert result.stderr == ""
    assert result.stdout.split() == ["(a,", "b=1)", "True", "True"]


def test_a_loaded_inspect_is_left_alone() -> None:
    probe = ("import inspect, sys\nfrom designer.commands.detect import _inspect_on_first_use\n"
             "_inspect_on_first_use()\nprint(sys.modules['inspect'] is inspect)")
    assert _run(probe).stdout.split() == ["True"]


def test_detect_into_a_design_loads_inspect_for_the_model(tmp_path: Path) -> None:
    # pydantic uses `inspect` when it loads: the stand-in gives way to the real module.
    root = write(tmp_path / "svc", PROJECTS["fastapi"][2])
    design_file = tmp_path / "shop.design.yaml"
    store.create(Design.new("shop"), design_file)
    probe = ("import sys, contextlib, io\nfrom designer.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    code = main(['detect', sys.argv[1], '--into', sys.argv[2]])\n"
             "print(code, type(sys.modules['inspect']).__name__)")
    result = _run(probe, str(root), str(design_file))
    assert result.stdout.split() == ["0", "module"], result.stderr
    assert store.load(design_file).stack.framework == "FastAPI"


def test_tomllib_is_imported_only_for_a_toml_file(tmp_path: Path) -> None:
    # Its import compiles regular expressions: a tenth of a large tree's detection.
    probe = ("import sys, contextlib, io\nfrom designer.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
             "    code = main(['detect', sys.argv[1]])\n"
             "print(code, out.getvalue().split()[2], 'tomllib' in sys.modules)")
    express = write(tmp_path / "express", PROJECTS["express"][2])
    assert _run(probe, str(express)).stdout.split() == ["0", "1", "False"]
    axum = write(tmp_path / "axum", PROJECTS["axum"][2])
    assert _run(probe, str(axum)).stdout.split() == ["0", "1", "True"]
