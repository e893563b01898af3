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

import fnmatch
import json
import os
import posixpath
import re
import stat
from collections.abc import Callable, Iterable, Iterator

from designer.detect import pixi_lock, poetry_requires, uv_forks
from designer.detect.signals import LazyPattern
from designer.model.stack import Evidence

LOCKS: dict[str, str] = {
    "package-lock.json": "node",
    "npm-shrinkwrap.json": "node",
    "yarn.lock": "node",
    "pnpm-lock.yaml": "node",
    "bun.lock": "node",
    "poetry.lock": "python",
    "uv.lock": "python",
    "pdm.lock": "python",
    "pixi.lock": "python",
    "Pipfile.lock": "python",
    "Gemfile.lock": "ruby",
    "mix.lock": "elixir",
    "luarocks.lock": "lua",
    "rebar.lock": "erlang",
    "composer.lock": "php",
    "Cargo.lock": "rust",
    "gradle.lockfile": "jvm",
    "packages.lock.json": "dotnet",
    "versions.cfg": "python",
}
"""Lock file name → the ecosystem whose manifests it resolves (`versions.cfg` only where a
`buildout.cfg` beside it extends it: `BUILDOUT_VERSIONS`)."""

BUILDOUT_VERSIONS = "versions.cfg"
"""zc.buildout's pins: the `[versions]` section of the file a project's `buildout.cfg`
`extends` (`extends = versions.cfg`), the exact release of each egg `bin/buildout` installs.
A project built with buildout resolves its eggs there, whatever an older `pip freeze` beside
it (a `requirements.txt` of other pins) says; a `versions.cfg` no buildout extends is no
lock."""

_EXTENDS = LazyPattern(r"^extends[ \t]*=((?:[^\n]*\n?)(?:[ \t]+[^\n]*\n?)*)", re.MULTILINE)
"""buildout.cfg's `extends =` option, its value possibly continued on indented lines."""

PIP_LOCK = "requirements.lock"
"""What a pinned requirements list under a lock's name is read as: Rye writes
`requirements.lock` and `requirements-dev.lock`, and projects that compile their pins with
hashes by a script of their own name the result `requirements-ci.lock` and the like."""


MANAGER_LOCKS: dict[str, frozenset[str]] = {
    "npm": frozenset({"package-lock.json", "npm-shrinkwrap.json"}),
    "yarn": frozenset({"yarn.lock"}),
    "pnpm": frozenset({"pnpm-lock.yaml"}),
    "bun": frozenset({"bun.lock"}),
}
"""Node package manager (as package.json's `packageManager` names it) → the locks it writes."""

_MANAGER = LazyPattern(r'^[ \t]*"packageManager"[ \t]*:[ \t]*"([a-z]+)@', re.MULTILINE)
"""package.json's `"packageManager": "yarn@4.7.0"` (Corepack's field)."""


def lock_ecosystem(name: str) -> str | None:
    """The ecosystem whose manifests the lock file named `name` resolves, or None."""
    found = LOCKS.get(name)
    if found is None and name.startswith("requirements") and name.endswith(".lock"):
        return "python"
    return found


def _reader_name(name: str) -> str:
    return PIP_LOCK if name.startswith("requirements") and name.endswith(".lock") else name

MAX_LOCK_BYTES = 16 * 1024 * 1024
"""Lock files larger than this are not read (a real one of a large monorepo is a few MiB)."""

Wanted = dict[str, str]
"""Package key (as the ecosystem's manifest reader spells it) → the range the manifest states."""

Entry = tuple[str, str, int]
"""(the reference a lock records the resolution under, e.g. yarn's `^4.18.0`, or "";
resolved version; 1-based line of the version)."""

Index = dict[tuple[str, str], list[Entry]]
"""(workspace member folder relative to the lock, "." for its own folder; package key) →
its resolutions, in file order."""


class Locked:
    """One locked version and where it is written."""

    __slots__ = ("evidence", "version")
    # Plain classes here: building a dataclass costs a third of a millisecond of every start.

    def __init__(self, version: str, evidence: Evidence) -> None:
        self.version = version
        self.evidence = evidence


class Parsed:
    """A lock file read once: its lines (for evidence) and its index.

    With `search`, the index starts empty and holds the packages asked about so far: each is
    searched for once, when first asked about.
    """

    __slots__ = ("_lines", "hoisted", "index", "search", "searched", "starts", "text")

    def __init__(
        self,
        lines: list[str] | None,
        index: Index,
        hoisted: bool,
        search: Search | None = None,
        text: str = "",
    ) -> None:
        self._lines = lines
        self.index = index
        self.hoisted = hoisted
        """A member's package may be resolved at the lock's root (npm and yarn hoist; a
        pnpm importer lists its own)."""
        self.search = search
        self.searched: set[str] = set()
        self.starts: dict[int, int] = {}
        """Line number → offset in `text` of the lines a search found."""
        self.text = text
        """The lines joined after a line end (each line's start follows one), once searched
        (or from the start, when given instead of `lines`)."""

    @property
    def lines(self) -> list[str]:
        """The lock's lines (split from `text` when it was given instead, on first use)."""
        if self._lines is None:
            self._lines = self.text[1:].split("\n") if self.text else []
        return self._lines

    def line(self, number: int) -> str:
        """The text of the 1-based line `number`."""
        start = self.starts.get(number)
        if start is None:
            return self.lines[number - 1]
        # A searched lock's line, cut from its text where the search found it: a large lock
        # is never split into a list of lines for the few asked about.
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end]

    def include(self, keys: Iterable[str]) -> None:
        """Index the packages `keys` (a searched lock's; a read lock holds every package)."""
        if self.search is None:
            return
        missing = {key for key in keys if key not in self.searched}
        if not missing:
            return
        self.searched |= missing
        if not self.text:
            self.text = "\n" + "\n".join(self.lines)
        for member, key, entry, start in self.search(self.text, missing):
            self.index.setdefault((member, key), []).append(entry)
            if start >= 0:
                self.starts[entry[2]] = start


