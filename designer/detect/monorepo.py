"""Which folders of a tree are backends: one result per service, none for tooling or libraries.

- A folder is a service when a framework is plausible in it.
- A build root that only declares the framework its modules use (a Maven parent, a Gradle
  root with `apply false`) is not a service of its own; its language version passes down.
- In Maven / Gradle / .NET builds, library and test modules belong to the service of their
  build: a module with the framework as a bare dependency is a library when another module
  of the same build has the entry point; their ORM, cache and test findings join the service.
- A service also gets the data layer of the modules of its build it depends on at run time
  (followed through each other, a few levels deep).
- Beside a service with an entry point, a folder whose framework is only a dependency, with
  no entry point and no Dockerfile or Procfile, is a library package, not a service.
- Never a service: examples, samples, playgrounds and benchmark harnesses; web hosts under a
  tests folder (their tests join the service they test); browser clients; a JVM module named
  an application only by the framework's packaging plugin; beside declared applications, a
  Node package starting a framework nothing of it declares, or a framework-only helper of a
  container image (`docker/…`); a Node workspace package another service depends on, with no
  program of its own (the API routes a web app mounts).
- When no folder names a framework, the shallowest folders showing backend signs are
  reported as ambiguous, so that the user is asked.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterator

from designer.detect import harnesses
from designer.detect.assemble import (
    CONFIG,
    FOLDING,
    Unit,
    backend,
    has_entry_point,
    has_framework,
    is_backendish,
    main_ecosystem,
)
from designer.detect.ecosystems.dotnet import SHARED_FRAMEWORK
from designer.detect.ecosystems.gradle_text import EVERY
from designer.detect.ecosystems.rust import RUNTIME
from designer.detect.locks import LockFiles
from designer.detect.nonservices import (
    DATA_KINDS,
    image_helper,
    is_client,
    is_demo,
    is_desktop,
    is_example,
    is_test_host,
    is_tool,
    is_unbuilt,
    module_names,
    module_uses,
    mounted,
    packaging_only,
    ui_only,
    undeclared,
)
from designer.detect.signals import ManifestResult, Signal, Strength
from designer.model.stack import DetectedBackend, Evidence, FindingKind


def build_root(unit: Unit, units: dict[str, Unit], eco: str) -> str:
    """Topmost folder of the chain of ancestors holding manifests of the same ecosystem."""
    if eco in ("dotnet", "python", "go"):
        # A solution groups sibling projects (the .sln file is not a manifest); a Python
        # project reaches the repository's others by path (a uv workspace's members, a
        # Poetry `{ path = "../../libs/common" }`), a Go module by its module path (a
        # `go.work`, a `replace … => ../pkg`), wherever they lie.
        return "."
    top = folder = unit.folder
    gap = False
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        parent = units.get(folder)
        own = [r for _, e, r in parent.manifests if e == eco] if parent is not None else []
        if not own:
            if eco in ("rust", "node", "jvm"):
                # A Cargo workspace lists crates in any folder (`crates/*`), a Node workspace
                # its packages (`apps/*`, `libs/*`), a Gradle settings file or a Maven
                # aggregator its modules (`backend/app`, with nothing in `backend/`).
                gap = True
                continue
            break
        if eco == "jvm" and gap and not any(r.modules for r in own):
            break  # a JVM build above a gap is this one's only when it lists modules
        top = folder
    return top


def _inside(folder: str, top: str) -> bool:
    return top == "." or folder == top or folder.startswith(top + "/")


def _enclosing(unit: Unit, units: dict[str, Unit]) -> Iterator[Unit]:
    """The units of the folders above `unit`'s, nearest first."""
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        if folder in units:
            yield units[folder]


def _parent_manifest(unit: Unit, units: dict[str, Unit], eco: str) -> ManifestResult | None:
    """The nearest ancestor manifest of the same ecosystem that declares a language version."""
    for parent in _enclosing(unit, units):
        found = [r for _, e, r in parent.manifests if e == eco and r.language_version]
        if found:
            return found[0]
    return None


