"""Walk a project tree and list the manifests and source files worth reading.

The walk is iterative (`os.scandir` with an explicit queue, so no recursion limit; breadth
first, so that the files named for a project are its shallowest), prunes the
folders that never hold a project's own code (.git, node_modules, virtualenvs, vendor, build
output, caches), honours `.gitignore` files, and never reads a file: it only names them.

Symbolic links to folders are never followed: one that points inside the root names a folder
the walk reaches by its real path anyway (following it would count that folder twice, or loop
forever when it points to an ancestor); one that points outside is out of bounds. A link to a
file is kept only when the file lies inside the root.
"""

from __future__ import annotations

import os
import re
import stat
from collections import deque
from collections.abc import Callable, Iterable
from types import ModuleType

from designer.detect import ecosystems, locks, node_type_switches, sidefiles, utf16_text
from designer.detect.ecosystems import amper, grails2
from designer.detect.gitignore import GitIgnore, IgnoreStack
from designer.detect.picking import Picker

PRUNED = frozenset(
    {
        "node_modules",
        "bower_components",
        "jspm_packages",
        "venv",
        "virtualenv",
        "site-packages",
        "__pycache__",
        "vendor",
        "target",
        "build",
        "dist",
        "out",
        "obj",
        "coverage",
        "htmlcov",
        "Pods",
        "tmp",
    }
)
"""Folder names never descended into. Hidden folders (.git, .venv, .tox, caches) are pruned too."""

_INSTALLED = ("node_modules", "bower_components", "jspm_packages")
"""Package managers' install folders: one kept aside under another name (`bower_components.safe`,
`node_modules_old`, a vendored copy of installed packages) holds their code, never the
project's (an ASP.NET MVC sample shipped inside a JavaScript package is no backend)."""

_DOTTED_TESTS = frozenset({"test", "tests"})
"""Hidden folders walked all the same, as tests: a solution may keep its test projects in a
`.Tests/` folder (sorted first, out of the product's way) whose projects reference the host
they test; every other hidden folder is tooling (`.github`, `.vscode`, `.git`)."""

_MIX_FETCHED = frozenset({"deps", "_build"})
"""Where Mix puts the Hex packages it fetches (`deps/`) and compiles them (`_build/`), beside
the `mix.exs` that lists them: a repository committing them carries other projects' code (the
web framework's own sources, a mailer's preview router), never its own. Only beside a
`mix.exs`: elsewhere a folder so named may hold the project's code."""

MAX_BYTES = 1024 * 1024
"""Files larger than this are not read: no manifest or entry point is that big."""

PROGRESS_EVERY = 1000
"""How many files pass between two progress calls."""

_MANIFEST_NAMES = frozenset(
    {
        "package.json",
        # A Deno program's configuration, whose import map names its npm packages.
        "deno.json",
        "deno.jsonc",
        "go.mod",
        # dep's manifest, before modules (`go_dep`); a go.mod beside it supersedes it.
        "Gopkg.toml",
        "Cargo.toml",
        "pom.xml",
        "composer.json",
        "Gemfile",
        "pyproject.toml",
        "Pipfile",
        "setup.cfg",
        "setup.py",
        "build.gradle",
        "build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts",
        "mix.exs",
        "rebar.config",
        # Haskell's hpack description (admitted only inside a Stack or Cabal project:
        # `haskell.hpack_home`) and Crystal's Shards manifest.
        "package.yaml",
        "shard.yml",
        "build.sbt",
        "deps.edn",
        "project.clj",
        "build.clj",
        # A conda environment (`python.CONDA_ENVIRONMENTS`).
        "environment.yml",
        "environment.yaml",
        "Package.swift",  # SwiftPM's manifest
        "pubspec.yaml",  # a Dart pub package's
        "gleam.toml",  # a Gleam project's
        # A C or C++ project's CMake build, Conan list or vcpkg manifest; a Zig package's.
        "CMakeLists.txt",
        "conanfile.txt",
        "vcpkg.json",
        "build.zig.zon",
        # A Perl distribution's prerequisites (`ecosystems.perl`).
        "cpanfile",
        "Makefile.PL",
        "Build.PL",
        "dist.ini",
        # An Amper module (admitted only when it names a `product:`: `ecosystems.amper`).
        "module.yaml",
    }
)
"""Names that may be manifests; the ecosystems decide (a cheap filter before asking them)."""


MAX_SOURCES = 25
"""Ordinary source files named per project folder: the shallowest ones (the walk is breadth
first). Entry points and framework marker files do not count against it."""

MAX_ENTRY_SOURCES = 40
"""Files with an entry-point name (main.py, app.js, *Application.java …) named per folder."""

MAX_TEST_SOURCES = 20
"""Test files named per folder: a few prove the test framework."""

MAX_LATE_TEST_SOURCES = 5
"""Test files named by a test name (`fmt_test.clj`, `UserTest.java`) admitted per folder past
the test quota, for each language no test file kept so far is written in: a shallow suite of
another language (a repository's Cypress specs at `cypress/e2e/`) must not hide the
program's own unit tests, deeper under `test/clj/`."""

MAX_RUST_FILES = 150
"""Rust files listed per project folder for `rust_tests`' search of inline test modules."""

MAX_ASIDE_ENTRY_SOURCES = 10
"""Files with an entry-point name in test and example folders named per folder (an examples/
folder of thirty `main.go`): they prove test tools at most, on a quota of their own, so that
they never crowd the program's own entry points out."""

MAX_SETTINGS_SOURCES = 20
"""Configuration modules named per project folder once its ordinary quota is spent: where a
project states the database engine it runs on by default (a Django settings package's
`settings/base.py`, Laravel's `config/database.php`, a `DatabaseConfiguration.cs` class), deep
in trees whose shallow files fill the ordinary quota."""

MAX_DATA_SOURCES = 5
"""Modules named for the database (`database.ts`, `db.py`, `dbUtils.ts`) named per project
folder once the configuration quota is spent too: a browser client's many `*Config.ts` and
`*Options.ts` modules, shallower than the server's, must not hide the module where the
program picks the engine it runs on when none is configured."""

SETTINGS_FOLDERS = frozenset({"settings", "config", "configs", "conf", "configuration"})
"""Folders whose code is configuration: every source file there is a configuration module."""

NESTED_SETTINGS_FOLDERS = frozenset({"adapter"})
"""Folders of a configuration folder holding its settings split one file per component
(ThinkJS's `config/adapter/model.js`, where the model layer's `type` picks the engine the
program opens): configuration too, though not named as a configuration folder is."""


def _parent_folder(prefix: str) -> str:
    """The name of the folder enclosing the folder `prefix` (`"src/config/adapter/"`: config)."""
    parts = prefix[:-1].split("/")
    return parts[-2] if len(parts) > 1 else ""


