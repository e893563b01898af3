"""The commands a project's own files run: its CI, scripts, task and container files.

Some facts only a command tells. pytest-django finds the Django settings in pytest's settings
(`DJANGO_SETTINGS_MODULE` in pytest.ini, `[tool.pytest.ini_options]`), in a `conftest.py`, or
on the command line and in the environment (`pytest --ds=site.settings`); where a project keeps
neither settings nor conftest, only a command can (`runs_pytest`). A Django project whose test
cases live in modules installed at build time runs them by `manage.py test` from a CI job
(`ci_django_tests`). This reads the files commands live in (a CI workflow, a shell script, a
Makefile, tox.ini, a Dockerfile, a Compose file) at the top of the project folder and of the
repository, and in their CI and script folders.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from designer.detect.walker import read_text
from designer.model.stack import Evidence

_NAMES = frozenset(
    {"Makefile", "makefile", "GNUmakefile", "justfile", "Justfile", "tox.ini", "noxfile.py",
     "Jenkinsfile", ".gitlab-ci.yml", ".travis.yml", "azure-pipelines.yml",
     "bitbucket-pipelines.yml", "Procfile", "package.json", "Taskfile.yml", "circle.yml"}
)
"""Files holding commands by their name (`circle.yml`: CircleCI's first format, kept at the
top of the repository rather than in `.circleci/`)."""
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


MANAGE_TEST = re.compile(r"\bmanage\.py[ \t]+test\b")
"""Django's test command (`python manage.py test --keepdb $MODULES`)."""


def runs_pytest(top: str, folders: tuple[str, ...]) -> bool:
    """Whether a command file at the top of one of `folders` (relative to `top`, `""` for the
    repository) or in their CI and script folders runs pytest (a line installing or pinning
    it runs nothing)."""
    return any(
        runs_pytest_line(line)
        for _, text in command_texts(top, folders)
        for line in text.splitlines()
    )


def runs_pytest_line(line: str) -> bool:
    """Whether one command line runs pytest (installing or pinning it runs nothing)."""
    return _RUN.search(line) is not None and _NOT_A_RUN.search(line) is None


def first_run(top: str, folders: tuple[str, ...], command: re.Pattern[str]) -> Evidence | None:
    """Where a command file of `folders` (as `runs_pytest` reads them) first runs `command`."""
    for path, text in command_texts(top, folders):
        match = command.search(text)
        if match is not None:
            number = text.count("\n", 0, match.start()) + 1
            return Evidence(path=path, line=number, text=text.splitlines()[number - 1].strip())
    return None


def command_texts(top: str, folders: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(path, text) of the command files at the top of each of `folders` and in their CI and
    script folders, each folder read once, in that order."""
    seen: set[str] = set()
    for folder in folders:
        for sub in ("", *_FOLDERS):
            relative = "/".join(part for part in (folder, sub) if part)
            if relative in seen:
                continue
            seen.add(relative)
            for path in _command_files(top, relative, every=bool(sub)):
                text = read_text(top, path)[0]
                if text:
                    yield path, text


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
