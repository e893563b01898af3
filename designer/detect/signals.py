"""The raw material of detection: signals read from manifests and source files.

A signal is one observation ("pyproject.toml line 7 asks for fastapi>=0.110"); the assembler
turns the signals of one folder into ranked `Finding`s. Keeping the two apart lets every
ecosystem module stay a small parser that knows nothing about scoring.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from designer.detect.needles import Needles, needles
from designer.model.stack import Evidence, FindingKind

MAX_TEXT = 160
"""Longest evidence text kept; a minified line would otherwise flood the report."""

MAX_HITS = 3
"""Evidence lines a scan keeps per source rule and folder (one per file)."""


OWN_DATA = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE}
)
"""What a backend's own data shows: a data layer, its migrations, an engine. A server with
none of them is weighed as a bridge, a probe or a renderer before it is called a backend."""


class Strength(StrEnum):
    """How a signal was observed, from weakest to strongest for frameworks."""

    DEV = "dev"
    """Declared only as a development or test dependency."""
    DEPENDENCY = "dependency"
    """Declared as a runtime dependency."""
    ENTRY = "entry"
    """Seen in source code or a framework's own marker file (an entry point)."""


class Scope(IntEnum):
    """Where an engine was seen, from the one that decides the primary engine down (the
    ranking and its reasons: `designer.detect.defaults`).

    Production configuration and the value an env example sets outrank the engine the
    program picks when not told otherwise; that outranks a database a Compose file runs
    beside the app; those outrank a driver the manifest declares (and the base
    configuration), then development fallbacks (a dev profile, the default of an environment
    lookup); test settings and development-only drivers come last.
    """

    PRODUCTION = 0
    CHOSEN = 1
    """The engine the code picks when not told otherwise (a driver setting's default, `Dialect:
    "sqlite3"`), beside drivers of every engine it supports."""
    DEPLOYED = 2
    """A database a Compose file runs for the app, or the engine its service is configured
    with: one way to deploy it, not the program's own default."""
    RUNTIME = 3
    FALLBACK = 4
    TEST = 5


class _Value:
    """Equality, hash and representation from the fields `_FIELDS` names: what a frozen
    dataclass generates, without generating it (most of a millisecond of every start for each
    class)."""

    __slots__ = ()
    _FIELDS: tuple[str, ...] = ()

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in
                          zip(self._FIELDS, self._fields(), strict=True))
        return f"{type(self).__name__}({shown})"


class Signal(_Value):
    """One observation supporting a finding.

    Never changed once made (`replace` makes a changed copy); a plain class, not a frozen
    dataclass (see `_Value`).
    """

    __slots__ = _FIELDS = (
        "kind",
        "name",
        "strength",
        "evidence",
        "version",
        "package",
        "glue",
        "scope",
        "server",
        "locked",
        "engine",
        "opt_in",
        "projects",
        "primary",
        "provided",
    )

    def __init__(
        self,
        kind: FindingKind,
        name: str,
        strength: Strength,
        evidence: Evidence,
        version: str = "",
        package: str = "",
        glue: bool = False,
        scope: Scope | None = None,
        server: bool = False,
        locked: bool = False,
        engine: str = "",
        opt_in: bool = False,
        projects: str = "",
        primary: bool = False,
        provided: bool = False,
    ) -> None:
        self.kind = kind
        self.name = name
        self.strength = strength
        self.evidence = evidence
        self.version = version
        self.package = package
        """The dependency that gave the signal, when it came from a manifest."""
        self.glue = glue
        """The package only integrates the thing (`@nestjs/typeorm` for TypeORM): its version
        is not the thing's own, and is used only when the thing's own package gives none."""
        self.scope = scope
        """For a database engine: where it applies, when the reader knows better than the
        file's name (a Compose database that no service of the tree uses is only development
        help)."""
        self.server = server
        """For a database engine: seen as a server the project runs (a container image), not
        only as a protocol its driver speaks (`DB_CONNECTION=mysql` reaches MariaDB too)."""
        self.locked = locked
        """The version is the one a lock file resolved (`package-lock.json`, `Gemfile.lock`
        …): it outranks the range a manifest states."""
        self.engine = engine
        """For a data layer: the engine the code uses it with, where a provider switch says so
        (Dapper's repositories for SQL Server, EF Core's for the other providers)."""
        self.opt_in = opt_in
        """For a database engine: the code's own settings leave it off unless enabled
        (`enabled: false` in its defaults): supported, but not what the service runs on by
        default."""
        self.projects = projects
        """For a dependency a root Gradle build declares for other projects: `*` for every
        subproject (`subprojects {}`, `allprojects {}`), `:a:b` for one (`project(':a:b') {}`);
        "" for the build's own."""
        self.primary = primary
        """For a framework: the one the program's code is written to, as its entry points'
        imports show (`ecosystems.go_programs`): first among frameworks seen in code. For a
        test tool: the runner the package's own `test` script starts, or whose own files the
        suite keeps (pytest's `conftest.py`). For a data layer: the one far more of a Go
        module's files import than any other it requires (`ecosystems.go_layers`)."""
        self.provided = provided
        """Declared for what runs the module to provide (Maven's `provided` scope, Gradle's
        `compileOnly`, `providedCompile`, `providedRuntime`: a servlet container; .NET's shared
        framework): compiled against, never packaged. Unlike a test dependency, which is also
        of development strength, a framework so declared is where the module is deployed
        (`nonservices.serverless`)."""

    def replace(self, **changes: Any) -> Signal:
        """A copy with `changes` made (as `dataclasses.replace` makes one)."""
        values = dict(zip(self._FIELDS, self._fields(), strict=True))
        values.update(changes)
        return Signal(**values)


