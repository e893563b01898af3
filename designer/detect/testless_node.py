"""A Node test runner declared in a repository that holds no test at all.

Starters and habit put a unit-test runner in a package before any test is written (Jest or
Vitest among the devDependencies, a `"test": "jest"` script left by a template), and many
projects never write one: the declaration is all there is. The runner then finds nothing, and a
reader asked for the project's test framework answers none. This is `testless_pytest`'s reading
for Node's unit-test runners: where every test signal of a Node unit is a line of its
`package.json` (a devDependency, a script naming the runner), none a file of its own (a
`jest.config.js`, a file importing Vitest or mocking through Jest), and the whole repository
holds no sign of a test: no file named as one (`*.test.*`, `*.spec.*`, `*.e2e.*`,
`*-test.*`…, a Python test module too), and no folder named for tests (`__tests__/`, `test/`,
`tests/`, `spec/`, `*-tests`…), the declarations are dropped and the unit has no test
framework. Node's own runner counts as one when only a script starts it (`node --test
dist/tests`, the output of a build that compiles no test), with the names it finds itself
(`test.js`, `test-*.js`) taken as tests too.

End-to-end runners (Cypress, Playwright, Newman) are left alone: their suites are named
otherwise (`cypress/e2e/*.cy.ts`, a Postman collection) and this walk would not see them. A
command of the project's CI or scripts running the tests (`npm test`, `pnpm run test`, `npx
vitest`) keeps the declaration too: the project says it runs a suite, whatever the walk could
not see (a runner failing on no test file, a CI step would not pass). So does a test script
naming a path of the package that exists (`mocha --recursive t`: a suite in a folder named
otherwise).

A package of a repository that holds tests elsewhere is read alone (`drop_untested_packages`):
a runner started in a package's folder looks in that folder, so where its declarations are all
there is and the folder holds no sign of a test, the sibling's suite is not its own (set 222: a
small rule-management service declaring Jest beside the API whose tests are all the API's).
Only the package's own command files keep it then (a CI at the top may run the sibling's
`npm test`), or a test script naming a path that exists; and a package built from libraries of
its own workspace is left alone when one of those libraries holds a test (set 163: an app whose
Jest tests live in the GraphQL library it imports). Where the declared runners are Jest or
Vitest alone, a file counts as their test only by their default names (`*.test.*`,
`*.spec.*`): a route module named `nab-test.ts` is none. A package so found untested takes no
runner from the enclosing workspace root either (`Unit.untested`, read by `harnesses`).

A test file with no test in it is no test (set 243: a `test/test.js` holding only `'use
strict';` beside the `mocha.opts` a template left): a file named as a test whose whole text is
comments and directive prologues counts for nothing, and so does a test folder holding only such
files, a runner's options file and its setup file (`test/setup.ts`). A commented-out CI step
(`# script: "npm run test"`) runs nothing either.

A setup file goes by any name (set 345: `test/spec/00/global.js` putting chai's `expect` on the
globals, the only file of the `test/` that `mocha test --recursive` runs): a short file of a
test folder, at any depth, that defines no suite nor case and makes no assertion is setup. A
test script or a project's command (a Dockerfile's `npm run test`) naming only such a folder
runs no test: Mocha passes on files that define none.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable

from designer.detect.assemble import Unit
from designer.detect.node_imports import package_json
from designer.detect.nonservices import module_uses
from designer.detect.project_commands import command_texts
from designer.detect.signals import Signal, Strength
from designer.detect.testless_pytest import (
    drop_declared_tests,
    holds_tests,
    test_folder,
    test_module,
)
from designer.detect.walker import read_head
from designer.detect.workspace_servers import workspace_packages
from designer.model.stack import FindingKind

LANGUAGE = "node"

UNIT_RUNNERS = frozenset(
    {"Jest", "Vitest", "Mocha", "Jasmine", "AVA", "uvu", "tap", "tape", "node:test"}
)
"""The unit-test runners whose tests are files named as tests, or kept in a test folder. Node's
own runner is one when a script starts it (`node --test dist/tests`): with no test anywhere,
the folder it names is a build's output that holds nothing at this commit."""

_MANIFEST = "package.json"

_TEST_NAME = re.compile(r"[._-](?:test|spec|e2e)s?\.[cm]?[jt]sx?$", re.IGNORECASE)
"""A JavaScript or TypeScript file named as a test (`app.test.ts`, `user.spec.js`,
`api-test.mjs`, `routes_spec.tsx`, `webhook.e2e.ts`)."""