def parse_lock(path: str, text: str, kind: str = "") -> Parsed | None:
    """Index every package of the lock file `path` (its text given), or None when this is
    not a lock a reader knows or the reader cannot follow it; a lock with a searcher is
    indexed package by package as they are asked about. `kind` names the lock it is read as
    when its own name says nothing (Composer's lock of a manifest under another name)."""
    name = kind or _reader_name(posixpath.basename(path))
    search = _SEARCHERS.get(name)
    if search is not None:
        if any(mark in text for mark in _OTHER_LINE_ENDS):
            return Parsed(text.splitlines(), {}, True, search)
        # Lines end with line ends alone: the text is what its lines joined would be.
        return Parsed(None, {}, True, search, "\n" + text.removesuffix("\n"))
    reader = _READERS.get(name)
    if reader is None:
        return None
    lines = text.splitlines()
    index: Index = {}
    try:
        for member, key, entry in reader(lines):
            index.setdefault((member, key), []).append(entry)
    except (ValueError, IndexError, RecursionError):
        return None  # a lock this reader cannot follow says nothing
    return Parsed(lines, index, name != "pnpm-lock.yaml")


_OTHER_LINE_ENDS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
"""What `str.splitlines` ends a line at besides a line end."""


def lookup(path: str, parsed: Parsed, wanted: Wanted, member: str = ".") -> dict[str, Locked]:
    """The locked versions of the `wanted` packages for the manifest folder `member`."""
    found: dict[str, Locked] = {}
    parsed.include(wanted)
    for key, reference in wanted.items():
        entries = parsed.index.get((member, key))
        if entries is None and parsed.hoisted and member != ".":
            entries = parsed.index.get((".", key))
        if not entries:
            continue
        exact = [e for e in entries if e[0] and e[0] == reference]
        if not exact and len(entries) > 1 and posixpath.basename(path) == "uv.lock":
            # A uv lock forked for Python versions or conflicting groups: the resolution
            # the default install gets (see uv_forks).
            chosen = uv_forks.default_resolution([_table_of(parsed, e[2]) for e in entries])
            exact = [] if chosen is None else [entries[chosen]]
        if not exact and len(entries) > 1:
            # A lock holding several releases (Cargo.lock keeps redis 0.23 for a dependency
            # beside the 0.25 the manifest asks for): the one the manifest's range admits.
            exact = [e for e in entries if _admits(reference, e[1])]
        _, version, number = (exact or entries)[0]
        if version:
            line = parsed.line(number)
            found[key] = Locked(version, Evidence(path=path, line=number, text=_clip(line)))
    return found


def _table_of(parsed: Parsed, number: int) -> str:
    """The rest of the TOML table whose version stands on line `number`: up to the next
    table's header."""
    start = parsed.starts.get(number)
    if start is not None:
        end = parsed.text.find("\n[", start)
        return parsed.text[start:] if end == -1 else parsed.text[start:end]
    rest: list[str] = []
    for line in parsed.lines[number - 1 :]:
        if line.startswith("[") and rest:
            break
        rest.append(line)
    return "\n".join(rest)


