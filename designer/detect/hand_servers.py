"""Servers a developer starts by hand: projects nothing of the repository builds, ships or names.

A product's repository sometimes keeps, beside the services it deploys, a small server of its
own manifest that a developer runs from a terminal: a schema validator wrapping a command-line
checker in one POST route (`npm run server`, on a port written into the code), a
text-to-speech helper for a demo setup (`go run main.go`). Nothing of the product builds it
(no workspace lists it), ships it (no Dockerfile, Procfile, Compose service or deployment
manifest), or calls it by name (no CI job, script, Makefile or configuration outside its
folder mentions it). Such a project is a tool, not a backend, when at the same time:

- it lies below the repository root (the root is the product itself) and keeps no data (a
  data layer or a store of its own makes it a service someone adopted, deployed or not);
- it is a Node package or a Go module (the shapes seen; a JVM or .NET project is named by the
  build that assembles it, which this does not read);
- nothing in its own folder deploys it (a Dockerfile or Procfile, a Compose file, a serverless,
  CDK, App Engine, Fly, Render, Vercel or Netlify manifest, a Helm chart, a `deploy/` folder);
- it is started by hand: a Node package has no `start` script (a Node server a platform runs
  without a container is started by `npm start`, a hand-run tool by a script of its own name,
  `npm run server`); a Go module's own README, Makefile or scripts run it from source
  (`go run main.go`), as a developer does;
- the repository ships some other project of its own with a Dockerfile or Procfile: it does
  deploy its services, and this one is not among them;
- no command, build, CI or configuration file of the repository outside the folder names it:
  neither its path, nor its folder's name as a word (`tts-server`), nor a workspace glob over
  its parent (`packages/*`). A generic folder name (`server`, `api`) is found in nearly any
  such file, which keeps the rule to the folders named for what they do.

Documentation is not read: a README telling how to start the tool by hand does not deploy it.

A Node package that publishes a command (`bin` in its package.json) is such a tool even when
the workspace names it (`packages/*`, a `workspace:*` dependency of the add-ons using it): its
server is one a developer starts through that command (an add-on author's hot-reload server),
and the other conditions (no data, no `start` script, nothing in its folder deploying it, a
repository deploying other projects) still hold. A package with `bin` that its own Dockerfile
runs is deployed, and stays.

The JVM sibling (`_jvm_candidate`), narrower: a Gradle module below the root applying the
`application` plugin to a Spring Boot application (`./gradlew :module:run` starts it) whose own
code declares no controller or handler (no `@RestController`, `@Controller`, request mapping,
servlet, router function or endpoint: it serves no request of its own), deployed by nothing in
its folder, in a repository shipping another project. The build that assembles it names it
(`include 'module'` in the Gradle settings), so it is named elsewhere only by Gradle task paths
(`:module:run`, `:module:copyJsFiles`) in Makefiles and scripts, one of them running it
(`:module:run`, `:module:bootRun`): a prototype a developer starts from a Makefile target.
It may reach the product's data through the library modules it shares with the API (its
JPA repositories): a server no request reaches still serves nothing.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.node_imports import package_json
from designer.detect.nonservices import DATA_KINDS
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

_LANGUAGES = frozenset({"node", "go"})

_DEPLOY_NAMES = frozenset(
    {
        "Procfile",
        "app.yaml",
        "app.yml",
        "serverless.yml",
        "serverless.yaml",
        "serverless.ts",
        "cdk.json",
        "fly.toml",
        "render.yaml",
        "vercel.json",
        "netlify.toml",
        "now.json",
        "railway.json",
        "railway.toml",
        "nixpacks.toml",
        "manifest.yml",
        "Chart.yaml",
        "skaffold.yaml",
        "Tiltfile",
        "Dockerrun.aws.json",
        "appspec.yml",
        "ecosystem.config.js",
        "ecosystem.config.cjs",
    }
)
"""Files in a project's own folder that deploy it (a Procfile, a serverless or CDK app, a PaaS
manifest, a Helm chart, pm2's ecosystem file)."""

_DEPLOY_PREFIXES = ("Dockerfile", "docker-compose", "compose.")

_DEPLOY_FOLDERS = frozenset(
    {"deploy", "deployment", "deployments", "k8s", "kubernetes", "helm", "chart", "charts",
     ".ebextensions", ".platform", "infra"}
)
"""Folders in a project's own folder holding its deployment."""