def _fixes_versions(unit: Unit) -> bool:
    """Whether the folder's build fixes a framework's version without using it (a BOM import,
    a parent POM): a version-only signal, of development strength."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEV and s.version
        for s in unit.signals.get("jvm", [])
    )


def _inherit_versions(
    unit: Unit, roots: list[Unit], eco: str, plugin_builds: frozenset[str] = frozenset()
) -> None:
    """Give a module the framework versions its enclosing build roots fix (their BOM
    imports), and those a module of the build it imports as a BOM fixes, for the frameworks
    the module uses; imported and nearest first."""
    names = {s.name for s in unit.signals.get(eco, []) if s.kind is FindingKind.FRAMEWORK}
    imported = {i for _, e, r in unit.manifests if e == eco for i in r.imports}
    chosen = [r for r in roots if r is not unit and _names(r, eco) & imported]
    chosen += sorted(
        (r for r in roots if r is not unit and r not in chosen and unit.is_under(r)),
        key=lambda r: -r.folder.count("/") - (r.folder != "."),
    )
    chosen += [r for r in roots if r not in chosen and _plugin_build_of(r, unit, plugin_builds)]
    for root in chosen:
        unit.signals[eco] += [
            s
            for s in root.signals.get(eco, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEV
            and s.version and s.name in names
        ]


def _names(unit: Unit, eco: str) -> set[str]:
    """What another module of the build calls `unit` when it imports it as a platform: its
    artifactId, or (Gradle, `platform(project(":platform"))`) its project path, read as the
    folder's name or its path from the root."""
    paths = {":" + posixpath.basename(unit.folder), ":" + unit.folder.replace("/", ":")}
    return module_names(unit, eco) | paths


_SETTINGS_FILES = frozenset({"settings.gradle", "settings.gradle.kts"})


def _plugin_builds(units: dict[str, Unit]) -> frozenset[str]:
    """The folders of Gradle plugin builds: a build's `buildSrc/`, and the builds of their own
    (a settings file) that a settings file includes (`includeBuild("build-logic")`), where
    convention plugins live."""
    found = {folder for folder in units if posixpath.basename(folder) == "buildSrc"}
    for unit in units.values():
        for path, _, result in unit.manifests:
            if posixpath.basename(path) not in _SETTINGS_FILES:
                continue
            for module in result.modules:
                folder = posixpath.normpath(posixpath.join(unit.folder, module))
                included = units.get(folder)
                if included is not None and any(
                    posixpath.basename(p) in _SETTINGS_FILES for p, _, _ in included.manifests
                ):
                    found.add(folder)
    return frozenset(found)


def _plugin_build_of(build: Unit, unit: Unit, plugin_builds: frozenset[str]) -> bool:
    """Whether `build` is the plugin build of the Gradle build `unit` belongs to (its
    `buildSrc/`, its included `build-logic`). The framework's Gradle plugin the convention
    plugins apply is a dependency of that build (`spring-boot-gradle-plugin:3.3.5`): its
    version is the one every module applying them builds with."""
    if build.folder not in plugin_builds:
        return False
    home = posixpath.dirname(build.folder) or "."
    inside = home == "." or unit.folder == home or unit.folder.startswith(home + "/")
    return inside and not unit.is_under(build)


def _inherit(
    unit: Unit, aggregators: list[Unit], eco: str, shared: frozenset[str] = frozenset()
) -> None:
    """Give a module what its build roots declare for it (a Maven parent's dependencies and
    framework version are inherited by every module). What the files of a root's own folder
    show (a datasource URL in a `script/application.yml` beside the modules) is a build file's
    declaration of nobody's: it goes to the one service beneath the root, never to several
    (`shared` names the roots above more than one), as configuration files do."""
    names = {s.name for s in unit.signals.get(eco, []) if s.kind is FindingKind.FRAMEWORK}
    own = {_use(s.kind) for key in (eco, CONFIG) for s in unit.signals.get(key, [])}
    for parent in aggregators:
        if not unit.is_under(parent):
            continue
        unit.signals[eco] += [
            s
            for s in parent.signals.get(eco, [])
            if (s.kind is not FindingKind.FRAMEWORK or s.name in names)
            and s.kind is not FindingKind.LANGUAGE
            and _handed(s, unit, parent, own)
            and not (parent.folder in shared and s.strength is Strength.ENTRY)
        ]


def _use(kind: FindingKind) -> object:
    """What a finding shows a module uses: an ORM and a query library alike, a data layer."""
    return "data" if kind in (FindingKind.ORM, FindingKind.QUERY) else kind


