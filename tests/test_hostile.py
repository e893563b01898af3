"""Hostile inputs: devices, FIFOs, sockets, huge integers, 1 MB single words, evil gitignore lines.

Each case ends at once with exit 2 and one line naming the file (or, for text that is merely
large, in time proportional to its size). Time bounds are ratios to a normal input of the same
size measured in the same run, so a slow machine does not fail them; a regression to quadratic
or exponential matching would blow the ratio by orders of magnitude. Timed work runs in a
child process with a timeout, so a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from designer import store
from designer.cli import main
from designer.errors import DesignFileError
from designer.model.design import Design

EXAMPLE = Path(__file__).parent.parent / "examples" / "ecommerce-postgres"


def _one_line_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    for word in words:
        assert word in err
    return err


def _run_timed(code: str, timeout: float = 120) -> float:
    """Run `code` (which prints one float) in a fresh interpreter; the float it printed. The
    codes time with `time.thread_time`: CPU time, which a busy machine does not inflate."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                            text=True, timeout=timeout, check=True)
    return float(result.stdout.strip().splitlines()[-1])


# --- only regular files, bounded reads -----------------------------------------------------


def test_symlink_to_dev_zero_is_refused_at_once(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "zero.design.yaml"
    link.symlink_to("/dev/zero")
    _one_line_exit_2(["check", str(link)], capsys, str(link), "device")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.design.yaml"
    os.mkfifo(fifo)
    # A child process: if the read blocked on the FIFO, the timeout fails the test.
    result = subprocess.run([sys.executable, "-m", "designer", "check", str(fifo)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "FIFO" in result.stderr and str(fifo) in result.stderr


def test_socket_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.design.yaml"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        _one_line_exit_2(["export", str(path), "--out", str(tmp_path / "out")], capsys,
                         str(path), "socket")
    finally:
        server.close()


def test_file_over_the_limit_is_refused(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.design.yaml"
    path.write_bytes(b"schema_version: 2\n" + b"#" * 4096 + b"\n")
    monkeypatch.setattr(store, "MAX_BYTES", 1024)
    with pytest.raises(DesignFileError, match="MB"):
        store.load(path)


# --- huge integers --------------------------------------------------------------------------


@pytest.mark.parametrize("digits", [41, 5000, 100_000])
def test_overlong_integer_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      digits: int) -> None:
    text = (EXAMPLE / "ecommerce-postgres.design.yaml").read_text(encoding="utf-8")
    assert "expected_users: 300000" in text
    path = tmp_path / "big.design.yaml"
    path.write_text(text.replace("expected_users: 300000", f"expected_users: {'9' * digits}"),
                    encoding="utf-8")
    err = _one_line_exit_2(["check", str(path)], capsys, str(path), str(digits))
    line = text[: text.index("expected_users")].count("\n") + 1
    assert f"line {line}" in err


def test_forty_digits_still_load(tmp_path: Path) -> None:
    from designer import yamlio

    assert yamlio.load(f"n: {'1' * 40}\nm: -0x{'f' * 30}\n") == {"n": int("1" * 40),
                                                                 "m": -int("f" * 30, 16)}
    assert yamlio.load(f"s: '{'9' * 5000}'\n")["s"] == "9" * 5000  # quoted: text, not a number


# --- linear text handling -------------------------------------------------------------------

_MARKDOWN_RATIO = """
    import time
    from designer.export.markdown import md
    def best(text):
        times = []
        for _ in range(3):
            start = time.thread_time(); md(text); times.append(time.thread_time() - start)
        return min(times)
    normal = best(("word " * 200_000)[:1_000_000])
    hostile = best({hostile})
    print(hostile / normal)
"""


@pytest.mark.parametrize("hostile", [
    "'a' * 1_000_000",  # one word: the old e-mail regex rescanned it from every letter
    "'a.' * 500_000",
    "'x@' * 500_000",
    "'`a' * 500_000",
    "'http://' + '.' * 1_000_000",
    "'(' * 1_000_000",
    "'1' * 1_000_000",
])
def test_markdown_escaping_is_linear(hostile: str) -> None:
    ratio = _run_timed(_MARKDOWN_RATIO.replace("{hostile}", hostile))
    assert ratio < 30, f"1 MB of {hostile} took {ratio:.0f}× a normal 1 MB text"


def test_stack_names_normalise_in_linear_time() -> None:
    ratio = _run_timed("""
        import time
        from designer.questionnaire.stacks import migrate_command
        def timed(text):
            start = time.thread_time(); migrate_command(text); return time.thread_time() - start
        normal = min(timed("Flask " * 170_000) for _ in range(3))
        hostile = max(timed("(" * 1_000_000), timed(" " * 1_000_000 + "x"))
        print(hostile / normal)
    """)
    assert ratio < 30


EVIL = "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b"


def test_evil_gitignore_line_matches_fast() -> None:
    ratio = _run_timed(f"""
        import time
        from designer.detect.gitignore import GitIgnore
        def timed(rules):
            ignore = GitIgnore(rules)
            start = time.thread_time()
            for _ in range(200):
                ignore.match("a" * 250, "a" * 250, True)
            return time.thread_time() - start
        print(timed("{EVIL}\\n!keep\\n") / timed("*.log\\n!keep\\n"))
    """, timeout=60)
    assert ratio < 50


@pytest.mark.parametrize(("pattern", "name", "ignored"), [
    (EVIL, "a" * 250, None),
    (EVIL, "a" * 250 + "b", True),
    ("*a*b", "xxaxxbxxb", True),
    ("*ab*ab", "abab", True),
    ("a*b*c", "abbc", True),
    ("a*b*c", "acb", None),
    ("**/x/**/y", "p/x/q/x/y", True),
    ("**/x/**/y", "x/y", True),
    ("src/**.py", "src/a/b.py", None),  # `**` inside a name is an ordinary star
])
def test_star_patterns_keep_their_meaning(pattern: str, name: str, ignored: bool | None) -> None:
    from designer.detect.gitignore import GitIgnore

    assert GitIgnore(pattern).match(name, name.rsplit("/", 1)[-1], False) is ignored


def test_detect_with_evil_gitignore_and_long_folder_name(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text(EVIL + "\n!x\n", encoding="utf-8")
    (tmp_path / ("a" * 250)).mkdir()
    (tmp_path / "requirements.txt").write_text("fastapi==0.110\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "designer", "detect", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "FastAPI" in result.stdout


def test_valid_design_still_loads() -> None:
    design = store.load(EXAMPLE / "ecommerce-postgres.design.yaml")
    assert isinstance(design, Design) and design.data.entities


# --- duplicate keys -------------------------------------------------------------------------


def test_duplicate_keys_are_refused_with_their_lines(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    text = (EXAMPLE / "ecommerce-postgres.design.yaml").read_text(encoding="utf-8")
    assert "  domain: 전자상거래\n" in text
    path = tmp_path / "dup.design.yaml"
    path.write_text(text.replace("  domain: 전자상거래\n", "  domain: 전자상거래\n  domain: x\n"),
                    encoding="utf-8")
    first = text[: text.index("  domain:")].count("\n") + 1
    err = _one_line_exit_2(["check", str(path)], capsys, str(path), "'domain' appears twice")
    assert f"line {first + 1}" in err and f"first on line {first}" in err
