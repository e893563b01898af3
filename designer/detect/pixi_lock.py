"""pixi.lock: the release of a Python package that a pixi workspace's default environment gets.

A pixi lock is YAML in two parts. `environments:` names, per environment and platform, the
packages it installs, each by the URL it is fetched from (`- pypi: https://…/fastapi-0.136.3-
py3-none-any.whl`, `- conda: https://…/linux-64/python-3.11.15-hd63d673_0_cpython.conda`).
`packages:` then describes each URL once: a PyPI package with its `name:` and `version:`
lines, a conda package (format 6 and later) by its file name alone, `name-version-build`.
Older formats (4 and 5) write `- kind: pypi` or `- kind: conda`, then `name:`, `version:` and
`url:`. A workspace has several environments (one per member, for tests, for docs) that may
resolve a package differently; `pixi install` and `pixi run` use the one named `default`, so
its resolution is the project's. A package that environment does not install is read from
the first entry that names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.detect.signals import LazyPattern

Found = tuple[str, str, tuple[str, str, int], int]
"""(member, package key, (reference, version, 1-based line), offset of that line)."""

DEFAULT = "default"
"""The environment `pixi install` and `pixi run` use when none is named."""

_URL = LazyPattern(r"^ *- (?:conda|pypi): (\S+)[ \t]*$", re.MULTILINE)
"""A package an environment installs, by its URL (or local path)."""

_CONDA_FILE = LazyPattern(r"/([^/\s]+)-([^-/\s]+)-[^-/\s]+\.(?:conda|tar\.bz2)$")
"""A conda package's file name: `name-version-build.conda` (the name may hold `-`)."""


def _name(name: str) -> str:
    """A Python package's name as manifests' readers key it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _default_urls(text: str) -> set[str]:
    """The URLs the default environment installs, on every platform it is locked for."""
    start = text.find("\nenvironments:\n")
    if start == -1:
        return set()
    at = text.find(f"\n  {DEFAULT}:\n", start)
    ends = [i for i in (text.find("\npackages:", start + 1),) if i != -1]
    if at == -1 or (ends and at > ends[0]):
        return set()
    # The environment's block ends at the next key two spaces deep (another environment) or
    # at the next top-level key.
    following = re.compile(r"\n(?:  )?[^\s-]").search(text, at + 1)
    end = following.start() if following else len(text)
    return {found.group(1) for found in _URL.finditer(text, at, end)}


def _entries(text: str) -> Iterator[tuple[str, str, str, int]]:
    """(package key, version, URL, offset of the version's line) of every entry of the
    top-level `packages:` list."""
    start = text.find("\npackages:\n")
    if start == -1:
        return
    # Each entry opens with `- ` at the line's start; its fields follow two spaces deep.
    heads = [m.start() for m in re.finditer(r"\n- ", text[start:])]
    for index, head in enumerate(heads):
        begin = start + head + 1
        end = start + heads[index + 1] if index + 1 < len(heads) else len(text)
        found = _entry(text, begin, end)
        if found is not None:
            yield found


_FIELD = LazyPattern(r"^(?:- |  )(kind|conda|pypi|name|version|url): ?(.*?)[ \t]*$", re.MULTILINE)


def _entry(text: str, begin: int, end: int) -> tuple[str, str, str, int] | None:
    """(key, version, URL, offset of the version's line) of the entry between `begin` and
    `end`, or None when it names no package or no version."""
    fields: dict[str, tuple[str, int]] = {}
    for field in _FIELD.finditer(text, begin, end):
        fields.setdefault(field.group(1), (field.group(2).strip("'\""), field.start()))
    url, url_at = fields.get("pypi") or fields.get("conda") or fields.get("url") or ("", begin)
    name, version, at = fields.get("name", ("", 0))[0], *fields.get("version", ("", 0))
    if (not name or not version) and "conda" in fields:
        # Format 6 writes a conda package's name and version in its file name alone.
        found = _CONDA_FILE.search(url)
        if found is not None:
            name = name or found.group(1)
            if not version:
                version, at = found.group(2), url_at
    if not name or not version:
        return None
    return _name(name), version, url, at


def search(text: str, keys: set[str]) -> Iterator[Found]:
    """The release of each package of `keys` that the default environment installs (else
    the first entry naming it), with the offset of its line; `text` is the lock after a
    line end."""
    default = _default_urls(text)
    chosen: dict[str, tuple[str, int]] = {}
    first: dict[str, tuple[str, int]] = {}
    for key, version, url, at in _entries(text):
        if key not in keys:
            continue
        first.setdefault(key, (version, at))
        if url in default:
            chosen.setdefault(key, (version, at))
    for key in sorted(keys):
        picked = chosen.get(key) or first.get(key)
        if picked is None:
            continue
        version, at = picked
        # `at` is a line's start: the lines before it, the text's first line end among them.
        yield ".", key, ("", version, text.count("\n", 0, at)), at