_COMMAND_NAMES = frozenset(
    {
        "Makefile",
        "makefile",
        "GNUmakefile",
        "justfile",
        "Justfile",
        "Procfile",
        "Jenkinsfile",
        "Tiltfile",
        "go.work",
        "Cargo.toml",
        "pom.xml",
        "settings.gradle",
        "settings.gradle.kts",
        "build.gradle",
        "build.gradle.kts",
        "tox.ini",
        "noxfile.py",
        "netlify.toml",
        "fly.toml",
    }
)
"""Files naming what a repository builds, runs or deploys, by their name."""

_COMMAND_JSON = frozenset(
    {
        "package.json",
        "project.json",
        "nx.json",
        "workspace.json",
        "lerna.json",
        "turbo.json",
        "rush.json",
        "angular.json",
        "vercel.json",
        "now.json",
        "app.json",
        "cdk.json",
        "deno.json",
        "devcontainer.json",
        "launch.json",
        "tasks.json",
    }
)
"""JSON files naming what a repository builds, runs or deploys (workspace and task lists,
deployment manifests; `tsconfig*.json`'s references too): other JSON is data."""

_COMMAND_SUFFIXES = (
    ".yml",
    ".yaml",
    ".sh",
    ".bash",
    ".mk",
    ".sln",
    ".csproj",
    ".fsproj",
    ".tf",
    ".hcl",
    ".cfg",
    ".ini",
    ".conf",
    ".env",
    ".dockerfile",
)
"""Files naming what a repository builds, runs or deploys, by their ending: CI workflows,
Compose files and manifests, scripts, Terraform, environment files."""

_COMMAND_PREFIXES = ("Dockerfile", "docker-compose", "compose.", "Jenkinsfile", ".env")

_HIDDEN_READ = frozenset({".github", ".circleci", ".gitlab", ".buildkite", ".ci", ".devcontainer"})
"""Hidden folders read all the same: CI definitions."""

_SKIPPED_NAMES = frozenset({"package-lock.json", "composer.lock", "tsconfig.tsbuildinfo"})
"""Lock files listing every package of a registry they resolved: no command names a tool there
(a workspace's lock names its packages as the workspace list does)."""

_MAX_FILES = 5000
"""How many command files are read at most: past that, the repository is taken to name the
folder (the rule keeps out of what it cannot read)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Node packages and Go modules below the root that keep no data,
    deploy nothing of their own, start by no `start` script, and that nothing of a repository
    shipping its other projects names (or, for a Node package, that publish a command); and on
    the Gradle Spring Boot applications below the root declaring no handler that only a
    developer's Makefile target runs (`_jvm_candidate`)."""
    candidates = [u for folder, u in units.items() if folder != "." and _candidate(top, u)]
    jvm = [u for folder, u in units.items() if folder != "." and _jvm_candidate(top, u)]
    candidates += jvm
    if not candidates:
        return
    shipping = [u for u in units.values() if u.deployable]
    files: list[tuple[str, str]] | None = None
    for unit in candidates:
        if not any(u is not unit and not u.is_under(unit) for u in shipping):
            continue
        if main_ecosystem(unit) == "node" and has_bin(top, unit.folder):
            # A package publishing a command (`"bin": {"tool": "cli.js"}`) whose server a
            # developer starts through it (an add-on author's hot-reload server): a CLI, named
            # by the workspace that installs it as any package is, yet deployed by nothing.
            unit.unused = True
            continue
        if files is None:
            files = command_files(top)
            if files is None:
                return
        if unit in jvm:
            if _gradle_run_only(unit.folder, files):
                unit.unused = True
        elif not named(unit.folder, files):
            unit.unused = True


def _candidate(top: str, unit: Unit) -> bool:
    """Whether the unit is a Node package or Go module keeping no data, with nothing in its
    folder deploying it and, for Node, no `start` script."""
    if unit.deployable or unit.deployed_starts:
        return False
    language = main_ecosystem(unit)
    if language not in _LANGUAGES:
        return False
    if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
        return False
    if language == "node" and _has_start(top, unit.folder):
        return False
    if language == "go" and not _runs_from_source(top, unit.folder):
        return False
    return not deploys_itself(top, unit.folder)