_NODE_TEST_NAME = re.compile(r"^test(?:[-_.][\w.-]*)?\.[cm]?[jt]sx?$", re.IGNORECASE)
"""The names `node --test` finds beside `*.test.js` and `*-test.js` (`test.js`, `test-app.mjs`,
`test_routes.js`): a file so named is a test of Node's runner."""

_RUNS = re.compile(
    r"\b(?:npm|pnpm|yarn|bun)[ \t]+(?:run[ \t]+)?test\b"
    r"|\b(?:npx|pnpm[ \t]+exec|yarn)[ \t]+(?:jest|vitest|mocha|ava|jasmine)\b"
)
"""A command running the package's tests (`npm test`, `pnpm run test:unit`, `npx vitest`)."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the unit-test runner declarations of the Node units whose repository holds no
    test."""
    drop_declared_tests(
        top,
        units,
        LANGUAGE,
        lambda signal: _declaration(signal) or _default_config(top, signal),
        _test_name,
        lambda own: (
            _runs_tests(top, tuple(dict.fromkeys((own, "")))) and not _names_empty_suite(top, own)
        )
        or _names_suite(top, own),
        stub=lambda path: _empty_code(top, path),
        folder_holds=lambda folder: not (
            _placeholders_only(top, folder) or not _holds_scripts(top, folder)
        ),
    )


def drop_untested_packages(top: str, units: dict[str, Unit]) -> None:
    """Drop the unit-test runner declarations of the Node units below the top whose folder
    holds no test while the repository holds one (a repository with none is `drop_unused`'s)."""
    elsewhere: bool | None = None
    packages = workspace_packages(units)
    for unit in units.values():
        if unit.folder == ".":
            continue  # its folder is the repository's
        found = unit.signals.get(LANGUAGE, [])
        tests = [s for s in found if s.kind is FindingKind.TEST]
        if not tests or not all(_declaration(s) for s in tests):
            continue
        named = _runner_test_name({s.name for s in tests})
        if _tested_library(top, unit, packages, named):
            continue
        if holds_tests(top, named, folder=unit.folder):
            continue
        if elsewhere is None:
            elsewhere = holds_tests(top, _test_name)
        if not elsewhere:
            return
        if (
            _runs_tests(top, (unit.folder,)) and not _names_empty_suite(top, unit.folder)
        ) or _names_suite(top, unit.folder):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]
        unit.untested = True  # nor is the workspace root's runner lent it


def mark_unlent_members(top: str, units: dict[str, Unit]) -> None:
    """Mark `untested` the Node workspace members below the top that declare no runner of
    their own and hold no test, inside a workspace whose root is a program of its own (a web
    server at the top, its members the services it calls): the root's runner runs the root's
    suite (`__tests__/` of the server's code), never the member's, so the root lends it none
    (`inheritance.workspace_tests`). A member a command runs the tests in keeps it."""
    for unit in units.values():
        if unit.folder == "." or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        if any(s.kind is FindingKind.TEST for s in unit.signals.get(LANGUAGE, [])):
            continue
        root = _program_root(unit, units)
        if root is None or not any(
            s.kind is FindingKind.TEST for s in root.signals.get(LANGUAGE, [])
        ):
            continue
        if holds_tests(top, _test_name, folder=unit.folder) or _runs_tests(top, (unit.folder,)):
            continue
        unit.untested = True


def _program_root(unit: Unit, units: dict[str, Unit]) -> Unit | None:
    """The nearest Node workspace root above `unit` (a package.json listing members), when it
    is a program of its own: it starts a web framework in its own code."""
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is not None and any(e == LANGUAGE and r.modules for _, e, r in outer.manifests):
            found = outer.signals.get(LANGUAGE, [])
            started = any(
                s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY for s in found
            )
            return outer if started else None
    return None


def _tested_library(
    top: str, unit: Unit, packages: dict[str, Unit], named: Callable[[str], bool]
) -> bool:
    """Whether `unit` depends on another package of the repository that holds a test: an app
    assembled from workspace libraries (`"@acme/graphql": "workspace:*"`) may keep its suite
    in them, run with the app's declared Jest. Libraries holding none lend no suite (set 289:
    a server's `vitest run --passWithNoTests` over a core package whose `test/` folder keeps
    only the setup file its runner imports)."""
    return any(
        (other := packages.get(name.lower())) is not None
        and other is not unit
        and holds_tests(
            top,
            named,
            stub=lambda path: _empty_code(top, path),
            folder=other.folder,
            folder_holds=lambda folder: not _placeholders_only(top, folder),
        )
        for name in module_uses(unit, LANGUAGE)
    )