def _handed(signal: Signal, unit: Unit, parent: Unit, own: set[object]) -> bool:
    """Whether a dependency the root build `parent` declares for other projects reaches
    `unit`. A block for one project (`project(':web') {}`) reaches that project alone. What
    every subproject gets alike (`subprojects {}`) is the build's common classpath: it
    confirms a module's framework, but its data layers and stores are a module's only where
    the module's own build, code or configuration uses one of their kind (a gateway given
    MyBatis and a MySQL driver with every other module keeps no data)."""
    if not signal.projects:
        return True
    if signal.projects != EVERY:
        return _is_project(unit, parent, signal.projects)
    return signal.kind not in DATA_KINDS or _use(signal.kind) in own


def _is_project(unit: Unit, parent: Unit, path: str) -> bool:
    """Whether `unit` is the Gradle project `path` (`:a:b`) of the build in `parent`'s
    folder: its folder there, or (mapped elsewhere by the settings) its folder's name."""
    relative = unit.folder if parent.folder == "." else unit.folder[len(parent.folder) + 1 :]
    wanted = path.strip(":").replace(":", "/")
    return relative == wanted or posixpath.basename(unit.folder) == wanted.rsplit("/", 1)[-1]


def backends(units: dict[str, Unit], locks: LockFiles | None = None) -> list[DetectedBackend]:
    """One result per service folder, in folder order; `locks` gives the versions lock files
    resolved (read only for the service folders)."""
    ordered = [units[folder] for folder in sorted(units) if not is_example(folder)]
    eco = {u.folder: main_ecosystem(u) for u in ordered if u.signals or u.manifests}
    eco = {folder: e for folder, e in eco.items() if e}
    framework = {
        u.folder
        for u in ordered
        if has_framework(u)
        and not is_client(u, eco)
        and not ui_only(u, units, eco)
        and not is_test_host(u.folder)
        and not packaging_only(u, units, eco)
        and not is_demo(u, units)
        and not is_unbuilt(u, units)
    }
    entry = {u.folder for u in ordered if u.folder in framework and has_entry_point(u)}
    services = [u for u in ordered if u.folder in framework]
    aggregators = {
        u.folder
        for u in services
        if u.folder not in entry
        and any(v.is_under(u) and eco[v.folder] == eco[u.folder] for v in services)
    }
    services = [u for u in services if u.folder not in aggregators]
    roots = {u.folder: build_root(u, units, eco[u.folder]) for u in ordered if u.folder in eco}
    libraries = {
        u.folder
        for u in services
        if eco[u.folder] in FOLDING
        and u.folder not in entry
        and not u.deployable
        and any(
            v.folder in entry
            and eco[v.folder] == eco[u.folder]
            and roots[v.folder] == roots[u.folder]
            for v in services
        )
    }
    services = [u for u in services if u.folder not in libraries]
    if any(u.folder in entry for u in services):
        # Beside an application, a package that only depends on a framework, with no entry
        # point and nothing that deploys it, is a library of the monorepo (a shared
        # middleware, an SDK), not a service of its own.
        services = [
            u
            for u in services
            if u.folder in entry or u.deployable or eco[u.folder] in FOLDING
        ]
        declared_apps = [u for u in services if not undeclared(u, units, eco[u.folder])]
        if declared_apps:
            # Beside them, a package starting a framework its manifests never install (a
            # documentation server on the express another package brought) or a helper of a
            # container image with nothing but its framework (a health-check server in
            # `docker/worker/`) is tooling.
            services = [
                u
                for u in services
                if u in declared_apps and not image_helper(u)
            ] or services
    declared = {u.folder for u in services if eco[u.folder] == "rust" and _declares(u, "rust")}
    if declared:
        # A crate that uses a framework in code but declares it only as optional or for
        # development (a library's feature-gated integration) is a library of the workspace
        # beside a crate that depends on the framework.
        services = [u for u in services if eco[u.folder] != "rust" or u.folder in declared]
    services = [u for u in services if not mounted(u, services, eco)] or services
    hosted: list[Unit] = []
    services = _started_by_binaries(services, units, eco, hosted)
    services = _rust_applications(services, eco, hosted)
    # Beside the product's services, a server among the repository's tools is one of them,
    # unless it ships as an application of its own (a Dockerfile, a Procfile).
    services = [u for u in services if u.deployable or not is_tool(u.folder)] or services
    # What another application uses of an application (a Lambda wrapper requiring the
    # server's module for its handlers) is code, not that application's store.
    used = {
        s.folder: [u for u in _used_modules(s, units, eco, roots) if u not in services]
        for s in services
    }
    users = Counter(unit.folder for modules in used.values() for unit in modules)
    shared = {folder for folder, count in users.items() if count > 1}
    for service in services:
        _take_from_used_modules(service, used[service.folder], eco[service.folder], shared)
    folded: set[str] = set()
    for unit in ordered:
        if unit.folder not in eco or eco[unit.folder] not in FOLDING:
            continue
        if unit.folder in framework and unit.folder not in libraries:
            continue
        language = eco[unit.folder]
        top = roots[unit.folder]
        candidates = [s for s in services if eco[s.folder] == language and _inside(s.folder, top)]
        targets = _tested(unit, candidates, language, ordered)
        if targets is None:
            targets = _nearest(unit, candidates)
        if not targets:
            continue
        kept = [
            s
            for s in unit.signals.get(language, [])
            if s.kind not in (FindingKind.FRAMEWORK, FindingKind.LANGUAGE)
            # A test project shared by several services of one solution tests them all; its
            # data layer, though, cannot be told whose.
            and (len(targets) == 1 or s.kind is FindingKind.TEST)
        ]
        for target in targets:
            target.signals[language] += kept
        folded.add(unit.folder)
    if not services:
        candidates = [
            u
            for u in ordered
            if u.folder not in folded
            and is_backendish(u)
            and not is_desktop(u)
            and not ui_only(u, units, eco)
        ]
        services = [u for u in candidates if not any(u.is_under(v) for v in candidates)]
    _hand_down_configuration(ordered, services)
    harnesses.hand_over(ordered, services, eco)
    parents = [u for u in ordered if u.folder in aggregators]
    shared_roots = frozenset(
        p.folder for p in parents if sum(1 for s in services if s.is_under(p)) > 1
    )
    # A build root that names no framework of its own may still fix its version for every
    # module (a Maven reactor importing `spring-boot-dependencies` in dependencyManagement).
    boms = [u for u in ordered if u.folder not in aggregators and _fixes_versions(u)]
    plugin_builds = _plugin_builds(units)
    results = []
    for unit in services:
        language = main_ecosystem(unit)
        _inherit(unit, parents + _workspace_root(unit, units, language), language, shared_roots)
        _workspace_tests(unit, units, language)
        if language == "rust" and roots.get(unit.folder) not in aggregators:
            _workspace_dependencies(unit, units.get(roots.get(unit.folder, "")))
        _inherit_versions(unit, boms, language, plugin_builds)
        if locks is not None:
            _lock(unit, locks)
        pin = _pin(unit, units, language)
        results.append(backend(unit, _parent_manifest(unit, units, language), pin))
    return results