DATA_FOLDERS = frozenset(
    {"dao", "dataprovider", "datastore", "persistence", "db", "repository", "repositories"}
)
"""Folders of data-access code: where a program imports its data layer (Beego ORM, which
ships inside the framework's module, shows only there; hand-written SQL over database/sql in
a `dataprovider` package; Spring Data repositories, often the only files that import the
data layer a company library brings) and picks the engine it opens when none is configured
(a `db` package's `GetDB()` starting at "sqlite"), read on the configuration quota."""

ENGINE_FOLDERS = frozenset(
    {"mysql", "mariadb", "postgres", "postgresql", "sqlite", "mongo", "mongodb"}
)
"""Folders named for a database engine (`data/mysql/`, `internal/store/postgres/`): the package
of a layered program that implements its repositories on that engine, the only files importing
its data layer and the engine's driver (a go.mod never tidied lists both `// indirect`). Read on
the configuration quota as `DATA_FOLDERS` are, but only when no sibling folder is named for
another engine: a program supporting several servers keeps one such package per engine, and
reading them all would make each look chosen."""

SETTINGS_STEMS = (
    "settings",
    "config",
    "configuration",
    "flags",
    "options",
    "database",
    "sqlite",
    "postgres",
    "postgresql",
    "dbcontext",
    "firestore",
)
"""How the (lower-case) stem of a configuration module ends (`DatabaseConfiguration`,
`app_settings`, `dbconfig`, a command's `flags.go` or a program's `options.py`, where it
declares its settings and their defaults, and the module that opens the database,
`database.py`, where a program supporting several engines picks the one it runs on when none
is configured, or `sqlite.ts` and `postgresql.js`, named for the engine they open: where a
Node program builds its Sequelize instance with the dialect it runs on), and an EF Core context
(`AppDbContext.cs`, the class that proves EF Core when a metapackage brings it, often deep in
a `Persistence/…` tree whose shallow files fill the ordinary quota)."""

DATA_STEMS = ("database", "sqlite", "postgres", "postgresql", "dbcontext", "firestore")
"""The `SETTINGS_STEMS` naming the database itself: modules kept on `MAX_DATA_SOURCES` too (a
`Firestore.swift` that writes documents through Firestore's REST API, no library to show it)."""

SETTINGS_WHOLE_STEMS = ("db",)
"""Whole (lower-case) stems of configuration modules (`db.py`, the module that opens the
program's own database): a stem only ending so names a driver (`mongodb.go`, `dynamodb.go`)."""

_DB_PREFIXED = re.compile(r"(?m)^[Dd]b(?:[A-Z]|[_-][a-z])")
"""A module named for the program's own database and what it does with it, "db" leading a
second word (`dbUtils.ts`, `db_session.py`, `db-connection.js`, `DbInitializer.cs`): where a
program opens its database and picks the engine it runs on when none is configured, as
`db.py` is. A bare "db" run into a word (`dbus.go`, `dbg.py`) is not one."""

_ENTRY_STEMS = frozenset(
    {
        "main",
        "app",
        "server",
        "serve",  # a command-line program's `serve` command (`cmd/app/serve.go`): its flags
        "index",
        "application",
        "program",
        "manage",
        "wsgi",
        "asgi",
        "__main__",
        "__init__",
        "routes",
        "route",  # a Next.js route handler (`app/api/users/route.ts`)
        "kernel",
        "startup",
        "lib",
        "api",
        "config",
        # A server module named for what it is (`pkg/web/web_server.py`, where a program's
        # server class builds and starts its application), deeper than a quota of ordinary
        # files reaches in a large package.
        "web_server",
    }
)
TEST_FOLDERS = frozenset(
    {
        "test",
        "tests",
        "spec",
        "__tests__",
        "testing",
        "e2e",
        "testdata",
        "fixtures",
        "examples",
        "docs",
        "samples",
        "benchmarks",
        # A load test's scripts and the mock services they start (a fake LLM API on FastAPI):
        # test doubles, never the product's application.
        "loadtest",
        "loadtests",
        # Cypress's own folder of end-to-end specs and their support code: the API stubs it
        # serves the UI (`postgresql://…` in a fixture) are no database of the app's.
        "cypress",
        # A Perl distribution's tests (`t/*.t`, their helper apps under `t/lib/`), its author
        # tests (`xt/`) and its examples (`eg/`).
        "t",
        "xt",
        "eg",
    }
)
"""Folders whose code is tests, examples or fixtures: it proves a test framework, never the
app's web framework."""

_TEST_PATTERN = (
    # `tests.py`: the module `manage.py startapp` writes for each Django app's test cases.
    r"(?:test_.*\.py|tests\.py|conftest\.py|.*_test\.(?:py|go|clj)"
    r"|.*\.(?:test|spec)\.[cm]?[jt]s|.*Tests?\.(?:java|kt|php|cs)|.*_spec\.(?:rb|lua|moon|cr)"
    # EUnit's test modules and Common Test's suites.
    r"|.*_tests\.erl|.*_SUITE\.erl"
    # XCTest's and Swift Testing's test files, Dart's `*_test.dart` (what `dart test` runs).
    r"|.*Tests?\.swift|.*_test\.dart"
    r"|.*_test\.gleam"  # gleeunit's test modules
    r"|.*\.bats"  # Bats's shell tests
    r"|.*\.t)\Z"  # a Perl test script (`prove` runs `t/*.t`)
)
TEST_NAME = re.compile(_TEST_PATTERN)


class Source:
    """A source or marker file to read."""

    __slots__ = ("is_entry", "is_test", "path")
    # A plain class, not a dataclass: building a dataclass costs a third of a millisecond of
    # every start, and this one needs no generated methods.

    def __init__(self, path: str, is_test: bool, is_entry: bool) -> None:
        self.path = path
        self.is_test = is_test
        """In a test or example folder, or named like a test."""
        self.is_entry = is_entry
        r"""Named like an entry point or a framework marker file."""


