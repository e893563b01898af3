"""The built wheel carries the questionnaires and templates and works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, ROOT, cwd=tmp_path)
    # The distribution is backend-designer ("designer" on PyPI is another project).
    wheels = list(dist.glob("backend_designer-*.whl"))
    assert len(wheels) == 1

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "-q", wheels[0], cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "DESIGNER_HOME": str(tmp_path / "home")}
    env.pop("PYTHONPATH", None)
    assert run(bin_dir / "designer", "--version", cwd=elsewhere, env=env).startswith("designer ")
    # The second command, for systems where `designer` is Qt Designer.
    second = run(bin_dir / "backend-designer", "--version", cwd=elsewhere, env=env)
    assert second.startswith("designer ")

    located = run(
        bin_dir / "python",
        "-c",
        "from designer.paths import questionnaires_dir, templates_dir;"
        "print(questionnaires_dir()); print(templates_dir())",
        cwd=elsewhere,
        env=env,
    ).split()
    site = str(env_dir)
    assert all(path.startswith(site) for path in located), located
    assert any(Path(located[0]).glob("*.yaml"))

    examples = sorted(ROOT.glob("examples/*/*.design.yaml"))
    assert examples, "examples/ holds no design"
    out = run(bin_dir / "designer", "check", examples[0], cwd=elsewhere, env=env)
    assert "design:" in out
    run(
        bin_dir / "designer",
        "export",
        examples[0],
        "--out",
        elsewhere / "out",
        cwd=elsewhere,
        env=env,
    )
    exported = elsewhere / "out"
    committed = examples[0].parent / "export"
    # The installed templates give the same document as the checkout's.
    for name in ("architecture.md", "openapi.yaml"):
        assert (exported / name).read_bytes() == (committed / name).read_bytes()
