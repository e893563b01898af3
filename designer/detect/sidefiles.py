"""Files beside the manifests that complete what they say.

- Version pins (`.python-version`, `.ruby-version`, `.nvmrc`, `.node-version`): the language
  version the project runs on.
- Deployable units (`Dockerfile`, `Procfile`): a folder that ships as an application.
- `.env.example` / `.env.sample`, a committed `.env`, and Compose files: the database engine,
  and from a Compose image tag its version, given to the service whose build context uses it.
- Gradle version catalogues and `gradle.properties`, MSBuild `Directory.Build.props`,
  `Directory.Build.targets` and `Directory.Packages.props`, and the `.props` files projects
  import by hand: versions that build files only refer to, and (MSBuild) the target framework
  and package references added to the projects below or importing them.

Signals from configuration go under the key `CONFIG` of a unit; they never make a backend on
their own, and a folder that is not a backend hands them to the one backend beneath it.
"""

from __future__ import annotations

import os
import posixpath
import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from designer.detect import (
    compose_claims,
    compose_envs,
    compose_extends,
    compose_nested,
    compose_variants,
    db_consoles,
    db_poolers,
    deployed_profiles,
    env_paths,
    image_profiles,
    local_profiles,
    profile_groups,
    tomlfile,
)
from designer.detect.assemble import CONFIG, Unit
from designer.detect.engines import (
    EMBEDDED,
    KEY_VALUE,
    engine_of_image,
    engine_of_jdbc,
    engine_of_name,
    engine_of_url,
    engines_of_environment,
    is_engine_key,
    production_named,
    scope,
    scratch,
)
from designer.detect.nonservices import is_test_host
from designer.detect.signals import LazyPattern, Lines, Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from designer.detect import msbuild

PINS = {
    ".python-version": "python",
    ".ruby-version": "ruby",
    ".nvmrc": "node",
    ".node-version": "node",
}
"""Version pin file → ecosystem."""

DEPLOYABLE = frozenset({"Dockerfile", "Procfile"})
ENV_EXAMPLES = frozenset(
    {".env.example", ".env.sample", ".env.dist", ".env.template", ".example.env", "env_example",
     "env.example"}
)
"""The settings templates a project commits for `.env` to be copied from."""
ENV_FILES = ENV_EXAMPLES | {".env"}
"""A committed `.env` (one the repository does not ignore) is read like the examples, below
production configuration: it holds the local defaults (Symfony's `DATABASE_URL`). An example
may be committed without the leading dot (`env_example`), copied to `.env` all the same."""
PRODUCTION_ENV_FILES = frozenset(
    {".env.production", ".env.prod", ".env.release", "prod.env", "production.env"}
)
"""Env files a repository keeps for its deployments (`APP_ENV=production`, the engine the
release runs on): production configuration, read like the examples but never demoted as a
developer's checkout, and masked like a committed `.env` (their values may be real). Some
name the environment first (`prod.env` beside `dev.env`, each passed as `--env-file`): the
same file under another spelling."""
COMPOSE_ENV_FILES = frozenset(
    {".env.docker", ".env.docker.example", ".env.docker.sample", ".env.docker.dist"}
)
"""Env files a repository keeps for its Compose deployment (`cp .env.docker.example .env`
before `docker compose up`, the app's service reading `env_file: .env`): the engine they set
is the one that deployment configures the app with, as a Compose service's own environment
does (`Scope.DEPLOYED`), above a developer's example picking an embedded stand-in."""
TEST_ENV_FILES = frozenset({".env.test", ".env.e2e"})
"""Env files the test runs load (`honcho -e .env.test run ./manage.py test`): only the
program's own database URL is read from them, as test configuration. The engine its tests run
on is its own: of the servers a Compose file starts beside it (some for other uses), the one
the tests also name is the one more of its files set up."""
MSBUILD_NAMES = ("Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props")
"""MSBuild's `Directory.*` files, in the order their properties are looked up (`msbuild` reads
them; it is imported only when a tree has one)."""
PNPM_WORKSPACE = "pnpm-workspace.yaml"
"""pnpm's workspace file: its `catalog:` and `catalogs:` keep the versions a package.json
names as `"express": "catalog:"`."""
GRADLE_SETTINGS = ("settings.gradle.kts", "settings.gradle")
"""Gradle's settings scripts: the `libs` version catalogue may be declared there in code
(`gradle_settings_catalog`) instead of in `gradle/libs.versions.toml`."""
PAKET_NAMES = ("paket.dependencies", "paket.lock", "paket.references")
"""Paket's files (`paket` reads them): the packages a .NET project of a Paket solution takes."""
BUILD_FILES = frozenset(
    {"libs.versions.toml", "gradle.properties", PNPM_WORKSPACE, *MSBUILD_NAMES, *GRADLE_SETTINGS,
     *PAKET_NAMES}
)
NAMES = (
    frozenset(PINS)
    | DEPLOYABLE
    | ENV_FILES
    | PRODUCTION_ENV_FILES
    | COMPOSE_ENV_FILES
    | TEST_ENV_FILES
    | BUILD_FILES
)
PROPS = ".props"
"""How MSBuild property files end: besides the `Directory.*` ones, a project may `<Import>` any
(`Build/Grand.Common.props`, which sets the target framework of every project importing it)."""
ENDINGS = (PROPS,)
"""How the names of side files that are not in `NAMES` end."""


_SPRING_CONFIG = LazyPattern(r"application(?:-([\w.+-]+))?\.(?:properties|ya?ml)")
"""Spring's configuration files: the base one and one per profile (`application-h2.yml`, a
profile named for two choices at once `application-local+mysql.properties`)."""
_NO_WEB = LazyPattern(
    r"^[ \t]*(?:spring\.main\.)?web-application-type[ \t]*[:=][ \t]*[\"']?none\b",
    re.IGNORECASE | re.MULTILINE,
)
"""A Spring Boot application's base configuration starting no web server (a batch job)."""
_JPA_SETTING = LazyPattern(
    r"^[ \t]*spring\.jpa\.[\w.\[\]-]+[ \t]*[=:]|^[ \t]+jpa:[ \t]*$", re.MULTILINE
)
"""A Spring configuration's JPA property (`spring.jpa.database=postgresql`, or `jpa:` nested
under `spring:` in YAML)."""


DOCKERFILE_VARIANTS = ("Dockerfile-", "Dockerfile.")
"""How the names of a folder's other Dockerfiles start (`Dockerfile-db`, `Dockerfile.prod`):
read only for the database server image a Compose service may build from one."""

PREFIXES = ("docker-compose", "compose.", "application", *DOCKERFILE_VARIANTS)
"""How the names of side files that are not in `NAMES` start (Compose files, Spring's
configuration, Dockerfile variants)."""


def is_side(name: str) -> bool:
    """Whether a file called `name` is one this module reads."""
    if name in NAMES or name.endswith(ENDINGS):
        return True
    # One prefix test for the common case (called for every file of the tree).
    if not name.startswith(PREFIXES):
        return False
    if name[0] == "a":
        return _SPRING_CONFIG.fullmatch(name) is not None
    return name[0] == "D" or name.endswith((".yml", ".yaml"))