_GRADLE_APPLICATION = re.compile(
    r"""^[ \t]*(?:id[ \t]*\(?[ \t]*['"]application['"]|application[ \t]*$"""
    r"""|apply[ \t]+plugin:[ \t]*['"]application['"])""",
    re.MULTILINE,
)
"""The Gradle `application` plugin applied (`id 'application'`, a bare `application` in a Kotlin
DSL plugins block, `apply plugin: 'application'`): `gradle run` starts the program."""

_HANDLERS = re.compile(
    r"@(?:RestController|Controller|RequestMapping|GetMapping|PostMapping|PutMapping"
    r"|PatchMapping|DeleteMapping|WebServlet|ServerEndpoint|RepositoryRestResource|Path)\b"
    r"|\bRouterFunction\b|\bHttpServlet\b"
)
"""What a JVM program's own code declares to serve requests (Spring MVC and WebFlux controllers
and routers, Spring Data REST repositories, servlets, JAX-RS resources, WebSocket endpoints)."""

_JVM_SOURCES = (".java", ".kt", ".groovy", ".scala")

_MAX_JVM_FILES = 400
"""Source files of a JVM module read at most: a larger module is left alone."""


def _jvm_candidate(top: str, unit: Unit) -> bool:
    """Whether the unit is a Gradle module applying the `application` plugin to a Spring Boot
    application, deploying nothing of its own, whose own code declares no request handler."""
    # (Not `Unit.deployable`: Spring Boot's Gradle plugin packages every module applying it.)
    if unit.deployed_starts or main_ecosystem(unit) != "jvm":
        return False
    if not any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
        for s in unit.signals.get("jvm", [])
    ):
        return False
    builds = [
        read_text(top, posixpath.join(unit.folder, name))[0] or ""
        for name in ("build.gradle", "build.gradle.kts")
    ]
    if not any(_GRADLE_APPLICATION.search(text) for text in builds):
        return False
    if deploys_itself(top, unit.folder):
        return False
    return _declares_no_handler(top, unit.folder)


def _declares_no_handler(top: str, folder: str) -> bool:
    base = os.path.join(top, *folder.split("/"), "src", "main")
    seen = 0
    for here, folders, names in os.walk(base):
        folders.sort()
        for name in sorted(names):
            if not name.endswith(_JVM_SOURCES):
                continue
            seen += 1
            if seen > _MAX_JVM_FILES:
                return False
            path = os.path.relpath(os.path.join(here, name), top).replace(os.sep, "/")
            if _HANDLERS.search(read_text(top, path)[0] or ""):
                return False
    return seen > 0


_GRADLE_SETTINGS = frozenset({"settings.gradle", "settings.gradle.kts"})
"""The Gradle settings listing a build's modules."""


_DEV_COMMAND_FILES = frozenset(
    {"Makefile", "makefile", "GNUmakefile", "justfile", "Justfile", "Taskfile.yml", "Taskfile.yaml"}
)
"""A developer's command files (as `_RUN_FILES`)."""

_SHIPS = re.compile(r"\b(?:docker|podman|deploy|push|publish|kubectl|helm|scp|rsync|upload)\b")
"""Words of a command line that ships what it names (a container build, a deployment)."""


def _gradle_run_only(folder: str, files: list[tuple[str, str]]) -> bool:
    """Whether, outside `folder` and the Gradle settings including it, only a developer's
    Makefiles and scripts name the module (none of their lines naming it ships it), one of
    them running it (`./gradlew :module:run`, `:module:bootRun`)."""
    base = posixpath.basename(folder)
    word = re.compile(r"(?<![\w-])" + re.escape(base) + r"(?![\w-])")
    run = re.compile(r"(?<![\w-]):" + re.escape(base) + r":(?:run|bootRun)\b")
    runs = False
    for path, text in files:
        if path.startswith(folder + "/"):
            continue
        name = posixpath.basename(path)
        if name in _GRADLE_SETTINGS:
            continue  # the build that assembles it, as every module of the build
        lines = [line for line in text.splitlines() if folder in line or word.search(line)]
        if not lines:
            continue
        if not (name in _DEV_COMMAND_FILES or name.endswith((".mk", ".sh"))):
            return False  # named by a Dockerfile, a CI job, a Compose file, a dependent build
        if any(_SHIPS.search(line) for line in lines):
            return False
        runs = runs or any(run.search(line) for line in lines)
    return runs


