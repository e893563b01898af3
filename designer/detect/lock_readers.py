"""How each lock file format is read: one reader (or searcher) per format, and the helpers
that follow a package's own requirements through a lock.

A reader scans a lock line by line for the packages it resolves; a searcher looks through
the lock's text for the packages asked about alone (a lock of many megabytes is never split
into lines for the few a backend names). Neither parses a lock whole, and a lock a reader
cannot follow gives nothing, never an error. `locks` chooses the lock of a folder and asks
these readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from designer.detect import pixi_lock, pnpm_paths
from designer.detect.signals import LazyPattern
from designer.model.stack import Evidence

PIP_LOCK = "requirements.lock"
"""What a pinned requirements list under a lock's name is read as: Rye writes
`requirements.lock` and `requirements-dev.lock`, and projects that compile their pins with
hashes by a script of their own name the result `requirements-ci.lock` and the like."""

CONDA_EXPLICIT = "conda.lock"
"""What conda-lock's explicit lists (`--kind explicit`: `conda-linux-64.lock`,
`linux-64.conda.lock`) are read as: one package URL a line under `@EXPLICIT`, its file name
`name-version-build.conda`, the release `conda create --file` installs."""

BUILDOUT_VERSIONS = "versions.cfg"
"""zc.buildout's pins: the `[versions]` section of the file a project's `buildout.cfg`
`extends` (`extends = versions.cfg`), the exact release of each egg `bin/buildout` installs.
A project built with buildout resolves its eggs there, whatever an older `pip freeze` beside
it (a `requirements.txt` of other pins) says; a `versions.cfg` no buildout extends is no
lock."""


Entry = tuple[str, str, int]
"""(the reference a lock records the resolution under, e.g. yarn's `^4.18.0`, or "";
resolved version; 1-based line of the version)."""


class Locked:
    """One locked version and where it is written."""

    __slots__ = ("evidence", "version")
    # Plain classes here: building a dataclass costs a third of a millisecond of every start.

    def __init__(self, version: str, evidence: Evidence) -> None:
        self.version = version
        self.evidence = evidence


def clip(text: str) -> str:
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


NPM_LOCKS = frozenset({"package-lock.json", "npm-shrinkwrap.json"})

_REQUIREMENT = LazyPattern(r'[ \t]*"([^"\n]+)": "([^"\n]*)",?[ \t]*')
"""One line of a lock entry's `"dependencies"` object: `"knex": "^3.1.0",`."""


def npm_requirements(
    text: str, key: str, path: str, section: str = "dependencies"
) -> list[tuple[str, str, Evidence]]:
    """The lines of the `section` object (`"dependencies"`, a version 1 lock's `"requires"`)
    of the lock entry `key` (`node_modules/engine`) in `text` (the lock after a line end),
    each with its line as evidence: the lines indented deeper than the entry's key, up to the
    entry's closing brace."""
    indent = indent_of(text)
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
            evidence = Evidence(path=path, line=number, text=clip(line))
            found.append((match.group(1), match.group(2), evidence))
    return found


_NESTED_KEY = LazyPattern(r'[ \t]*"([^"\n]+)": \{[ \t]*')
_NESTED_VERSION = LazyPattern(r'[ \t]*"version": "([^"\n]+)",?[ \t]*')

MAX_NESTED_LINES = 20000
"""Lines of one entry read at most for its nested copies (a tile server's tree is deep)."""