def _declaration(signal: Signal) -> bool:
    """Whether `signal` is a unit-test runner named by a line of a `package.json`."""
    return (
        signal.name in UNIT_RUNNERS
        and posixpath.basename(signal.evidence.path) == _MANIFEST
    )


_RUNNER_CONFIG = re.compile(
    r"^(?:jest\.config|vitest\.config|\.mocharc)\.(?:[cm]?[jt]s|json|ya?ml)$"
)
"""A unit-test runner's own configuration file at a package (`jest.config.js`)."""

_SUITE_SETTING = re.compile(r"\b(?:testMatch|testRegex|roots|include|spec)\b")
"""A configuration key pointing the runner at tests named or kept otherwise than by default
(Jest's `testMatch`, `testRegex` and `roots`, Vitest's `include`, Mocha's `spec`)."""


def _default_config(top: str, signal: Signal) -> bool:
    """Whether `signal` is a unit-test runner's configuration file that looks for tests where
    the runner does by default: left by a template as a devDependency is (a `jest.config.js`
    setting the preset and environment), it proves no suite where no file is named as a test.
    One naming its own suite (`testMatch`) keeps the runner."""
    if signal.name not in UNIT_RUNNERS:
        return False
    if _RUNNER_CONFIG.match(posixpath.basename(signal.evidence.path)) is None:
        return False
    text = read_head(top, signal.evidence.path, _HEAD_BYTES)
    return text is not None and len(text) < _HEAD_BYTES and not _SUITE_SETTING.search(text)


_DEFAULT_GLOB_RUNNERS = frozenset({"Jest", "Vitest"})
"""Runners whose default suites are files named `*.test.*` or `*.spec.*` (and Jest's
`__tests__/`): run with no configuration of their own, they take no `nab-test.ts`."""

_DOTTED_TEST_NAME = re.compile(r"\.(?:test|spec)\.[cm]?[jt]sx?$", re.IGNORECASE)
"""What Jest's and Vitest's default patterns take for a test file (`app.test.ts`,
`user.spec.js`)."""


_FOLDER_RUNNERS = frozenset({"Mocha", "Jasmine"})
"""Runners whose default suites are their test folder's files (Mocha's `./test`, Jasmine's
`spec/`): a module merely called `test.ts` elsewhere (a manual runner in `src/`) is none of
their tests, though Node's own runner and AVA take that name."""


def _runner_test_name(runners: set[str]) -> Callable[[str], bool]:
    """How a package's files are judged tests of `runners`, all declared by its `package.json`
    alone: where only Jest or Vitest is declared, by their default patterns (a route module
    named `nab-test.ts` is no test of theirs); where only those and Mocha or Jasmine are, by a
    test's name (`*.test.*`, `*-spec.*`), not Node's own runner's (`test.ts`); otherwise by
    every name a Node runner takes."""
    if runners <= _DEFAULT_GLOB_RUNNERS:
        return lambda name: bool(_DOTTED_TEST_NAME.search(name)) or test_module(name)
    if runners <= _DEFAULT_GLOB_RUNNERS | _FOLDER_RUNNERS:
        return test_file
    return _test_name


def _test_name(name: str) -> bool:
    """Whether `name` is a test file of a Node runner, Node's own runner's names included."""
    return test_file(name) or bool(_NODE_TEST_NAME.match(name))


def test_file(name: str) -> bool:
    """Whether `name` is a JavaScript or TypeScript test file, or a Python test module (a
    repository with tests in any of its languages is not called testless). Shared with
    `testless_php`."""
    return bool(_TEST_NAME.search(name)) or test_module(name)


def _runs_tests(top: str, folders: tuple[str, ...]) -> bool:
    """Whether a command file of `folders` other than a `package.json` (whose scripts are the
    declarations themselves) runs the tests, on a line not commented out nor telling the
    runner to pass where it finds no test."""
    return any(
        _RUNS.search(_NO_SUITE.sub("", _COMMENTED.sub("", text)))
        for path, text in command_texts(top, folders)
        if posixpath.basename(path) != _MANIFEST
    )


