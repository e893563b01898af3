"""Lock files: the version a package manager resolved, where the manifest only states a range.

`package.json` says `"express": "^4.18.0"`; `package-lock.json` says which 4.x is installed.
This module finds a folder's locks (the one its package manager writes, a workspace's at
its root, a buildout's pins), reads each once through its format's reader (`lock_readers`:
never a full parse) and answers, per package the manifests named, the locked version with
the line it stands on. A lock a reader cannot follow gives nothing, never an error.

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
from collections.abc import Iterable, Iterator

from designer.detect import poetry_requires, tomlfile, uv_forks, uv_requires
from designer.detect.lock_readers import (
    BUILDOUT_VERSIONS,
    CONDA_EXPLICIT,
    NPM_LOCKS,
    PIP_LOCK,
    READERS,
    SEARCHERS,
    UNRELEASED,
    Entry,
    Locked,
    Search,
    YarnIndex,
    clip,
    gem_git_remotes,
    gem_requirements,
    indent_of,
    npm_nested,
    npm_requirements,
    npm_version,
    pnpm_requirements,
    yarn_index,
    yarn_requirements,
)
from designer.detect.signals import LazyPattern
from designer.model.stack import Evidence

LOCKS: dict[str, str] = {
    "package-lock.json": "node",
    "npm-shrinkwrap.json": "node",
    "yarn.lock": "node",
    "pnpm-lock.yaml": "node",
    "bun.lock": "node",
    "deno.lock": "node",
    "poetry.lock": "python",
    "uv.lock": "python",
    "pdm.lock": "python",
    "pixi.lock": "python",
    "Pipfile.lock": "python",
    "Gemfile.lock": "ruby",
    "mix.lock": "elixir",
    "luarocks.lock": "lua",
    "rebar.lock": "erlang",
    "Package.resolved": "swift",
    "pubspec.lock": "dart",
    "cabal.project.freeze": "haskell",
    "hx.lock": "haskell",
    "shard.lock": "crystal",
    "nimble.lock": "nim",
    "cpanfile.snapshot": "perl",
    "manifest.toml": "gleam",
    "composer.lock": "php",
    "Cargo.lock": "rust",
    "gradle.lockfile": "jvm",
    "packages.lock.json": "dotnet",
    "versions.cfg": "python",
}
"""Lock file name → the ecosystem whose manifests it resolves (`versions.cfg` only where a
`buildout.cfg` beside it extends it: `BUILDOUT_VERSIONS`)."""


_EXTENDS = LazyPattern(r"^extends[ \t]*=((?:[^\n]*\n?)(?:[ \t][^\n]*\n?)*)", re.MULTILINE)
"""buildout.cfg's `extends =` option, its value possibly continued on indented lines."""



MANAGER_LOCKS: dict[str, frozenset[str]] = {
    "npm": frozenset({"package-lock.json", "npm-shrinkwrap.json"}),
    "yarn": frozenset({"yarn.lock"}),
    "pnpm": frozenset({"pnpm-lock.yaml"}),
    "bun": frozenset({"bun.lock"}),
}
"""Node package manager (as package.json's `packageManager` names it) → the locks it writes."""

_MANAGER = LazyPattern(r'^[ \t]*"packageManager"[ \t]*:[ \t]*"([a-z]+)@', re.MULTILINE)
"""package.json's `"packageManager": "yarn@4.7.0"` (Corepack's field)."""

_UV_TABLE = LazyPattern(r"^[ \t]*\[tool\.uv[\].]", re.MULTILINE)
"""pyproject.toml's own table for uv (`[tool.uv]`, `[tool.uv.sources]`)."""
_POETRY_MARK = LazyPattern(
    r"^[ \t]*\[tool\.poetry[\].]|poetry[-.]core|poetry\.masonry", re.MULTILINE
)
"""pyproject.toml's table for Poetry, or Poetry's build backend: Poetry may still be in use."""


def lock_ecosystem(name: str) -> str | None:
    """The ecosystem whose manifests the lock file named `name` resolves, or None."""
    found = LOCKS.get(name)
    if found is None and name.startswith("requirements") and name.endswith(".lock"):
        return "python"
    if found is None and _conda_explicit(name):
        return "python"
    return found