def npm_nested(text: str, key: str, path: str) -> list[tuple[str, str, Evidence]]:
    """The packages nested under the version 1 lock entry `key` (a top-level package) in `text`
    (the lock after a line end), with the releases installed there, each with its version's
    line as evidence. An npm 2 shrinkwrap records no `"requires"`: npm installed each package's
    own dependencies under it, so what is nested directly under an entry is what it requires."""
    indent = indent_of(text)
    at = text.find(f'\n{indent}"{key}": {{')
    if at == -1:
        return []
    step = max(len(indent) // 2, 1)
    depth = len(indent) + step  # the entry's own sections
    child = depth + step  # the packages nested in its `"dependencies"`
    found: list[tuple[str, str, Evidence]] = []
    number = text.count("\n", 0, at + 1)
    inside = False
    name = ""
    for line in text[at + 1 :].split("\n", MAX_NESTED_LINES)[1:MAX_NESTED_LINES]:
        number += 1
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        if not inside:
            if stripped == '"dependencies": {' and lead == depth:
                inside = True
            elif stripped.startswith("}") and lead <= len(indent):
                return found
            continue
        if stripped.startswith("}") and lead <= depth:
            return found
        opened = _NESTED_KEY.fullmatch(line)
        if opened and lead == child:
            name = opened.group(1)
            continue
        version = _NESTED_VERSION.fullmatch(line)
        if version and name and lead == child + step:
            evidence = Evidence(path=path, line=number, text=clip(line))
            found.append((name, version.group(1), evidence))
            name = ""
    return found


def npm_version(text: str, key: str, path: str) -> Locked | None:
    """The version of the package-lock entry `key` (`node_modules/a/node_modules/b`) in `text`
    (the lock after a line end), with its line as evidence; None when there is no such
    entry or no version follows its key."""
    at = text.find(f'\n{indent_of(text)}"{key}": {{')
    if at == -1:
        return None
    found = _npm_patterns(text)[1].search(text, text.find("\n", at + 1))
    if found is None or found.group(1) is None:
        return None
    number = text.count("\n", 0, found.start() + 1)
    line = text[found.start() + 1 : text.find("\n", found.start() + 1)]
    return Locked(found.group(1), Evidence(path=path, line=number, text=clip(line)))


def indent_of(text: str) -> str:
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


def yarn_index(lines: list[str]) -> YarnIndex:
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


def yarn_requirements(
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
        evidence = Evidence(path=path, line=number + 1, text=clip(line.strip()))
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
    """`4.18.2(supports-color@8)`, v5's `4.18.2_react@18` or its registry path
    `registry.npmjs.org/express/4.18.2` → `4.18.2` (pnpm_paths: every form pnpm writes)."""
    return pnpm_paths.release(value)


_PNPM_ENTRY = LazyPattern(
    r"^  ['\"]?(?:[^/@'\"\s(]+/)?/?((?:@[^/@'\"]+/)?[^/@'\"]+)[@/]([^(_:'\"]+)"
)
"""A package's key under `snapshots:` (v9: `'@scope/name@1.2.3(peer@4)':`) or `packages:`
(v6 to v8: `/name@1.2.3(peer@4):`; v5: `/@scope/name/1.2.3_peer@4:`, or
`registry.npmjs.org/name/1.2.3:` for a package of a registry other than the configured one,
its host first): its name and release."""

_PNPM_REQUIREMENT = LazyPattern(r"^      ('[^']+'|\"[^\"]+\"|[^\s:'\"]+):[ \t]+(\S+)[ \t]*$")
"""One line of an entry's `dependencies:` (`      '@prisma/client': 7.8.0(typescript@5.9.3)`)."""


def pnpm_requirements(
    lines: list[str], package: str, path: str, version: str, *, unreleased: bool = False
) -> list[tuple[str, str, Evidence]]:
    """The `dependencies:` lines of the entry of `package` in a pnpm lock (the release
    `version` the importer resolves when it has several), each with its line as evidence;
    v9 keeps them under `snapshots:`, earlier versions under `packages:`. `unreleased`: the
    importer installs it from no release (a `file:` folder, a git commit), so only an entry
    keyed so (`'name@file:packages/db':`) is its own, never a registry release's."""
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
                and not (unreleased and key.group(2)[:1].isdigit())
            )
            inside = False
        elif entry and line.startswith("    ") and line[4:5] not in (" ", ""):
            inside = line.strip() in ("dependencies:", "optionalDependencies:")
        elif inside:
            requirement = _PNPM_REQUIREMENT.match(line)
            if requirement is not None:
                evidence = Evidence(path=path, line=number, text=clip(line))
                name = requirement.group(1).strip("'\"")
                found.append((name, _pnpm_version(requirement.group(2)), evidence))
    return found


# --- bun.lock (Bun 1.2's text lock) ---------------------------------------------------------

_BUN_PACKAGE = LazyPattern(r'^    "([^"]+)": \[[ \t]*"((?:@[^@"/]+/)?[^@"]+)@([^"]+)"')


_BUN_MEMBER = LazyPattern(r'^    "([^"]+)": \{')
_BUN_MEMBER_NAME = LazyPattern(r'^      "name": "([^"]+)"')


def _bun_members(lines: list[str]) -> dict[str, str]:
    """Workspace package name → its folder, from the lock's `"workspaces"` object (folder
    keys four spaces deep, each with its `"name"` six deep); it ends at the next top key."""
    members: dict[str, str] = {}
    folder = None
    inside = False
    for line in lines:
        if line.startswith('  "'):
            if inside:
                break
            inside = line.startswith('  "workspaces"')
            continue
        if not inside:
            continue
        member = _BUN_MEMBER.match(line)
        if member:
            folder = member.group(1)
            continue
        name = _BUN_MEMBER_NAME.match(line)
        if name and folder:
            members[name.group(1)] = folder
            folder = None
    return members


def _bun(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    # "packages" maps each package, hoisted, to `["name@version", …]`, four spaces deep; a
    # key that is not the name itself (`parent/name`) is a nested copy some other package
    # needs, and a `workspace:` or `file:` resolution is no release. A parent that is a
    # workspace member's package name (`web/next` while the root hoists another `next`) is
    # that member's own release: it is indexed under the member's folder.
    members = _bun_members(lines)
    for number, line in enumerate(lines, start=1):
        match = _BUN_PACKAGE.match(line)
        if not match or not match.group(3)[:1].isdigit():
            continue
        key, name = match.group(1), match.group(2)
        if key == name:
            yield ".", name, ("", match.group(3), number)
        elif key.endswith("/" + name) and key[: -len(name) - 1] in members:
            yield members[key[: -len(name) - 1]], name, ("", match.group(3), number)


_DENO_SECTION = LazyPattern(r'^( {2}| {4})"(\w+)": \{')
_DENO_NPM = LazyPattern(r'^( +)"((?:@[^/@"]+/)?[^@/"]+)@(\d[^"_]*)(?:_[^"]*)?": \{')


def _deno(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    # The npm packages Deno resolved: `"express@4.21.1": {` in the "npm" object, at the top
    # (lock versions 4 and 5) or under "packages" (2 and 3); a peer-resolved copy carries its
    # peers after `_` (`probot@13.4.0_@octokit+core@5.2.0`). "jsr" and "remote" are not npm's.
    section, depth = "", -1
    for number, line in enumerate(lines, start=1):
        header = _DENO_SECTION.match(line)
        if header:
            section, depth = header.group(2), len(header.group(1)) + 2
            continue
        match = _DENO_NPM.match(line) if section == "npm" else None
        if match and len(match.group(1)) == depth:
            yield ".", match.group(2), ("", match.group(3), number)


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


def _one_line(
    spec: LazyPattern,
    name: int = 1,
    version: int = 2,
    normalise: Callable[[str], str] = str,
) -> Reader:
    """A reader of a lock that writes each package's name and version on one line (`spec`'s
    groups `name` and `version`): Gemfile.lock, mix.lock, a pinned requirements list,
    gradle.lockfile."""

    def read(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
        for number, line in enumerate(lines, start=1):
            found = spec.match(line)
            if found:
                yield ".", normalise(found.group(name)), ("", found.group(version), number)

    return read


def _keyed(key: LazyPattern, version: LazyPattern, normalise: Callable[[str], str]) -> Reader:
    """A reader of a JSON lock that writes each package's name on one line (`key`'s group)
    and its version on a later line (`version`'s): Pipfile.lock, composer.lock, NuGet's
    packages.lock.json."""

    def read(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
        current = ""
        for number, line in enumerate(lines, start=1):
            name = key.match(line)
            if name:
                current = normalise(name.group(1))
                continue
            found = version.match(line)
            if found and current:
                yield ".", current, ("", found.group(1), number)
                current = ""

    return read


# --- Pipfile.lock ---------------------------------------------------------------------------

_PIPFILE_KEY = LazyPattern(r'^        "([^"]+)": \{')
_PIPFILE_VERSION = LazyPattern(r'^            "version": "==([^"]+)"')


_pipfile = _keyed(_PIPFILE_KEY, _PIPFILE_VERSION, _python_name)


# --- requirements.lock (pip's pinned list) --------------------------------------------------

_PIN = LazyPattern(r"([A-Za-z0-9][A-Za-z0-9._-]*+)\s*+(?:\[[^\]\n]*\]\s*+)?===?\s*+([^\s;#\\]+)")
"""`sanic==25.12.1 --hash=…`, `uvicorn[standard]==0.30.1 ; python_version >= "3.9"`. Each blank
run is read once: two side by side (no extras between them) split a long run every way."""


_pip_pins = _one_line(_PIN, normalise=_python_name)


# --- conda-lock explicit lists ----------------------------------------------------------------

_CONDA_URL = LazyPattern(r"^https?://\S+/([^/\s]+)-([^-/\s]+)-[^-/\s]+\.(?:conda|tar\.bz2)(?:#\S*)?$")
"""A package line of an explicit list: `https://…/noarch/fastapi-0.139.0-hedad5b1_0.conda#md5`
(the name may hold `-`; the version and build may not)."""


def _conda_explicit(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    for number, line in enumerate(lines, start=1):
        package = _CONDA_URL.match(line.strip())
        if package:
            yield ".", _python_name(package.group(1)), ("", package.group(2), number)


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


_gemfile = _one_line(_GEM_SPEC)


_GEM_REQUIREMENT = LazyPattern(r"^      ([A-Za-z0-9_.-]+)(?: \(([^)]*)\))?$")
"""A requirement under a gem's spec, two spaces deeper (`      rails (~> 7.2.3.1)`, `      pg`)."""


def gem_requirements(lines: list[str], gem: str, path: str) -> list[tuple[str, str, Evidence]]:
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
        evidence = Evidence(path=path, line=number, text=clip(line))
        found.append((requirement.group(1), requirement.group(2) or "", evidence))
    return found


_GEM_SECTION = LazyPattern(r"^([A-Z]+)$")
_GEM_REMOTE = LazyPattern(r"^  remote: (\S+)$")


def gem_git_remotes(lines: list[str]) -> dict[str, str]:
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


_mix = _one_line(_MIX_SPEC)


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


UNRELEASED = frozenset({"rebar.lock"})
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


# --- Package.resolved (SwiftPM) -------------------------------------------------------------

_SWIFT_KEY = LazyPattern(r'^\s*"(?:identity|repositoryURL)"\s*:\s*"([^"]+)"')
_SWIFT_VERSION = LazyPattern(r'^\s*"version"\s*:\s*"([^"]+)"')
"""A pin's identity (v2 and v3's `"identity" : "vapor"`; v1 names the URL, `"repositoryURL":
"https://github.com/vapor/vapor.git"`, whose last component is the identity) and its release
in `state` (`null` for a pin on a branch or revision)."""


def _swift_identity(key: str) -> str:
    return key.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git").lower()


_swiftpm = _keyed(_SWIFT_KEY, _SWIFT_VERSION, _swift_identity)


# --- pubspec.lock ---------------------------------------------------------------------------

_PUB_KEY = LazyPattern(r"^  ([A-Za-z_]\w*):\s*$")
_PUB_VERSION = LazyPattern(r'^    version: "?([^"\s]+)"?')
"""A package's entry under `packages:` (two spaces deep) and its resolved `version:` (four)."""


_pub = _keyed(_PUB_KEY, _PUB_VERSION, str)


# --- cabal.project.freeze, shard.lock, nimble.lock ------------------------------------------

_CABAL_FREEZE = LazyPattern(
    r"^(?:constraints:)?[ \t]*(?:any\.)?([A-Za-z][\w-]*)[ \t]*==[ \t]*([\w.]+)"
)
"""A package's pin in `cabal freeze`'s `constraints:` (`any.yesod ==1.6.2.1,`, one a line)."""

_cabal_freeze = _one_line(_CABAL_FREEZE, normalise=str.lower)

_SHARD_KEY = LazyPattern(r"^  ([\w.-]+):[ \t]*$")
_SHARD_VERSION = LazyPattern(r"^    version:[ \t]*(\S+)")
"""A shard's entry under shard.lock's `shards:` (`  kemal:`, its `    version: 1.6.0` below)."""

_shard = _keyed(_SHARD_KEY, _SHARD_VERSION, str.lower)

_NIMBLE_KEY = LazyPattern(r'^\s*"([A-Za-z][\w-]*)":\s*\{')
_NIMBLE_VERSION = LazyPattern(r'^\s*"version":\s*"([^"]+)"')
"""A package's object under nimble.lock's `packages` (`"jester": {`, `"version": "0.6.0"`)."""

_nimble = _keyed(_NIMBLE_KEY, _NIMBLE_VERSION, str.lower)


# --- manifest.toml (Gleam) -----------------------------------------------------------------

_GLEAM_PACKAGE = LazyPattern(r'^\s*\{\s*name\s*=\s*"([\w-]+)",\s*version\s*=\s*"([^"]+)"')
"""A package's one-line table in the `packages` array `gleam` writes (`{ name = "wisp",
version = "2.1.1", build_tools = ["gleam"], … }`)."""

_gleam = _one_line(_GLEAM_PACKAGE, normalise=str.lower)


# --- cpanfile.snapshot (Carton) -------------------------------------------------------------

_CARTON_PROVIDED = LazyPattern(r"^      ([\w:]+) (v?\d[\w.]*)[ \t]*$")
"""A module a resolved distribution `provides:` (`      Mojolicious 9.35`, six spaces deep):
the release installed. Its `requirements:` below are written alike, so only the lines between
`    provides:` and the next four-space key are read; `undef` versions are skipped."""


def _carton(lines: list[str]) -> Iterator[tuple[str, str, Entry]]:
    provides = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("    ") and not line.startswith("     "):
            provides = line.strip() == "provides:"
            continue
        found = _CARTON_PROVIDED.match(line) if provides else None
        if found:
            yield ".", found.group(1).lower(), ("", found.group(2), number)


# --- composer.lock --------------------------------------------------------------------------

_COMPOSER_NAME = LazyPattern(r'^\s*"name": "([^"]+)"')
_COMPOSER_VERSION = LazyPattern(r'^\s*"version": "v?([^"]+)"')


_composer = _keyed(_COMPOSER_NAME, _COMPOSER_VERSION, str.lower)


# --- gradle.lockfile ------------------------------------------------------------------------

_GRADLE_LOCK = LazyPattern(r"^([^:#\s]+):([^:\s]+):([^=\s]+)=")


_gradle = _one_line(_GRADLE_LOCK, name=2, version=3, normalise=str.lower)


# --- NuGet packages.lock.json ---------------------------------------------------------------

_NUGET_KEY = LazyPattern(r'^      "([^"]+)": \{')
_NUGET_RESOLVED = LazyPattern(r'^        "resolved": "([^"]+)"')


_nuget = _keyed(_NUGET_KEY, _NUGET_RESOLVED, str.lower)


SEARCHERS: dict[str, Search] = {
    "package-lock.json": _npm,
    "npm-shrinkwrap.json": _npm,
    "poetry.lock": _toml_search(_python_name, separators=True),
    "uv.lock": _toml_search(_python_name, separators=True),
    "pdm.lock": _toml_search(_python_name, separators=True),
    "Cargo.lock": _toml_search(str.lower, separators=False),
    # hx's lock (a Haskell build tool's plan: `[[packages]]` of `name` and `version`, as
    # Cargo's), which pins what a Stack snapshot or a bare Cabal range leaves open.
    "hx.lock": _toml_search(str.lower, separators=False),
    "pixi.lock": pixi_lock.search,
}
"""Locks searched for the packages asked about (their text, after a line end) rather than
read whole."""

READERS: dict[str, Reader] = {
    "yarn.lock": _yarn,
    "pnpm-lock.yaml": _pnpm,
    "bun.lock": _bun,
    "deno.lock": _deno,
    "Pipfile.lock": _pipfile,
    PIP_LOCK: _pip_pins,
    "Gemfile.lock": _gemfile,
    "mix.lock": _mix,
    "luarocks.lock": _luarocks,
    "rebar.lock": _rebar,
    "Package.resolved": _swiftpm,
    "pubspec.lock": _pub,


    "cabal.project.freeze": _cabal_freeze,
    "shard.lock": _shard,
    "nimble.lock": _nimble,
    "cpanfile.snapshot": _carton,
    "manifest.toml": _gleam,
    "composer.lock": _composer,
    "gradle.lockfile": _gradle,
    "packages.lock.json": _nuget,
    BUILDOUT_VERSIONS: _buildout,
    CONDA_EXPLICIT: _conda_explicit,
}