def _has_start(top: str, folder: str) -> bool:
    """Whether the folder's package.json has a `start` script (or cannot be read as one)."""
    data = package_json(top, folder)
    if data is None:
        return True
    scripts = data.get("scripts")
    return isinstance(scripts, dict) and any(
        name == "start" or name.startswith("start:") for name in scripts
    )


def has_bin(top: str, folder: str) -> bool:
    """Whether the folder's package.json declares a command (`bin`, a path or a table)."""
    data = package_json(top, folder)
    found = data.get("bin") if data is not None else None
    return bool(found) and isinstance(found, (str, dict))


_GO_RUN = re.compile(r"(?<![\w-])go[ \t]+run[ \t]")
"""A developer's command running a Go program from its source (`go run main.go`, `go run .`)."""

_RUN_FILES = frozenset({"Makefile", "makefile", "GNUmakefile", "justfile", "Justfile",
                        "Taskfile.yml"})


def _runs_from_source(top: str, folder: str) -> bool:
    """Whether a README, Makefile or shell script at the top of the folder runs its program
    with `go run`."""
    try:
        entries = sorted(os.listdir(os.path.join(top, *folder.split("/"))))
    except OSError:
        return False
    return any(
        _GO_RUN.search(read_text(top, posixpath.join(folder, name))[0] or "")
        for name in entries
        if name in _RUN_FILES or name.lower().startswith("readme") or name.endswith(".sh")
    )


def deploys_itself(top: str, folder: str) -> bool:
    """Whether a file or folder at the top of the folder deploys it."""
    try:
        entries = os.listdir(os.path.join(top, *folder.split("/")))
    except OSError:
        return True
    return any(
        name in _DEPLOY_NAMES or name.startswith(_DEPLOY_PREFIXES) or name in _DEPLOY_FOLDERS
        for name in entries
    )


def command_files(top: str) -> list[tuple[str, str]] | None:
    """(path, text) of the repository's command, build, CI and configuration files, or None
    when there are more than can be read."""
    found: list[tuple[str, str]] = []
    for here, folders, names in os.walk(top):
        folders[:] = sorted(
            f for f in folders
            if f not in PRUNED and (not f.startswith(".") or f in _HIDDEN_READ)
        )
        relative = os.path.relpath(here, top).replace(os.sep, "/")
        for name in sorted(names):
            if name in _SKIPPED_NAMES or not (
                name in _COMMAND_NAMES
                or name in _COMMAND_JSON
                or (name.startswith("tsconfig") and name.endswith(".json"))
                or name.endswith(_COMMAND_SUFFIXES)
                or name.startswith(_COMMAND_PREFIXES)
            ):
                continue
            if len(found) >= _MAX_FILES:
                return None
            path = name if relative == "." else f"{relative}/{name}"
            text = read_text(top, path)[0]
            if text:
                found.append((path, text))
    return found


def mark_unnamed(top: str, units: dict[str, Unit], candidates: list[Unit]) -> None:
    """Set `Unit.unused` on each candidate, in a repository shipping another project of its own
    (`Unit.deployable`), whose path no command, build, CI or configuration file outside its
    folder names: a server the repository deploys, starts or builds nowhere (`local_servers`,
    `proof_servers`)."""
    if not candidates:
        return
    shipping = [u for u in units.values() if u.deployable]
    files: list[tuple[str, str]] | None = None
    for unit in candidates:
        if not any(u is not unit and not u.is_under(unit) for u in shipping):
            continue
        if files is None:
            files = command_files(top)
            if files is None:
                return  # more files than can be read: the rule keeps out
        if not any(
            unit.folder in text for path, text in files if not path.startswith(unit.folder + "/")
        ):
            unit.unused = True


def named(folder: str, files: list[tuple[str, str]]) -> bool:
    """Whether a file outside `folder` names it: its path, its name as a word, or a glob over
    its parent folder (`packages/*`)."""
    base = posixpath.basename(folder)
    parent = posixpath.dirname(folder)
    word = re.compile(r"(?<![\w-])" + re.escape(base) + r"(?![\w-])")
    glob = re.compile(re.escape(parent) + r"/\*") if parent else None
    for path, text in files:
        if path.startswith(folder + "/"):
            continue
        if folder in text or word.search(text) or (glob and glob.search(text)):
            return True
    return False
