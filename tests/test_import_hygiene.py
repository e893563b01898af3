"""The headless core never imports textual (STYLE.md habit 3; harlequin's import hygiene test)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import designer

ROOT = Path(__file__).resolve().parent.parent


def core_modules() -> list[str]:
    """Every module of the package outside designer.tui and the entry module."""
    names = []
    for info in pkgutil.walk_packages(designer.__path__, prefix="designer."):
        if info.name.startswith("designer.tui") or info.name == "designer.__main__":
            continue
        names.append(info.name)
    return sorted(names)


def imported_after(code: str) -> set[str]:
    """Top-level module names in sys.modules after running `code` in a fresh interpreter."""
    probe = code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(result.stdout.split())


def test_core_modules_do_not_import_textual() -> None:
    modules = core_modules()
    assert "designer.store" in modules and "designer.model.design" in modules
    code = "\n".join(f"import {name}" for name in modules)
    assert "textual" not in imported_after(code)


def test_headless_commands_do_not_import_textual(tmp_path: Path) -> None:
    design = tmp_path / "x.design.yaml"
    code = (
        "from designer.cli import main\n"
        f"main(['new', 'x', '--dir', {str(tmp_path)!r}, '--no-open'])\n"
        f"main(['check', {str(design)!r}])\n"
        "main(['list'])\n"
    )
    assert "textual" not in imported_after(code)


def test_the_cli_parser_imports_nothing_heavy() -> None:
    loaded = imported_after("from designer.cli import build_parser\nbuild_parser()")
    assert not loaded & {"textual", "jinja2", "networkx", "mermaid", "rich", "yaml",
                         "pydantic"}


def modules_after_command(argv: list[str]) -> set[str]:
    """Every module name (dotted) in sys.modules after `designer ARGV` in a fresh interpreter."""
    probe = (
        "import sys\nfrom designer.cli import main\n"
        "import contextlib, io\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    main({argv!r})\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(result.stdout.split())


EXAMPLE = ROOT / "examples/fastapi-auth-service/fastapi-auth-service.design.yaml"


@pytest.mark.parametrize("argv, absent", [
    (["--version"], {"pydantic", "yaml", "designer.commands.export"}),
    (["list"], {"designer.model.design", "networkx", "jinja2", "mermaid", "requests"}),
    # A command imports its own module only, not the other commands' (completion, export).
    (["check", str(EXAMPLE)], {"jinja2", "mermaid", "requests", "textual", "networkx",
                               "designer.commands.export", "designer.completion",
                               "designer.export"}),
    (["detect", str(ROOT / "designer")], {"designer.model.design", "designer.model.data",
                                          "networkx", "jinja2", "mermaid", "requests",
                                          "pydantic", "designer.export",
                                          "designer.commands.check"}),
    (["export", str(EXAMPLE), "--out", "{out}", "--only", "openapi"],
     {"jinja2", "mermaid", "requests", "textual", "networkx"}),
])
def test_commands_import_only_what_they_use(argv: list[str], absent: set[str],
                                            tmp_path: Path) -> None:
    argv = [arg.replace("{out}", str(tmp_path / "out")) for arg in argv]
    loaded = modules_after_command(argv)
    assert not loaded & absent


def test_a_full_export_imports_mermaid_without_requests(tmp_path: Path) -> None:
    loaded = modules_after_command(["export", str(EXAMPLE), "--out", str(tmp_path / "o")])
    assert "mermaid" in loaded and "jinja2" in loaded
    assert "requests" not in loaded


def test_the_app_start_does_not_import_mermaid() -> None:
    loaded = imported_after("import designer.cli\nfrom designer.tui.app import make_app\n"
                            "make_app(None)")
    assert not loaded & {"mermaid", "requests", "jinja2", "networkx"}
