"""The CI wiring the README promises: the pre-commit hooks (run with `pre-commit try-repo` on a
temporary repository, offline) and the GitHub Actions snippet's commands."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_review_fixtures import good_design

from designer import store

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"  # the designer under test
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["GIT_AUTHOR_NAME"] = env["GIT_COMMITTER_NAME"] = "t"
    env["GIT_AUTHOR_EMAIL"] = env["GIT_COMMITTER_EMAIL"] = "t@example.com"
    env.pop("PRE_COMMIT", None)
    return env


def _git(repo: Path, *args: str, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A git repository with a clean design and its export committed."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = _env(tmp_path)
    repo = tmp_path / "team"
    (repo / "design").mkdir(parents=True)
    store.save(good_design(), repo / "design" / "shop.design.yaml")
    subprocess.run([BIN / "designer", "export", "design/shop.design.yaml", "--out", "docs"],
                   cwd=repo, env=env, check=True, capture_output=True)
    _git(repo, "init", "-q", env=env)
    _git(repo, "add", "-A", env=env)
    _git(repo, "commit", "-qm", "design", env=env)
    return repo, env


def _try_repo(repo: Path, env: dict[str, str], hook: str, *args: str
              ) -> subprocess.CompletedProcess[str]:
    command = [str(BIN / "pre-commit"), "try-repo", str(ROOT), hook, *args]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_hooks_file_names_both_hooks_and_runs_offline() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"designer-check", "designer-export-check"}
    assert {h["language"] for h in hooks.values()} == {"system"}
    assert hooks["designer-check"]["entry"].startswith("designer check")
    assert hooks["designer-export-check"]["entry"] == "designer export --check"


def test_check_hook_passes_a_clean_design_and_fails_a_broken_one(project) -> None:
    repo, env = project
    design = repo / "design" / "shop.design.yaml"
    passed = _try_repo(repo, env, "designer-check", "--files", "design/shop.design.yaml")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    broken = store.load(design)
    broken.auth.login_rate_limit = None  # SEC-002, an error
    store.save(broken, design)
    failed = _try_repo(repo, env, "designer-check", "--files", "design/shop.design.yaml")
    assert failed.returncode == 1
    assert "SEC-002" in failed.stdout


def test_export_check_hook_fails_on_stale_docs(project) -> None:
    repo, env = project
    args = ["--files", "design/shop.design.yaml"]
    config_args = ["design/shop.design.yaml", "--out", "docs"]
    # try-repo takes no args for a hook: write a config that uses the repository directly.
    config = repo / "hooks.yaml"
    config.write_text(yaml.safe_dump({"repos": [{
        "repo": str(ROOT), "rev": _head(), "hooks": [{"id": "designer-export-check",
                                                       "args": config_args}]}]}))
    ok = _run_config(repo, env, config, args)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    design = store.load(repo / "design" / "shop.design.yaml")
    design.api.base_path = "/api/v2"
    store.save(design, repo / "design" / "shop.design.yaml")
    stale = _run_config(repo, env, config, args)
    assert stale.returncode == 1
    assert "differs: docs/openapi.yaml" in stale.stdout


def _head() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()


def _run_config(repo: Path, env: dict[str, str], config: Path, args: list[str]
                ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "pre-commit"), "run", "--config", str(config), *args],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=300)


def _snippet_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### In CI", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert block, "the In CI section has no yaml block"
    workflow = yaml.safe_load(block.group(1))
    steps = workflow["jobs"]["review"]["steps"]
    return [s["run"] for s in steps if "run" in s and not s["run"].startswith("pip ")]


def test_the_actions_snippet_runs_on_a_reviewed_design(project) -> None:
    repo, env = project
    commands = _snippet_commands()
    assert any("--format github" in c for c in commands)
    assert any("export" in c and "--check" in c for c in commands)
    for command in commands:
        done = subprocess.run(["bash", "-c", command], cwd=repo, env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
    assert (repo / "designer.sarif").read_text().startswith("{")
    assert shlex.split(commands[0])[:2] == ["designer", "check"]