class BuildFiles:
    """Versions and properties kept by build files, per folder."""

    # A plain class, not a dataclass: generating a dataclass's methods costs a fraction of a
    # millisecond of every start.

    def __init__(self) -> None:
        self.catalogs: dict[str, dict[str, Any]] = {}
        """Folder holding `gradle/libs.versions.toml` → the parsed catalogue."""
        self.named_catalogs: dict[str, dict[str, dict[str, Any]]] = {}
        """Folder of a settings script → name → a catalogue it names otherwise than `libs`
        (`deps { from(files("./libs.versions.toml")) }`)."""
        self.gradle_properties: dict[str, dict[str, str]] = {}
        self.gradle_extras: dict[str, dict[str, str]] = {}
        """Folder → the extra properties its Gradle build file sets (`ext { x = '1' }`)."""
        self.msbuild: dict[str, dict[str, msbuild.MsBuildFile]] = {}
        """Folder → name of a `Directory.*` MSBuild file there → what it says."""
        self.imports: dict[str, msbuild.MsBuildFile] = {}
        """Path → what another MSBuild property file says, for the projects that import it."""
        self.sbt_values: dict[str, dict[str, str]] = {}
        """Folder of an sbt build → the string vals its build files define (`val
        pekkoHttpVersion = "1.3.0"`, `object V { val http4s = … }` as `V.http4s` too)."""
        self.buildsrc_constants: dict[str, dict[str, str]] = {}
        """Folder of a Gradle build → the Kotlin constants its `buildSrc/` defines
        (`gradle_buildsrc_consts`), by the names its scripts read them by."""
        self.paket: dict[str, Any] = {}
        """Path → what a Paket file says (`paket.project_packages` reads them)."""
        self.pnpm_catalogs: dict[str, dict[str, dict[str, str]]] = {}
        """Folder holding `pnpm-workspace.yaml` → catalogue name (`default` for `catalog:`)
        → package → version."""

    def nearest(self, table: dict[str, Any], folder: str) -> Any:
        """The entry of `table` for `folder` or its nearest ancestor, or None."""
        while True:
            if folder in table:
                return table[folder]
            if folder == ".":
                return None
            folder = posixpath.dirname(folder) or "."

    def msbuild_files(self, folder: str) -> list[msbuild.MsBuildFile]:
        """The `Directory.*` MSBuild files a project in `folder` imports: the nearest one of
        each name (MSBuild looks upwards for each and stops at the first), and those above it
        that it imports in turn (`GetPathOfFileAbove`)."""
        found = []
        for name in MSBUILD_NAMES:
            here = folder
            while True:
                if name in self.msbuild.get(here, {}):
                    found.append(self.msbuild[here][name])
                    if not found[-1].imports_above:
                        break
                if here == ".":
                    break
                here = posixpath.dirname(here) or "."
        return found

    def inherited_extras(self, folder: str) -> dict[str, str]:
        """The extra properties the Gradle builds of the folders above `folder` set: a
        project sees its parents' (`subprojects { ext { dropwizardVersion = '2.1.12' } }` in
        the root build names the version a module's `${dropwizardVersion}` asks for); the
        nearest wins."""
        merged: dict[str, str] = {}
        while folder != ".":
            folder = posixpath.dirname(folder) or "."
            for name, value in self.gradle_extras.get(folder, {}).items():
                merged.setdefault(name, value)
        return merged

    def properties(self, folder: str) -> dict[str, str]:
        """Gradle properties seen from `folder`: the nearest file wins."""
        chain: list[dict[str, str]] = []
        while True:
            if folder in self.gradle_properties:
                chain.append(self.gradle_properties[folder])
            if folder == ".":
                break
            folder = posixpath.dirname(folder) or "."
        merged: dict[str, str] = {}
        for found in reversed(chain):
            merged.update(found)
        return merged


def read_build_files(files: list[tuple[str, str, str]], warnings: list[str]) -> BuildFiles:
    """Parse the build side files; `files` holds (path, owner, text)."""
    found = BuildFiles()
    tomls: dict[str, dict[str, Any]] = {}
    aside: dict[str, str] = {}
    imports: list[tuple[str, str, str]] = []
    for path, _, text in files:
        name = posixpath.basename(path)
        folder = posixpath.dirname(path) or "."
        try:
            if name == "libs.versions.toml" and posixpath.basename(folder) == "gradle":
                tomls[path] = tomlfile.loads(text)
                add_catalog(found, posixpath.dirname(folder) or ".", tomls[path])
            elif name.endswith(".toml"):
                # `libs.versions.toml` elsewhere, or a catalogue of another name a settings
                # script imports (`catalog_imports`): read only if a settings script imports it.
                aside[path] = text
            elif name in GRADLE_SETTINGS:
                if "versionCatalogs" in text:
                    from designer.detect.ecosystems import gradle_settings_catalog

                    for declared in gradle_settings_catalog.parse_all(text):
                        add_catalog(found, folder, declared)
                        if declared["from"]:
                            imports.append((folder, declared["from"], declared["name"]))
                    for declared in gradle_settings_catalog.published(text):
                        add_catalog(found, folder, declared)
            elif name == "gradle.properties":
                found.gradle_properties[folder] = _properties(text)
            elif name in MSBUILD_NAMES:
                from designer.detect import msbuild

                found.msbuild.setdefault(folder, {})[name] = msbuild.parse(Lines(path, text))
            elif name == PNPM_WORKSPACE:
                found.pnpm_catalogs[folder] = _pnpm_catalogs(text)
            elif name in PAKET_NAMES:
                from designer.detect import paket

                found.paket[path] = paket.parse(Lines(path, text))
            elif name.endswith(PROPS):
                from designer.detect import msbuild

                found.imports[path] = msbuild.parse(Lines(path, text))
        except (ET.ParseError, ValueError, RecursionError) as error:  # TOML's is a ValueError
            warnings.append(f"{path}: cannot be understood ({type(error).__name__})")
    # A settings script importing another build's TOML catalogue (`from(files("../gradle/
    # libs.versions.toml"))`, in a `buildSrc/` or an included plugin build) names its entries.
    # Or a TOML file outside `gradle/` (`from(files("./libs.versions.toml"))`), under the name
    # the settings script gives the catalogue (`deps { … }`: `deps.x` in the build files).
    for folder, relative, catalog in imports:
        path = posixpath.normpath(posixpath.join(folder, relative))
        if path not in tomls and path in aside:
            try:
                tomls[path] = tomlfile.loads(aside[path])
            except (ValueError, RecursionError) as error:
                warnings.append(f"{path}: cannot be understood ({type(error).__name__})")
                continue
        imported = tomls.get(path)
        if imported is not None:
            add_catalog(found, folder, {**imported, "name": catalog})
    return found


def read_unwalked_props(
    top: str, includes: list[tuple[str, str]], builds: BuildFiles, warnings: list[str]
) -> None:
    """Read the property files projects import by hand (`<Import Project="..\\..\\.build\\
    Pipeline\\Settings.App.props" />`) from folders the walk prunes: a hidden `.build/` that
    a build pipeline restores its shared settings into, committed beside the code. A project
    naming the file shows it is part of its build (its target framework, often), whatever
    folder it sits in. `includes` holds (folder of the project, the import as written); a
    path leaving the tree, or a link pointing out of it, is not read."""
    from designer.detect import msbuild
    from designer.detect.walker import read_text  # the walker imports this module

    real_top = os.path.realpath(top)
    for folder, include in includes:
        path = posixpath.normpath(posixpath.join(folder, include))
        if path in builds.imports or path.startswith("../") or posixpath.isabs(path):
            continue
        real = os.path.realpath(os.path.join(top, *path.split("/")))
        if not real.startswith(real_top + os.sep):
            continue
        text, _ = read_text(top, path)
        if text is None:
            continue  # absent (restored at build time): nothing to say
        try:
            builds.imports[path] = msbuild.parse(Lines(path, text))
        except (ET.ParseError, ValueError, RecursionError) as error:
            warnings.append(f"{path}: cannot be understood ({type(error).__name__})")