class Tree:
    """What a walk found; paths are relative to the root with `/` separators."""

    __slots__ = (
        "distributions",
        "files_seen",
        "go_tests",
        "ignored",
        "lent_lists",
        "locks",
        "manifests",
        "rust_files",
        "side",
        "sources",
        "warnings",
    )

    def __init__(self) -> None:
        self.manifests: list[tuple[str, ModuleType]] = []
        self.sources: dict[str, list[Source]] = {}
        """Folder of the nearest manifest ("." when none) → files to read, entry points
        first."""
        self.warnings: list[str] = []
        self.files_seen = 0
        self.side: list[tuple[str, str]] = []
        """(path, folder of the nearest manifest) of the files `sidefiles` reads: version
        pins, Dockerfiles, env examples, Compose files, version catalogues."""
        self.locks: list[str] = []
        """Paths of lock files (`package-lock.json`, `Gemfile.lock` …): read later, and only
        in the folders that turn out to be backends."""
        self.ignored: list[str] = []
        """Folders a `.gitignore` names, not walked (a build may still list one as a module:
        an ignore rule does nothing to files git already tracks)."""
        self.distributions: list[tuple[str, str]] = []
        """(path, folder of the nearest manifest) of the `*.dist-info` folders of Python
        distributions installed into the tree (`libs/flask-3.0.3.dist-info`): a program
        shipping its dependencies vendored declares them there."""
        self.lent_lists: dict[str, str] = {}
        """Pip list kept in an importable package → the folder of the project that packages
        it and lists no requirements of its own: the list is that project's."""
        self.go_tests: dict[str, list[str]] = {}
        """Folder of the nearest manifest → the Go test files (`_test.go`) under it, past the
        test quota too, at most `go.CENSUS_FILES` of them, shallowest first: a census of them
        tells a suite written in one test tool from a few files using it (`go.census`)."""
        self.rust_files: dict[str, list[str]] = {}
        """Folder of the nearest manifest → the Rust files under it, past every quota too, at
        most `MAX_RUST_FILES` of them, shallowest first: inline `#[cfg(test)]` modules sit in
        any source file, and `rust_tests` looks there when the files read name no test."""


class _Quota:
    """How many more files of each sort a project folder may name."""

    __slots__ = ("aside", "data", "entry", "late", "other", "settings", "test", "tested")

    def __init__(self) -> None:
        self.aside = MAX_ASIDE_ENTRY_SOURCES
        self.entry = MAX_ENTRY_SOURCES
        self.test = MAX_TEST_SOURCES
        self.other = MAX_SOURCES
        self.settings = MAX_SETTINGS_SOURCES
        self.data = MAX_DATA_SOURCES
        self.tested: set[str] = set()
        """Endings of the test files kept on the test quota."""
        self.late: dict[str, int] = {}
        """Ending → test files of it kept past the test quota (`MAX_LATE_TEST_SOURCES`)."""

    def admit_test(self, name: str) -> bool:
        """Take a test file called `name` on the quota, or past it if its language is new."""
        ending = name.rpartition(".")[2]
        if self.test > 0:
            self.test -= 1
            self.tested.add(ending)
            return True
        if ending in self.tested or self.late.get(ending, 0) >= MAX_LATE_TEST_SOURCES:
            return False
        self.late[ending] = self.late.get(ending, 0) + 1
        return True


def _read_gitignore(folder: str) -> GitIgnore | None:
    text, _ = read_text(folder, ".gitignore")
    return GitIgnore(text) if text is not None else None


_MANIFEST_PATTERN = (
    r"package\.json|deno\.jsonc?|go\.mod|Gopkg\.toml|Cargo\.toml|pom\.xml|composer\.json|Gemfile|pyproject\.toml"
    r"|Pipfile|setup\.cfg|setup\.py|.*\.gradle(?:\.kts)?|(?:(?:test|dev)[-_])?requirements.*\.(?:txt|pip)"
    # (`.pip`: the same lists under pip's other extension, `dep/requirements.pip`)
    # A pip list under the word's short form (`reqs.txt` beside `reqs_dev.txt`): the only list
    # of a project that names its files so (see `python.SHORT_PIP_LIST`).
    r"|reqs(?:[-_][\w.-]*)?\.txt"
    r"|.*\.[cf]sproj|.*\.gemspec|mix\.exs|rebar\.config|.*\.sbt|deps\.edn|project\.clj|build\.clj"
    r"|.*\.rockspec"
    r"|Package\.swift|pubspec\.yaml"
    r"|gleam\.toml"  # a Gleam project
    r"|CMakeLists\.txt|conanfile\.txt|vcpkg\.json|build\.zig\.zon"  # C, C++ and Zig projects
    r"|.+\.opam"  # an OCaml opam package
    r"|package\.yaml|.*\.cabal|shard\.yml|.*\.nimble"  # Haskell, Crystal and Nim packages
    r"|cpanfile|Makefile\.PL|Build\.PL|dist\.ini"  # a Perl distribution's prerequisites
    r"|module\.yaml"  # an Amper module
    r"|environment\.ya?ml"  # a conda environment (`python.CONDA_ENVIRONMENTS`)
    # sbt's build definition names them capitalised or not (`project/dependencies.scala`).
    r"|\w*(?:[Dd]ependencies|[Vv]ersions|[Dd]eps|[Ll]ibs|[Ll]ibraries|Build)\.scala"
    # sbt's older full configuration, `project/build.scala` as often as `project/Build.scala`:
    # the only build file of a build with no build.sbt.
    r"|build\.scala"
)
_MARKERS = sorted(ecosystems.SOURCE_NAMES)
_MARKER_PREFIXES = tuple(_MARKERS[:-1])
_LAST_MARKER = _MARKERS[-1]
_ENTRY_STEM = re.compile(
    rf"(?i:{'|'.join(sorted(_ENTRY_STEMS))})\.|[^.]*(?i:application)\."
    # An OTP application's callback module and its supervisors (`web_app.erl`, `web_sup.erl`):
    # where an Erlang service starts its HTTP listener, however deep its release keeps them.
    r"|\w+_(?:app|sup)\.erl\Z"
)


def _is_entry_name(name: str) -> bool:
    r"""Named like an entry point or a framework marker file.

    The marker names are tested as the one pattern that listed them all read them (its `\Z`
    bound the last alternative alone): a name starting with one, or the last one whole.
    String tests instead of that pattern, whose compiling was a millisecond of every start.
    """
    return (
        name.startswith(_MARKER_PREFIXES)
        or name == _LAST_MARKER
        or _ENTRY_STEM.match(name) is not None
        or name.endswith(".psgi")  # a Perl web application's PSGI file, whatever its name
    )


_MANIFEST_NAME = re.compile(rf"(?:{_MANIFEST_PATTERN})\Z")


def _notable(name: str) -> bool:
    """Manifests, marker files, entry-point and test names: the files looked at one by one.

    Three patterns tried in turn rather than one alternation of all three: compiling that
    took a millisecond of every start, and few names get this far.
    """
    return bool(_MANIFEST_NAME.match(name) or _is_entry_name(name) or TEST_NAME.match(name))

