"""The code files of a project folder, for the rules that read a project's code again.

Some questions are settled only by reading all of a project's code of one language: every route
of a Rust crate (`ops_routes`), every controller of a Spring Boot application (`listeners`),
every import of a driver, data layer or cache client (`node_drivers`, `root_imports`,
`next_cache`, `pymodules`), the template engine an Express app configures (`view_servers`), every
use of Eloquent (`laravel_data`), every C# file of an ASP.NET Core host (`dotnet_sources`),
the PHP files naming the database (`php_platform`).
Each walks the folder in sorted order, leaves out hidden folders and what is no code of the
project's own (installed packages, its tests, nested projects), and gives up past a budget
rather than read a huge tree: one walk serves them all.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterator


def _never(name: str) -> bool:
    return False


def code_files(
    top: str,
    folder: str,
    endings: tuple[str, ...],
    limit: int,
    *,
    skip_dir: Callable[[str], bool] = _never,
    skip_file: Callable[[str], bool] = _never,
    nested: frozenset[str] | set[str] = frozenset(),
) -> Iterator[str | None]:
    """The paths, relative to `top`, of the files under `folder` whose names end in one of
    `endings`, in sorted walk order; hidden folders, those `skip_dir` names and the `nested`
    project folders are not entered, the files `skip_file` names not given. None comes last
    when there are more than `limit` files."""
    left = limit
    start = top if folder == "." else os.path.join(top, *folder.split("/"))
    for current, dirs, files in os.walk(start):
        relative = os.path.relpath(current, top).replace(os.sep, "/")
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and not skip_dir(d)
            and posixpath.normpath(posixpath.join(relative, d)) not in nested
        )
        for name in sorted(files):
            if not name.endswith(endings) or skip_file(name):
                continue
            if left == 0:
                yield None
                return
            left -= 1
            yield posixpath.normpath(posixpath.join(relative, name))


def all_code_files(
    top: str,
    folder: str,
    endings: tuple[str, ...],
    limit: int,
    *,
    skip_dir: Callable[[str], bool] = _never,
    nested: frozenset[str] | set[str] = frozenset(),
) -> list[str] | None:
    """Every path `code_files` gives, or None when there are more than `limit`."""
    paths = list(code_files(top, folder, endings, limit, skip_dir=skip_dir, nested=nested))
    return None if paths and paths[-1] is None else [p for p in paths if p is not None]
