"""Shell completion: each script is valid in its shell and completes commands, options and
choices the way the parser defines them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import COMMANDS, main


def completion(shell: str, capsys: pytest.CaptureFixture[str], prog: str = "designer") -> str:
    assert main(["completion", shell, "--prog", prog]) == 0
    return capsys.readouterr().out


def need(shell: str) -> str:
    found = shutil.which(shell)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{shell} is not installed (.ci/run installs it)")
        pytest.skip(f"{shell} is not installed")
    return found


def bash_complete(script: str, words: list[str], tmp_path: Path) -> list[str]:
    """What the bash function offers for `words` (the last one being typed)."""
    (tmp_path / "c.bash").write_text(script, encoding="utf-8")
    line = " ".join(f"'{w}'" for w in words)
    program = (f"source {tmp_path / 'c.bash'}; COMP_WORDS=({line}); "
               f"COMP_CWORD={len(words) - 1}; _designer; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    out = subprocess.run([need("bash"), "-c", program], capture_output=True, text=True,
                         cwd=tmp_path, check=True, timeout=30).stdout
    return out.split()


def test_bash_completes_commands_options_and_choices(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = completion("bash", capsys)
    assert set(bash_complete(script, ["designer", ""], tmp_path)) >= set(COMMANDS)
    assert bash_complete(script, ["designer", "ex"], tmp_path) == ["export"]
    assert "--fail-on" in bash_complete(script, ["designer", "check", "--f"], tmp_path)
    assert bash_complete(script, ["designer", "check", "--fail-on", "w"], tmp_path) == ["warning"]
    (tmp_path / "shop.design.yaml").write_text("x", encoding="utf-8")
    assert bash_complete(script, ["designer", "open", "sh"], tmp_path) == ["shop.design.yaml"]


def test_the_second_command_name_gets_its_own_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert "complete -o filenames -F _backend_designer backend-designer" in completion(
        "bash", capsys, "backend-designer")


def test_zsh_script_is_valid_and_lists_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = completion("zsh", capsys)
    path = tmp_path / "_designer"
    path.write_text(script, encoding="utf-8")
    subprocess.run([need("zsh"), "-n", str(path)], check=True, timeout=30)
    assert script.startswith("#compdef designer")
    for name in COMMANDS:
        assert f"'{name}:" in script


def test_fish_completes_commands_options_and_choices(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = completion("fish", capsys)
    path = tmp_path / "designer.fish"
    path.write_text(script, encoding="utf-8")
    fish = need("fish")
    subprocess.run([fish, "--no-execute", str(path)], check=True, timeout=30)

    def offered(line: str) -> list[str]:
        out = subprocess.run([fish, "--no-config", "-c", f"source {path}; complete -C '{line}'"],
                             capture_output=True, text=True, check=True, timeout=30,
                             env={**os.environ, "HOME": str(tmp_path)}).stdout
        return [row.split("\t")[0] for row in out.splitlines()]

    assert set(offered("designer ")) >= set(COMMANDS)
    assert "--fail-on" in offered("designer check --f")
    assert "warning" in offered("designer check --fail-on ")


def test_an_unknown_shell_is_one_line_and_exit_2() -> None:
    result = subprocess.run([sys.executable, "-m", "designer", "completion", "tcsh"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "tcsh" in result.stderr