# `tests.py` (Django's per-app test module, which `TEST_NAME` matches) is named here as the
# other test names are by `_NOTABLE_PREFIXES` and `_NOTABLE_ENDINGS`: a test file is picked by
# name, on the test quota, not only while the folder's project still wants ordinary files (an
# app's `tests.py` two folders down a project whose shallow modules spent that quota).
_NOTABLE_NAMES = frozenset(_MANIFEST_NAMES | ecosystems.SOURCE_NAMES | {"tests.py"})
_NOTABLE_PREFIXES = (
    "requirements",
    # The pip lists of a project's tests and tools named before `requirements`
    # (`dev-requirements.txt` pinning pytest), which `_MANIFEST_PATTERN` reads too.
    "dev-requirements",
    "dev_requirements",
    "test-requirements",
    "reqs",  # the pip lists named by the word's short form (`reqs.txt`, `reqs_dev.txt`)
    "conda-",  # conda-lock's explicit lists (`conda-linux-64.lock`)
    "test_",
    *sorted(f"{stem}." for stem in _ENTRY_STEMS),
    *sorted(f"{stem.capitalize()}." for stem in _ENTRY_STEMS),
)
_NOTABLE_ENDINGS = (
    ".csproj",
    ".fsproj",  # F#'s MSBuild projects, read as C#'s are
    ".gemspec",
    ".gradle",  # a Gradle script plugin a build applies (`apply from: 'deps.gradle'`)
    ".gradle.kts",
    ".sbt",
    ".scala",  # the build definition's `project/Dependencies.scala` (see `_MANIFEST_PATTERN`)
    "mix.exs",
    "deps.edn",
    "project.clj",
    "build.clj",
    ".rockspec",
    ".cabal",
    ".nimble",
    ".opam",
    ".psgi",  # a Perl web application's PSGI file (`_is_entry_name`)
    ".conda.lock",  # conda-lock's explicit list, renamed (`linux-64.conda.lock`)
    "_test.py",
    "_test.go",
    "_spec.rb",
    "_spec.lua",
    "_spec.moon",
    "_spec.cr",
    "_test.clj",
    "_app.erl",
    "_sup.erl",
    "_tests.erl",
    "_SUITE.erl",
    "Test.swift",
    "Tests.swift",
    "_test.dart",
    "_test.gleam",
    ".bats",
    ".t",  # a Perl test script (`TEST_NAME`)
    *(f".{kind}.{ext}" for kind in ("test", "spec") for ext in ("js", "ts", "mjs", "cjs", "mts")),
    *(f"{word}.{ext}" for word in ("Test", "Tests") for ext in ("java", "kt", "php", "cs")),
)
"""Cheap string tests that every notable name passes (a superset of `_notable`): `str`
methods run in C, so ordinary files cost a fraction of a regular-expression call."""

_PICKED_NAMES = frozenset(_NOTABLE_NAMES | sidefiles.NAMES | locks.LOCKS.keys())
_PICKER = Picker((*_NOTABLE_PREFIXES, *sidefiles.PREFIXES), (*_NOTABLE_ENDINGS, *sidefiles.ENDINGS))
"""Every name the walk looks at one by one is notable, a side file or a lock file: in
`_PICKED_NAMES`, starting or ending as `_PICKER` picks, or holding "pplication." (a Spring or
.NET application class)."""

_SKIPPED_ENDINGS = (".d.ts", ".min.js")

_KEPT_MANIFESTS = frozenset({"rebar.config"})
"""Manifests kept whatever a `.gitignore` says. An Erlang release keeps its node's settings in
`*.config` files written per machine (`sys.config`, rebar 2's `app.config`, a generated
`vm.config`), which its `.gitignore` covers with a glob (`/*.config`, `*.config`) that also
covers the hand-written `rebar.config` beside them: git ignores no tracked file, and the build's
own manifest is never one of those generated settings."""


_SOURCE_ENDINGS = tuple(
    ending
    for ending in ecosystems.SOURCE_ENDINGS
    if not any(other != ending and ending.endswith(other) for other in ecosystems.SOURCE_ENDINGS)
)
"""The source endings that no shorter one ends (`Repository.java` ends with `.java`): the same
`endswith` answer with a third of the endings to try, for every file a quota looks at."""


_EXAMPLE_MARKS = (".example.", "-example.")


def _is_example(name: str) -> bool:
    """Whether a file is named as the example settings installs copy (`app.example.yml`,
    `etc/<program>-example.yaml`): committed by design, so that a `.gitignore` pattern covering
    it (`etc/<program>-*`, written for the copies holding real secrets) does not hide it."""
    return any(mark in name for mark in _EXAMPLE_MARKS)


def _is_source(name: str) -> bool:
    return name in ecosystems.SOURCE_NAMES or (
        name.endswith(_SOURCE_ENDINGS) and not name.endswith(_SKIPPED_ENDINGS)
    )