def _workspace_root(unit: Unit, units: dict[str, Unit], language: str) -> list[Unit]:
    """The Node workspace root a package with no run-time dependency of its own runs on: the
    nearest enclosing package.json that declares them (a monorepo whose root manifest holds
    every dependency and whose apps' manifests only name scripts). Nothing for a package
    that declares its own."""
    if language != "node":
        return []
    own = [r for _, e, r in unit.manifests if e == language]
    if not own or any(r.runtime_dependencies for r in own):
        return []
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is not None and any(
            r.runtime_dependencies for _, e, r in outer.manifests if e == language
        ):
            return [outer]
    return []


def _workspace_tests(unit: Unit, units: dict[str, Unit], language: str) -> None:
    """Give a member of a Python workspace (a uv workspace's `services/api`) the test tools its
    root declares when it declares none of its own: the workspace's one environment holds the
    root's development group, and its tests run from there."""
    if language != "python" or any(
        s.kind is FindingKind.TEST for s in unit.signals.get(language, [])
    ):
        return
    for outer in _enclosing(unit, units):
        if any(e == language and r.modules for _, e, r in outer.manifests):
            unit.signals[language] += [
                s for s in outer.signals.get(language, []) if s.kind is FindingKind.TEST
            ]
            return


def _workspace_dependencies(unit: Unit, workspace: Unit | None) -> None:
    """Give a crate what its workspace declares for the dependencies it takes from there
    (`prisma-client-rust = { workspace = true }` beside the workspace's features choosing
    SQLite): Cargo builds the crate with the workspace's declaration."""
    if workspace is None or workspace is unit:
        return
    taken = {use.lower() for _, e, r in unit.manifests if e == "rust" for use in r.uses}
    unit.signals["rust"] += [
        s
        for _, e, r in workspace.manifests
        if e == "rust"
        for s in r.signals
        if s.package in taken and s.kind is not FindingKind.LANGUAGE
    ]


