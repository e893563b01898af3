"""uv.lock forks: which of a package's several resolutions a project's default install gets.

uv resolves a package more than once when the lock forks: for Python versions
(`python_full_version < '3.12'`) and for dependency groups or extras declared in conflict
(`[tool.uv] conflicts`, recorded as `extra == 'group-4-app-django52'` in the lock's markers).
Each resolution lists the forks it serves under `resolution-markers`. A plain install (`uv
sync`, `uv sync --no-dev`, what an image runs) activates no conflicting group or extra, on the
newest Python the project admits: the resolution serving a fork with no `extra == …` clause and
no upper bound on Python is the one the application runs on.
"""

from __future__ import annotations

import re

_MARKERS = re.compile(r"^resolution-markers = \[\n((?:[ \t]+\"[^\n]*\n)*)\]", re.MULTILINE)
_ACTIVE_EXTRA = re.compile(r"\bextra[ \t]*==")
_PYTHON_CEILING = re.compile(r"\bpython_(?:full_)?version[ \t]*<")


def markers(block: str) -> list[str] | None:
    """The `resolution-markers` of one `[[package]]` table's text, or None without any."""
    match = _MARKERS.search(block)
    if match is None:
        return None
    return [line.strip().rstrip(",").strip('"') for line in match.group(1).splitlines()]


def _default_fork(marker: str) -> bool:
    """Whether a fork is the default install's: no conflicting group or extra active."""
    return _ACTIVE_EXTRA.search(marker) is None


def _newest_python(marker: str) -> bool:
    """Whether a fork admits the newest Python (no upper bound on its version)."""
    return _PYTHON_CEILING.search(marker) is None


def default_resolution(blocks: list[str]) -> int | None:
    """Which of a package's resolutions (the text of each one's `[[package]]` table, in lock
    order) the default install gets, or None when the lock does not say (no markers, or no
    single resolution serves the default fork on the newest Python)."""
    forks = [markers(block) for block in blocks]
    if any(fork is None for fork in forks):
        return None
    chosen = [
        index
        for index, fork in enumerate(forks)
        if any(_default_fork(m) and _newest_python(m) for m in fork or ())
    ]
    return chosen[0] if len(chosen) == 1 else None