def walk(root: str, progress: Callable[[int], None] | None = None) -> Tree:
    """List the manifests and source candidates under `root` (an existing folder).

    Breadth first, so that the files named for a folder are its shallowest ones.
    """
    tree = Tree()
    quotas: dict[str, _Quota] = {}
    real_root = os.path.realpath(root)
    queue: deque[tuple[str, str, IgnoreStack, str, bool]] = deque(
        [(real_root, "", IgnoreStack(), ".", False)]
    )
    next_progress = PROGRESS_EVERY
    # A repository that is itself a `dotnet new` template ships its templates as its product.
    templates = os.path.isdir(os.path.join(real_root, ".template.config"))
    notable_name = _notable
    notable_names = _NOTABLE_NAMES
    notable_prefixes = _NOTABLE_PREFIXES
    notable_endings = _NOTABLE_ENDINGS
    lock_names = locks.LOCKS
    picked_names = _PICKED_NAMES
    picker = _PICKER
    ignored_settings: list[tuple[str, str, str]] = []
    engine_homes: set[str] = set()
    """Folders named for the one engine among their siblings (`ENGINE_FOLDERS`)."""
    packagers: set[str] = set()
    listers: set[str] = set()
    """Folders whose own pip list (`requirements.txt`) the walk found."""
    projects: set[str] = set()
    """Folders whose own manifest the walk found (a parent's before its children's)."""
    rocks: set[str] = set()
    c_roots: set[str] = set()
    """Folders holding a C or C++ project's outermost build file (`CMakeLists.txt`, a Conan
    or vcpkg list): the build files below them are the same build's sub-folders."""
    haskell_roots: set[str] = set()
    """Folders holding a Stack or Cabal project (`stack.yaml`, `cabal.project`)."""
    swift_packages: set[str] = set()
    """Folders holding a SwiftPM manifest (`Package.swift`)."""
    """Folders whose rockspec the walk found: Lua code below them is a project's code."""
    node_packages: set[str] = set()
    """Folders whose package.json the walk took as a manifest."""
    committed_anyway: set[str] = set()
    """Manifest names the root's own ignore rules cover at the root itself, where the file is
    all the same (`package.json*` written beside a committed `package.json`)."""
    while queue:
        folder, relative, ignores, owner, in_tests = queue.popleft()
        try:
            with os.scandir(folder) as iterator:
                items = list(iterator)
        except OSError as error:
            tree.warnings.append(
                f"{relative or '.'}/: folder cannot be read ({error.strerror or error})"
            )
            continue
        # Most entries are regular files (one `is_file` each, answered from the directory
        # entry), and a folder of files only is the common case: the others are looked at
        # one by one only when there are some.
        files = [item.name for item in items if item.is_file(follow_symlinks=False)]
        if len(files) == len(items):
            folders, others = _NO_FOLDERS, _NO_OTHERS
        else:
            folders, others = _split(items, files, real_root)
        joined = "\n".join(files)
        # Whole-name tests on the joined names (one search in C each) rather than on a list
        # (a comparison per name each); a name holding a line end makes them unreliable.
        plain = joined.count("\n") == len(files) - 1 if files else True
        text = f"\n{joined}\n"
        if (
            relative
            and _holds("pyvenv.cfg", text, plain, files, others)
            and (
                not _VENV_BODY.isdisjoint(others)
                or not any(_holds(n, text, plain, files, others) for n in _PROJECT_STARTS)
            )
        ):
            continue  # a virtualenv, whatever its name
        if relative and not templates and _holds(".template.config", text, plain, files, others):
            continue  # a `dotnet new` template's content: copies of the projects, not projects
        if relative and folders and _installed(folders):
            # A folder of installed distributions (`pip install --target libs`): vendored
            # dependencies, not the project's code. Their metadata folders' names say which
            # release of each the project ships; nothing in it is read.
            tree.distributions += [
                (f"{relative}/{name}", owner) for _, name in folders if name.endswith(_DIST)
            ]
            continue
        if _holds(".gitignore", text, plain, files, others):
            ignore = _read_gitignore(folder)
            if ignore is not None and ignore.rules:
                ignores = ignores.push(relative, ignore)
        prefix = f"{relative}/" if relative else ""
        tree.files_seen += len(files)
        if progress is not None and tree.files_seen >= next_progress:
            progress(tree.files_seen)
            next_progress = tree.files_seen + PROGRESS_EVERY
        parent = relative.rsplit("/", 1)[-1]
        if parent == "requirements":
            picked = notable = sorted(files)
        else:
            # One search of the joined names picks the few worth a closer look (manifests,
            # entry points, tests, side and lock files); most files stop here.
            chosen = picker.pick(files, joined)
            chosen.update(picked_names.intersection(files))
            if "pplication." in joined:
                chosen.update(n for n in files if "pplication." in n)
            picked = sorted(chosen)
            notable = [
                n
                for n in picked
                if (
                    n in notable_names
                    or n.endswith(notable_endings)
                    or n.startswith(notable_prefixes)
                    or "pplication." in n
                )
                and notable_name(n)
            ]
        special: list[Source] = []
        # A requirements list inside an importable package of a project that packages it (a
        # `pyproject.toml` or `setup.py` above `app/__init__.py`) copies that project's list:
        # the package is the project's code, not a project of its own. Unless the package
        # builds an image of its own beside the list (a `Dockerfile` installing it): then it
        # is a program deployed apart (a tool's container the product calls over HTTP), whose
        # `__init__.py` only lets the product's tests import it.
        if relative and owner not in projects and _holds(IMAGE_RECIPE, text, plain, files, ()):
            # Below no project (a repository with no manifest at its root), a folder building
            # its own image (a Dockerfile that pip-installs what a manifest-less script
            # imports) is that program's home, not the root's: the nearest image, as deeper
            # ones re-home their own folders.
            owner = relative
        packager = owner in packagers
        listed = owner in listers
        go_tests: list[str] = []
        if _holds("stack.yaml", text, plain, files, ()) or _holds(
            "cabal.project", text, plain, files, ()
        ):
            haskell_roots.add(relative or ".")
        if _holds("Package.swift", text, plain, files, ()):
            swift_packages.add(relative or ".")
        if not relative and ignores.layers:
            # The repository's own manifest is committed whatever its ignore rules say: a
            # rule covering it there covers that name everywhere, and says nothing of which
            # of those manifests the repository tracks.
            committed_anyway.update(
                n
                for n in notable
                if ecosystems.manifest_ecosystem(n, parent) and ignores.ignored(n, n, False)
            )
        for name in notable:
            path = prefix + name
            if (
                ignores.layers
                and ignores.ignored(path, name, False)
                and not name.endswith("_test.go")
                and name not in _KEPT_MANIFESTS
                and name not in committed_anyway
            ):
                # A Go test file is kept whatever a `.gitignore` pattern says (`*_test.go`,
                # written to keep a developer's scratch tests out): git ignores no tracked
                # file, Go tests are sources written by hand, not build output, and a clone
                # holds only the tracked ones, so those present are the module's committed
                # suite. (A folder an ignore names is still not walked.)
                continue
            module = ecosystems.manifest_ecosystem(name, parent)
            if name == "package.yaml" and not ecosystems.haskell.hpack_home(
                files, _inside_any(relative or ".", haskell_roots)
            ):
                module = None  # another tool's settings, or hpack's beside its `.cabal`
            if name == amper.MODULE_FILE and not _amper_module(folder, name):
                module = None  # another tool's `module.yaml`
            if name == grails2.MANIFEST and not _grails_application(folder, name):
                module = None  # another tool's settings (Spring Boot's, Quarkus')
            if name == "Gopkg.toml" and _holds("go.mod", text, plain, files, ()):
                module = None  # the folder moved to modules: its go.mod is the manifest
            if (
                name == "package.json"
                and relative
                and owner in node_packages
                and node_type_switches.module_switch(folder)
            ):
                module = None  # `{"type": "module"}` for the enclosing package's code
            elif name == "package.json" and module is not None:
                node_packages.add(relative or ".")
            if module is ecosystems.cpp:
                if _below_any(relative or ".", c_roots):
                    module = None  # an `add_subdirectory` folder, a vendored library's build
                else:
                    c_roots.add(relative or ".")
            if (
                module is not None
                and packager
                and name.startswith("requirements")
                and _holds("__init__.py", text, plain, files, others)
                and not _holds(IMAGE_RECIPE, text, plain, files, ())
            ):
                if not listed and not _shipped(relative):
                    # The packager lists no requirements of its own (a bare `setup(packages=
                    # find_packages())`): the list kept in its package is its list.
                    tree.manifests.append((path, module))
                    tree.lent_lists[path] = owner
            elif module is not None and not _shipped(relative):
                tree.manifests.append((path, module))
                owner = relative or "."
                projects.add(owner)
                if module is ecosystems.lua:
                    rocks.add(owner)
                if name in _PACKAGING:
                    packagers.add(owner)
                elif name.startswith("requirements"):
                    listers.add(owner)
            if _is_source(name):
                is_test = in_tests or bool(TEST_NAME.match(name))
                special.append(Source(path, is_test, _is_entry_name(name)))
                if name.endswith("_test.go"):
                    go_tests.append(path)
        for name in picked:
            if sidefiles.is_side(name):
                path = prefix + name
                if not (ignores.layers and ignores.ignored(path, name, False)):
                    tree.side.append((path, owner))
            elif name in lock_names or locks.lock_ecosystem(name):
                # Kept whatever a `.gitignore` says: a rule ignores no tracked file, and a
                # broad one written for another tool (a Flutter app's `*.lock` at the root)
                # often covers a lock the repository commits beside its manifest.
                tree.locks.append(prefix + name)
        if ".rs" in joined:
            listed = tree.rust_files.setdefault(owner, [])
            if len(listed) < MAX_RUST_FILES:  # a crate's list once full costs nothing more
                rust = [prefix + n for n in files if n.endswith(".rs")]
                listed += rust[: MAX_RUST_FILES - len(listed)]
        if go_tests:
            listed = tree.go_tests.setdefault(owner, [])
            listed += go_tests[: ecosystems.go.CENSUS_FILES - len(listed)]
        quota = quotas.get(owner)
        if quota is None:
            quota = quotas[owner] = _Quota()
        # Lua files outside a LuaRocks project (a service's Redis scripts, an editor's
        # configuration) are read only when named as entry points (a Lapis `app.lua` kept
        # without a rockspec): they must not take the quota of the project's own code.
        if _holds("nginx.conf", text, plain, files, ()) and any(
            _holds(n, text, plain, files, ()) for n in _LAPIS_APPS
        ):
            # A Lapis application's home kept without a rockspec (the dependencies installed
            # by a CI script): the layout `lapis new` writes, its `app.moon` beside the
            # `nginx.conf` OpenResty serves it with. Its Lua code is the project's own.
            rocks.add(relative or ".")
        loose = not rocks or not _inside_any(relative or ".", rocks)
        if loose:
            special = [s for s in special if s.is_entry or not s.path.endswith(_LUA_ENDINGS)]
        kept = _admit(
            prefix, files, joined, special, quota, in_tests, ignores, loose,
            engine_home=relative in engine_homes,
        )
        if kept:
            tree.sources.setdefault(owner, []).extend(kept)
        engines = [name for _, name in folders if name.lower() in ENGINE_FOLDERS]
        if len(engines) == 1:
            engine_homes.add(prefix + engines[0])
        for path, name in folders:
            if (
                name in PRUNED
                or (name[0] == "." and name[1:].lower() not in _DOTTED_TESTS)
                or name.endswith(".egg-info")
                or name.startswith(_INSTALLED)
                or (name in _MIX_FETCHED and _holds("mix.exs", text, plain, files, ()))
            ):
                continue
            child = prefix + name
            if (
                ignores.layers
                and ignores.ignored(child, name, True)
                and not _swift_target(relative, swift_packages)
            ):
                tree.ignored.append(child)
                if name in SETTINGS_FOLDERS and not in_tests:
                    ignored_settings.append((path, child, owner))
                continue
            tests = in_tests or name in TEST_FOLDERS or name[0] == "."
            queue.append((path, child, ignores, owner, tests))
    for path, relative, owner in ignored_settings:
        _admit_ignored_settings(tree, path, relative, quotas.setdefault(owner, _Quota()), owner)
    if progress is not None:
        progress(tree.files_seen)
    tree.manifests.sort()
    tree.side.sort()
    tree.locks.sort()
    for sources in tree.sources.values():
        sources.sort(key=lambda s: (not s.is_entry, s.path.count("/"), s.path))
    return tree