def add_catalog(found: BuildFiles, folder: str, catalog: dict[str, Any]) -> None:
    """Record the catalogue of the build rooted at `folder`: a TOML file's and the
    settings script's declarations together (the TOML file's entry wins a name both give)."""
    name = catalog.get("name") or "libs"
    if name == "libs":
        kept = found.catalogs.setdefault(folder, {})
    else:
        # A catalogue the settings script names otherwise (`deps.x` in the build files).
        kept = found.named_catalogs.setdefault(folder, {}).setdefault(name, {})
    if isinstance(catalog.get("published"), dict):
        kept.setdefault("published", catalog["published"])  # `gradle_settings_catalog`
    for table in ("versions", "libraries", "bundles", "plugins"):
        given = catalog.get(table)
        if isinstance(given, dict):
            merged = kept.setdefault(table, {})
            if isinstance(merged, dict):
                for key, value in given.items():
                    merged.setdefault(key, value)


_YAML_ENTRY = LazyPattern(
    r"""^( *)(?:"([^"]+)"|'([^']+)'|([^\s:#](?:[^\s:#]|\s++(?=[^\s:#]))*+)) *: *"""
    r"""((?:[^\s#]|\s++(?=[^\s#]))*+)\s*(?:#.*)?$"""
)
"""A line of a YAML block mapping: indent, key (quoted or plain), value, comment. A plain key's or
value's inner blanks are read once, each run with what follows it: a class of words and blanks
beside a blank run split a long run every way."""


def _pnpm_catalogs(text: str) -> dict[str, dict[str, str]]:
    """The catalogues of a pnpm-workspace.yaml: `catalog:` (the default one) and each of
    `catalogs:`, read line by line (block mappings of quoted or plain keys are all pnpm
    writes there; PyYAML's import would cost every scan a tenth of its start)."""
    found: dict[str, dict[str, str]] = {}
    section, current, depth = "", "", 0
    for line in text.splitlines():
        match = _YAML_ENTRY.match(line)
        if match is None:
            continue
        indent = len(match.group(1))
        key = match.group(2) or match.group(3) or (match.group(4) or "").strip()
        value = match.group(5).strip().strip("\"'")
        if indent == 0:
            section, current = key, "default" if key == "catalog" else ""
            continue
        if section == "catalogs" and not value:
            current, depth = key, indent
            continue
        if current and value and (section == "catalog" or indent > depth):
            found.setdefault(current, {})[key] = value
    return found