_RANGE = LazyPattern(r"^[ \t]*([~^]|[<>=]=?)?[ \t]*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def _admits(reference: str, version: str) -> bool:
    """Whether a version is in the range a manifest states, read the way Cargo and npm read a
    bare or caret requirement (`0.25.2` admits 0.25.x from 0.25.2, `^4.18` admits 4.x from
    4.18) or a tilde one (`~4.18.2` admits 4.18.x from 4.18.2); a requirement it cannot read
    admits everything. The floor counts: a lock left behind by another package manager
    resolves `^14.2.24` to the 14.0.3 of an older declaration, which no install of today's
    manifest gives."""
    match = _RANGE.match(reference)
    if match is None or (match.group(1) or "^") not in ("^", "~", "="):
        return True
    parts = [p for p in match.groups()[1:] if p is not None]
    if match.group(1) == "~":
        kept = parts[:2]
    elif match.group(1) == "=" and len(parts) == 3:
        kept = parts
    else:
        # Caret: up to the first component that is not zero.
        kept = next((parts[: i + 1] for i, p in enumerate(parts) if p != "0"), parts)
    have = version.lstrip("v").split(".")
    return have[: len(kept)] == kept and not _below(have, parts)


def _below(have: list[str], floor: list[str]) -> bool:
    """Whether the release `have` (its dotted parts) is older than the `floor` a range states;
    a part that is not a number (a pre-release suffix aside) compares as equal."""
    for got, least in zip(have, floor, strict=False):
        digits = re.match(r"\d+", got)
        if digits is None:
            return False
        if int(digits.group()) != int(least):
            return int(digits.group()) < int(least)
    return False


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 160 else text[:159] + "…"


Reader = Callable[[list[str]], Iterator[tuple[str, str, Entry]]]
"""Lines of a lock → (member, package key, entry) for every package it resolves."""

Search = Callable[[str, set[str]], Iterator[tuple[str, str, Entry, int]]]
"""Text of a lock (a line end, then its lines joined), package keys → (member, package key,
entry, offset in the text of the entry's line or -1) for those packages alone, each
package's in file order."""


# --- npm (package-lock.json v1–v3, npm-shrinkwrap.json) -------------------------------------

_NPM_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
"""Indentation unit → the package key's line and the line after it that decides it (its
version, or the next key: none), compiled once per unit a lock is written with."""


_INDENTED = LazyPattern(r"\n([ \t]+)\S")
"""The indentation of a lock's first indented line (the second: `"name"` inside the root)."""


def _npm_patterns(text: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a lock indented as its first indented line is: npm writes the lock
    with the package.json's indentation (two spaces, four, or a tab)."""
    first = _INDENTED.search(text)
    unit = first.group(1) if first else "  "
    if unit not in _NPM_PATTERNS:
        key, deeper = re.escape(unit * 2), re.escape(unit)
        _NPM_PATTERNS[unit] = (
            re.compile(rf'{key}"([^"\n]*)": \{{'),
            re.compile(rf'\n{key}(?:"[^"\n]*": \{{|{deeper}"version": "([^"\n]+)")'),
        )
    return _NPM_PATTERNS[unit]


def _npm(text: str, keys: set[str]) -> Iterator[tuple[str, str, Entry]]:
    # v2/v3 list `node_modules/<name>` (hoisted) and `<member>/node_modules/<name>` under
    # "packages"; v1 lists `<name>` under "dependencies". Both sit two indentation units
    # deep (four spaces in most locks), with their "version" one unit deeper. Nested copies
    # (`node_modules/a/node_modules/b`) are some other package's, not the project's.
    # A lock lists hundreds or thousands of packages and a scan asks about a few: each is
    # found by its text (`express": {`, searched in C), not every line looked at in Python.
    patterns = _npm_patterns(text)
    for key in sorted(keys):
        needle = f'{key}": {{'
        number, counted = 0, 0
        at = text.find(needle)
        while at != -1:
            entry = _npm_entry(text, key, at, patterns)
            if entry is not None:
                member, start, version = entry
                number += text.count("\n", counted, start)
                counted = start
                yield member, key, ("", version, number), start
            at = text.find(needle, at + 1)


def _npm_entry(
    text: str, key: str, at: int, patterns: tuple[re.Pattern[str], re.Pattern[str]]
) -> tuple[str, int, str] | None:
    """(member, offset of the version's line, version) of the package line of `key` found
    at offset `at` (`patterns`: the lock's key and next lines), or None when that text is no
    such line or no version follows."""
    package, following = patterns
    line = package.match(text, text.rfind("\n", 0, at) + 1)
    if line is None or line.end(1) != at + len(key):
        return None  # inside another line, or the end of a longer name (`my-express`)
    found = _npm_key(line.group(1))
    if found is None or found[1] != key:
        return None
    version = following.search(text, line.end())
    if version is None or version.group(1) is None:
        return None  # the next package's key came first
    return found[0], version.start() + 1, version.group(1)


_NPM_LOCKS = frozenset({"package-lock.json", "npm-shrinkwrap.json"})

_REQUIREMENT = LazyPattern(r'[ \t]*"([^"\n]+)": "([^"\n]*)",?[ \t]*')
"""One line of a lock entry's `"dependencies"` object: `"knex": "^3.1.0",`."""


def _npm_requirements(
    text: str, key: str, path: str, section: str = "dependencies"
) -> list[tuple[str, str, Evidence]]:
    """The lines of the `section` object (`"dependencies"`, a version 1 lock's `"requires"`)
    of the lock entry `key` (`node_modules/engine`) in `text` (the lock after a line end),
    each with its line as evidence: the lines indented deeper than the entry's key, up to the
    entry's closing brace."""
    indent = _indent_of(text)
    at = text.find(f'\n{indent}"{key}": {{')
    if at == -1:
        return []
    found: list[tuple[str, str, Evidence]] = []
    number = text.count("\n", 0, at + 1)
    # An entry's key sits two levels deep (`packages` or `dependencies`, then the key): its
    # own sections one level further, half as much indentation again.
    depth = len(indent) * 3 // 2
    inside = False
    for line in text[at + 1 :].split("\n", 400)[1:400]:
        number += 1
        stripped = line.strip()
        if not inside:
            # The entry's own section, one level under its key: not a nested copy's (a
            # version 1 entry's `"dependencies"` holds packages with `"requires"` of their own).
            if stripped == f'"{section}": {{' and len(line) - len(stripped) == depth:
                inside = True
            elif stripped.startswith("}") and len(line) - len(line.lstrip()) <= len(indent):
                return found  # the entry closed with no dependencies
            continue
        if stripped.startswith("}"):
            return found
        match = _REQUIREMENT.fullmatch(line)
        if match:
            evidence = Evidence(path=path, line=number, text=_clip(line))
            found.append((match.group(1), match.group(2), evidence))
    return found


def _npm_version(text: str, key: str, path: str) -> Locked | None:
    """The version of the package-lock entry `key` (`node_modules/a/node_modules/b`) in `text`
    (the lock after a line end), with its line as evidence; None when there is no such
    entry or no version follows its key."""
    at = text.find(f'\n{_indent_of(text)}"{key}": {{')
    if at == -1:
        return None
    found = _npm_patterns(text)[1].search(text, text.find("\n", at + 1))
    if found is None or found.group(1) is None:
        return None
    number = text.count("\n", 0, found.start() + 1)
    line = text[found.start() + 1 : text.find("\n", found.start() + 1)]
    return Locked(found.group(1), Evidence(path=path, line=number, text=_clip(line)))


def _indent_of(text: str) -> str:
    """The indentation of a package-lock's package keys: two units of its first indented
    line's (npm writes `"packages"` one unit deep and each key one unit under it)."""
    first = _INDENTED.search(text)
    return (first.group(1) if first else "  ") * 2


def _npm_key(key: str) -> tuple[str, str] | None:
    """(member, package) of a package-lock key, or None for the root or a nested copy."""
    if not key:
        return None
    head, marker, name = key.rpartition("node_modules/")
    if not marker:
        return ".", key  # v1: the name alone
    head = head.rstrip("/")
    if "node_modules" in head:
        return None
    return head or ".", name


# --- yarn.lock (classic and Berry) ----------------------------------------------------------

_YARN_VERSION = LazyPattern(r'^  version:? "?([^"\s]+)"?')


def _yarn_header(line: str) -> list[tuple[str, str]] | None:
    """The (package, range) pairs an entry's header line names (`"a@^1", a@~1.2:`, Berry's
    `"express@npm:^5.2.1":`), or None for a line that is no header."""
    if not line or line[0].isspace() or line.startswith("#") or not line.endswith(":"):
        return None
    pairs: list[tuple[str, str]] = []
    for spec in line[:-1].split(","):
        spec = spec.strip().strip('"')
        at = spec.rfind("@")
        if at > 0:
            pairs.append((spec[:at], spec[at + 1 :].removeprefix("npm:")))
    return pairs


def _yarn(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    current: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        header = _yarn_header(line)
        if header is not None:
            current = header
            continue
        if not current:
            continue
        version = _YARN_VERSION.match(line)
        if version:
            for package, reference in current:
                yield ".", package, (reference, version.group(1), number)
            current = []


YarnIndex = tuple[dict[str, int], dict[tuple[str, str], str]]
"""Where each package's first entry starts in a yarn.lock (its header's index among the lines),
and the release each (package, range) resolves to."""

_YARN_REQUIREMENT = LazyPattern(r'^    "?(@?[^"\s:]+)"?:?[ \t]+"?([^"\s]+)"?[ \t]*$')
"""One line of an entry's `dependencies:` (Berry's `    express: "npm:^5.2.1"`, classic's
`    "@babel/core" "^7.0.0"`)."""


def _yarn_index(lines: list[str]) -> YarnIndex:
    """The entries of a yarn.lock (classic or Berry): where each package's first one starts,
    and what each of its ranges resolves to."""
    starts: dict[str, int] = {}
    versions: dict[tuple[str, str], str] = {}
    current: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        header = _yarn_header(line)
        if header is not None:
            current = header
            for package, _ in header:
                starts.setdefault(package.lower(), index)
            continue
        if current:
            version = _YARN_VERSION.match(line)
            if version:
                for package, reference in current:
                    versions[(package, reference)] = version.group(1)
                current = []
    return starts, versions


def _yarn_requirements(
    lines: list[str], index: YarnIndex, package: str, path: str
) -> list[tuple[str, str, Evidence]]:
    """The `dependencies:` of the first entry of `package` in a yarn.lock, each with the
    release its range resolves to in the same lock (as a pnpm lock records releases), else
    the range, and its line as evidence."""
    starts, versions = index
    start = starts.get(package.lower())
    if start is None:
        return []
    found: list[tuple[str, str, Evidence]] = []
    inside = False
    for number in range(start + 1, len(lines)):
        line = lines[number]
        if line and not line[0].isspace():
            break  # the next entry
        if not inside:
            inside = line.rstrip() == "  dependencies:"
            continue
        match = _YARN_REQUIREMENT.match(line)
        if match is None:
            break  # the section ended
        name, wanted = match.group(1), match.group(2).removeprefix("npm:")
        evidence = Evidence(path=path, line=number + 1, text=_clip(line.strip()))
        found.append((name, versions.get((name, wanted), wanted), evidence))
    return found


# --- pnpm-lock.yaml (v5 to v9) --------------------------------------------------------------

_YAML_KEY = LazyPattern(r"^( *)('[^']*'|\"[^\"]*\"|[^\s:#][^:]*?):(?:\s+(.*))?$")
_DEPENDENCY_SECTIONS = frozenset({"dependencies", "devDependencies", "optionalDependencies"})


def _pnpm(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    stack: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line or line[0] == "#":
            continue
        match = _YAML_KEY.match(line)
        if not match:
            continue
        indent, key, value = len(match.group(1)), match.group(2).strip("'\""), match.group(3)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = [k for _, k in stack]
        stack.append((indent, key))
        member = "."
        if path[:1] == ["importers"]:
            if len(path) < 2:
                continue
            member, path = path[1], path[2:]
        if len(path) == 1 and path[0] in _DEPENDENCY_SECTIONS and value:
            yield member, key, ("", _pnpm_version(value), number)  # v5: `name: 1.2.3`
        elif len(path) == 2 and path[0] in _DEPENDENCY_SECTIONS and key == "version" and value:
            yield member, path[1], ("", _pnpm_version(value), number)


def _pnpm_version(value: str) -> str:
    """`4.18.2(supports-color@8)` or v5's `4.18.2_react@18` → `4.18.2`."""
    value = value.strip().strip("'\"")
    return re.split(r"[(_]", value, maxsplit=1)[0]


_PNPM_ENTRY = LazyPattern(r"^  ['\"]?/?((?:@[^/@'\"]+/)?[^/@'\"]+)[@/]([^(_:'\"]+)")
"""A package's key under `snapshots:` (v9: `'@scope/name@1.2.3(peer@4)':`) or `packages:`
(v6 to v8: `/name@1.2.3(peer@4):`; v5: `/@scope/name/1.2.3_peer@4:`): its name and release."""

_PNPM_REQUIREMENT = LazyPattern(r"^      ('[^']+'|\"[^\"]+\"|[^\s:'\"]+):[ \t]+(\S+)[ \t]*$")
"""One line of an entry's `dependencies:` (`      '@prisma/client': 7.8.0(typescript@5.9.3)`)."""


def _pnpm_requirements(
    lines: list[str], package: str, path: str, version: str
) -> list[tuple[str, str, Evidence]]:
    """The `dependencies:` lines of the entry of `package` in a pnpm lock (the release
    `version` the importer resolves when it has several), each with its line as evidence;
    v9 keeps them under `snapshots:`, earlier versions under `packages:`."""
    found: list[tuple[str, str, Evidence]] = []
    section = ""
    entry = False
    inside = False
    for number, line in enumerate(lines, start=1):
        if line[:1] not in ("", " "):
            section = line.rstrip().rstrip(":")
            entry = inside = False
            continue
        if section not in ("snapshots", "packages"):
            continue
        if line.startswith("  ") and line[2:3] not in (" ", ""):
            if found:
                return found  # the entry's requirements end with the next entry
            key = _PNPM_ENTRY.match(line)
            entry = (
                key is not None
                and key.group(1) == package
                and (not version or key.group(2) == version)
            )
            inside = False
        elif entry and line.startswith("    ") and line[4:5] not in (" ", ""):
            inside = line.strip() in ("dependencies:", "optionalDependencies:")
        elif inside:
            requirement = _PNPM_REQUIREMENT.match(line)
            if requirement is not None:
                evidence = Evidence(path=path, line=number, text=_clip(line))
                name = requirement.group(1).strip("'\"")
                found.append((name, _pnpm_version(requirement.group(2)), evidence))
    return found


# --- bun.lock (Bun 1.2's text lock) ---------------------------------------------------------

_BUN_PACKAGE = LazyPattern(r'^    "([^"]+)": \[[ \t]*"((?:@[^@"/]+/)?[^@"]+)@([^"]+)"')


def _bun(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    # "packages" maps each package, hoisted, to `["name@version", …]`, four spaces deep; a
    # key that is not the name itself (`parent/name`) is a nested copy some other package
    # needs, and a `workspace:` or `file:` resolution is no release.
    for number, line in enumerate(lines, start=1):
        match = _BUN_PACKAGE.match(line)
        if match and match.group(1) == match.group(2) and match.group(3)[:1].isdigit():
            yield ".", match.group(1), ("", match.group(3), number)


# --- TOML locks: poetry.lock, uv.lock, pdm.lock, Cargo.lock ----------------------------------

_TOML_NAME = LazyPattern(r'^name = "([^"]+)"')
_TOML_VERSION = LazyPattern(r'^version = "([^"]+)"')


def _toml_packages(normalise: Callable[[str], str]) -> Reader:
    def read(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
        current = ""
        for number, line in enumerate(lines, start=1):
            if line.startswith("[["):
                current = ""
                continue
            # String tests first: most lines are neither (see `_npm`).
            name = _TOML_NAME.match(line) if line.startswith('name = "') else None
            if name:
                current = normalise(name.group(1))
                continue
            if not current or not line.startswith('version = "'):
                continue
            version = _TOML_VERSION.match(line)
            if version:
                yield ".", current, ("", version.group(1), number)
                current = ""

    return read


def _python_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


_TOML_NEXT = LazyPattern(r'\n(?:\[\[|name = "[^"\n]+"|version = "([^"\n]+)")')
"""The line after a package's name that decides it: its version, or the next table or name."""


def _toml_search(normalise: Callable[[str], str], separators: bool) -> Search:
    """Search a TOML lock (read by `_toml_packages(normalise)`) for the packages asked about,
    in one pass: a pattern of every name that `normalise` turns into one of their keys (any
    case of its letters; with `separators`, any run of `-`, `_` and `.` for each `-`)."""
    read = _toml_packages(normalise)

    def search(text: str, keys: set[str]) -> Iterator[tuple[str, str, Entry]]:
        if not text.isascii():
            # A name outside ASCII may lower-case into one (the Kelvin sign into `k`): the
            # pattern would miss it, so such a lock is read whole.
            for member, key, entry in read(text[1:].split("\n")):
                if key in keys:
                    yield member, key, entry, -1
            return
        # Only a normalised key is ever a name's (the reader keys names so).
        spelled = [
            "".join(_spelling(char, separators) for char in key)
            for key in sorted(keys)
            if key.isascii() and normalise(key) == key and '"' not in key
        ]
        if not spelled:
            return
        number, counted = 0, 0
        for name in re.finditer(f'\nname = "({"|".join(spelled)})"', text):
            version = _TOML_NEXT.search(text, name.end())
            if version is None or version.group(1) is None:
                continue  # the next package, or another name, came first
            start = version.start() + 1
            number += text.count("\n", counted, start)
            counted = start
            yield ".", normalise(name.group(1)), ("", version.group(1), number), start

    return search


def _spelling(char: str, separators: bool) -> str:
    """A pattern of what a character of a normalised key may have been in a name."""
    if separators and char == "-":
        return "[-_.]+"
    if "a" <= char <= "z":
        return f"[{char}{char.upper()}]"
    return re.escape(char)


# --- Pipfile.lock ---------------------------------------------------------------------------

_PIPFILE_KEY = LazyPattern(r'^        "([^"]+)": \{')
_PIPFILE_VERSION = LazyPattern(r'^            "version": "==([^"]+)"')


def _pipfile(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    current = ""
    for number, line in enumerate(lines, start=1):
        key = _PIPFILE_KEY.match(line)
        if key:
            current = _python_name(key.group(1))
            continue
        version = _PIPFILE_VERSION.match(line)
        if version and current:
            yield ".", current, ("", version.group(1), number)
            current = ""


# --- requirements.lock (pip's pinned list) --------------------------------------------------

_PIN = LazyPattern(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]\n]*\])?\s*===?\s*([^\s;#\\]+)")
"""`sanic==25.12.1 --hash=…`, `uvicorn[standard]==0.30.1 ; python_version >= "3.9"`."""


def _pip_pins(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    for number, line in enumerate(lines, start=1):
        pin = _PIN.match(line)
        if pin:
            yield ".", _python_name(pin.group(1)), ("", pin.group(2), number)


# --- versions.cfg (zc.buildout's pins) -------------------------------------------------------

_BUILDOUT_PIN = LazyPattern(r"^([A-Za-z0-9][A-Za-z0-9._-]*)[ \t]*=[ \t]*([0-9][^\s;#]*)[ \t]*$")
"""`pyramid = 1.6.1` under `[versions]`."""


def _buildout(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    section = ""
    for number, line in enumerate(lines, start=1):
        if line.startswith("["):
            section = line.strip()
            continue
        if section != "[versions]":
            continue
        pin = _BUILDOUT_PIN.match(line)
        if pin:
            yield ".", _python_name(pin.group(1)), ("", pin.group(2), number)


# --- Gemfile.lock ---------------------------------------------------------------------------

_GEM_SPEC = LazyPattern(r"^    ([A-Za-z0-9_.-]+) \(([^)]+)\)$")


def _gemfile(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    for number, line in enumerate(lines, start=1):
        spec = _GEM_SPEC.match(line)
        if spec:
            yield ".", spec.group(1), ("", spec.group(2), number)


_GEM_REQUIREMENT = LazyPattern(r"^      ([A-Za-z0-9_.-]+)(?: \(([^)]*)\))?$")
"""A requirement under a gem's spec, two spaces deeper (`      rails (~> 7.2.3.1)`, `      pg`)."""


def _gem_requirements(lines: list[str], gem: str, path: str) -> list[tuple[str, str, Evidence]]:
    """The requirement lines under the spec of `gem` (`    engine (0.1.0)` in a GIT, PATH or
    GEM section), each with its line as evidence."""
    found: list[tuple[str, str, Evidence]] = []
    inside = False
    for number, line in enumerate(lines, start=1):
        if not inside:
            spec = _GEM_SPEC.match(line)
            inside = spec is not None and spec.group(1) == gem
            continue
        requirement = _GEM_REQUIREMENT.match(line)
        if requirement is None:
            return found  # the next spec, or the section's end
        evidence = Evidence(path=path, line=number, text=_clip(line))
        found.append((requirement.group(1), requirement.group(2) or "", evidence))
    return found


_GEM_SECTION = LazyPattern(r"^([A-Z]+)$")
_GEM_REMOTE = LazyPattern(r"^  remote: (\S+)$")


def _gem_git_remotes(lines: list[str]) -> dict[str, str]:
    """Gem → the `remote:` of the GIT section of a Gemfile.lock whose specs hold it (the
    repository Bundler checked it out of); gems of GEM and PATH sections are not listed."""
    remotes: dict[str, str] = {}
    section, remote = "", ""
    for line in lines:
        header = _GEM_SECTION.match(line)
        if header:
            section, remote = header.group(1), ""
            continue
        found = _GEM_REMOTE.match(line)
        if found:
            remote = found.group(1)
            continue
        spec = _GEM_SPEC.match(line)
        if spec and section == "GIT" and remote:
            remotes.setdefault(spec.group(1), remote)
    return remotes


# --- mix.lock -------------------------------------------------------------------------------

_MIX_SPEC = LazyPattern(r'^  "([\w-]+)": \{:hex, :[\w-]+, "([^"]+)"')
"""A hex package's entry (`"phoenix": {:hex, :phoenix, "1.8.9", "…", [:mix], …}`); git and
path dependencies record no release."""


def _mix(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    for number, line in enumerate(lines, start=1):
        spec = _MIX_SPEC.match(line)
        if spec:
            yield ".", spec.group(1), ("", spec.group(2), number)


# --- luarocks.lock --------------------------------------------------------------------------

_LUAROCKS_SPEC = LazyPattern(r'^\s*(?:\["([^"]+)"\]|([\w.-]+))\s*=\s*"([^"]+)-\d+"')
"""A rock's entry in the lock's `dependencies` table (`lapis = "1.16.0-1"`, `["lua-resty-http"]
= "0.17.2-0"`): the release, without the rockspec's revision after the last dash."""


def _luarocks(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    for number, line in enumerate(lines, start=1):
        spec = _LUAROCKS_SPEC.match(line)
        if spec:
            yield ".", (spec.group(1) or spec.group(2)).lower(), ("", spec.group(3), number)


# --- rebar.lock -----------------------------------------------------------------------------

_REBAR_NAME = LazyPattern(r'\{<<"([\w-]+)">>,')
_REBAR_PKG = LazyPattern(r'\{pkg,\s*<<"[\w-]+">>,\s*<<"([^"]+)">>')
_REBAR_GIT = LazyPattern(r"\{git,")
"""An application's entry (`{<<"cowboy">>,{pkg,<<"cowboy">>,<<"2.10.0">>},0}`, its name and
its hex release on one line or two); a git dependency's (`{git,Url,{ref,"8e31…"}}`) records
no release: indexed with an empty version, which `lookup` never reports but `unreleased`
does (the application is installed, at no release)."""


_UNRELEASED = frozenset({"rebar.lock"})
"""Locks whose readers index a git dependency with an empty version (see `LockFiles.
unreleased`)."""


def _rebar(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    current, start = "", 0
    for number, line in enumerate(lines, start=1):
        name = _REBAR_NAME.search(line)
        if name:
            current, start = name.group(1), number
        spec = _REBAR_PKG.search(line)
        if spec and current:
            yield ".", current, ("", spec.group(1), number)
            current = ""
        elif current and _REBAR_GIT.search(line):
            yield ".", current, ("", "", start)
            current = ""


# --- composer.lock --------------------------------------------------------------------------

_COMPOSER_NAME = LazyPattern(r'^\s*"name": "([^"]+)"')
_COMPOSER_VERSION = LazyPattern(r'^\s*"version": "v?([^"]+)"')


def _composer(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    current = ""
    for number, line in enumerate(lines, start=1):
        name = _COMPOSER_NAME.match(line)
        if name:
            current = name.group(1).lower()
            continue
        version = _COMPOSER_VERSION.match(line)
        if version and current:
            yield ".", current, ("", version.group(1), number)
            current = ""


# --- gradle.lockfile ------------------------------------------------------------------------

_GRADLE_LOCK = LazyPattern(r"^([^:#\s]+):([^:\s]+):([^=\s]+)=")


def _gradle(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    for number, line in enumerate(lines, start=1):
        entry = _GRADLE_LOCK.match(line)
        if entry:
            yield ".", entry.group(2).lower(), ("", entry.group(3), number)


# --- NuGet packages.lock.json ---------------------------------------------------------------

_NUGET_KEY = LazyPattern(r'^      "([^"]+)": \{')
_NUGET_RESOLVED = LazyPattern(r'^        "resolved": "([^"]+)"')


def _nuget(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    current = ""
    for number, line in enumerate(lines, start=1):
        key = _NUGET_KEY.match(line)
        if key:
            current = key.group(1).lower()
            continue
        resolved = _NUGET_RESOLVED.match(line)
        if resolved and current:
            yield ".", current, ("", resolved.group(1), number)
            current = ""


_SEARCHERS: dict[str, Search] = {
    "package-lock.json": _npm,
    "npm-shrinkwrap.json": _npm,
    "poetry.lock": _toml_search(_python_name, separators=True),
    "uv.lock": _toml_search(_python_name, separators=True),
    "pdm.lock": _toml_search(_python_name, separators=True),
    "Cargo.lock": _toml_search(str.lower, separators=False),
    "pixi.lock": pixi_lock.search,
}
"""Locks searched for the packages asked about (their text, after a line end) rather than
read whole."""

_READERS: dict[str, Reader] = {
    "yarn.lock": _yarn,
    "pnpm-lock.yaml": _pnpm,
    "bun.lock": _bun,
    "Pipfile.lock": _pipfile,
    PIP_LOCK: _pip_pins,
    "Gemfile.lock": _gemfile,
    "mix.lock": _mix,
    "luarocks.lock": _luarocks,
    "rebar.lock": _rebar,
    "composer.lock": _composer,
    "gradle.lockfile": _gradle,
    "packages.lock.json": _nuget,
    BUILDOUT_VERSIONS: _buildout,
}


def _lists_member(path: str, parsed: Parsed, member: str) -> bool:
    """Whether the lock `path` resolves the packages of the manifest folder `member` (a path
    from the lock's folder, "." for its own) by what it lists. An npm lock of version 2 or
    later lists every folder it installs under `"packages"` (a workspace member as
    `"packages/api": {`, its own copies as `"packages/api/node_modules/…"`): a nested package
    it does not list has no install there (a tool folder with a package.json of its own and
    no lock), and the releases the lock resolves are the root's, which that package does not
    share. A lock of another kind, or of version 1 (no `"packages"`), says nothing of its
    members: it holds them all."""
    if member == "." or posixpath.basename(path) not in _NPM_LOCKS:
        return True
    if not parsed.text:
        parsed.text = "\n" + "\n".join(parsed.lines)
    indent = _indent_of(parsed.text)
    if f'\n{indent[: len(indent) // 2]}"packages": {{' not in parsed.text:
        return True
    listed = f'\n{indent}"{member}'
    return f'{listed}": {{' in parsed.text or f"{listed}/node_modules/" in parsed.text


_MIX_LOCKFILE = re.compile(r'^\s*lockfile:\s*"([^"\n]+)"', re.MULTILINE)
"""mix.exs's `lockfile: "../../mix.lock"` option (umbrella apps name the umbrella's lock)."""


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
            ecosystem = lock_ecosystem(posixpath.basename(path))
            if ecosystem is None:
                continue
            folder = posixpath.dirname(path) or "."
            if posixpath.basename(path) == BUILDOUT_VERSIONS and not self._extended(folder):
                continue
            self.by_folder.setdefault(folder, {}).setdefault(ecosystem, []).append(path)
        self._cache: dict[str, Parsed | None] = {}
        self._managers: dict[str, str] = {}
        self._git_remotes: dict[str, dict[str, str]] = {}
        """Gemfile.lock path → gem → the git repository it is checked out of."""
        """Folder → the package manager its package.json names ("" when none)."""
        self._yarn_indexes: dict[str, YarnIndex] = {}
        """yarn.lock path → its entries (`_yarn_index`), built when first asked."""

    def _extended(self, folder: str) -> bool:
        """Whether the `buildout.cfg` of `folder` extends the `versions.cfg` beside it."""
        config = "buildout.cfg" if folder == "." else posixpath.join(folder, "buildout.cfg")
        try:
            with open(os.path.join(self.root, *config.split("/")), encoding="utf-8") as handle:
                text = handle.read(65536)
        except (OSError, UnicodeDecodeError):
            return False
        found = _EXTENDS.search(text)
        return found is not None and BUILDOUT_VERSIONS in found.group(1).split()

    def holders(self, folder: str, ecosystem: str) -> Iterator[tuple[str, list[str]]]:
        """(folder, lock paths) of the folders at or above `folder` holding a lock of
        `ecosystem`, nearest first."""
        current = folder
        elsewhere = self._mix_lockfile(folder) if ecosystem == "elixir" else None
        while True:
            paths = self.by_folder.get(current, {}).get(ecosystem)
            if elsewhere is not None:
                paths = [path for path in paths or [] if path == elsewhere]
            if paths:
                yield current, self._in_use_first(current, sorted(paths))
            if current == ".":
                return
            current = posixpath.dirname(current) or "."

    def versions(
        self, folder: str, ecosystem: str, wanted: Wanted, above: bool = True
    ) -> dict[str, Locked]:
        """Locked versions of `wanted` packages for the manifest folder `folder`: the nearest
        lock's, unless the range the manifest states does not admit it (a stale lock left in
        a workspace member, whose packages the workspace's lock resolves): then the first
        lock further up that resolves an admitted release. Without `above`, only a lock in
        `folder` itself counts."""
        found: dict[str, Locked] = {}
        for holder, paths in self.holders(folder, ecosystem):
            if not above and holder != folder:
                break
            member = "." if holder == folder else posixpath.relpath(folder, holder)
            for path in paths:
                parsed = self._parsed(path)
                if parsed is None or not self._holds(holder, path, parsed, member):
                    continue
                for key, locked in lookup(path, parsed, wanted, member).items():
                    if key not in found or (
                        not _admits(wanted[key], found[key].version)
                        and _admits(wanted[key], locked.version)
                    ):
                        found[key] = locked
            if all(_admits(wanted[key], locked.version) for key, locked in found.items()):
                break
        return found

    def unreleased(self, folder: str, ecosystem: str, package: str) -> Evidence | None:
        """The line of the nearest lock of `folder` that installs `package` at no release (a
        rebar.lock's git dependency, pinned by commit), or None. Only the locks whose readers
        index such entries on purpose (`_UNRELEASED`): another's entry without a version (an
        npm lock's link to a workspace folder) installs no package at all."""
        for holder, paths in self.holders(folder, ecosystem):
            member = "." if holder == folder else posixpath.relpath(folder, holder)
            for path in paths:
                if posixpath.basename(path) not in _UNRELEASED:
                    continue
                parsed = self._parsed(path)
                if parsed is None or not self._holds(holder, path, parsed, member):
                    continue
                parsed.include((package,))
                entries = parsed.index.get((member, package)) or (
                    parsed.index.get((".", package)) if parsed.hoisted else None
                )
                for _, version, number in entries or ():
                    if not version:
                        return Evidence(path=path, line=number, text=_clip(parsed.line(number)))
            return None
        return None

    def requirements(
        self, folder: str, ecosystem: str, package: str
    ) -> list[tuple[str, str, Evidence]]:
        """What the nearest npm, pnpm or yarn lock, Gemfile.lock or poetry.lock of `folder`
        records that `package` requires at run time (its entry's `"dependencies"`, a pnpm or
        yarn entry's `dependencies:`, the requirement lines under a gem's spec, a Poetry package's
        dependencies table when its source is outside the tree: name, range, the line as
        evidence); nothing from a lock of another kind or one that does not hold the
        package."""
        for holder, paths in self.holders(folder, ecosystem):
            member = "" if holder == folder else posixpath.relpath(folder, holder) + "/"
            for path in paths:
                name = posixpath.basename(path)
                if name not in _NPM_LOCKS and name not in (
                    "Gemfile.lock", "poetry.lock", "pnpm-lock.yaml", "yarn.lock"
                ):
                    continue
                parsed = self._parsed(path)
                if parsed is None or not self._holds(
                    holder, path, parsed, member.rstrip("/") or "."
                ):
                    continue
                if name == "pnpm-lock.yaml":
                    # The importer's own resolution picks the entry among several releases.
                    importer = member.rstrip("/") or "."
                    entries = parsed.index.get((importer, package), [])
                    version = entries[0][1] if entries else ""
                    found = _pnpm_requirements(parsed.lines, package, path, version)
                    if found:
                        return found
                    continue
                if name == "yarn.lock":
                    if path not in self._yarn_indexes:
                        self._yarn_indexes[path] = _yarn_index(parsed.lines)
                    found = _yarn_requirements(
                        parsed.lines, self._yarn_indexes[path], package, path
                    )
                    if found:
                        return found
                    continue
                if name == "poetry.lock":
                    found = poetry_requires.requirements(parsed.lines, package, path, self._has)
                    if found:
                        return found
                    continue
                if name == "Gemfile.lock":
                    found = _gem_requirements(parsed.lines, package, path)
                    if found:
                        return found
                    continue
                if not parsed.text:
                    parsed.text = "\n" + "\n".join(parsed.lines)
                keys = [(f"{member}node_modules/{package}", "dependencies")]
                keys.append((f"node_modules/{package}", "dependencies"))
                if not member:
                    # A version 1 lock (npm 6) keys its packages by name under `"dependencies"`
                    # and lists what each requires under `"requires"`.
                    keys.append((package, "requires"))
                for key, section in keys:
                    found = _npm_requirements(parsed.text, key, path, section)
                    if found:
                        return found
            return []
        return []

    def gem_git_remote(self, folder: str, gem: str) -> str:
        """The repository the nearest Gemfile.lock of `folder` records `gem` checked out of
        (its GIT section's `remote:`), or "" when that lock installs it otherwise or not."""
        for _, paths in self.holders(folder, "ruby"):
            for path in paths:
                if posixpath.basename(path) != "Gemfile.lock":
                    continue
                if path not in self._git_remotes:
                    parsed = self._parsed(path)
                    lines = parsed.lines if parsed is not None else []
                    self._git_remotes[path] = _gem_git_remotes(lines)
                return self._git_remotes[path].get(gem, "")
        return ""

    def _holds(self, holder: str, path: str, parsed: Parsed, member: str) -> bool:
        """Whether the lock `path` in the folder `holder` resolves the packages of `member`
        (a path from `holder`): it lists the folder (`_lists_member`), or the package.json
        beside it names the folder among its workspaces (`"workspaces": ["services/*"]`)."""
        if _lists_member(path, parsed, member):
            return True
        if self._nx_project(holder, member):
            return True
        manifest = posixpath.join(holder, "package.json") if holder != "." else "package.json"
        if not os.path.isfile(os.path.join(self.root, *manifest.split("/"))):
            return False
        try:
            data = json.loads(self._read(manifest) or "")
        except ValueError:
            return False
        workspaces = data.get("workspaces") if isinstance(data, dict) else None
        if isinstance(workspaces, dict):
            workspaces = workspaces.get("packages")  # yarn's `{"packages": [...], "nohoist"}`
        if not isinstance(workspaces, list):
            return False
        return any(
            isinstance(glob, str)
            and fnmatch.fnmatchcase(member, glob.removeprefix("./").rstrip("/"))
            for glob in workspaces
        )

    def resolved_under(
        self, folder: str, ecosystem: str, lender: str, package: str
    ) -> Locked | None:
        """The release of `package` that the package `lender` gets, as the nearest npm lock of
        `folder` records it: `lender`'s own nested copy (`node_modules/lender/node_modules/
        package`) when npm installed one apart from the hoisted release, else the hoisted
        one; None from a lock of another kind or one that holds neither."""
        for holder, paths in self.holders(folder, ecosystem):
            member = "" if holder == folder else posixpath.relpath(folder, holder) + "/"
            for path in paths:
                if posixpath.basename(path) not in _NPM_LOCKS:
                    continue
                parsed = self._parsed(path)
                holds = member.rstrip("/") or "."
                if parsed is None or not self._holds(holder, path, parsed, holds):
                    continue  # an ancestor's lock that does not install this package
                if not parsed.text:
                    parsed.text = "\n" + "\n".join(parsed.lines)
                keys = (
                    f"{member}node_modules/{lender}/node_modules/{package}",
                    f"node_modules/{lender}/node_modules/{package}",
                    f"{member}node_modules/{package}",
                    f"node_modules/{package}",
                )
                for key in dict.fromkeys(keys):
                    found = _npm_version(parsed.text, key, path)
                    if found is not None:
                        return found
            return None
        return None

    def _in_use_first(self, folder: str, paths: list[str]) -> list[str]:
        """`paths` (the locks of one folder) with the lock of the Node package manager the
        folder's package.json names in `packageManager` first: a project that moved to Yarn
        or pnpm may keep the package-lock.json of its npm days beside the lock it installs
        from, and Corepack runs only the manager that field names."""
        if len(paths) < 2:
            return paths
        if folder not in self._managers:
            manager = ""
            manifest = posixpath.join(folder, "package.json") if folder != "." else "package.json"
            if os.path.isfile(os.path.join(self.root, *manifest.split("/"))):
                found = _MANAGER.search(self._read(manifest) or "")
                manager = found.group(1) if found else ""
            self._managers[folder] = manager
        written = MANAGER_LOCKS.get(self._managers[folder])
        if not written:
            return paths
        return sorted(paths, key=lambda path: posixpath.basename(path) not in written)

    def _mix_lockfile(self, folder: str) -> str | None:
        """The lock `folder`'s mix.exs names with `lockfile: "../../mix.lock"` (an umbrella
        app's, which Mix reads instead of any mix.lock left in the app's own folder), as a path
        from the tree's root; None when it names none or one outside the tree."""
        manifest = posixpath.join(folder, "mix.exs") if folder != "." else "mix.exs"
        if not os.path.isfile(os.path.join(self.root, *manifest.split("/"))):
            return None
        found = _MIX_LOCKFILE.search(self._read(manifest) or "")
        if not found:
            return None
        path = posixpath.normpath(posixpath.join(folder, found.group(1)))
        return None if path.startswith("..") else path

    def _nx_project(self, holder: str, member: str) -> bool:
        """Whether `member` (a path from `holder`) is a project of an Nx workspace rooted at
        `holder` (`nx.json` there, the project's `project.json` in its folder): Nx builds and
        serves every project from the root's one install, whatever the project's own
        package.json declares for publishing (`"@nestjs/core": "^10.4.19"` beside the root's
        `^11.1.28`), so the root lock's releases are the ones it runs on."""
        base = os.path.join(self.root, *holder.split("/")) if holder != "." else self.root
        return os.path.isfile(os.path.join(base, "nx.json")) and os.path.isfile(
            os.path.join(base, *member.split("/"), "project.json")
        )

    def _has(self, folder: str) -> bool:
        """Whether the tree holds `folder` (a path from its root)."""
        return os.path.isdir(os.path.join(self.root, folder))

    def _parsed(self, path: str) -> Parsed | None:
        """The lock read and indexed once, however many services it serves."""
        if path not in self._cache:
            text = self._read(path)
            self._cache[path] = None if text is None else parse_lock(path, text)
        return self._cache[path]

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