_COMMENTED = re.compile(r"^[ \t]*#[^\n]*", re.MULTILINE)
"""A line commented out in a CI file or a shell script (`# script: "npm run test-travis"`)."""

_NO_SUITE = re.compile(r"^[^\n]*--pass-?with-?no-?tests\b[^\n]*", re.MULTILINE | re.IGNORECASE)
"""A command telling Jest or Vitest to pass where no test file exists (set 467: a CI's `yarn
test --passWithNoTests` over a template's `"test": "jest"`): the project expects none, so the
step proves no suite."""

_CODE_ENDINGS = (".js", ".cjs", ".mjs", ".jsx", ".ts", ".cts", ".mts", ".tsx")

_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
"""A line or block comment of JavaScript or TypeScript."""

_DIRECTIVE = re.compile(r"""['"]use strict['"][ \t]*;?""")
"""The strict mode's directive prologue, no code of a test."""

_HEAD_BYTES = 4096
"""Bytes read of a test-named file: a placeholder is a line or two; past this, code or not, the
file is taken as a test."""

_RUNNER_OPTIONS = frozenset({"mocha.opts"})
"""A runner's options file kept in the test folder (Mocha's before `.mocharc`): no test."""

_SCRIPTS = (".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".coffee")
"""Files a Node runner loads as tests. A test folder holding none (a Helm chart's
`templates/tests/test-connection.yaml`, `helm test`'s hook; fixtures alone) has no suite."""

_SETUP_NAME = re.compile(r"^(?:setup|setup-?tests|test-?setup)\.[cm]?[jt]sx?$", re.IGNORECASE)
"""A runner's setup file (`test/setup.ts`, what `--import ./test/setup.ts` or Vitest's
`setupFiles` loads before the suites): it prepares tests, it is none."""


def _empty_code(top: str, path: str) -> bool:
    """Whether the JavaScript or TypeScript file at `path` (from `top`) holds no code."""
    if not path.lower().endswith(_CODE_ENDINGS):
        return False
    text = read_head(top, path, _HEAD_BYTES)
    if text is None or len(text) >= _HEAD_BYTES:
        return False
    return not _DIRECTIVE.sub("", _COMMENT.sub("", text)).strip()


_DEFINES_TEST = re.compile(
    r"\b(?:describe|it|test|suite|context|specify)(?:\.\w+)?[ \t]*\("
    r"|\b(?:assert|expect)(?:\.\w+)*[ \t]*\("
    r"|\b(?:require[ \t]*\([ \t]*|from[ \t]*)['\"](?:tap|tape|ava|uvu|node:test)['\"]"
)
"""What a test file of a Node runner holds: a suite or case defined (`describe(`, `it.only(`,
`test(`, Mocha's TDD `suite(`), an assertion made (`assert.ok(true)` at the top of a file Node's
runner runs whole), or an import of a runner whose file asserts at the top (tap, tape). A setup
file only hands the assertion library out (`global.expect = chai.expect`)."""

_MAX_DEPTH = 3
"""Levels of subfolders a test folder is read down to; deeper, it is taken to hold a test."""


def _setup_code(top: str, path: str) -> bool:
    """Whether the short JavaScript or TypeScript file at `path` (from `top`) defines no test:
    a setup file the runner loads first under any name (`test/spec/00/global.js` putting
    chai's `expect` on the globals), no suite."""
    if not path.lower().endswith(_CODE_ENDINGS):
        return False
    text = read_head(top, path, _HEAD_BYTES)
    if text is None or len(text) >= _HEAD_BYTES:
        return False
    return _DEFINES_TEST.search(_COMMENT.sub("", text)) is None


def _placeholders_only(top: str, folder: str, depth: int = 0) -> bool:
    """Whether the test-named `folder` (from `top`) holds, besides hidden files, only code
    files defining no test (none at all, or a setup file), a runner's options file, and
    subfolders holding no more: a runner configured over a folder that keeps only its setup
    (`test/spec/00/global.js` under `mocha test --recursive`) finds no test."""
    if depth > _MAX_DEPTH:
        return False
    try:
        entries = list(os.scandir(os.path.join(top, *folder.split("/"))))
    except OSError:
        return False
    seen = [e for e in entries if not e.name.startswith(".")]
    return bool(seen) and all(
        _placeholders_only(top, posixpath.join(folder, e.name), depth + 1)
        if e.is_dir()
        else e.is_file()
        and (
            e.name in _RUNNER_OPTIONS
            or _SETUP_NAME.match(e.name) is not None
            or _empty_code(top, posixpath.join(folder, e.name))
            or _setup_code(top, posixpath.join(folder, e.name))
        )
        for e in seen
    )


def _holds_scripts(top: str, folder: str, depth: int = 0) -> bool:
    """Whether the test-named `folder` (from `top`) holds, at any depth, a file a Node runner
    could load (`_SCRIPTS`). One holding none (a Helm chart's `templates/tests/`, `helm test`'s
    YAML hooks) keeps no suite; one holding a placeholder beside fixtures is `_placeholders_only`'s
    to read."""
    if depth > _MAX_DEPTH:
        return True
    try:
        entries = list(os.scandir(os.path.join(top, *folder.split("/"))))
    except OSError:
        return True
    return any(
        _holds_scripts(top, posixpath.join(folder, e.name), depth + 1)
        if e.is_dir()
        else e.name.lower().endswith(_SCRIPTS)
        for e in entries
        if not e.name.startswith(".")
    )


_GLOB = re.compile(r"[*?\[{]")


_SEPARATORS = frozenset({"&&", "||", ";", "|"})

_LAUNCHERS = frozenset({"exec", "npx", "bunx", "dlx"})
"""Words whose next word is a command too (`pnpm exec prisma generate`)."""

_SOURCES = frozenset({".", "source"})
"""Shell commands whose argument is a settings file read in (`. ./.env`), no suite."""


def _arguments(script: str) -> list[str]:
    """The words of `script` that are arguments: not a command (the first word of each
    command, after its variable assignments, or one a launcher runs), nor the file a shell
    sources. A command named like a folder of the package (`prisma generate` beside its
    `prisma/` schema folder) names no suite."""
    found: list[str] = []
    command = True
    sourced = False
    for raw in script.split():
        word = raw.strip("'\"")
        if not word:
            continue
        if word in _SEPARATORS:
            command, sourced = True, False
            continue
        if command:
            if re.match(r"^\w+=", word):
                continue  # a variable set for the command (`DATABASE_URL=… node …`)
            command, sourced = word in _LAUNCHERS, word in _SOURCES
            continue
        if word in _LAUNCHERS:
            command = True
            continue
        if not sourced:
            found.append(word)
    return found


def _named_paths(top: str, folder: str) -> list[str]:
    """The files and folders of the package at `folder` that exist and that a test script of
    it names (a glob, `.` and installed packages left out: they name no suite of their own)."""
    data = package_json(top, folder)
    scripts = data.get("scripts") if data is not None else None
    if not isinstance(scripts, dict):
        return []
    found: list[str] = []
    for name, script in scripts.items():
        if not isinstance(name, str) or not name.startswith("test") or not isinstance(script, str):
            continue
        for word in _arguments(script):
            if word.startswith("-") or _GLOB.search(word):
                continue
            path = posixpath.normpath(posixpath.join(folder, word))
            if path in (".", folder) or path.startswith("..") or "node_modules" in path.split("/"):
                continue
            if os.path.exists(os.path.join(top, path)):
                found.append(path)
    return found


def _empty_test_folder(top: str, path: str) -> bool:
    """Whether `path` is a folder named for tests (`test/`) keeping only placeholders and
    setup. A folder named otherwise (`t/`) is the suite its script says it is."""
    return test_folder(posixpath.basename(path)) and _placeholders_only(top, path)


def _names_suite(top: str, folder: str) -> bool:
    """Whether a test script of the package at `folder` names a file or folder of it that
    exists and is not a test folder keeping only placeholders and setup."""
    return any(not _empty_test_folder(top, path) for path in _named_paths(top, folder))


def _names_empty_suite(top: str, folder: str) -> bool:
    """Whether the test scripts of the package at `folder` name folders of it, each keeping
    only placeholders and setup (`mocha test --recursive` over a `test/` holding a chai setup
    file): whatever command of the project runs them runs no test. Mocha passes on a folder
    whose files define none, so a CI step or a Dockerfile's `npm run test` proves no suite."""
    paths = _named_paths(top, folder)
    return bool(paths) and all(_empty_test_folder(top, path) for path in paths)
