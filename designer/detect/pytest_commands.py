"""Whether a project's own commands run pytest: its CI, scripts, task and container files.

pytest-django finds the Django settings in pytest's settings (`DJANGO_SETTINGS_MODULE` in
pytest.ini, `[tool.pytest.ini_options]`), in a `conftest.py`, or on the command line and in the
environment (`pytest --ds=site.settings`, `DJANGO_SETTINGS_MODULE=… pytest`). Where a project
keeps neither settings nor conftest, only a command can: this reads the files commands live in
(a CI workflow, a shell script, a Makefile, tox.ini, a Dockerfile, a Compose file) at the top
of the project folder and of the repository, and in their CI and script folders, for a line
that runs pytest. A line installing it (`pip install pytest`) or pinning it runs nothing.
"""

from __future__ import annotations

import os
import re

from designer.detect.walker import read_text

_NAMES = frozenset(
    {"Makefile", "makefile", "GNUmakefile", "justfile", "Justfile", "tox.ini", "noxfile.py",
     "Jenkinsfile", ".gitlab-ci.yml", ".travis.yml", "azure-pipelines.yml",
     "bitbucket-pipelines.yml", "Procfile", "package.json", "Taskfile.yml"}
)
"""Files holding commands by their name."""
_PREFIXES = ("Dockerfile", "docker-compose", "compose.", "Jenkinsfile")
"""Files holding commands by how their name starts (`Dockerfile.test`, `compose.ci.yml`)."""
_SUFFIXES = (".sh", ".bash")
"""Shell scripts."""
_FOLDERS = (".github/workflows", ".circleci", "bin", "scripts", "script", ".ci", "ci")
"""Folders of CI definitions and scripts, read one level deep."""
_MAX_FILES = 60
"""How many files are read at most per folder looked in: enough for any project's commands."""

_RUN = re.compile(r"(?<![\w./-])(?:py\.test|pytest)(?![\w-])")
"""pytest named as a command (not `pytest-django`, `pytest.ini`, nor `conftest`)."""
_NOT_A_RUN = re.compile(r"\binstall\b|[=<>~]=|\bpytest\s*[<>=~]|pytest\.ini|pytest_")
"""A line installing or pinning pytest, or naming its settings: no run."""


def runs_pytest(top: str, folders: tuple[str, ...]) -> bool:
    """Whether a command file at the top of one of `folders` (relative to `top`, `""` for the
    repository) or in their CI and script folders runs pytest."""
    seen: set[str] = set()
    for folder in folders:
        for sub in ("", *_FOLDERS):
            relative = "/".join(part for part in (folder, sub) if part)
            if relative in seen:
                continue
            seen.add(relative)
            for path in _command_files(top, relative, every=bool(sub)):
                text = read_text(top, path)[0] or ""
                if any(
                    _RUN.search(line) and not _NOT_A_RUN.search(line)
                    for line in text.splitlines()
                ):
                    return True
    return False


def _command_files(top: str, relative: str, every: bool) -> list[str]:
    """The command files in `relative` (each file when `every`: a CI or script folder)."""
    try:
        names = sorted(os.listdir(os.path.join(top, *relative.split("/")) if relative else top))
    except OSError:
        return []
    found: list[str] = []
    for name in names:
        if len(found) >= _MAX_FILES:
            break
        path = f"{relative}/{name}" if relative else name
        if not os.path.isfile(os.path.join(top, *path.split("/"))):
            continue
        if every or name in _NAMES or name.startswith(_PREFIXES) or name.endswith(_SUFFIXES):
            found.append(path)
    return found