_LUA_ENDINGS = (".lua", ".moon")
"""Lua and MoonScript sources (see `walk`'s loose Lua files)."""

_LAPIS_APPS = ("app.lua", "app.moon")
"""A Lapis application's module (see `walk`'s Lapis homes)."""

_LUA_CONFIGS = frozenset({"config.lua", "config.moon"})
"""The settings file of a Lapis application, read beside its `app.lua` even without a
rockspec (the engine it sets up)."""


_SWIFT_TARGET_HOMES = frozenset({"Sources", "Tests"})


def _swift_target(relative: str, packages: set[str]) -> bool:
    """Whether the sub-folders of folder `relative` are SwiftPM targets: it is the `Sources` or
    `Tests` folder of a package, whose every sub-folder SwiftPM builds as a target of that name.
    A bare `.gitignore` pattern written for a built binary (`Run`, `App`) matches the target
    folder of the same name too, yet git keeps tracking the code committed there (Vapor's
    template names its executable target `Run`)."""
    head, _, name = relative.rpartition("/")
    return name in _SWIFT_TARGET_HOMES and (head or ".") in packages


def _below_any(relative: str, folders: set[str]) -> bool:
    """Whether the folder `relative` is strictly below one of `folders`."""
    return any(
        relative != folder and (folder == "." or relative.startswith(folder + "/"))
        for folder in folders
    )


def _inside_any(relative: str, folders: set[str]) -> bool:
    """Whether the folder `relative` is one of `folders` or below one."""
    return "." in folders or any(
        relative == folder or relative.startswith(folder + "/") for folder in folders
    )


_DIST = ".dist-info"
_PACKAGING = frozenset({"pyproject.toml", "setup.py"})
IMAGE_RECIPE = "Dockerfile"
"""The file a folder builds its own container image from."""
_RESOURCES = ("/src/main/resources/", "/src/test/resources/")


def _shipped(relative: str) -> bool:
    """Whether a manifest in folder `relative` is data a JVM build ships, not a project: the
    build copies its resource folders into the artifact, and a manifest there is a generated
    copy of the module's pom or a pinned web-jar list."""
    bounded = f"/{relative}/"
    return any(folder in bounded for folder in _RESOURCES)


def _admit_ignored_settings(
    tree: Tree, folder: str, relative: str, quota: _Quota, owner: str
) -> None:
    """Name the source files of a configuration folder a `.gitignore` matched, on the
    configuration quota of its project. A pattern without a slash (`config/`, written for the
    runtime folder a container mounts at the root) matches that name at every depth, yet git
    keeps tracking a package of the program's code so named (`internal/config/config.go`,
    where the program sets its defaults). Only its own files, not its subfolders."""
    try:
        names = sorted(e.name for e in os.scandir(folder) if e.is_file(follow_symlinks=False))
    except OSError:
        return
    for name in names:
        if quota.settings <= 0:
            return
        if _is_source(name) and not TEST_NAME.match(name):
            quota.settings -= 1
            tree.sources.setdefault(owner, []).append(Source(f"{relative}/{name}", False, False))


