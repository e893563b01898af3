"""Lock files: the version a package manager resolved, where the manifest only states a range.

`package.json` says `"express": "^4.18.0"`; `package-lock.json` says which 4.x is installed.
Each reader scans the lock file line by line for the packages the manifests named (never a
full parse: a lock of many megabytes costs one pass and little memory) and returns, per
package, the locked version with the line it stands on. A lock a reader cannot follow gives
nothing, never an error.

Go needs no lock: since Go 1.17 `go.mod` lists the selected version of every module it uses
(`go.sum` holds checksums of every version ever fetched, not a resolution), so go.mod's
versions are already the resolved ones.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from designer.model.stack import Evidence

LOCKS: dict[str, str] = {
    "package-lock.json": "node",
    "npm-shrinkwrap.json": "node",
    "yarn.lock": "node",
    "pnpm-lock.yaml": "node",
    "poetry.lock": "python",
    "uv.lock": "python",
    "pdm.lock": "python",
    "Pipfile.lock": "python",
    "Gemfile.lock": "ruby",
    "composer.lock": "php",
    "Cargo.lock": "rust",
    "gradle.lockfile": "jvm",
    "packages.lock.json": "dotnet",
}
"""Lock file name → the ecosystem whose manifests it resolves."""

MAX_LOCK_BYTES = 16 * 1024 * 1024
"""Lock files larger than this are not read (a real one of a large monorepo is a few MiB)."""

Wanted = dict[str, str]
"""Package key (as the ecosystem's manifest reader spells it) → the range the manifest states."""

Found = dict[str, tuple[str, int, str]]
"""Package key → (locked version, 1-based line, text of that line)."""


@dataclass(frozen=True)
class Locked:
    """One locked version and where it is written."""

    version: str
    evidence: Evidence


def read_lock(path: str, text: str, wanted: Wanted, member: str = ".") -> dict[str, Locked]:
    """The locked versions of the `wanted` packages in the lock file `path` (its text given).

    `member` is the folder of the manifest relative to the lock's folder: a workspace lock
    (pnpm importers, npm's `packages/api/node_modules/…`) keeps each member's own resolution.
    """
    name = posixpath.basename(path)
    reader = _READERS.get(name)
    if reader is None or not wanted:
        return {}
    lines = text.splitlines()
    try:
        found = reader(lines, wanted, member)
    except (ValueError, IndexError, RecursionError):
        return {}  # a lock this reader cannot follow says nothing
    return {
        key: Locked(version, Evidence(path=path, line=number, text=_clip(line)))
        for key, (version, number, line) in found.items()
        if version
    }


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 160 else text[:159] + "…"


# --- npm (package-lock.json v1–v3, npm-shrinkwrap.json) -------------------------------------

_NPM_KEY = re.compile(r'^    "([^"]*)": \{')
_NPM_VERSION = re.compile(r'^      "version": "([^"]+)"')


def _npm(lines: list[str], wanted: Wanted, member: str) -> Found:
    # v2/v3 list `node_modules/<name>` (hoisted) and `<member>/node_modules/<name>` under
    # "packages"; v1 lists `<name>` under "dependencies". Both sit four spaces deep, with
    # their "version" six spaces deep.
    prefixes = [f"{member}/node_modules/"] if member != "." else []
    prefixes.append("node_modules/")
    found: Found = {}
    rank: dict[str, int] = {}
    current: tuple[str, int] | None = None
    for number, line in enumerate(lines, start=1):
        key = _NPM_KEY.match(line)
        if key:
            current = _npm_package(key.group(1), prefixes, wanted)
            continue
        if current is None:
            continue
        version = _NPM_VERSION.match(line)
        if version:
            package, order = current
            if order < rank.get(package, len(prefixes) + 1):
                found[package] = (version.group(1), number, line)
                rank[package] = order
            current = None
    return found


def _npm_package(key: str, prefixes: list[str], wanted: Wanted) -> tuple[str, int] | None:
    """(package, preference) of a package-lock key, or None when not a wanted package."""
    for order, prefix in enumerate(prefixes):
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            return (rest, order) if rest in wanted else None
    if key in wanted:
        return key, len(prefixes)  # v1: the name alone
    return None


# --- yarn.lock (classic and Berry) ----------------------------------------------------------

_YARN_VERSION = re.compile(r'^  version:? "?([^"\s]+)"?')


def _yarn(lines: list[str], wanted: Wanted, member: str) -> Found:
    found: Found = {}
    exact: set[str] = set()
    current: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        if line and not line[0].isspace() and not line.startswith("#") and line.endswith(":"):
            current = []
            for spec in line[:-1].split(","):
                spec = spec.strip().strip('"')
                at = spec.rfind("@")
                if at <= 0:
                    continue
                package, reference = spec[:at], spec[at + 1 :].removeprefix("npm:")
                if package in wanted:
                    current.append((package, reference))
            continue
        if not current:
            continue
        version = _YARN_VERSION.match(line)
        if version:
            for package, reference in current:
                matches = reference == wanted[package]
                if package not in found or (matches and package not in exact):
                    found[package] = (version.group(1), number, line)
                    if matches:
                        exact.add(package)
            current = []
    return found


# --- pnpm-lock.yaml (v5 to v9) --------------------------------------------------------------

_YAML_KEY = re.compile(r"^( *)('[^']*'|\"[^\"]*\"|[^\s:#][^:]*?):(?:\s+(.*))?$")
_DEPENDENCY_SECTIONS = frozenset({"dependencies", "devDependencies", "optionalDependencies"})


def _pnpm(lines: list[str], wanted: Wanted, member: str) -> Found:
    found: Found = {}
    stack: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        match = _YAML_KEY.match(line)
        if not match:
            continue
        indent, key, value = len(match.group(1)), match.group(2).strip("'\""), match.group(3)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = [k for _, k in stack]
        stack.append((indent, key))
        if path[:1] == ["importers"]:
            if len(path) < 2 or path[1] != member:
                continue
            path = path[2:]
        elif member != "." and path[:1] != ["importers"]:
            continue  # a workspace member is only described under its importer
        if len(path) == 1 and path[0] in _DEPENDENCY_SECTIONS and key in wanted and value:
            found.setdefault(key, (_pnpm_version(value), number, line))  # v5: `name: 1.2.3`
        elif (
            len(path) == 2
            and path[0] in _DEPENDENCY_SECTIONS
            and path[1] in wanted
            and key == "version"
            and value
        ):
            found.setdefault(path[1], (_pnpm_version(value), number, line))
    return found


def _pnpm_version(value: str) -> str:
    """`4.18.2(supports-color@8)` or v5's `4.18.2_react@18` → `4.18.2`."""
    value = value.strip().strip("'\"")
    return re.split(r"[(_]", value, maxsplit=1)[0]


# --- TOML locks: poetry.lock, uv.lock, pdm.lock, Cargo.lock ----------------------------------

_TOML_NAME = re.compile(r'^name = "([^"]+)"')
_TOML_VERSION = re.compile(r'^version = "([^"]+)"')


def _toml_packages(normalise: Callable[[str], str]) -> Callable[[list[str], Wanted, str], Found]:
    def read(lines: list[str], wanted: Wanted, member: str) -> Found:
        found: Found = {}
        current = ""
        for number, line in enumerate(lines, start=1):
            if line.startswith("[["):
                current = ""
                continue
            name = _TOML_NAME.match(line)
            if name:
                key = normalise(name.group(1))
                current = key if key in wanted and key not in found else ""
                continue
            version = _TOML_VERSION.match(line)
            if version and current:
                found[current] = (version.group(1), number, line)
                current = ""
        return found

    return read


def _python_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- Pipfile.lock ---------------------------------------------------------------------------

_PIPFILE_KEY = re.compile(r'^        "([^"]+)": \{')
_PIPFILE_VERSION = re.compile(r'^            "version": "==([^"]+)"')


def _pipfile(lines: list[str], wanted: Wanted, member: str) -> Found:
    found: Found = {}
    current = ""
    for number, line in enumerate(lines, start=1):
        key = _PIPFILE_KEY.match(line)
        if key:
            name = _python_name(key.group(1))
            current = name if name in wanted and name not in found else ""
            continue
        version = _PIPFILE_VERSION.match(line)
        if version and current:
            found[current] = (version.group(1), number, line)
            current = ""
    return found


# --- Gemfile.lock ---------------------------------------------------------------------------

_GEM_SPEC = re.compile(r"^    ([A-Za-z0-9_.-]+) \(([^)]+)\)$")


def _gemfile(lines: list[str], wanted: Wanted, member: str) -> Found:
    found: Found = {}
    for number, line in enumerate(lines, start=1):
        spec = _GEM_SPEC.match(line)
        if spec and spec.group(1) in wanted and spec.group(1) not in found:
            found[spec.group(1)] = (spec.group(2), number, line)
    return found


# --- composer.lock --------------------------------------------------------------------------

_COMPOSER_NAME = re.compile(r'^\s*"name": "([^"]+)"')
_COMPOSER_VERSION = re.compile(r'^\s*"version": "v?([^"]+)"')


def _composer(lines: list[str], wanted: Wanted, member: str) -> Found:
    found: Found = {}
    current = ""
    for number, line in enumerate(lines, start=1):
        name = _COMPOSER_NAME.match(line)
        if name:
            key = name.group(1).lower()
            current = key if key in wanted and key not in found else ""
            continue
        version = _COMPOSER_VERSION.match(line)
        if version and current:
            found[current] = (version.group(1), number, line)
            current = ""
    return found


# --- gradle.lockfile ------------------------------------------------------------------------

_GRADLE_LOCK = re.compile(r"^([^:#\s]+):([^:\s]+):([^=\s]+)=")


def _gradle(lines: list[str], wanted: Wanted, member: str) -> Found:
    found: Found = {}
    for number, line in enumerate(lines, start=1):
        entry = _GRADLE_LOCK.match(line)
        if entry:
            artifact = entry.group(2).lower()
            if artifact in wanted and artifact not in found:
                found[artifact] = (entry.group(3), number, line)
    return found


# --- NuGet packages.lock.json ---------------------------------------------------------------

_NUGET_KEY = re.compile(r'^      "([^"]+)": \{')
_NUGET_RESOLVED = re.compile(r'^        "resolved": "([^"]+)"')


def _nuget(lines: list[str], wanted: Wanted, member: str) -> Found:
    found: Found = {}
    current = ""
    for number, line in enumerate(lines, start=1):
        key = _NUGET_KEY.match(line)
        if key:
            name = key.group(1).lower()
            current = name if name in wanted and name not in found else ""
            continue
        resolved = _NUGET_RESOLVED.match(line)
        if resolved and current:
            found[current] = (resolved.group(1), number, line)
            current = ""
    return found


_READERS: dict[str, Callable[[list[str], Wanted, str], Found]] = {
    "package-lock.json": _npm,
    "npm-shrinkwrap.json": _npm,
    "yarn.lock": _yarn,
    "pnpm-lock.yaml": _pnpm,
    "poetry.lock": _toml_packages(_python_name),
    "uv.lock": _toml_packages(_python_name),
    "pdm.lock": _toml_packages(_python_name),
    "Pipfile.lock": _pipfile,
    "Gemfile.lock": _gemfile,
    "composer.lock": _composer,
    "Cargo.lock": _toml_packages(str.lower),
    "gradle.lockfile": _gradle,
    "packages.lock.json": _nuget,
}


class LockFiles:
    """The lock files of a tree, read on demand (only for folders that are backends) and once.

    `paths` are relative to `root` with `/` separators.
    """

    def __init__(self, root: str, paths: Iterable[str], warnings: list[str]) -> None:
        self.root = root
        self.warnings = warnings
        self.by_folder: dict[str, dict[str, list[str]]] = {}
        """Folder → ecosystem → lock paths in that folder."""
        for path in paths:
            ecosystem = LOCKS.get(posixpath.basename(path))
            if ecosystem is None:
                continue
            folder = posixpath.dirname(path) or "."
            self.by_folder.setdefault(folder, {}).setdefault(ecosystem, []).append(path)
        self._texts: dict[str, str | None] = {}

    def nearest(self, folder: str, ecosystem: str) -> tuple[str, list[str]]:
        """(folder, lock paths) of the nearest folder at or above `folder` holding a lock of
        `ecosystem`, or (folder, []) when none does."""
        current = folder
        while True:
            paths = self.by_folder.get(current, {}).get(ecosystem)
            if paths:
                return current, sorted(paths)
            if current == ".":
                return folder, []
            current = posixpath.dirname(current) or "."

    def versions(self, folder: str, ecosystem: str, wanted: Wanted) -> dict[str, Locked]:
        """Locked versions of `wanted` packages for the manifest folder `folder`."""
        holder, paths = self.nearest(folder, ecosystem)
        member = "." if holder == folder else posixpath.relpath(folder, holder)
        found: dict[str, Locked] = {}
        for path in paths:
            text = self._text(path)
            if text is None:
                continue
            for key, locked in read_lock(path, text, wanted, member).items():
                found.setdefault(key, locked)
        return found

    def _text(self, path: str) -> str | None:
        if path not in self._texts:
            self._texts[path] = self._read(path)
        return self._texts[path]

    def _read(self, relative: str) -> str | None:
        path = os.path.join(self.root, *relative.split("/"))
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError as error:
            self.warnings.append(f"{relative}: cannot be read ({error.strerror or error})")
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return None
            if info.st_size > MAX_LOCK_BYTES:
                size = info.st_size / 1_048_576
                self.warnings.append(f"{relative}: skipped, larger than 16 MiB ({size:.1f} MiB)")
                return None
            chunks, remaining = [], MAX_LOCK_BYTES + 1
            while remaining > 0:
                chunk = os.read(fd, min(remaining, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
        except OSError as error:
            self.warnings.append(f"{relative}: cannot be read ({error.strerror or error})")
            return None
        finally:
            os.close(fd)
        raw = b"".join(chunks)
        if len(raw) > MAX_LOCK_BYTES or b"\x00" in raw[:8192]:
            return None
        return raw.decode("utf-8-sig", errors="replace")
