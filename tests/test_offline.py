"""Nothing contacts the network: every command and an app session, under a socket guard."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUARD = ROOT / "tests" / "netguard.py"
EXAMPLE = ROOT / "examples" / "ecommerce-postgres" / "ecommerce-postgres.design.yaml"


def guarded(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run the guard with `args`; the result and what it logged as network attempts."""
    log = tmp_path / "network.log"
    env = {**os.environ, "DESIGNER_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, str(GUARD), str(log), *args], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    return result, log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.fixture
def design(tmp_path: Path) -> Path:
    copy = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, copy)
    return copy


def test_the_guard_catches_a_connection(tmp_path: Path) -> None:
    """The guard itself: a connection attempt in the guarded process is logged (and refused)."""
    result, attempts = guarded(tmp_path, "probe")
    assert result.returncode == 0, result.stderr
    assert "connect ('192.0.2.1', 9)" in attempts


@pytest.mark.parametrize("command", [
    ["--version"],
    ["list"],
    ["list", "--json"],
    ["check", "{design}"],
    ["check", "--rules"],
    ["detect", "{root}"],
    ["export", "{design}", "--out", "out"],
    ["export", "{design}", "--out", "out-openapi", "--only", "openapi"],
    ["new", "Shop", "--no-open"],
], ids=lambda c: "-".join(a.strip("{}") for a in c))
def test_no_command_opens_a_connection(command: list[str], design: Path, tmp_path: Path) -> None:
    args = [a.format(design=design, root=ROOT / "examples") for a in command]
    result, attempts = guarded(tmp_path, "cli", *args)
    assert result.returncode in (0, 1), result.stderr
    assert attempts == ""


def test_an_app_session_opens_no_connection(design: Path, tmp_path: Path) -> None:
    """Every stage shown, then a full export from the review: all offline."""
    result, attempts = guarded(tmp_path, "app", str(design))
    assert result.returncode == 0, result.stderr
    assert attempts == ""
    assert (design.parent / "architecture.md").exists() or any(design.parent.rglob("*.mmd"))