@dataclass
class ManifestResult:
    """What one manifest says about its folder."""

    language: str
    """Language the manifest belongs to (a package.json may later become TypeScript)."""
    language_version: str = ""
    version_evidence: Evidence | None = None
    signals: list[Signal] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)
    """Sub-module folders a build file declares (Maven modules, Gradle includes)."""
    runtime_dependencies: int = 0
    """Count of runtime dependencies, whatever they are (tooling-only manifests have none)."""
    deployable: bool = False
    """The build packages a runnable application (Spring Boot's, Quarkus' or Micronaut's
    build plugin applied): the folder is an application even without an entry point."""
    includes: list[str] = field(default_factory=list)
    """Other manifests this one pulls in (`-r prod.txt`), relative to its folder: they belong
    to this manifest's project, never to a backend of their own."""
    constraints: list[str] = field(default_factory=list)
    """Those of `includes` a pip list names only as constraints (`-c ../pinned.txt`): pip
    bounds the versions of what the list installs by them, but installs nothing they name."""
    commented_includes: list[str] = field(default_factory=list)
    """Pip lists a pip list names only in a commented-out include (`# -r ../sql_db.txt`):
    switched off, installed by nothing (`switched_off_lists`)."""
    name: str = ""
    """The module's own name in its build (a Maven artifactId, a .NET project's file stem)."""
    uses: list[str] = field(default_factory=list)
    """Modules of the same build this one depends on at run time, as the build file names them
    (Maven artifactIds, Gradle project paths `:a:b`): their data layer is this module's too."""
    test_uses: list[str] = field(default_factory=list)
    """Modules of the same build this one depends on for its tests only (a Maven `test` or
    `provided` scope, a Gradle test configuration): an integration-test module names the
    service it tests so."""
    excludes: dict[str, set[str]] = field(default_factory=dict)
    """A Maven pom's `<exclusions>`: the artifactId of a dependency → the artifactIds it is
    declared without (a module of the build used without the web starter it declares)."""
    excluded: set[str] = field(default_factory=set)
    """The artifacts a Gradle build excludes from its own dependency configurations
    (`configurations { all { exclude(…) } }`): none reaches it, whatever a root build lends."""
    imports: list[str] = field(default_factory=list)
    """Modules of the same build this one imports as a bill of materials (a Maven
    `<scope>import</scope>` of a sibling `…-dependencies` module): the framework versions they
    fix are this module's too."""
    desktop: bool = False
    """The build is a desktop application (a Tauri app's `src-tauri`): a server it embeds
    serves the app itself, so the folder is no backend."""
    frontend: bool = False
    """The package is a browser application (Angular, React, Vue): a framework it depends on
    without starting it in code serves its development build, not a backend."""
    hosts_browser_app: bool = False
    """The project is a web host whose package is there to serve a browser application's
    build (ASP.NET Core's `Components.WebAssembly.Server` beside a Blazor WebAssembly client):
    with no data of its own it serves the UI (`nonservices.ui_only`)."""
    renders_jsp: bool = False
    """The JVM application compiles JSP pages (an embedded Tomcat's Jasper, which only JSP
    needs): with no data of its own, its controllers render a UI over another service's API
    (`nonservices.ui_only`)."""
    git_packages: list[str] = field(default_factory=list)
    """Run-time dependencies installed from a git repository, not a registry (package.json's
    `"engine": "github:org/engine#main"`, a Gemfile's `gem "engine", git: "…"`), or by a path
    the tree lacks (a Poetry library kept in a submodule): a first-party package kept
    elsewhere, whose own requirements the lock file records under it
    (`locks.LockFiles.requirements`)."""
    runtime_packages: list[str] = field(default_factory=list)
    """The names of the run-time dependencies a Gemfile declares (whatever their source): the
    gems the lock's requirements are followed from (`lock_frameworks`)."""
    hosts: list[str] = field(default_factory=list)
    """The packages a package.json names as its `peerDependencies`: what it plugs into, which
    the installing program brings (a host application's middleware module peer-depending on
    that application's package: `nonservices.mounted`)."""
    exported_only: bool = False
    """The package.json names no start script and maps `exports` for importers: its `main` is
    the entry of a library, what other packages import, not a program run
    (`nonservices.mounted`)."""
    offered: list[str] = field(default_factory=list)
    """The crates a Cargo `[workspace.dependencies]` table declares and the manifest's own
    dependencies do not: offered to the members, each taken only by a member naming it
    (`name = { workspace = true }`), so no member's by the table alone
    (`inheritance.inherit`)."""
    held: list[Signal] = field(default_factory=list)
    """Test tools the manifest requires whose tests run inside another runner's test functions
    (a go.mod requiring GoConvey, whose specifications sit in `go test` functions): their
    signals count only once a census of the module's test files finds most of them using the
    tool (`ecosystems.go.census`), never from the requirement alone."""
    event_function: bool = False
    """The project is a cloud function an event source feeds (an AWS Lambda referencing
    `Amazon.Lambda.SQSEvents` and no ASP.NET Core adapter nor HTTP event, an Azure Functions
    app, whose host runs its triggers, a Google Cloud Function needing the Functions
    Framework at run time): whatever web SDK it builds on, it is no web application of its
    own."""
    properties: dict[str, str] = field(default_factory=dict)
    """A Maven pom's own `<properties>`: the modules below it inherit them (a version a
    parent pom keeps as `${spring-boot.version}`). A .NET project's own unconditional ones,
    which the conditions of its `Directory.*` files read."""
    maven_parent: str = ""
    """The artifactId of a Maven pom's `<parent>` ("" for a pom with none)."""
    maven_parent_path: str = ""
    """The `<relativePath>` of a Maven pom's `<parent>` as written ("" where it names none)."""
    repackage: str = ""
    """Spring Boot's Maven plugin: "bound" where this pom binds its `repackage` goal (an
    execution of the plugin in its plugins or pluginManagement, or spring-boot-starter-parent
    as its parent), "unbound" where it applies the plugin without binding it (the goal then
    runs only if a parent binds it: `nonservices.unpackaged`), else ""."""
    commented_modules: list[str] = field(default_factory=list)
    """Modules a Maven pom lists only inside an XML comment: switched off, built by no one."""
    profile_modules: list[str] = field(default_factory=list)
    """Modules a Maven profile adds to the reactor: built when the profile is active."""
    tests_only: bool = False
    """The project only tests others (a .NET test project): all it references is for tests."""
    library: bool = False
    """The manifest is a library's (a gem's Gemfile, installing its own gemspec): whatever
    framework it names (a Rails engine's routes), an application loads it; no backend."""
    unhosted: str = ""
    """The output type (`library`, `exe`, `winexe`) of a classic .NET Framework project that
    is no web application project by its file and references no self-host package
    (`ecosystems.dotnet_classic`): `dotnet_classic_units` settles it, or ""."""
    console: bool = False
    """A .NET project building an executable with no web SDK (`<OutputType>Exe</OutputType>`
    on `Microsoft.NET.Sdk`): a console program of its own (`monorepo`'s folding reads it)."""
    program: list[str] = field(default_factory=list)
    """Files the manifest names as its program (package.json's `main`, the file a `start`
    script runs), relative to its folder: when none is beside it but one is in an ancestor
    folder, the manifest is a copy kept aside (`install/package.json`, copied to the root at
    setup) and describes that ancestor."""
    linked: list[str] = field(default_factory=list)
    """Folders outside its own whose code the project compiles, relative to its folder (a .NET
    project's `<Compile Include="..\\Shared\\**\\*.cs" Link="…">`): several hosts built from
    one shared source folder each run that code."""
    bundled: list[str] = field(default_factory=list)
    """Files the build copies into its output beside its program, relative to its folder (a
    .NET project's `<None Update="requirements.txt">` or `<Content Include="py\\**">` with
    `CopyToOutputDirectory`): another language's program shipped inside this one, which
    starts it; `dir/**` stands for everything under `dir`."""
    written_as: str = ""
    """The path a generated manifest gives itself in its header (pip-compile's `--output-file
    dependencies/pip/requirements.txt`), relative to the folder it was generated from: that
    folder's project is the manifest's, not the folder the file is kept in."""
    projects: dict[str, ManifestResult] = field(default_factory=dict)
    """Projects of a multi-project build defined in this file for folders below its own (an
    sbt `lazy val server = (project in file("server"))`), by folder relative to this file's:
    what each definition declares is that folder's (`sbt_units.expand`)."""
    project_dirs: dict[str, str] = field(default_factory=dict)
    """A Gradle settings file's projects: project path (`:a:b`) → the folder it gives it,
    relative to its own (`include`, then any `projectDir =` or `name =` assignment)."""
    project_tables: list[str] = field(default_factory=list)
    """`.properties` files a Gradle settings file names, relative to its folder: perhaps
    tables of `name=folder` lines it loads projects from (`gradle_projects`)."""
    project_paths: list[str] = field(default_factory=list)
    """A Gradle build file's project paths, as its build's settings give them (`:nessie-x`
    for the folder `x/` a settings file includes under that name): other modules reference
    it by them (`project(":nessie-x")`). Set by `gradle_projects.name`."""
    pending: list[tuple[str, str, bool, Evidence]] = field(default_factory=list)
    """References a build file leaves to files beside it: (kind, key, dev, evidence), e.g.
    ("library", "spring.boot.starter.web", False, …) for a Gradle version-catalog accessor
    (kind "provided" for one a configuration the container provides declares: `Signal.provided`)."""