def _installed(folders: list[tuple[str, str]]) -> bool:
    """Whether sub-folders `folders` hold a Python distribution's metadata (`*.dist-info`)."""
    return any(name.endswith(_DIST) for _, name in folders)


_NO_FOLDERS: list[tuple[str, str]] = []
_NO_OTHERS: frozenset[str] = frozenset()


_VENV_BODY = frozenset({"bin", "Scripts", "lib", "Lib", "lib64"})
"""The folders a virtualenv keeps its interpreter and packages in (POSIX and Windows). A
`pyvenv.cfg` with none of them beside it, beside a project's own start (`manage.py`, a
`pyproject.toml`), is the marker of a virtualenv made in that project's folder (`python -m
venv .`) and committed while its body was ignored: the folder is the project, not an
environment to skip."""

_PROJECT_STARTS = ("manage.py", "pyproject.toml", "setup.py")
"""Files a virtualenv never holds at its top and a Python project does."""


def _grails_application(folder: str, name: str) -> bool:
    """Whether the folder's `name` is a Grails 2 application's metadata (it names a Grails
    version, beside the application's `grails-app/`)."""
    if not os.path.isdir(os.path.join(folder, "grails-app")):
        return False
    try:
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
            return grails2.is_application(handle.read(4096))
    except OSError:
        return False


def _amper_module(folder: str, name: str) -> bool:
    """Whether the folder's `name` is an Amper module file (its head names a `product:`)."""
    try:
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
            return amper.is_module(handle.read(4096))
    except OSError:
        return False


def _holds(name: str, text: str, plain: bool, files: list[str], others: Iterable[str]) -> bool:
    """Whether a folder has an entry called `name`: among its files (`text` is their names
    joined, a line end before and after each; `plain` when no name holds a line end) or
    among the `others` (its sub-folders and the links it leaves out)."""
    if plain:
        if f"\n{name}\n" in text:
            return True
    elif name in files:
        return True
    return name in others


def _split(
    items: list[os.DirEntry[str]], files: list[str], real_root: str
) -> tuple[list[tuple[str, str]], set[str]]:
    """(path, name) of the sub-folders to consider (sorted), and the names of the entries
    that are neither a file nor such a folder (links out of the root, to a folder, dangling
    or looping); `files` (the regular files' names) gets the other files: links to a file
    inside the root, FIFOs, sockets and devices (read_text refuses those)."""
    folders: list[tuple[str, str]] = []
    skipped: set[str] = set()
    for item in items:
        if item.is_file(follow_symlinks=False):
            continue
        if item.is_dir(follow_symlinks=False):
            folders.append((item.path, item.name))
            skipped.add(item.name)
        elif item.is_symlink():
            target = _inside(real_root, item.path)
            if target is None or os.path.isdir(target):
                skipped.add(item.name)  # out of the root, dangling, looping or a folder
            else:
                files.append(item.name)
        else:
            files.append(item.name)
    folders.sort()
    return folders, skipped


def _admit(
    prefix: str,
    files: list[str],
    joined: str,
    special: list[Source],
    quota: _Quota,
    in_tests: bool,
    ignores: IgnoreStack,
    loose: bool = False,
    engine_home: bool = False,
) -> list[Source]:
    """The source files of one folder that its project's quota still admits (no Lua file
    among the ordinary ones when `loose`: no LuaRocks project holds the folder).

    `files` are the folder's file names in any order (`joined` is `"\\n".join(files)`);
    `special` are the entry points and tests already picked out by name; ordinary files are
    looked at, in name order, only while the folder's project still wants ordinary files.
    """
    kept: list[Source] = []
    for source in special:
        if source.is_entry and in_tests:
            if quota.aside <= 0:
                continue
            quota.aside -= 1
        elif source.is_entry and quota.entry > 0:
            quota.entry -= 1
        elif not source.is_entry and source.is_test:
            if not quota.admit_test(source.path.rpartition("/")[2]):
                continue
        elif not source.is_entry and not source.is_test and quota.other > 0:
            quota.other -= 1
        else:
            continue
        kept.append(source)
    folder = prefix[:-1].rsplit("/", 1)[-1]
    # A data-access folder is one whatever its case: PHP's PSR-4 and C#'s namespaces spell
    # their folders capitalised (`src/Db/PdoDb.php`, the class that opens the connection).
    settings_folder = (
        folder in SETTINGS_FOLDERS
        or folder.lower() in DATA_FOLDERS
        or engine_home
        or (folder in NESTED_SETTINGS_FOLDERS and _parent_folder(prefix) in SETTINGS_FOLDERS)
    )
    if quota.other <= 0 and not (in_tests and quota.test > 0):
        # Only configuration modules are still wanted: one substring test of the folder's
        # names skips most folders (a large tree's walk is mostly past every quota).
        if in_tests or (quota.settings <= 0 and quota.data <= 0):
            return kept
        if not settings_folder and not _names_settings(joined):
            return kept
        if quota.settings <= 0 and not _names_data(joined):
            return kept
    chosen = {source.path for source in special}
    # The names that may be sources, found in one comprehension: a folder of other files (a
    # frontend's .tsx, .css and .svg) is looked at name by name no further.
    names = ecosystems.SOURCE_NAMES
    candidates = [n for n in files if n.endswith(_SOURCE_ENDINGS) or n in names]
    if loose:
        candidates = [n for n in candidates if not n.endswith(_LUA_ENDINGS) or n in _LUA_CONFIGS]
    for name in sorted(candidates):
        path = prefix + name
        if path in chosen or not _is_source(name):
            continue
        # Past the ordinary quota, configuration modules still have their own.
        settings = quota.other <= 0 and (settings_folder or _is_settings_name(name))
        is_test = in_tests or bool(TEST_NAME.match(name))
        data = False
        if settings and not is_test:
            if quota.settings <= 0:
                if quota.data <= 0 or not _is_data_name(name):
                    continue
                data = True
        elif (quota.test if is_test else quota.other) <= 0:
            continue
        else:
            settings = False
        # A configuration folder's own modules are kept whatever a `.gitignore` says, as a
        # configuration folder it ignores is (`_admit_ignored_settings`): a rule ignores no
        # tracked file, and a repository may commit its settings and ignore later edits to
        # them (`application/config/*` over a CodeIgniter app's committed `database.php`).
        if (
            ignores.layers
            and ignores.ignored(path, name, False)
            and not _is_example(name)
            and not (settings_folder and not is_test)
        ):
            continue
        if is_test:
            quota.test -= 1
            quota.tested.add(name.rpartition(".")[2])
        elif data:
            quota.data -= 1
        elif settings:
            quota.settings -= 1
        else:
            quota.other -= 1
        kept.append(Source(path, is_test, False))
        if (
            quota.other <= 0
            and not (in_tests and quota.test > 0)
            and quota.settings <= 0
            and quota.data <= 0
        ):
            break
        # When the ordinary quota just ran out, only tests and configuration modules may
        # follow, and most folders have neither (every name of theirs was looked at).
        if (
            quota.other == 0
            and not settings
            and not is_test
            and not _may_follow(joined, quota, in_tests, settings_folder)
        ):
            break
    return kept