def _has_main(unit: Unit) -> bool:
    """Whether a Rust crate's framework is started from a binary (`src/main.rs`, `src/bin/`)."""
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.strength is Strength.ENTRY
        and (s.evidence.path.endswith("main.rs") or "/bin/" in s.evidence.path)
        for s in unit.signals.get("rust", [])
    )


def _runs_runtime(unit: Unit) -> bool:
    """Whether a Rust crate's own `main.rs` starts the async runtime (`#[tokio::main]`): its
    binary serves (`server::run().await`), whoever else depends on the crate."""
    return any(
        s.kind is FindingKind.SERVER and s.name == RUNTIME and s.evidence.path.endswith("main.rs")
        for s in unit.signals.get("rust", [])
    )


def _started_by_binaries(
    services: list[Unit], units: dict[str, Unit], eco: dict[str, str], hosted: list[Unit]
) -> list[Unit]:
    """Put in place of a Rust library crate that holds the web server (a `web` crate with
    the router and `axum::Server`, no binary of its own) the one binary crate of the
    workspace that depends on it and starts it: the application is the executable, and the
    server crate's framework is its framework. A crate's own `main.rs` that starts neither a
    framework nor the async runtime, in a crate that ships nowhere (a main printing the
    OpenAPI document of the crate's routes), does not make the crate the application when
    another binary depends on it, unless that binary is a desktop app embedding the server
    (which still runs on its own). A main that starts the runtime (`server::run().await`)
    keeps its crate the application, whatever tool depends on it. A library another service
    crate uses is left to `_rust_applications`; the crates put aside are added to `hosted`."""
    binaries = [
        u for u in units.values() if eco.get(u.folder) == "rust" and u.binary and u not in services
    ]
    result: list[Unit] = []
    for unit in services:
        names = module_names(unit, "rust")
        served = any(names & module_uses(other, "rust") for other in services)
        own = (
            eco[unit.folder] != "rust"
            or unit.deployable
            or _has_main(unit)
            or _runs_runtime(unit)
            or served
        )
        hosts = [] if own else [
            b
            for b in binaries
            if names & module_uses(b, "rust") and not (unit.binary and is_desktop(b))
        ]
        if len(hosts) != 1:
            result.append(unit)
            continue
        hosted.append(unit)
        host = hosts[0]
        host.signals["rust"] += [
            s for s in unit.signals.get("rust", []) if s.kind is FindingKind.FRAMEWORK
        ]
        if host not in result:
            result.append(host)
    return sorted(result, key=lambda u: u.folder)


def _rust_applications(
    services: list[Unit], eco: dict[str, str], hosted: list[Unit]
) -> list[Unit]:
    """Drop Rust crates that are no application: a desktop app's embedded server (Tauri),
    and a library crate another service crate (or a server crate a binary now stands for,
    `hosted`) depends on whose framework code is not started from a binary of its own (a
    `routes` crate with a metrics server, used by `server`). Nor is a crate that depends on
    the application (a crate whose binary starts the framework) without starting one or the
    async runtime itself, nor shipping: the application's OpenAPI generator, its test
    harness."""
    rust = [u for u in services if eco[u.folder] == "rust"] + hosted
    started = [u for u in rust if _has_main(u)]

    def library(unit: Unit) -> bool:
        names = module_names(unit, "rust")
        used = any(names & module_uses(other, "rust") for other in rust if other is not unit)
        return used and not _has_main(unit)

    def tool(unit: Unit) -> bool:
        uses = module_uses(unit, "rust")
        return not (_has_main(unit) or _runs_runtime(unit) or unit.deployable) and any(
            module_names(app, "rust") & uses for app in started if app is not unit
        )

    return [
        u
        for u in services
        if eco[u.folder] != "rust" or not (is_desktop(u) or library(u) or tool(u))
    ]


