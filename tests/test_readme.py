"""The README's promises: two set-up commands, CI runs the second, every command documented."""

from __future__ import annotations

import re
from pathlib import Path

from designer.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Set up section has no sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_exactly_two_setup_commands() -> None:
    install_and_launch, install_and_test = setup_commands()
    assert install_and_launch.startswith("pip install") and install_and_launch.endswith("designer")
    assert "[test]" in install_and_test and install_and_test.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = setup_commands()[1]
    assert any(line.strip() == command for line in ci.splitlines())


def test_every_subcommand_is_documented() -> None:
    for name in COMMANDS:
        assert f"`designer {name}" in README, name
