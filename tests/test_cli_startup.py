"""What a headless command pays before and after its work: the parser of the command asked
for alone, sized without `shutil`, and a process that ends without walking its objects."""

from __future__ import annotations

import argparse
import gc
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from designer import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples/fastapi-auth-service/fastapi-auth-service.design.yaml"


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    return set(_subparsers(parser))


@pytest.mark.parametrize("columns", ["57", "200", "0", "wide", None])
def test_the_help_is_as_wide_as_shutil_says(columns: str | None,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli.terminal_columns() == shutil.get_terminal_size().columns


def test_a_narrow_terminal_wraps_the_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    text = _subparsers(cli.build_parser("detect"))["detect"].format_help()
    assert max(len(line) for line in text.splitlines()) <= 48  # argparse keeps two columns


def test_a_command_builds_its_own_parser_alone() -> None:
    assert _commands(cli.build_parser("check")) == {"check"}
    assert _commands(cli.build_parser("")) == set(cli.COMMANDS)  # `designer --help` lists all
    assert _commands(cli.build_parser()) == set(cli.COMMANDS)


@pytest.mark.parametrize("arguments", [[], ["list"], ["export", "x.design.yaml"]])
def test_parse_reads_a_command_line_as_the_full_parser_does(arguments: list[str]) -> None:
    # Without arguments (the app) no parser is built; the answer is the parser's all the same.
    assert cli.parse(arguments) == cli.build_parser().parse_args(arguments)


def test_an_unknown_command_still_lists_the_commands() -> None:
    result = _run("from designer.cli import main; raise SystemExit(main(['nosuch']))")
    assert result.returncode == 2
    assert all(name in result.stderr for name in cli.COMMANDS)


def test_parsing_a_command_line_does_not_import_shutil() -> None:
    # A `.pth` file of the interpreter's site may import shutil before designer runs (CI's
    # does), so the probe blocks the module instead of asking whether it is loaded.
    result = _run("import sys\nsys.modules['shutil'] = None\n"
                  "from designer.cli import build_parser\n"
                  "build_parser('detect').parse_args(['detect', '.'])\nprint('parsed')")
    assert result.stderr == ""
    assert result.stdout.strip() == "parsed"


@pytest.mark.parametrize("argv", [["check", str(EXAMPLE)], ["schema"]])
def test_the_command_line_freezes_what_is_left_before_the_process_ends(argv: list[str]) -> None:
    probe = ("import gc, sys, contextlib, io\nfrom designer.cli import main\n"
             "sys.argv = ['designer', *sys.argv[1:]]\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n    code = main()\n"
             "print(code, gc.get_freeze_count() > 0, gc.isenabled())")
    result = _run(probe, *argv)
    assert result.stdout.split() == ["0", "True", "True"]


def test_a_failed_command_line_is_not_frozen() -> None:
    # An error ends the process too, but is no run to speed up: the collector is left alone.
    probe = ("import gc, sys\nfrom designer.cli import main\n"
             "sys.argv = ['designer', 'check', '/no/such/file.design.yaml']\n"
             "code = main()\nprint(code, gc.get_freeze_count() > 0)")
    assert _run(probe).stdout.split() == ["2", "False"]


def test_an_in_process_call_leaves_the_collector_as_it_was(
        capsys: pytest.CaptureFixture[str]) -> None:
    frozen, enabled = gc.get_freeze_count(), gc.isenabled()
    assert cli.main(["check", str(EXAMPLE)]) == 0
    assert (gc.get_freeze_count(), gc.isenabled()) == (frozen, enabled)


@pytest.mark.parametrize(
    "rest",
    [["some/./dir/"], ["--json", "x"], ["x", "--json"], ["", "--json"], ["//srv/app"]],
)
def test_a_plain_detect_reads_as_argparse_reads_it(rest: list[str]) -> None:
    from designer.commands import detect

    plain = detect.plain_arguments(rest)
    parsed = cli.build_parser("detect").parse_args(["detect", *rest])
    assert plain is not None
    assert vars(plain) == vars(parsed)


@pytest.mark.parametrize(
    "rest", [[], ["a", "b"], ["-x"], ["--into", "f", "x"], ["x", "--json", "--json"], ["--js", "x"]]
)
def test_any_other_detect_command_line_is_left_to_argparse(rest: list[str]) -> None:
    from designer.commands import detect

    assert detect.plain_arguments(rest) is None


def test_a_plain_detect_never_imports_argparse(tmp_path: Path) -> None:
    result = _run("import sys, contextlib, io\nfrom designer.cli import main\n"
                  "with contextlib.redirect_stdout(io.StringIO()):\n"
                  f"    code = main(['detect', {str(tmp_path)!r}, '--json'])\n"
                  "print(code, 'argparse' in sys.modules)")
    assert result.stdout.split() == ["0", "False"]