def _may_follow(joined: str, quota: _Quota, in_tests: bool, settings_folder: bool) -> bool:
    """Whether a folder whose names are `joined` may hold a test file or a configuration
    module its project still wants, once its ordinary quota is spent. Every name `TEST_NAME`
    matches holds "test", "Test" or "spec"; every name `_is_settings_name` accepts holds one
    of `SETTINGS_STEMS` once lower-cased."""
    if quota.test > 0 and (
        in_tests or "test" in joined or "Test" in joined or "spec" in joined
    ):
        return True
    if quota.settings <= 0:
        return quota.data > 0 and _names_data(joined)
    if settings_folder:
        return True
    return _names_settings(joined)


def _names_settings(joined: str) -> bool:
    """Whether one of the names `joined` holds a configuration module's stem: the names
    `_is_settings_name` may accept, found with a few substring searches of them all."""
    lowered = joined.lower()
    return (
        any(stem in lowered for stem in SETTINGS_STEMS)
        or any(f"\n{stem}." in f"\n{lowered}" for stem in SETTINGS_WHOLE_STEMS)
        or bool(_DB_PREFIXED.search(joined))
    )


def _names_data(joined: str) -> bool:
    """Whether one of the names `joined` may be a module named for the database."""
    lowered = joined.lower()
    return (
        any(stem in lowered for stem in DATA_STEMS)
        or any(f"\n{stem}." in f"\n{lowered}" for stem in SETTINGS_WHOLE_STEMS)
        or bool(_DB_PREFIXED.search(joined))
    )


_SERVER_STEMS = ("postgres", "postgresql")
"""The stems naming a database server, kept for Node modules only (`postgresql.js`, where a
Node program builds its Sequelize instance with the dialect it runs on). A Go or Python program
supporting several servers keeps one module per engine (`mysql.go` beside `postgres.go`, each
opening its own): reading only the one named here would make its server look chosen."""

_NODE_MODULES = (".js", ".ts", ".mjs", ".cjs")


def _server_named_elsewhere(name: str, stem: str) -> bool:
    """Whether `stem` is named for a database server (`_SERVER_STEMS`) in a file that is no
    Node module."""
    return stem.endswith(_SERVER_STEMS) and not name.lower().endswith(_NODE_MODULES)


def _is_data_name(name: str) -> bool:
    """Whether a source file called `name` is named for the database (`_names_data`)."""
    stem = name.rsplit(".", 1)[0].lower()
    if _server_named_elsewhere(name, stem):
        return stem in SETTINGS_WHOLE_STEMS or bool(_DB_PREFIXED.match(name))
    return (
        stem.endswith(DATA_STEMS)
        or stem in SETTINGS_WHOLE_STEMS
        or bool(_DB_PREFIXED.match(name))
    )


def _is_settings_name(name: str) -> bool:
    """Whether a source file called `name` is a configuration module by its stem."""
    stem = name.rsplit(".", 1)[0].lower()
    if _server_named_elsewhere(name, stem):
        return bool(_DB_PREFIXED.match(name))
    return (
        stem.endswith(SETTINGS_STEMS)
        or stem in SETTINGS_WHOLE_STEMS
        or bool(_DB_PREFIXED.match(name))
    )


def _inside(real_root: str, link: str) -> str | None:
    """The real target of `link` when it exists and lies inside the root, else None."""
    try:
        target = os.path.realpath(link, strict=True)
    except (OSError, RuntimeError):
        return None  # dangling, or a loop of links
    if target == real_root or target.startswith(real_root + os.sep):
        return target
    return None


def _read_up_to(fd: int, limit: int) -> bytes:
    """At most `limit` bytes from the start of `fd` (a read may return less than asked)."""
    chunks = []
    remaining = limit
    while remaining > 0:
        chunk = os.read(fd, remaining)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_text(root: str, relative: str) -> tuple[str | None, str | None]:
    """The text of a file and, when it cannot be used, why (a warning line).

    Files over `MAX_BYTES`, binary files (a NUL byte), anything but a regular file (a FIFO
    would block a plain open) and unreadable files give no text.
    """
    raw, problem = read_bytes(root, relative)
    if raw is None:
        return None, problem
    return raw.decode("utf-8-sig", errors="replace"), None


def read_bytes(root: str, relative: str) -> tuple[bytes | None, str | None]:
    """The bytes of a file `read_text` would decode and, when it cannot be used, why: for a
    caller that searches many files for a few bytes and decodes only those holding them."""
    path = os.path.join(root, *relative.split("/"))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        return None, f"{relative}: cannot be read ({error.strerror or error})"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, f"{relative}: skipped, not a regular file"
        if info.st_size > MAX_BYTES:
            size = info.st_size / 1_048_576
            return None, f"{relative}: skipped, larger than 1 MiB ({size:.1f} MiB)"
        raw = _read_up_to(fd, MAX_BYTES + 1)
    except OSError as error:
        return None, f"{relative}: cannot be read ({error.strerror or error})"
    finally:
        os.close(fd)
    if len(raw) > MAX_BYTES:
        return None, f"{relative}: skipped, larger than 1 MiB (it grew while being read)"
    if b"\x00" in raw[:8192]:
        # A text file saved as UTF-16 (a PowerShell `pip freeze >`) is all NULs and text.
        text = utf16_text.as_utf8(raw)
        if text is None:
            return None, f"{relative}: skipped, binary file"
        return text, None
    return raw, None


def read_head(root: str, relative: str, size: int) -> str | None:
    """The first `size` bytes of a regular file as text, or None when it cannot be read or is
    binary (a NUL byte): a file's opening (a Go file's imports) without the rest of it."""
    path = os.path.join(root, *relative.split("/"))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        raw = _read_up_to(fd, size)
    except OSError:
        return None
    finally:
        os.close(fd)
    if b"\x00" in raw:
        return None
    return raw.decode("utf-8-sig", errors="replace")