def _declares(unit: Unit, language: str) -> bool:
    """Whether the folder's manifests depend on a framework at run time."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
        for s in unit.signals.get(language, [])
    )


MAX_MODULE_DEPTH = 4
"""How far a service's dependencies on modules of its own build are followed."""

def _used_modules(
    service: Unit, units: dict[str, Unit], eco: dict[str, str], roots: dict[str, str]
) -> list[Unit]:
    """The modules of the service's build it depends on, directly or through each other (a
    few levels deep), nearest first."""
    language = eco.get(service.folder, "")
    top = roots.get(service.folder)
    if not any(r.uses for _, e, r in service.manifests if e == language):
        return []
    by_name: dict[str, Unit] = {}
    for unit in units.values():
        if unit is service or eco.get(unit.folder) != language or roots.get(unit.folder) != top:
            continue
        for _, ecosystem, result in unit.manifests:
            if ecosystem == language and result.name:
                by_name.setdefault(result.name, unit)  # a Maven artifactId, a package name
        relative = unit.folder if top in (None, ".") else unit.folder[len(top) + 1 :]
        by_name.setdefault(":" + relative.replace("/", ":"), unit)  # a Gradle project path
        by_name.setdefault(":" + posixpath.basename(unit.folder), unit)
    seen = {service.folder}
    found: list[Unit] = []
    queue = [(service, 0)]
    while queue:
        unit, depth = queue.pop(0)
        if depth >= MAX_MODULE_DEPTH:
            continue
        for _, ecosystem, result in unit.manifests:
            if ecosystem != language:
                continue
            for use in result.uses:
                target = by_name.get(use)
                if target is None or target.folder in seen:
                    continue
                seen.add(target.folder)
                queue.append((target, depth + 1))
                found.append(target)
    return found


def _take_from_used_modules(
    service: Unit, used: list[Unit], language: str, shared: set[str]
) -> None:
    """Give a service the data layer of the modules of its build it depends on (`used`): an
    application module using a `…-mbg` module that declares MyBatis and holds the mappers;
    development and test dependencies do not travel. A Rust crate's own tests travel too,
    unless the crate is `shared` by several services: the workspace's crates are the one
    server's test suite (lemmy), while a library every service uses tests itself, not each
    of them (revolt's services have no tests of their own)."""
    for target in used:
        service.signals[language] += [
            s
            for s in target.signals.get(language, [])
            if (
                (s.kind in DATA_KINDS or s.package == SHARED_FRAMEWORK)
                and s.strength is not Strength.DEV
            )
            or (language == "rust" and s.kind is FindingKind.TEST and target.folder not in shared)
        ]


def _lock(unit: Unit, locks: LockFiles) -> None:
    """Add, beside each manifest signal, one carrying the version the nearest lock file of its
    ecosystem resolved, with the lock's line as evidence."""
    for ecosystem, signals in list(unit.signals.items()):
        if ecosystem == CONFIG:
            continue
        wanted: dict[str, str] = {}
        for signal in signals:
            # The range a manifest states, not a blank (`redis = { workspace = true }` beside
            # the workspace's `redis = "0.29"`).
            if (
                signal.package
                and signal.strength is not Strength.ENTRY
                and not signal.locked
                and not wanted.get(signal.package)
            ):
                wanted[signal.package] = signal.version
        if not wanted:
            continue
        found = locks.versions(unit.folder, ecosystem, wanted)
        # What a package of the workspace lends (its mongoose) is locked for that package.
        elsewhere: dict[str, dict[str, str]] = defaultdict(dict)
        for signal in signals:
            if signal.package in wanted and signal.package not in found and not signal.locked:
                folder = posixpath.dirname(signal.evidence.path) or "."
                if folder != unit.folder:
                    elsewhere[folder].setdefault(signal.package, signal.version)
        for folder, packages in sorted(elsewhere.items()):
            for package, locked in locks.versions(folder, ecosystem, packages).items():
                found.setdefault(package, locked)
        added: set[tuple[FindingKind, str, str]] = set()
        extra: list[Signal] = []
        for signal in signals:
            locked = found.get(signal.package) if signal.package else None
            key = (signal.kind, signal.name, signal.package)
            if locked is None or signal.strength is Strength.ENTRY or key in added:
                continue
            added.add(key)
            extra.append(
                Signal(
                    signal.kind,
                    signal.name,
                    signal.strength,
                    locked.evidence,
                    locked.version,
                    package=signal.package,
                    glue=signal.glue,
                    locked=True,
                )
            )
        signals += extra