def _properties(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "!")):
            continue
        match = re.match(r"([^=:\s]+)\s*[=:]\s*(.*)", line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def read(units: dict[str, Unit], files: list[tuple[str, str, str]], warnings: list[str]) -> None:
    """Record what pins, deployable markers, env files, Compose files and Spring profiles
    say, per unit."""
    spring: list[tuple[str, str, str]] = []
    servers = _database_builds(files)
    copies = _copied_sources(files)
    matrices = compose_variants.matrices(files)
    alternatives = compose_variants.variants(files, matrices)
    # Files named for the engine each starts: their application settings are alternatives too.
    named = compose_variants.named_variants(files)
    extended = compose_extends.extended(files)
    composed = _compose_server(files)
    for path, owner, text in files:
        name = posixpath.basename(path)
        if name.startswith("application") and (config := _SPRING_CONFIG.fullmatch(name)):
            spring.append((path, owner, text))
            # The base configuration (a profile's may switch the server off for one run).
            base = config.group(1) is None
            if base and scope(path, "", True) is not Scope.TEST and _NO_WEB.search(text):
                units.setdefault(owner, Unit(owner)).no_web = True
            if scope(path, "", True) is not Scope.TEST and _JPA_SETTING.search(text):
                units.setdefault(owner, Unit(owner)).configures_jpa = True
        elif name in PINS:
            _pin(units.setdefault(owner, Unit(owner)), PINS[name], Lines(path, text))
        elif name in DEPLOYABLE:
            if not (
                name == "Dockerfile" and (_database_image(text) or _MIGRATIONS_ONLY.search(text))
            ) and not _test_image(path, owner):
                units.setdefault(owner, Unit(owner)).deployable = True
                if name == "Dockerfile":
                    _bundled_databases(units.setdefault(owner, Unit(owner)), Lines(path, text))
                    _image_env(units.setdefault(owner, Unit(owner)), Lines(path, text))
        elif name in ENV_FILES or name in PRODUCTION_ENV_FILES:
            _env(units.setdefault(owner, Unit(owner)), Lines(path, text), composed)
        elif name in COMPOSE_ENV_FILES:
            _compose_env(units.setdefault(owner, Unit(owner)), Lines(path, text))
        elif name in TEST_ENV_FILES:
            _test_env(units.setdefault(owner, Unit(owner)), Lines(path, text))
        elif name.startswith(DOCKERFILE_VARIANTS):
            continue  # read above, for the database images of Compose services
        elif name not in BUILD_FILES and not name.endswith(PROPS):
            # PyYAML only for a Compose file: most scans read none, and its import is a
            # tenth of `designer detect`'s start.
            import yaml

            try:
                _compose(
                    units, path, owner, Lines(path, text), servers, path in alternatives,
                    path in matrices or path in named, extended.get(path, {}), copies,
                )
            except (yaml.YAMLError, RecursionError, ValueError, TypeError):
                warnings.append(f"{path}: not valid YAML")
    _active_profiles(units, spring)
    profile_groups.mark(units, spring)
    deployed_profiles.mark(units, spring)
    image_profiles.mark(units, files)
    _profile_memory_databases(units, spring)
    _default_profile_memory(units, spring)


_MEMORY_URL = LazyPattern(r"\bjdbc:(?:h2:mem|hsqldb:mem|derby:memory):", re.IGNORECASE)
"""A JDBC URL of an in-memory database: its data is gone when the program stops."""


def _profile_memory_databases(
    units: dict[str, Unit], files: list[tuple[str, str, str]]
) -> None:
    """An in-memory database a base Spring YAML file gives only to one profile (`---` …
    `on-profile: standalone` … `url: jdbc:h2:mem:app`), not activated there: a development
    fallback (a run with no database server), not the engine the application keeps its data
    in. The signals of those lines are demoted to `Scope.FALLBACK`; a base document's
    in-memory URL stays the program's default."""
    for path, owner, text in files:
        match = _SPRING_CONFIG.fullmatch(posixpath.basename(path))
        if match is None or match.group(1) or not path.endswith((".yml", ".yaml")):
            continue
        active = _ACTIVE.search(text)
        chosen = {
            p.strip().strip("'\"")
            for p in ((active.group(1) or active.group(2) or "") if active else "").split(",")
        }
        lines: set[int] = set()
        first, document = 1, []
        for number, line in enumerate([*text.splitlines(), "---"], start=1):
            if line.rstrip() != "---":
                document.append(line)
                continue
            on = next(filter(None, map(_ON_PROFILE.match, document)), None)
            if on is not None and on.group(1) not in chosen:
                lines |= {
                    first + i
                    for i, text_line in enumerate(document)
                    if _MEMORY_URL.search(text_line) and not text_line.lstrip().startswith("#")
                }
            first, document = number + 1, []
        unit = units.get(owner)
        if not lines or unit is None:
            continue
        for eco, signals in unit.signals.items():
            unit.signals[eco] = [
                s.replace(scope=Scope.FALLBACK)
                if s.kind is FindingKind.DATABASE
                and s.evidence.path == path
                and s.evidence.line in lines
                else s
                for s in signals
            ]


def _default_profile_memory(
    units: dict[str, Unit], files: list[tuple[str, str, str]]
) -> None:
    """An in-memory database in the file of Spring's `default` profile
    (`application-default.properties`: `spring.datasource.url=jdbc:h2:mem:testdb`) beside a
    production profile's file in the same folder (`application-production.properties`, its
    URL given where it is deployed: `${DATABASE_URL}`). Spring reads the `default` profile only
    when no profile is activated: a developer's run with no database server, while the
    deployment activates the production profile. Its engine is a development fallback
    (`Scope.FALLBACK`), not the one the application keeps its data in; the drivers the
    build declares for run time then decide. With no production profile beside it, the
    `default` profile is what runs, and its engine stays."""
    by_folder: dict[str, dict[str, tuple[str, str, str]]] = {}
    for path, owner, text in files:
        match = _SPRING_CONFIG.fullmatch(posixpath.basename(path))
        if match and match.group(1):
            by_folder.setdefault(posixpath.dirname(path), {})[match.group(1)] = (path, owner, text)
    for profiles in by_folder.values():
        default = profiles.get("default")
        if default is None or not any(
            production_named(f"application-{name}") for name in profiles
        ):
            continue
        path, owner, text = default
        engines = {
            engine_of_jdbc(line)
            for line in text.splitlines()
            if _MEMORY_URL.search(line) and not line.lstrip().startswith(("#", "!"))
        }
        unit = units.get(owner)
        if unit is None or not engines:
            continue
        for eco, signals in unit.signals.items():
            unit.signals[eco] = [
                s.replace(scope=Scope.FALLBACK)
                if s.kind is FindingKind.DATABASE
                and s.evidence.path == path
                and s.name in engines
                else s
                for s in signals
            ]


_MIGRATIONS_ONLY = LazyPattern(
    r"^[ \t]*(?:ENTRYPOINT|CMD)\b[^\n&;|]*\bdotnet[ -]ef\b[^\n&;|]*"
    r"\bdatabase[ \t]+update\b[^\n&;|]*$",
    re.MULTILINE,
)
"""An image started to apply EF Core's migrations and exit (`ENTRYPOINT dotnet-ef database
update --connection …`, nothing chained after it): a job of a data library's, it deploys no
application."""


def _test_image(path: str, owner: str) -> bool:
    """Whether a Dockerfile lies, below its project's folder, in a folder named for tests
    (`docker/test-runner/Dockerfile`): the image runs the project's tests, it does not deploy
    the project (a library's test runner)."""
    below = path[len(owner) + 1 :] if owner != "." else path
    return any(is_test_host(part) for part in below.split("/")[:-1])


_FROM = LazyPattern(r"^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)", re.MULTILINE | re.IGNORECASE)


def _database_builds(files: list[tuple[str, str, str]]) -> dict[str, tuple[str, str, Evidence]]:
    """Path → (engine, version, evidence) of each Dockerfile that builds a database server's
    image (`docker/mariadb/Dockerfile`: `FROM mariadb:10.2`, configuration copied in; a
    `Dockerfile-db` beside the application's): a Compose service built from it runs that
    server."""
    found = {}
    for path, _, text in files:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
            continue
        if not _database_image(text):
            continue
        image = _FROM.findall(text)[-1]
        engine, version = engine_of_image(image)
        found[path] = (engine, version, Lines(path, text).evidence(image))
    return found


def _database_image(text: str) -> bool:
    """Whether a Dockerfile builds a database server's image (its last stage `FROM
    postgres:16-alpine`, configuration copied in): the folder ships the database the
    services use, not an application of its own."""
    images = _FROM.findall(text)
    return bool(images) and bool(engine_of_image(images[-1])[0])


def _bundled_databases(unit: Unit, lines: Lines) -> None:
    """The database servers an application's image bundles: an earlier stage built `FROM` a
    database image (`FROM mariadb:lts-noble AS mariadb`, its server copied into the final
    stage), as a Compose file's database service would run it beside the app."""
    stages = list(_FROM.finditer(lines.text))
    for match in stages[:-1]:
        engine, version = engine_of_image(match.group(1))
        if engine:
            evidence = lines.at_offset(match.start(1))
            _config(unit, engine, evidence, version, Scope.DEPLOYED, server=True)


_ENV = LazyPattern(r"^[ \t]*ENV[ \t]+((?:[^\n]*\\[ \t]*\n)*[^\n]*)", re.MULTILINE | re.IGNORECASE)
_PAIR = LazyPattern(r"(?<!\w)(\w+)=(\"[^\"\n]*\"|'[^'\n]*'|[^\s\\]+)")
"""`KEY=value` of an `ENV` line, the key from its first character (tried inside a long word, the
scan read the rest of it again from each character)."""


def _image_env(unit: Unit, lines: Lines) -> None:
    """The engine the application's image sets in its final stage (`ENV DB_CONNECTION=sqlite
    …`, `ENV APP_USER_DB_URI=sqlite:////app/users.sqlite`), read as a Compose service's
    environment is: the image is a recipe for deploying the app, as a Compose file is, its
    setting the engine the documented deployment runs with."""
    stages = list(_FROM.finditer(lines.text))
    start = stages[-1].end() if stages else 0
    for match in _ENV.finditer(lines.text, start):
        pairs = [(p.group(1), p.group(2), p.start()) for p in _PAIR.finditer(match.group(1))]
        offsets = {key: at for key, _, at in pairs}
        values = {key: value.strip("\"'") for key, value, _ in pairs}
        for key, engine in engines_of_environment(values):
            evidence = lines.at_offset(match.start(1) + offsets[key])
            # An image setting a database that vanishes with the container (`ENV
            # DATABASE_URL='sqlite:////:memory:'`, so that a build step can load the
            # settings) keeps no data in it: a placeholder the deployment overrides.
            where = Scope.FALLBACK if scratch(values[key]) else Scope.DEPLOYED
            _config(unit, engine, evidence, where=where)


_ACTIVE = LazyPattern(
    r"^[ \t]*spring\.profiles\.(?:active|include)[ \t]*[=:][ \t]*([^#\n]+)"  # properties
    # YAML, perhaps with comment lines before the key (the profiles it may be set to).
    r"|^[ \t]*profiles:[ \t]*\n(?:[ \t]*#[^\n]*\n)*[ \t]+(?:active|include):[ \t]*([^#\n]+)",
    re.MULTILINE,
)
_PLACEHOLDER = LazyPattern(r"^\$\{[\w.-]+:([^}]*)\}$")
"""A property placeholder with a default (`${SERVER_PROFILES:maxkey}`): the default applies
unless the environment sets the variable."""


def _active_profiles(units: dict[str, Unit], files: list[tuple[str, str, str]]) -> None:
    """The datasource of the profiles a Spring base configuration activates or includes
    (`spring.profiles.active=h2,spring-data-jpa`, `spring.profiles.include=${VAR:maxkey}`),
    from the profile's own file or the base file's YAML document activated on it
    (`---` … `on-profile: prod`), is the engine the application runs on unless told
    otherwise: production scope, above drivers kept for other profiles."""
    by_folder: dict[str, dict[str, tuple[str, str, str]]] = {}
    for path, owner, text in files:
        match = _SPRING_CONFIG.fullmatch(posixpath.basename(path))
        profile = match.group(1) or "" if match else ""
        by_folder.setdefault(posixpath.dirname(path), {})[profile] = (path, owner, text)
    for profiles in by_folder.values():
        base = profiles.get("")
        active = _ACTIVE.search(base[2]) if base else None
        if base is None or active is None:
            continue
        value = (active.group(1) or active.group(2) or "").strip().strip("'\"")
        default = _PLACEHOLDER.match(value)
        value = default.group(1) if default else value
        # The profile the test resources activate (`src/test/resources`) is the tests'.
        where = Scope.TEST if scope(base[0], "", True) is Scope.TEST else Scope.PRODUCTION
        for name in (p.strip() for p in value.split(",")):
            chosen = profiles.get(name)
            if chosen is not None:
                # A developer's in-memory profile beside a hosted one or on a driver the
                # build keeps for the tests, or a developer's embedded one beside a deployed
                # profile's server: a fallback.
                kept = (
                    Scope.FALLBACK
                    if local_profiles.developer_memory(profiles, name)
                    or local_profiles.test_classpath_memory(profiles, name, units.get(chosen[1]))
                    or deployed_profiles.displaced(profiles, name)
                    else where
                )
                _first_jdbc(units, chosen[0], chosen[1], chosen[2].splitlines(), 1, kept)
            for first, document in _documents_on(base[2], name):
                _first_jdbc(units, base[0], base[1], document, first, where)


_ON_PROFILE = LazyPattern(r"^[ \t]*(?:on-profile|(?:spring\.)?profiles):[ \t]*[\"']?([\w.-]+)")
"""The profile a YAML document is activated on: `spring.config.activate.on-profile: prod`, or
before Spring Boot 2.4 the document's own `spring.profiles: postgres` (a value on the key's line;
`profiles:` opening `active:` below it names none)."""


def _documents_on(text: str, profile: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of each document of a multi-document YAML file (`---`
    between them) that `spring.config.activate.on-profile` activates on `profile`."""
    found, first, document = [], 1, []
    for number, line in enumerate([*text.splitlines(), "---"], start=1):
        if line.rstrip() != "---":
            document.append(line)
            continue
        match = next(filter(None, map(_ON_PROFILE.match, document)), None)
        if match and match.group(1) == profile:
            found.append((first, document))
        first, document = number + 1, []
    return found


def _first_jdbc(
    units: dict[str, Unit], path: str, owner: str, lines: list[str], first: int, where: Scope
) -> None:
    """The engine of the first JDBC URL of `lines` (numbered from `first`) outside comments."""
    for number, line in enumerate(lines, start=first):
        engine = engine_of_jdbc(line)
        if engine and not line.lstrip().startswith("#"):
            evidence = Evidence(path=path, line=number, text=line.strip())
            _config(units.setdefault(owner, Unit(owner)), engine, evidence, "", where)
            return


_RELEASE = re.compile(r"(?:pypy|jruby-|truffleruby-|graalpy-)?\d")
"""A pinned release (`3.12.1`, `pypy3.10-7.3.12`, `jruby-9.4.5.0`), not an alias."""


def _pin(unit: Unit, ecosystem: str, lines: Lines) -> None:
    for number, line in enumerate(lines.lines, start=1):
        value = line.split("#", 1)[0].strip()
        if not value:
            continue
        value = value.removeprefix("ruby-")
        if not _RELEASE.match(value.removeprefix("v")):
            # A pyenv virtualenv's name (`my-project`), nvm's `lts/*` or `node`, `system`: no
            # release; pyenv reads the next line.
            continue
        if ecosystem == "node":
            value = f"Node {value.removeprefix('v')}"
        evidence = Evidence(path=lines.path, line=number, text=line.strip())
        unit.pins.setdefault(ecosystem, (value, evidence))
        return


def _config(
    unit: Unit,
    engine: str,
    evidence: Evidence,
    version: str = "",
    where: Scope | None = None,
    server: bool = False,
) -> None:
    where = scope(evidence.path, evidence.text, True) if where is None else where
    unit.signals[CONFIG].append(
        Signal(
            FindingKind.DATABASE,
            engine,
            Strength.ENTRY,
            evidence,
            version,
            scope=where,
            server=server,
        )
    )


_PASSWORD = LazyPattern(r"(://[^:/@\s]*:)[^\s\"']*@")
"""The password of a URL, up to its last `@` (a password may hold one: `pass@w0rd`)."""


_DEBUG_ON = LazyPattern(
    r"^[ \t]*(?:export[ \t]+)?(?:DJANGO_)?DEBUG[ \t]*=[ \t]*[\"']?(?i:true|1|yes|on)[\"']?"
    r"[ \t]*\r?$",
    re.MULTILINE,
)
"""A Django-style `DEBUG=True` (not Laravel's `APP_DEBUG`, which its production example
sets too): the env example is a development setup's."""


_LOCAL_ENV = LazyPattern(
    r"^[ \t]*(?:export[ \t]+)?\w*_ENV[ \t]*=[ \t]*[\"']?(?i:local|dev|development)[\"']?"
    r"[ \t]*\r?$",
    re.MULTILINE,
)
"""The environment an env example sets up named local or development (`APP_ENV=local`,
`RAILS_ENV=development`)."""


_LOCAL_URL = LazyPattern(
    r"^[ \t]*(?:export[ \t]+)?(?:\w+_)?(?:BASE|PUBLIC|APP|SITE|ROOT|EXTERNAL|SERVER)_URL"
    r"[ \t]*=[ \t]*[\"']?https?://(?:localhost|127\.0\.0\.1)\b",
    re.MULTILINE,
)
"""The address the application is reached at, as an env example sets it, on this machine
(`HD_BASE_URL=http://localhost:8080`, `APP_URL=http://127.0.0.1:8000`): the example sets up a
developer's checkout, as `APP_ENV=local` says."""


_LIVE_SERVER = LazyPattern(
    r"^[ \t]*(?:export[ \t]+)?\w*(?:DB|DATABASE)_(?:HOST|PORT|USER|USERNAME|PASSWORD)"
    r"[ \t]*=[ \t]*\S",
    re.MULTILINE,
)
"""A server's connection setting an env example keeps set (`DB_HOST=127.0.0.1`,
`DB_USERNAME=app`), not commented out as an option (`#DB_HOST=<hostname | ip>`)."""

_ANY_DEBUG_ON = LazyPattern(
    r"^[ \t]*(?:export[ \t]+)?\w*DEBUG[ \t]*=[ \t]*[\"']?(?i:true|1|yes|on)[\"']?[ \t]*\r?$",
    re.MULTILINE,
)
"""Debugging turned on by any name (`APP_DEBUG=true`): with a local environment, a developer's
checkout."""

_IMAGE = LazyPattern(r"^[ \t]*image:[ \t]*[\"']?([^\s\"'#]+)", re.MULTILINE)


def _compose_server(files: list[tuple[str, str, str]]) -> bool:
    """Whether a Compose file of the tree, outside tests, runs a database server (a relational
    or document engine's image, not a cache's)."""
    for path, _, text in files:
        name = posixpath.basename(path)
        compose = name.startswith(("docker-compose", "compose.")) and name.endswith(
            (".yml", ".yaml")
        )
        if not compose or scope(path, "", True) is Scope.TEST:
            continue
        for image in _IMAGE.findall(text):
            engine = engine_of_image(image)[0]
            if engine and engine not in EMBEDDED and engine not in KEY_VALUE:
                return True
    return False


def _env(unit: Unit, lines: Lines, composed: bool = False) -> None:
    committed = posixpath.basename(lines.path) == ".env"
    deployed = posixpath.basename(lines.path) in PRODUCTION_ENV_FILES
    # An example that turns debugging on describes a development checkout (`DEBUG=True`
    # beside a `sqlite:///` URL), not the deployment: a development fallback, below the
    # program's default and a Compose file's database.
    development = not (committed or deployed) and _DEBUG_ON.search(lines.text) is not None
    # An example that sets up a local environment (`APP_ENV=local`, as Laravel's does) and
    # picks an embedded engine (`DB_CONNECTION=sqlite`) describes a developer's checkout too:
    # the file stands in for the server the settings default to. A server engine it names
    # is the one deployments run as well (local settings mirror the deployed server), so it
    # keeps its rank.
    # That holds where the example keeps a server's connection set beside the embedded pick
    # (the server is what the settings expect; the file switched a checkout to a file), or
    # where a Compose file of the tree runs a server, or where it turns debugging on (a
    # developer's `APP_DEBUG=true`). An example setting up no server at all, its server
    # settings left commented as options (`#DB_CONNECTION=<mysql | pgsql>`), debugging off,
    # with no Compose server, ships the embedded engine: the operator's choice, above a
    # skeleton's stock server default.
    local = (
        not (committed or deployed)
        and not development
        and (
            _LOCAL_ENV.search(lines.text) is not None
            # Or serves the application on this machine: an embedded engine it picks there
            # is the checkout's stand-in too, below a Compose file's server.
            or _LOCAL_URL.search(lines.text) is not None
        )
        and (
            composed
            or _LIVE_SERVER.search(lines.text) is not None
            or _ANY_DEBUG_ON.search(lines.text) is not None
        )
    )
    options = _per_engine_keys(lines.lines)
    for number, line in enumerate(lines.lines, start=1):
        key, sep, value = line.strip().removeprefix("export ").partition("=")
        if not sep or key.startswith("#") or "REDIS" in key.upper():
            continue
        # One of several engines' settings is an option, no choice: a fallback.
        option = key.strip() in options
        engine = _engine_setting(key, value)
        if not engine and env_paths.sqlite_path(lines.lines, number - 1, key, value):
            # A path where the program opens its embedded database (`env_paths`).
            engine = "SQLite"
        if not engine:
            continue
        if committed:
            # Real values, perhaps: the password never reaches a report.
            text = _PASSWORD.sub(r"\1***@", line.strip())
            _config(unit, engine, Evidence(path=lines.path, line=number, text=text), "",
                    max(Scope.RUNTIME, scope(lines.path, line, True)))
        else:
            shown = _PASSWORD.sub(r"\1***@", line.strip()) if deployed else line.strip()
            evidence = Evidence(path=lines.path, line=number, text=shown)
            where = scope(lines.path, line, True)
            demoted = development or option or (local and engine in EMBEDDED)
            _config(unit, engine, evidence, "", max(where, Scope.FALLBACK) if demoted
                    else where)


_ENGINE_SUFFIX = re.compile(
    r"[_-](MYSQL|MARIADB|POSTGRES(?:QL)?|PGSQL|PG|SQLITE3?|MSSQL|MONGO(?:DB)?)$", re.IGNORECASE
)
"""A setting named for one engine (`DB_URL_MYSQL`, `DATABASE_URL_POSTGRESQL`)."""


def _per_engine_keys(lines: list[str]) -> frozenset[str]:
    """The keys of an env file naming two engines or more each its own setting (`DB_URL_MYSQL`,
    `DB_URL_POSTGRESQL`, `DB_URL_SQLITE`): one URL ready per engine the program supports, an
    option each, none the engine it runs on (which another setting or its default picks)."""
    named: dict[str, str] = {}
    for line in lines:
        key, sep, _ = line.strip().removeprefix("export ").partition("=")
        suffix = _ENGINE_SUFFIX.search(key.strip()) if sep and not key.startswith("#") else None
        if suffix is not None:
            named[key.strip()] = engine_of_name(suffix.group(1).lower()) or suffix.group(1)
    return frozenset(named) if len(set(named.values())) > 1 else frozenset()


def _engine_setting(key: str, value: str) -> str:
    """The engine an env file's `KEY=value` names: by name under an engine key
    (`DB_CONNECTION=mysql`), else by its URL's scheme (`DATABASE_URL=postgres://…`)."""
    return engine_of_name(value) if is_engine_key(key.strip().lower()) else engine_of_url(value)


def _compose_env(unit: Unit, lines: Lines) -> None:
    """The engine a Compose deployment's env file sets the app's connection to
    (`DB_CONNECTION=mysql`, `DATABASE_URL=postgres://…`), as the deployment's setting."""
    for number, line in enumerate(lines.lines, start=1):
        key, sep, value = line.strip().removeprefix("export ").partition("=")
        if not sep or key.startswith("#") or "REDIS" in key.upper():
            continue
        if engine := _engine_setting(key, value):
            text = _PASSWORD.sub(r"\1***@", line.strip())
            evidence = Evidence(path=lines.path, line=number, text=text)
            _config(unit, engine, evidence, "",
                    max(Scope.DEPLOYED, scope(lines.path, line, True)))


def _test_env(unit: Unit, lines: Lines) -> None:
    """The engine of the `DATABASE_URL` a test env file sets, as test configuration."""
    for number, line in enumerate(lines.lines, start=1):
        key, sep, value = line.strip().removeprefix("export ").partition("=")
        if sep and key.strip() == "DATABASE_URL" and (engine := engine_of_url(value)):
            text = _PASSWORD.sub(r"\1***@", line.strip())
            _config(unit, engine, Evidence(path=lines.path, line=number, text=text), "",
                    Scope.TEST)


_INCLUDE = LazyPattern(r"^include:[ \t]*\n((?:[ \t].*\n?|\n)*)", re.MULTILINE)
_INCLUDED = LazyPattern(r"^[ \t]*-[ \t]*(?:path:[ \t]*)?[\"']?([\w./-]+\.ya?ml)[\"']?[ \t]*$",
                        re.MULTILINE)


def catalog_imports(path: str, text: str) -> list[str]:
    """The TOML catalogues a Gradle settings script imports (`versionCatalogs { create("libs")
    { from(files("deps.toml")) } }`), as paths relative to the scanned root: the walk picks
    `libs.versions.toml` by name, a catalogue named otherwise only through this import; none
    outside the root."""
    if posixpath.basename(path) not in GRADLE_SETTINGS or "versionCatalogs" not in text:
        return []
    folder = posixpath.dirname(path)
    found = []
    for match in _CATALOG_FROM.finditer(text):
        target = posixpath.normpath(posixpath.join(folder, match.group(1)))
        if not target.startswith(("../", "/")) and target != "..":
            found.append(target)
    return found


_CATALOG_FROM = LazyPattern(r"""\bfrom\s*\(\s*files\s*\(\s*["']([^"'\n]+\.toml)["']""")


def compose_includes(path: str, text: str) -> list[str]:
    """The Compose files a Compose file's top-level `include:` pulls in, as paths relative to
    the scanned root (`include: [docker/docker-mysql.yml]` runs that file's services too);
    none outside the root."""
    if "include:" not in text:
        return []
    block = _INCLUDE.search(text)
    if block is None:
        return []
    folder = posixpath.dirname(path)
    found = []
    for match in _INCLUDED.finditer(block.group(1)):
        target = posixpath.normpath(posixpath.join(folder, match.group(1)))
        if not target.startswith(("../", "/")) and target != "..":
            found.append(target)
    return found


def _compose(
    units: dict[str, Unit],
    path: str,
    owner: str,
    lines: Lines,
    servers: dict[str, tuple[str, str, Evidence]],
    alternative: bool = False,
    matrix: bool = False,
    extended: dict[str, Scope] | None = None,
    copies: dict[str, list[str]] | None = None,
) -> None:
    import yaml

    # Only the top two levels are read: an alias bomb is never expanded.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(lines.text, Loader=loader)  # a safe loader (C when available)
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, dict):
        return
    folder = posixpath.dirname(path) or "."
    production = production_named(path)
    databases: dict[str, tuple[str, str, Evidence]] = {}
    optional: set[str] = set()
    builds: dict[str, tuple[str, list[str]]] = {}
    mounts: dict[str, str] = {}
    settings: dict[str, list[tuple[str, Evidence]]] = {}
    for name, body in services.items():
        if not isinstance(body, dict):
            continue
        image = body.get("image")
        engine, version = engine_of_image(image) if isinstance(image, str) else ("", "")
        if not engine and isinstance(image, str) and db_consoles.is_console(image):
            continue  # a console's connections are what it browses, not the app's settings
        if not engine and isinstance(image, str) and db_poolers.is_pooler(image):
            continue  # a pooler's upstream is what it fronts, not the app's settings
        if not engine:
            # An application's own settings (`DB_ENGINE: sqlite`, `DATABASE_URL: postgres://…`)
            # say which engine the deployment runs it on.
            start = lines.section(f"{name}:")
            settings[str(name)] = [
                (found, _masked(lines.evidence(key, start)))
                for key, found in engines_of_environment(body.get("environment"))
            ]
        else:
            start = lines.section(f"{name}:")
            databases[str(name)] = (engine, version, lines.evidence(str(image), start))
            if body.get("profiles") or alternative:
                # Started only when its profile is asked for (`--profile postgres`): an
                # alternative the project supports, not the database it runs by default.
                optional.add(str(name))
        build = body.get("build")
        # A build naming no context builds the file's own folder (Compose's default: `build:
        # {dockerfile: Dockerfile, args: …}`), as `build: .` does.
        context = build.get("context", ".") if isinstance(build, dict) else build
        dockerfile = build.get("dockerfile") if isinstance(build, dict) else None
        server = (
            servers.get(
                posixpath.normpath(
                    posixpath.join(
                        folder,
                        context,
                        dockerfile if isinstance(dockerfile, str) else "Dockerfile",
                    )
                )
            )
            if isinstance(context, str) and not engine
            else None
        )
        if server is not None:
            # Built from a database server's image kept in the tree: a database service,
            # not an application built here.
            databases[str(name)] = server
            settings.pop(str(name), None)
            if body.get("profiles"):
                optional.add(str(name))  # as an image's service started by its profile
        elif isinstance(context, str):
            depends = body.get("depends_on")
            needs = [str(d) for d in depends] if isinstance(depends, list | dict) else []
            built = _built_project(units, folder, context, dockerfile, copies or {})
            builds[str(name)] = (built, needs)
            if posixpath.normpath(context) == "." and folder in units and production:
                # A production Compose file beside the project building it: a deployment of
                # that project, whatever folder of images it lies in.
                units[folder].released = True
            own = _own_dockerfile(folder, context, dockerfile, built)
            if production and own in units:
                # A production Compose file building the Dockerfile a project keeps in its
                # own folder (`dockerfile: docker/renderer/Dockerfile` from the root, so that
                # the image can copy shared files): a deployment of that project too.
                units[own].released = True
            code = _mounted_code(
                context,
                body.get("volumes"),
                lambda source: posixpath.normpath(posixpath.join(folder, source)) in units,
            )
            if code is not None:
                # The image is only a runtime built from a folder inside the project (Laravel
                # Sail's `docker/8.4`), the code it runs is bind-mounted from the project: the
                # databases are that project's too.
                mounts[str(name)] = code
    for name in compose_claims.other_programs(services):
        settings.pop(name, None)  # another program's own settings, not the project's
    _service_settings(units, path, owner, folder, builds, settings, matrix, extended or {})
    if not databases:
        return
    for name, (context, needs) in list(builds.items()):
        if not _configured(services[name], databases):
            # Its environment is all written out and names no database: it waits for the
            # database only to start in order (a relay service beside the API owning it).
            builds[name] = (context, [n for n in needs if n not in databases])
    # A service built from a folder that holds no project, runs none mounted and needs none of
    # the databases (a search engine's image configured in `docker/elasticsearch/`) builds a
    # tool, not the application: the databases beside it are not that folder's.
    builds = {
        name: (context, needs)
        for name, (context, needs) in builds.items()
        if name in mounts
        or any(need in databases for need in needs)
        or _holds_project(units, posixpath.join(folder, context))
    }
    targets: list[tuple[str, list[str]]] = []
    shared = [name for name in databases if name not in compose_claims.claimed(services, databases)]
    contexts = {posixpath.normpath(context) for context, _ in builds.values()}
    runs = {posixpath.normpath(mounts.get(name, context)) for name, (context, _) in builds.items()}
    for name, (context, needs) in builds.items():
        used = [n for n in needs if n in databases]
        if not used and (len(contexts) == 1 or len(runs) == 1):
            # Every service built here comes from one folder (an API and its mail catcher
            # from the same Dockerfile folder), or runs the one project they all bind-mount
            # (a PHP-FPM image and a worker image, each built from its runtime folder): the
            # databases are that project's (but for those a program run without a build of
            # its own depends on: `compose_claims`).
            used = shared
            built = posixpath.normpath(posixpath.join(folder, context))
            projects = [f for f, u in units.items() if u.manifests]
            # But a database mounting another project's folder is that project's.
            used = [
                n
                for n in used
                if compose_claims.mounting_project(services[n], folder, projects)
                in (None, built)
            ]
        for source in (context, mounts.get(name)):
            if source is not None:
                target = posixpath.normpath(posixpath.join(folder, source))
                targets.append(("." if target in ("", ".") else target, used))
    where = compose_envs.scope(path, scope(path, "", True))
    if not builds:
        # No service of the file is built from the tree: the databases are development help
        # (`docker compose up db`), not the deployment itself.
        # (but those a service nested in the project needs, the project itself naming no
        # data: `compose_nested`).
        targets = [(owner, compose_nested.owners_share(units, owner, services, databases))]
        where = max(where, Scope.RUNTIME)
    for target, used in targets:
        if target.startswith(".."):
            continue  # a build context outside the scanned tree
        unit = units.setdefault(target, Unit(target))
        for name in used:
            engine, version, evidence = databases[name]
            found = max(where, Scope.FALLBACK) if name in optional else where
            _config(unit, engine, evidence, version, found, server=True)


_DATABASE_SETTING = LazyPattern(
    r"DATABASE|(?:^|_)DB(?:_|$)|DSN|POSTGRES|^PG|MYSQL|MARIA|MONGO|SQL|REDIS|JDBC|DATASOURCE",
    re.IGNORECASE,
)
"""A setting's name that configures a database connection (`DATABASE_URL`, `PGHOST`,
`SPRING_DATASOURCE_URL`, `MONGO_URI`)."""


def _configured(body: dict[str, Any], databases: dict[str, Any]) -> bool:
    """Whether a Compose service may be told to use the file's databases: it reads an env
    file, or keeps no environment of its own (its settings come from elsewhere), or an entry
    of its environment names a database setting or a database service."""
    environment = body.get("environment")
    if body.get("env_file") is not None or not isinstance(environment, dict | list):
        return True
    pairs = (
        environment.items()
        if isinstance(environment, dict)
        else (str(item).partition("=")[::2] for item in environment)
    )
    for key, value in pairs:
        text = str(value) if value is not None else ""
        if _DATABASE_SETTING.search(str(key)) or any(name in text for name in databases):
            return True
    return False


def _built_project(
    units: dict[str, Unit],
    folder: str,
    context: str,
    dockerfile: object,
    copies: dict[str, list[str]] | None = None,
) -> str:
    """The folder a Compose service builds, relative to the Compose file's `folder`: its
    context, unless its Dockerfile lies deeper, inside a project (a repository-root context
    with `dockerfile: service-api/docker/app/Dockerfile`, so that the image can copy shared
    code): that project's folder, the nearest one above the Dockerfile with a manifest, else
    the one project with a manifest the Dockerfile copies from the context (a runtime recipe
    kept in `docker/php/`, beside the project: `COPY backend/ ./`), else the outermost below the
    context that holds one (`api/` holding `api/app`)."""
    if not isinstance(dockerfile, str):
        return context
    base = posixpath.normpath(posixpath.join(folder, context))
    place = posixpath.dirname(posixpath.normpath(posixpath.join(base, dockerfile)))
    # An absolute path (`dockerfile: /api/Dockerfile`, written as if from the context) names
    # no folder of this tree, and walking up from one would never reach the context.
    if posixpath.isabs(place) or posixpath.isabs(base):
        return context
    if base.startswith("..") or not (base == "." or place.startswith(base + "/")):
        return context
    chain = []
    while place != base and place:
        chain.append(place)
        place = posixpath.dirname(place) or "."
    found = next((p for p in chain if p in units and units[p].manifests), None)
    if found is None:
        recipe = posixpath.normpath(posixpath.join(base, dockerfile))
        copied = _copied_projects(units, base, (copies or {}).get(recipe, []))
        found = copied[0] if len(copied) == 1 else None
    if found is None:
        found = next((p for p in reversed(chain) if _holds_project(units, p)), None)
    if found is None:
        return context
    return found if folder == "." else posixpath.relpath(found, folder)


def _copied_projects(units: dict[str, Unit], base: str, sources: list[str]) -> list[str]:
    """The folders with a manifest that the sources `sources` a Dockerfile copies from the
    build context `base` are, or lie directly in (`backend/`, `backend/composer.json`)."""
    found: list[str] = []
    for source in sources:
        path = posixpath.normpath(posixpath.join(base, source))
        for place in (path, posixpath.dirname(path)):
            if place not in (".", "") and place in units and units[place].manifests:
                if place not in found:
                    found.append(place)
                break
    return found


_COPY_SOURCES = re.compile(r"^[ \t]*(?:COPY|ADD)[ \t]+(?!.*--from=)([^\n]+)", re.I | re.M)
"""A Dockerfile's copy from the build context (not from another stage or image): its
arguments, flags, sources and destination."""


def _copied_sources(files: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """Dockerfile path → the sources its copies take from the build context, in order (flags
    and the destination left out; the JSON form `COPY ["a", "b"]` is left alone)."""
    found: dict[str, list[str]] = {}
    for path, _, text in files:
        if posixpath.basename(path) != "Dockerfile":
            continue
        for copy in _COPY_SOURCES.finditer(text):
            words = [w for w in copy.group(1).split() if not w.startswith("--")]
            if len(words) >= 2 and not words[0].startswith("["):
                found.setdefault(path, []).extend(words[:-1])
    return found


def _own_dockerfile(folder: str, context: str, dockerfile: object, built: str) -> str:
    """The project folder (from the tree's top) a Compose service builds when its Dockerfile
    lies right in that folder, else "" (a Dockerfile kept elsewhere, or none named)."""
    if not isinstance(dockerfile, str):
        return ""
    project = posixpath.normpath(posixpath.join(folder, built))
    place = posixpath.dirname(posixpath.normpath(posixpath.join(folder, context, dockerfile)))
    return project if place == project and project != "." else ""


def _holds_project(units: dict[str, Unit], context: str) -> bool:
    """Whether a build context is, or holds, a folder with a manifest or code of its own."""
    top = posixpath.normpath(context)
    if top.startswith(".."):
        return True  # outside the scanned tree: left to the caller, which skips it
    top = "" if top == "." else top
    return any(
        (unit.manifests or any(found for eco, found in unit.signals.items() if eco != CONFIG))
        and (not top or unit.folder == top or unit.folder.startswith(top + "/"))
        for unit in units.values()
    )


def _mounted_code(
    context: str, volumes: object, is_project: Callable[[str], bool]
) -> str | None:
    """The folder of the tree a service bind-mounts (`.:/var/www/html`) that holds its build
    context strictly inside it, or that is a project of the tree (`../app:/var/www`, a folder
    with a manifest) while the context is a runtime folder beside it (the Compose file's
    `php/`, no project, not holding the mounted one), or None: a service whose image is built
    from a runtime folder runs the mounted project."""
    if not isinstance(volumes, list):
        return None
    built = posixpath.normpath(context)
    for volume in volumes:
        source = volume.split(":", 1)[0] if isinstance(volume, str) and ":" in volume else ""
        if not source.startswith("."):
            continue  # a named volume or an absolute host path
        source = posixpath.normpath(source)
        if source == "." and built not in (".", "") and not built.startswith(".."):
            return source
        if built.startswith(source + "/") and not source.startswith(".."):
            return source
        # The context holds the mounted folder: the Compose file's own folder (`.`) holds
        # everything below it, not a folder beside or above it (`../../back-end`).
        holds = (built in (".", "") and not source.startswith("..")) or source.startswith(
            built + "/"
        )
        if source != "." and is_project(source) and not is_project(built) and not holds:
            # A runtime image built beside the project, not from a folder holding it (an
            # image of the whole tree bind-mounts its code only to reload it in development).
            return source
    return None


def _service_settings(
    units: dict[str, Unit],
    path: str,
    owner: str,
    folder: str,
    builds: dict[str, tuple[str, list[str]]],
    settings: dict[str, list[tuple[str, Evidence]]],
    matrix: bool = False,
    extended: dict[str, Scope] | None = None,
) -> None:
    """Give the engines a Compose file's application services are configured with to the
    folder each is built from (a service run from a published image: the file's project).
    Those of a test matrix's file (`compose_variants.matrices`) are one alternative each; those
    of a base service another Compose file extends (`compose_extends`) rank as that file's."""
    where = scope(path, "", True)
    if matrix:
        where = max(where, Scope.FALLBACK)
    for name, found in settings.items():
        ranked = min(where, (extended or {}).get(name, where))
        target = owner
        if name in builds:
            built = posixpath.normpath(posixpath.join(folder, builds[name][0]))
            if built.startswith(".."):
                continue  # a build context outside the scanned tree
            target = "." if built in ("", ".") else built
        unit = units.setdefault(target, Unit(target))
        for engine, evidence in found:
            _config(unit, engine, evidence, "", ranked)


def _masked(evidence: Evidence) -> Evidence:
    """Evidence whose URL password, if any, never reaches a report."""
    text = _PASSWORD.sub(r"\1***@", evidence.text)
    return evidence if text == evidence.text else Evidence(
        path=evidence.path, line=evidence.line, text=text
    )
