"""The README's promises: two set-up commands, CI runs the second, every command documented;
the test run's pinned releases."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from designer.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CONSTRAINTS = ROOT / "tests" / "constraints.txt"
SNAPSHOT_AND_GOLDEN_DEPENDENCIES = (
    "textual", "rich", "pygments", "mermaid-py", "pydantic", "pyyaml", "jinja2", "networkx",
    "pytest-textual-snapshot", "syrupy", "hypothesis", "openapi-spec-validator",
)


def setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Set up section has no sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_exactly_two_setup_commands() -> None:
    install_and_launch, install_and_test = setup_commands()
    assert install_and_launch.startswith("pip install") and install_and_launch.endswith("designer")
    assert "[test]" in install_and_test and install_and_test.endswith("pytest")
    assert "-c tests/constraints.txt" in install_and_test


def pins() -> dict[str, str]:
    """tests/constraints.txt as normalised name -> exact version."""
    found = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, exact, version = line.partition("==")
            assert exact and version, f"{CONSTRAINTS.name}: {line!r} is not an exact pin"
            found[canonical(name)] = version
    return found


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_what_snapshots_and_goldens_read_is_pinned_and_installed() -> None:
    """The pins are the releases this run uses: a snapshot or golden compared under other
    releases fails for reasons that have nothing to do with designer."""
    pinned = pins()
    for name in SNAPSHOT_AND_GOLDEN_DEPENDENCIES:
        assert name in pinned, f"{name} is not pinned in {CONSTRAINTS.name}"
        installed = metadata.version(name)
        assert installed == pinned[name], (
            f"{name} {installed} is installed, {CONSTRAINTS.name} pins {pinned[name]}: "
            f"pip install -c tests/constraints.txt -e '.[test]'"
        )


def test_the_package_itself_keeps_ranges() -> None:
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = requirements["project"]
    listed = project["dependencies"] + project["optional-dependencies"]["test"]
    assert listed and not [r for r in listed if "==" in r]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = setup_commands()[1]
    assert any(line.strip() == command for line in ci.splitlines())


def test_every_subcommand_is_documented() -> None:
    for name in COMMANDS:
        assert f"`designer {name}" in README, name