def _conda_explicit(name: str) -> bool:
    """Whether `name` is how conda-lock names an explicit list (`conda-linux-64.lock`, or
    `linux-64.conda.lock` as projects rename it)."""
    return name.endswith(".conda.lock") or (name.startswith("conda-") and name.endswith(".lock"))


def _reader_name(name: str) -> str:
    if name.startswith("requirements") and name.endswith(".lock"):
        return PIP_LOCK
    return CONDA_EXPLICIT if _conda_explicit(name) else name

MAX_LOCK_BYTES = 16 * 1024 * 1024
"""Lock files larger than this are not read (a real one of a large monorepo is a few MiB)."""

Wanted = dict[str, str]
"""Package key (as the ecosystem's manifest reader spells it) → the range the manifest states."""


Index = dict[tuple[str, str], list[Entry]]
"""(workspace member folder relative to the lock, "." for its own folder; package key) →
its resolutions, in file order."""




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
    search = SEARCHERS.get(name)
    if search is not None:
        if any(mark in text for mark in _OTHER_LINE_ENDS):
            return Parsed(text.splitlines(), {}, True, search)
        # Lines end with line ends alone: the text is what its lines joined would be.
        return Parsed(None, {}, True, search, "\n" + text.removesuffix("\n"))
    reader = READERS.get(name)
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
            found[key] = Locked(version, Evidence(path=path, line=number, text=clip(line)))
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


_RANGE = LazyPattern(r"^[ \t]*+(?:([~^]|[<>=]=?)[ \t]*+)?v?(\d+)(?:\.(\d+))?(?:\.(\d+))?")
"""A requirement's operator and version; the blanks around the operator are read once (with no
operator, two blank runs side by side split a long run every way)."""


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


def _lists_member(path: str, parsed: Parsed, member: str) -> bool:
    """Whether the lock `path` resolves the packages of the manifest folder `member` (a path
    from the lock's folder, "." for its own) by what it lists. An npm lock of version 2 or
    later lists every folder it installs under `"packages"` (a workspace member as
    `"packages/api": {`, its own copies as `"packages/api/node_modules/…"`): a nested package
    it does not list has no install there (a tool folder with a package.json of its own and
    no lock), and the releases the lock resolves are the root's, which that package does not
    share. A lock of another kind, or of version 1 (no `"packages"`), says nothing of its
    members: it holds them all."""
    if member == "." or posixpath.basename(path) not in NPM_LOCKS:
        return True
    if not parsed.text:
        parsed.text = "\n" + "\n".join(parsed.lines)
    indent = indent_of(parsed.text)
    if f'\n{indent[: len(indent) // 2]}"packages": {{' not in parsed.text:
        return True
    listed = f'\n{indent}"{member}'
    return f'{listed}": {{' in parsed.text or f"{listed}/node_modules/" in parsed.text


_MIX_LOCKFILE = re.compile(r'^[ \t]*lockfile:\s*"([^"\n]+)"', re.MULTILINE)
"""mix.exs's `lockfile: "../../mix.lock"` option (umbrella apps name the umbrella's lock). Its
leading blanks stay on the line: from every line start they ran over all the blank lines below."""


_UNSHARED = LazyPattern(r"^[ \t]*shared-workspace-lockfile[ \t]*=[ \t]*false\b", re.MULTILINE)
"""A pnpm workspace's `.npmrc` giving each member a lock of its own."""


_UNREADABLE: dict = {}
"""What `_workspace_table` answers for a Cargo.toml that is no TOML (compared by identity)."""