def _tested(
    unit: Unit, services: list[Unit], language: str, ordered: list[Unit]
) -> list[Unit] | None:
    """The services a .NET test project tests, from the projects it references: those it
    references, else those that reach what it references through their own references (a
    solution's test project references the service or its core library, never the others).
    None when it references no project (then the nearest services are taken)."""
    if language != "dotnet" or not any(
        r.tests_only for _, e, r in unit.manifests if e == language
    ):
        return None
    wanted = module_uses(unit, language)
    if not wanted:
        return None
    direct = [s for s in services if module_names(s, language) & wanted]
    # Of several services referenced (a functional test hosts the identity service too), the
    # ones the test project is named after (`Ordering.FunctionalTests` tests `Ordering.API`).
    named = [s for s in direct if any(_named_after(t, module_names(s, language)) for t in
                                      module_names(unit, language))]
    if named or direct:
        return named or direct
    # A unit test project of libraries only (`Admin.UnitTests` referencing the business logic)
    # tests the service whose name it bears exactly (`Admin`), whatever else reaches them.
    own = [s for s in services if any(_named_after(t, module_names(s, language), exact=True)
                                      for t in module_names(unit, language))]
    if own:
        return own
    graph: dict[str, set[str]] = {}
    for other in ordered:
        for name in module_names(other, language):
            graph.setdefault(name, set()).update(module_uses(other, language))
    return [s for s in services if _reaches(module_uses(s, language), wanted, graph)]


def _named_after(test: str, services: set[str], exact: bool = False) -> bool:
    """Whether the test project `test` (`Ordering.FunctionalTests`) is named after one of
    `services` (`Ordering.API`): the name without its last, test-naming part starts theirs
    (is theirs, when `exact`)."""
    stem, _, last = test.rpartition(".")
    if not stem or "test" not in last.lower():
        return False
    return any(
        name == stem or (not exact and name.startswith(stem + ".")) for name in services
    )


def _reaches(start: set[str], wanted: set[str], graph: dict[str, set[str]]) -> bool:
    """Whether the projects `start` names lead to one of `wanted` through their references,
    at most MAX_MODULE_DEPTH levels deep."""
    seen: set[str] = set()
    level = start
    for _ in range(MAX_MODULE_DEPTH):
        if level & wanted:
            return True
        seen |= level
        level = {n for name in level for n in graph.get(name, ())} - seen
    return False


def _nearest(unit: Unit, services: list[Unit]) -> list[Unit]:
    """The services sharing the deepest common folder with `unit` (a solution's
    `src/Infrastructure` belongs with `src/Web`, not with `sample/…/Web`)."""
    if len(services) <= 1:
        return services
    depth = {s.folder: _common_depth(unit.folder, s.folder) for s in services}
    deepest = max(depth.values())
    return [s for s in services if depth[s.folder] == deepest]


def _common_depth(a: str, b: str) -> int:
    parts_a = [] if a == "." else a.split("/")
    parts_b = [] if b == "." else b.split("/")
    depth = 0
    for x, y in zip(parts_a, parts_b, strict=False):
        if x != y:
            break
        depth += 1
    return depth


def _hand_down_configuration(ordered: list[Unit], services: list[Unit]) -> None:
    """Give the configuration signals of a folder that is not a backend (a root Compose file,
    a `.env.example`) to the one backend inside it; with several, nobody can tell whose."""
    chosen = {u.folder for u in services}
    for unit in ordered:
        if unit.folder in chosen or not unit.signals.get(CONFIG):
            continue
        inside = [s for s in services if s.is_under(unit)]
        if len(inside) == 1:
            inside[0].signals[CONFIG] += unit.signals[CONFIG]


def _pin(unit: Unit, units: dict[str, Unit], eco: str) -> tuple[str, Evidence] | None:
    """The language version pinned for `eco` in the folder or its nearest ancestor."""
    folder = unit.folder
    while True:
        holder = units.get(folder)
        if holder is not None and eco in holder.pins:
            return holder.pins[eco]
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."