class ManifestError(Exception):
    """A manifest cannot be parsed; the message becomes a warning, never a crash."""


def clip(text: str) -> str:
    """Evidence text: one stripped line, shortened when very long."""
    text = text.strip()
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_TOKEN_BEFORE = _WORD | frozenset(".@/-")
"""What may not stand before a token (in lower case): `(?<![\\w.@/-])` on ASCII text."""
_TOKEN_AFTER = _WORD | frozenset("-")
"""What may not follow a token (in lower case): `(?![\\w-])` on ASCII text."""


class Lines:
    """The lines of a text file with helpers to find where something is written."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self.lines = text.splitlines()
        self._lowered: list[str] | None = None

    def find(self, needle: str, start: int = 0) -> int | None:
        """1-based number of the first line at or after `start` (0-based) holding `needle`,
        in any case.

        The needle must stand as a whole token: `redis` does not match `redis-om` or `hiredis`.
        """
        if needle.isascii() and self.text.isascii():
            return self._find_ascii(needle, start)
        before = r"(?<![\w.@/-])" if needle[:1].isalnum() else ""
        after = r"(?![\w-])" if needle[-1:].isalnum() else ""
        pattern = re.compile(before + re.escape(needle) + after, re.IGNORECASE)
        for index in range(start, len(self.lines)):
            if pattern.search(self.lines[index]):
                return index + 1
        return None

    def _find_ascii(self, needle: str, start: int) -> int | None:
        """`find` in an ASCII text, with string methods: what the pattern `find` builds
        otherwise matches (the case of ASCII letters is all its IGNORECASE can ignore here),
        without compiling one per needle (a few milliseconds of every scan)."""
        if self._lowered is None:
            self._lowered = [line.lower() for line in self.lines]
        needle = needle.lower()
        size = len(needle)
        before = _TOKEN_BEFORE if needle[:1].isalnum() else frozenset()
        after = _TOKEN_AFTER if needle[-1:].isalnum() else frozenset()
        for index in range(start, len(self._lowered)):
            line = self._lowered[index]
            at = line.find(needle)
            while at != -1:
                end = at + size
                if (at == 0 or line[at - 1] not in before) and (
                    end == len(line) or line[end] not in after
                ):
                    return index + 1
                at = line.find(needle, at + 1)
        return None

    def section(self, header: str) -> int:
        """0-based index just after a line that starts with `header`, or 0 when absent."""
        for index, line in enumerate(self.lines):
            if line.strip().startswith(header):
                return index + 1
        return 0

    def evidence(self, needle: str, start: int = 0) -> Evidence:
        """Evidence for `needle`: its line and text, or the file alone when not found."""
        number = self.find(needle, start)
        if number is None and start:
            number = self.find(needle)
        if number is None:
            return Evidence(path=self.path, text=clip(needle))
        return Evidence(path=self.path, line=number, text=clip(self.lines[number - 1]))

    def at_offset(self, offset: int) -> Evidence:
        """Evidence for the line that holds character `offset`."""
        number = self.text.count("\n", 0, offset) + 1
        line = self.lines[number - 1] if number <= len(self.lines) else ""
        return Evidence(path=self.path, line=number, text=clip(line))


Catalog = dict[str, tuple[tuple[FindingKind, str], ...]]
"""Dependency name (lower case) → what it means."""


def entries(*pairs: tuple[FindingKind, str]) -> tuple[tuple[FindingKind, str], ...]:
    """A catalog value; spelled as a function so catalogs read as tables."""
    return pairs


def framework_starts(signals: list[Signal]) -> tuple[set[str], list[Signal]]:
    """The frameworks `signals` declare (any strength but a start in code), and the framework
    signals of starts seen in code: what a lending rule weighs before it confirms a start."""
    frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
    declared = {s.name for s in frameworks if s.strength is not Strength.ENTRY}
    return declared, [s for s in frameworks if s.strength is Strength.ENTRY]


def dependency_signals(
    catalog: Catalog,
    name: str,
    version: str,
    dev: bool,
    evidence: Evidence,
    glue: frozenset[str] = frozenset(),
) -> list[Signal]:
    """The signals a declared dependency gives, looked up in an ecosystem's catalog.

    `glue` names the packages that only integrate what they stand for (see `Signal.glue`).
    """
    strength = Strength.DEV if dev else Strength.DEPENDENCY
    key = name.lower()
    return [
        Signal(kind, canonical, strength, evidence, version, package=key, glue=key in glue)
        for kind, canonical in catalog.get(key, ())
    ]


def declare(
    result: ManifestResult,
    catalog: Catalog,
    name: str,
    version: str,
    dev: bool,
    evidence: Evidence,
    language: str,
) -> None:
    """One dependency a manifest declares, added to `result`: the language's own entry (`lua >=
    5.1`, `nim >= 2.0`, opam's `ocaml`) states the language version, any other gives its
    catalog's signals and, outside development, counts as a run-time dependency."""
    if name == language:
        if not result.language_version and version:
            result.language_version = version
            result.version_evidence = evidence
        return
    if not dev:
        result.runtime_dependencies += 1
    result.signals += dependency_signals(catalog, name, version, dev, evidence)


def integrated(signals: list[Signal], own: str | dict[str, str]) -> list[Signal]:
    """The glue signals among `signals` again, asked of the lock under the package they
    integrate (`own`, or `own[name]` per finding): that package's release, which a lock file
    resolves beneath the glue (TypeORM 0.3.20 beneath @nestjs/typeorm 10.0.2), is the
    finding's; with no lock, the glue's range stays the only version. An engine has no release
    there."""
    copies = []
    for s in signals:
        package = own if isinstance(own, str) else own.get(s.name)
        if s.glue and package and s.package != package and s.kind is not FindingKind.DATABASE:
            copies.append(s.replace(version="", package=package, glue=False))
    return copies


class LazyPattern:
    """A regular expression compiled when first used: a module's patterns for files a scan
    never meets (Gradle scripts, MSBuild files, other package managers' locks) cost nothing.

    Used like the `re.Pattern` it stands for (`match`, `search`, `finditer` …); each method is
    looked up once, then kept on the instance.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(self._source, self._flags), name)
        setattr(self, name, value)
        return value


class SourceRule(_Value):
    """A pattern in source or marker files that proves a finding.

    A file is looked at when its name is in `names` or ends with one of `endings`; the rule
    fires when `pattern` matches its text, or on the file's mere presence when `pattern` is
    None. Never changed once made; a plain class, not a frozen dataclass (see `_Value`).
    """

    _FIELDS = (
        "kind", "name", "source", "endings", "names", "scope", "engine", "opt_in", "primary",
        "server",
    )

    def __init__(
        self,
        kind: FindingKind,
        name: str,
        source: str | None,
        endings: tuple[str, ...] = (),
        names: tuple[str, ...] = (),
        scope: Scope | None = None,
        engine: str = "",
        opt_in: bool = False,
        primary: bool = False,
        gate: LazyPattern | None = None,
        server: bool = False,
    ) -> None:
        self.kind = kind
        self.name = name
        self.source = source
        self.endings = endings
        self.names = names
        self.scope = scope
        """For a database engine: the scope its signals have whatever the file (see
        `Scope`)."""
        self.engine = engine
        """For a data layer: the engine it is used with (see `Signal.engine`)."""
        self.opt_in = opt_in
        """For a database engine: off unless enabled (see `Signal.opt_in`)."""
        self.primary = primary
        """For a framework: the one whose app the program serves (see `Signal.primary`)."""
        self.server = server
        """For a database engine: the text names the server itself (see `Signal.server`)."""
        self.gate = gate
        """A pattern every match of this rule's also matches, shared by a family of rules
        (one per engine): a file it does not match is not searched by any of them, and their
        patterns are not compiled for it (see `designer.detect.defaults`)."""

    @functools.cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """`source` compiled in multi-line mode, when a file first needs it: a scan reads the
        files of a few ecosystems, and compiling every rule's pattern at import took a tenth
        of `designer detect`'s start-up."""
        return re.compile(self.source, re.MULTILINE) if self.source is not None else None

    @functools.cached_property
    def needles(self) -> Needles | None:
        """Text every match of the pattern holds (see `needles`): a file without it is not
        searched, and the pattern not compiled for it."""
        return needles(self.source) if self.source is not None else None

    def applies_to(self, filename: str) -> bool:
        """Whether a file called `filename` is one this rule reads."""
        return filename in self.names or filename.endswith(self.endings)


def rule(
    kind: FindingKind,
    name: str,
    pattern: str | None,
    *,
    endings: tuple[str, ...] = (),
    names: tuple[str, ...] = (),
    scope: Scope | None = None,
    engine: str = "",
    opt_in: bool = False,
    primary: bool = False,
    gate: LazyPattern | None = None,
    server: bool = False,
) -> SourceRule:
    """A `SourceRule` whose pattern is compiled in multi-line mode when first used."""
    return SourceRule(
        kind=kind,
        name=name,
        source=pattern,
        endings=endings,
        names=names,
        scope=scope,
        engine=engine,
        opt_in=opt_in,
        primary=primary,
        gate=gate,
        server=server,
    )