def _lists(workspace: dict, key: str, member: str) -> bool:
    """Whether the Cargo workspace table's `key` (`members`, `exclude`) has a glob matching the
    member folder `member` (a path from the workspace root)."""
    globs = workspace.get(key)
    return isinstance(globs, list) and any(
        isinstance(glob, str) and fnmatch.fnmatchcase(member, posixpath.normpath(glob).rstrip("/"))
        for glob in globs
    )


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
        self._workspaces: dict[str, dict | None] = {}
        """Folder → its Cargo.toml's `[workspace]` table (`_workspace_table`)."""
        self._managers: dict[str, str] = {}
        self._pnpm_workspaces: dict[str, str | None] = {}
        """Member folder → the pnpm workspace folder whose lock it is installed from."""
        self._git_remotes: dict[str, dict[str, str]] = {}
        """Gemfile.lock path → gem → the git repository it is checked out of."""
        """Folder → the package manager its package.json names ("" when none)."""
        self._yarn_indexes: dict[str, YarnIndex] = {}
        """yarn.lock path → its entries (`yarn_index`), built when first asked."""

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
        workspace = self._cargo_workspace(folder) if ecosystem == "rust" else None
        if ecosystem == "node":
            workspace = self._pnpm_workspace(folder)
        while True:
            paths = self.by_folder.get(current, {}).get(ecosystem)
            if workspace is not None and current != workspace:
                # A member's own Cargo.lock: cargo builds from the workspace's; so does pnpm
                # from a workspace's shared pnpm-lock.yaml.
                paths = None
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
        lock further up that resolves an admitted release. A package the nearest lock does
        not hold at all (set 468: a member's lock left from an earlier layout, holding none of
        the packages its manifest now declares) is taken from the first lock further up that
        resolves the member's packages. Without `above`, only a lock in `folder` itself
        counts."""
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
            if len(found) == len(wanted) and all(
                _admits(wanted[key], locked.version) for key, locked in found.items()
            ):
                break
        return found

    def unreleased(self, folder: str, ecosystem: str, package: str) -> Evidence | None:
        """The line of the nearest lock of `folder` that installs `package` at no release (a
        rebar.lock's git dependency, pinned by commit), or None. Only the locks whose readers
        index such entries on purpose (`UNRELEASED`): another's entry without a version (an
        npm lock's link to a workspace folder) installs no package at all."""
        for holder, paths in self.holders(folder, ecosystem):
            member = "." if holder == folder else posixpath.relpath(folder, holder)
            for path in paths:
                if posixpath.basename(path) not in UNRELEASED:
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
                        return Evidence(path=path, line=number, text=clip(parsed.line(number)))
            return None
        return None

    def requirements(
        self, folder: str, ecosystem: str, package: str, *, nested: bool = False
    ) -> list[tuple[str, str, Evidence]]:
        """What the nearest npm, pnpm or yarn lock, Gemfile.lock or poetry.lock of `folder`
        records that `package` requires at run time (its entry's `"dependencies"`, a pnpm or
        yarn entry's `dependencies:`, the requirement lines under a gem's spec, a Poetry package's
        dependencies table when its source is outside the tree, a uv.lock entry's
        `dependencies` array: name, range, the line as evidence); nothing from a lock of
        another kind or one that does not hold the package. Asked `nested`, an npm 2
        shrinkwrap's entry with no `"requires"` answers with the packages nested under it, at
        the releases installed there (`lock_readers.npm_nested`)."""
        for holder, paths in self.holders(folder, ecosystem):
            member = "" if holder == folder else posixpath.relpath(folder, holder) + "/"
            for path in paths:
                name = posixpath.basename(path)
                if name not in NPM_LOCKS and name not in (
                    "Gemfile.lock", "poetry.lock", "pnpm-lock.yaml", "yarn.lock", "uv.lock"
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
                    unreleased = bool(entries) and not version  # a `file:` folder, a commit
                    found = pnpm_requirements(
                        parsed.lines, package, path, version, unreleased=unreleased
                    )
                    if found:
                        return found
                    continue
                if name == "yarn.lock":
                    if path not in self._yarn_indexes:
                        self._yarn_indexes[path] = yarn_index(parsed.lines)
                    found = yarn_requirements(
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
                if name == "uv.lock":
                    found = uv_requires.requirements(parsed.lines, package, path)
                    if found:
                        return found
                    continue
                if name == "Gemfile.lock":
                    found = gem_requirements(parsed.lines, package, path)
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
                    found = npm_requirements(parsed.text, key, path, section)
                    if found:
                        return found
                if nested and not member:
                    found = npm_nested(parsed.text, package, path)
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
                    self._git_remotes[path] = gem_git_remotes(lines)
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
                if posixpath.basename(path) not in NPM_LOCKS:
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
                    found = npm_version(parsed.text, key, path)
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
        if any(posixpath.basename(path) == "uv.lock" for path in paths):
            return self._uv_first(folder, paths)
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

    def _uv_first(self, folder: str, paths: list[str]) -> list[str]:
        """`paths` with uv.lock first where the folder's pyproject.toml has a table of uv's own
        and nothing of Poetry's: a project that moved from Poetry to uv (its build backend now
        hatchling, `[tool.uv.sources]`) may keep the poetry.lock of its Poetry days beside the
        lock `uv sync` installs from; the lock sorted first would otherwise be Poetry's."""
        manifest = posixpath.join(folder, "pyproject.toml") if folder != "." else "pyproject.toml"
        if not os.path.isfile(os.path.join(self.root, *manifest.split("/"))):
            return paths
        text = self._read(manifest) or ""
        if not _UV_TABLE.search(text) or _POETRY_MARK.search(text):
            return paths
        return sorted(paths, key=lambda path: posixpath.basename(path) != "uv.lock")

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

    def _cargo_workspace(self, folder: str) -> str | None:
        """The folder above `folder` whose Cargo.toml is the `[workspace]` listing `folder`
        among its `members` (a glob such as `"crates/*"`, not `exclude`d), when a Cargo.lock
        lies there: cargo builds every member from the workspace root's one lock, and a
        Cargo.lock left in the member's folder (from before it joined, or for publishing) is
        not read. Cargo takes the nearest `[workspace]` above a package; None when there is
        none, it does not list `folder`, or it has no lock."""
        if folder == "." or not self._has(folder):
            return None
        if self._workspace_table(folder) is not None:
            return None  # a workspace root of its own: its lock is the one cargo reads
        current = folder
        while current != ".":
            current = posixpath.dirname(current) or "."
            workspace = self._workspace_table(current)
            if workspace is None:
                continue
            if workspace is _UNREADABLE:
                return None
            member = posixpath.relpath(folder, current)
            if not _lists(workspace, "members", member) or _lists(workspace, "exclude", member):
                return None
            return current if "rust" in self.by_folder.get(current, {}) else None
        return None

    def _pnpm_workspace(self, folder: str) -> str | None:
        """The folder above `folder` holding a pnpm workspace (`pnpm-workspace.yaml`) whose
        pnpm-lock.yaml lists `folder` among its `importers:`: pnpm installs every member from
        that one shared lock, and a pnpm-lock.yaml or package-lock.json left in the member's
        folder (from before it joined) is not read, unless the workspace's `.npmrc` turns the
        shared lock off (`shared-workspace-lockfile=false`). None when there is none."""
        if folder not in self._pnpm_workspaces:
            self._pnpm_workspaces[folder] = self._find_pnpm_workspace(folder)
        return self._pnpm_workspaces[folder]

    def _find_pnpm_workspace(self, folder: str) -> str | None:
        current = folder
        while current != ".":
            current = posixpath.dirname(current) or "."
            lock = "pnpm-lock.yaml" if current == "." else posixpath.join(current, "pnpm-lock.yaml")
            if lock not in self.by_folder.get(current, {}).get("node", []):
                continue
            marker = posixpath.join(current, "pnpm-workspace.yaml") if current != "." else ""
            if not self._has_file(marker or "pnpm-workspace.yaml"):
                continue
            npmrc = posixpath.join(current, ".npmrc") if current != "." else ".npmrc"
            if self._has_file(npmrc) and _UNSHARED.search(self._read(npmrc) or ""):
                return None
            parsed = self._parsed(lock)
            member = posixpath.relpath(folder, current)
            if parsed is None or f"  {member}:" not in parsed.lines:
                return None
            return current
        return None

    def _workspace_table(self, folder: str) -> dict | None:
        """The `[workspace]` table of `folder`'s Cargo.toml (`_UNREADABLE` when the file is no
        TOML), or None when it has none; read once per folder, however many members ask."""
        if folder not in self._workspaces:
            manifest = "Cargo.toml" if folder == "." else posixpath.join(folder, "Cargo.toml")
            table: dict | None = None
            if self._has_file(manifest):
                text = self._read(manifest) or ""
                if "[workspace" in text:  # `[workspace]`, or `[workspace.package]` alone
                    try:
                        found = tomlfile.loads(text).get("workspace")
                    except ValueError:
                        found = _UNREADABLE
                    table = found if isinstance(found, dict) else None
            self._workspaces[folder] = table
        return self._workspaces[folder]

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

    def _has_file(self, relative: str) -> bool:
        """Whether the tree holds the file `relative` (a path from its root)."""
        return os.path.isfile(os.path.join(self.root, *relative.split("/")))

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
