"""A Jest whose own configuration names test files the package does not hold.

Jest runs the files its `testMatch` globs (or its `testRegex`) select, and nothing else. A
package whose Jest configuration says where its tests are (`testMatch: ['**/test/**/*.js']`)
while no file of the package lies there has no suite: Jest stops with "No tests found", and a
reader asked for the project's test framework answers none. Unlike `testless_node`, which keeps
a declared runner whenever a command of the project runs the tests (the walk may miss a suite
named otherwise), this reading needs no guess at the names: the configuration gives them, so
an `npm test` in an old CI file keeps nothing (set 202's etl-rest-server: a `test/` folder
named by its Jest configuration, never written).

Only what can be read literally counts: a `jest.config.*` file or `package.json`'s `jest` key
whose `testMatch` is a list of string literals, or whose `testRegex` is one string, with a
`rootDir` (where Jest looks) that is the package or a folder of it (Nest's template: `"rootDir":
"src"`, `"testRegex": ".*\\.spec\\.ts$"`; set 219's perfanalytics, whose only specs are its UI's). A
configuration with `projects` or `roots` (each adding where to look), a `rootDir` elsewhere or
computed, or a glob this reading cannot translate keeps Jest; so does a package past
`MAX_ENTRIES` files. A glob not anchored at `<rootDir>` is matched at any depth, more widely
than Jest matches it: when unsure, the runner is kept.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from dataclasses import dataclass

from designer.detect.assemble import Unit
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

MAX_ENTRIES = 40_000
"""Files and folders of a package walked at most: a larger one keeps its Jest."""

_CONFIGS = ("jest.config.js", "jest.config.ts", "jest.config.mjs", "jest.config.cjs",
            "jest.config.json")

_STRING = r"""(?:'[^'\\\n]*'|"[^"\\\n]*"|`[^`\\$\n]*`)"""
_MATCH_LIST = re.compile(r"\btestMatch\s*:\s*\[((?:\s*" + _STRING + r"\s*,?)*)\s*\]")
_LIST_ITEM = re.compile(_STRING)
_MATCH_ANY = re.compile(r"\btestMatch\b")
_REGEX = re.compile(r"\btestRegex\s*:\s*(" + _STRING + r")\s*[,}\n]")
_REGEX_ANY = re.compile(r"\btestRegex\b")
_COMMENT = re.compile(
    r"""('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
    r"|/\*.*?\*/|//[^\n]*",
    re.S,
)
"""A string (kept, group 1: a glob's `/**/` is no comment) or a comment (dropped)."""
_UNREADABLE = re.compile(r"\b(?:projects|roots)\s*:")
"""Keys that add where Jest looks: with one of them the configuration is not read."""
_ROOT = re.compile(r"\brootDir\s*:\s*(" + _STRING + r")\s*[,}\n]")
_ROOT_ANY = re.compile(r"\brootDir\s*:")


def drop_unmatched(top: str, units: dict[str, Unit]) -> None:
    """Drop the Jest signals of every Node unit whose Jest configuration selects no file of
    the unit's folder."""
    for unit in units.values():
        found = unit.signals.get("node", [])
        if not any(s.kind is FindingKind.TEST and s.name == "Jest" for s in found):
            continue
        selection = _configured(top, unit.folder)
        if selection is None or _any_match(top, unit.folder, selection):
            continue
        unit.signals["node"] = [
            s for s in found if not (s.kind is FindingKind.TEST and s.name == "Jest")
        ]


@dataclass(frozen=True)
class _Selection:
    """How a Jest configuration selects its tests: `pattern`, searched in "/" + a file's path
    from the package's `root` folder (globs) or, as Jest searches `testRegex` in an absolute
    path, from the repository's top (`regex`); only files below `root` are Jest's."""

    pattern: re.Pattern[str]
    root: str
    regex: bool


def _configured(top: str, folder: str) -> _Selection | None:
    """How the Jest configuration of the package at `folder` selects its tests; None when
    there is no configuration, or none this reading can take literally."""
    prefix = "" if folder == "." else folder + "/"
    configs = [name for name in _CONFIGS if os.path.isfile(os.path.join(top, prefix + name))]
    package = _package_jest(top, prefix)
    if len(configs) + (package is not None) != 1:
        return None  # none, or two (Jest itself refuses to choose)
    if _other_configs(top, prefix, configs[0] if configs else None):
        return None
    if package is not None:
        return _from_json(package)
    text = read_text(top, prefix + configs[0])[0]
    if text is None:
        return None
    if configs[0].endswith(".json"):
        try:
            data = json.loads(text)
        except ValueError:
            return None
        return _from_json(data) if isinstance(data, dict) else None
    return _from_script(text)


def _package_jest(top: str, prefix: str) -> dict[str, object] | None:
    jest = _package(top, prefix).get("jest")
    return jest if isinstance(jest, dict) else None


def _package(top: str, prefix: str) -> dict[str, object]:
    text = read_text(top, prefix + "package.json")[0]
    if text is None:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


_CONFIG_OPTION = re.compile(r"(?:--config|-c)(?:=|\s+)['\"]?([^\s'\"&|;]+)")


def _other_configs(top: str, prefix: str, config: str | None) -> bool:
    """Whether a script of the package runs Jest with a configuration file of the package
    other than `config` (Nest's `jest --config ./test/jest-e2e.json` beside the `jest` key):
    its suite is not the one read here."""
    scripts = _package(top, prefix).get("scripts")
    if not isinstance(scripts, dict):
        return False
    for script in scripts.values():
        if not isinstance(script, str) or "jest" not in script:
            continue
        for named in _CONFIG_OPTION.findall(script):
            path = posixpath.normpath(named)
            if path != config and os.path.isfile(os.path.join(top, prefix + path)):
                return True  # a configuration never written (the e2e one, deleted) runs nothing
    return False


def _from_json(data: dict[str, object]) -> _Selection | None:
    if "projects" in data or "roots" in data:
        return None
    root = _root(data.get("rootDir", "."))
    match, regex = data.get("testMatch"), data.get("testRegex")
    if root is None:
        return None
    if match is not None and regex is None:
        if not isinstance(match, list) or not match or not all(isinstance(g, str) for g in match):
            return None
        return _select(_globs(match), root, regex=False)
    if regex is not None and match is None and isinstance(regex, str):
        return _select(_regex(regex), root, regex=True)
    return None


def _from_script(text: str) -> _Selection | None:
    code = _COMMENT.sub(lambda m: m.group(1) or "", text)
    if _UNREADABLE.search(code):
        return None
    roots = _ROOT_ANY.findall(code)
    literal_root = _ROOT.search(code)
    if roots and (len(roots) > 1 or literal_root is None):
        return None  # computed (`rootDir: path.join(__dirname, 'src')`)
    root = _root(literal_root.group(1)[1:-1] if literal_root else ".")
    if root is None:
        return None
    matches, regexes = _MATCH_ANY.findall(code), _REGEX_ANY.findall(code)
    if len(matches) == 1 and not regexes:
        listed = _MATCH_LIST.search(code)
        if listed is None:
            return None  # computed (`testMatch: patterns`), not literal
        globs = [item[1:-1] for item in _LIST_ITEM.findall(listed.group(1))]
        return _select(_globs(globs), root, regex=False) if globs else None
    if len(regexes) == 1 and not matches:
        literal = _REGEX.search(code)
        return _select(_regex(literal.group(1)[1:-1]), root, regex=True) if literal else None
    return None


def _root(value: object) -> str | None:
    """The package's subfolder a literal `rootDir` names (`src`, `./src/`); None for one
    outside the package or not a plain path."""
    if not isinstance(value, str) or "<" in value or "$" in value or "\\" in value:
        return None
    path = posixpath.normpath(value or ".")
    if path.startswith(("/", "..")):
        return None
    return path


def _select(pattern: re.Pattern[str] | None, root: str, regex: bool) -> _Selection | None:
    return None if pattern is None else _Selection(pattern, root, regex)


def _globs(globs: list[str]) -> re.Pattern[str] | None:
    parts = []
    for glob in globs:
        if glob.startswith("!"):
            return None  # a negation narrows another glob: not read
        if glob.startswith("<rootDir>/"):
            glob = glob[len("<rootDir>/"):]
        elif not glob.startswith("**/"):
            glob = "**/" + glob  # matched at any depth: wider than Jest, never narrower
        translated = _translate(glob)
        if translated is None:
            return None
        parts.append(translated)
    # Searched in "/" + the path from the package (as `testRegex` is): the slash is optional.
    return re.compile(r"\A/?(?:" + "|".join(parts) + r")\Z")


def _regex(source: str) -> re.Pattern[str] | None:
    """Jest searches `testRegex` in a file's absolute path; here in "/" + its path from the
    package."""
    try:
        return re.compile(source)
    except re.error:
        return None


_EXTGLOB = {"?": "?", "+": "+", "*": "*", "@": ""}


def _translate(glob: str) -> str | None:
    """The regular expression of a micromatch glob (`**`, `*`, `?`, `[…]`, `{a,b}`, the
    extglobs `?(…)`, `+(…)`, `*(…)`, `@(…)`; a doubled slash read as one); None for what it does
    not take (`!(…)`, a bare `(…)+`)."""
    out, _ = _sequence(re.sub("/{2,}", "/", glob), 0, "")
    return out


def _sequence(glob: str, i: int, stops: str) -> tuple[str | None, int]:
    out: list[str] = []
    while i < len(glob) and glob[i] not in stops:
        c = glob[i]
        if c in "?+*@!" and glob[i + 1 : i + 2] == "(":
            if c == "!":
                return None, i
            group, i = _alternatives(glob, i + 2, "|", ")")
            if group is None:
                return None, i
            out.append(f"(?:{group}){_EXTGLOB[c]}")
        elif glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c in "()|+":
            return None, i  # a bare group or quantifier: read differently by micromatch versions
        elif c == "{":
            group, i = _alternatives(glob, i + 1, ",", "}")
            if group is None:
                return None, i
            out.append(f"(?:{group})")
        elif c == "[":
            end = glob.find("]", i + 2)
            if end < 0:
                return None, i
            body = glob[i + 1 : end]
            body = "^" + body[1:] if body.startswith("!") else body
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out), i


def _alternatives(glob: str, i: int, separator: str, close: str) -> tuple[str | None, int]:
    """The alternatives of a group opened just before `i`, up to its `close`."""
    options: list[str] = []
    while True:
        part, i = _sequence(glob, i, separator + close)
        if part is None or i >= len(glob):
            return None, i
        options.append(part)
        if glob[i] == close:
            return "|".join(options), i + 1
        i += 1


def _any_match(top: str, folder: str, selection: _Selection) -> bool:
    """Whether a file below the configuration's root (installed packages and hidden folders
    left out) is one `selection` selects; True past `MAX_ENTRIES`."""
    package = "" if folder == "." else folder + "/"
    base = posixpath.normpath(package + selection.root)
    start = top if base == "." else os.path.join(top, *base.split("/"))
    left = MAX_ENTRIES
    for path, dirs, files in os.walk(start):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
        left -= len(dirs) + len(files)
        if left < 0:
            return True
        here = os.path.relpath(path, top if selection.regex else start).replace(os.sep, "/")
        prefix = "" if here == "." else here + "/"
        if any(selection.pattern.search("/" + prefix + name) for name in files):
            return True
    return False
