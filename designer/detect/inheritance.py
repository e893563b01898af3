"""What a service receives from the builds and folders around it: its build roots' dependencies
and framework versions (a Maven parent, a Gradle `subprojects {}` block, a BOM, a convention
plugin build), a workspace root's run-time and test dependencies, the versions lock files
resolved, the language version pinned above it, and the configuration of a folder holding only
it."""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Iterator

from designer.detect.assemble import CONFIG, Unit
from designer.detect.build_modules import MAX_MODULE_DEPTH
from designer.detect.ecosystems.bom_pins import unpin_exceptions
from designer.detect.ecosystems.gradle_text import EVERY
from designer.detect.ecosystems.jvm_catalog import BOMS
from designer.detect.locks import LockFiles
from designer.detect.nonservices import DATA_KINDS, module_key, module_names, module_uses
from designer.detect.signals import ManifestResult, Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind


def build_root(unit: Unit, units: dict[str, Unit], eco: str) -> str:
    """Topmost folder of the chain of ancestors holding manifests of the same ecosystem."""
    if eco in ("dotnet", "python", "go", "elixir"):
        # A solution groups sibling projects (the .sln file is not a manifest); a Python
        # project reaches the repository's others by path (a uv workspace's members, a
        # Poetry `{ path = "../../libs/common" }`), a Go module by its module path (a
        # `go.work`, a `replace … => ../pkg`), a mix project by path too (`{:app_data,
        # path: "../data"}` between sibling projects with no umbrella root), wherever they lie.
        return "."
    top = folder = unit.folder
    gap = False
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        parent = units.get(folder)
        own = [r for _, e, r in parent.manifests if e == eco] if parent is not None else []
        if not own:
            if eco in ("rust", "node", "jvm", "scala"):
                # A Cargo workspace lists crates in any folder (`crates/*`), a Node workspace
                # its packages (`apps/*`, `libs/*`), a Gradle settings file or a Maven
                # aggregator its modules (`backend/app`, with nothing in `backend/`), an sbt
                # build its projects (`file("modules/server")`, nothing in `modules/`).
                gap = True
                continue
            break
        if eco == "jvm" and gap and not any(r.modules for r in own):
            break  # a JVM build above a gap is this one's only when it lists modules
        top = folder
    return _beside_parents(top, units) if eco == "jvm" else top


def _beside_parents(top: str, units: dict[str, Unit]) -> str:
    """The folder holding a Maven build whose parent pom is kept beside its modules
    (`<module>../app</module>` in `acme-parent/pom.xml`) rather than above them: the folder
    both lie in, so that the modules of that one build are told as such."""
    for _ in range(MAX_MODULE_DEPTH):
        wider = top
        for unit in units.values():
            for path, eco, result in unit.manifests:
                if eco != "jvm" or posixpath.basename(path) != "pom.xml":
                    continue
                for module in result.modules:
                    if not module.startswith("../"):
                        continue
                    folder = posixpath.normpath(posixpath.join(unit.folder, module))
                    if folder == top or unit.folder == top or inside(folder, top):
                        wider = _common(wider, unit.folder, folder)
        if wider == top:
            return top
        top = wider
    return top


def _common(*folders: str) -> str:
    paths = [f for f in folders if f != "."]
    if len(paths) < len(folders):
        return "."
    return posixpath.commonpath(paths) or "."



def inside(folder: str, top: str) -> bool:
    return top == "." or folder == top or folder.startswith(top + "/")



def _enclosing(unit: Unit, units: dict[str, Unit]) -> Iterator[Unit]:
    """The units of the folders above `unit`'s, nearest first."""
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        if folder in units:
            yield units[folder]



def parent_manifest(unit: Unit, units: dict[str, Unit], eco: str) -> ManifestResult | None:
    """The nearest ancestor manifest of the same ecosystem that declares a language version."""
    for parent in _enclosing(unit, units):
        found = [r for _, e, r in parent.manifests if e == eco and r.language_version]
        if found:
            return found[0]
    return None



def fixes_versions(unit: Unit) -> bool:
    """Whether the folder's build fixes a framework's version without using it (a BOM import,
    a parent POM): a version-only signal, of development strength."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEV and s.version
        for s in unit.signals.get("jvm", [])
    )



def inherit_versions(
    unit: Unit,
    roots: list[Unit],
    eco: str,
    plugin_builds: frozenset[str] = frozenset(),
    modules: list[Unit] | None = None,
) -> None:
    """Give a module the framework versions its enclosing build roots fix (their BOM
    imports), and those a module of the build it imports as a BOM fixes, for the frameworks
    the module uses; imported and nearest first. What the build's `modules` it imports
    import in turn is imported too (a module whose parent is the root, whose own parent is
    the build's BOM module), a few levels deep."""
    names = {s.name for s in unit.signals.get(eco, []) if s.kind is FindingKind.FRAMEWORK}
    imported = {i for _, e, r in unit.manifests if e == eco for i in r.imports}
    for _ in range(MAX_MODULE_DEPTH if imported and modules else 0):
        more = {
            i
            for other in modules or ()
            if other is not unit and _names(other, eco) & imported
            for _, e, r in other.manifests
            if e == eco
            for i in r.imports
        } - imported
        if not more:
            break
        imported |= more
    chosen = [r for r in roots if r is not unit and _names(r, eco) & imported]
    # Of builds that share a name (two trees of one repository, each with its `sa-parent`),
    # the one enclosing the module is the one it names; another answers a name no enclosing
    # build has.
    enclosing = {n for r in chosen if unit.is_under(r) for n in _names(r, eco) & imported}
    chosen = [r for r in chosen if unit.is_under(r) or not (_names(r, eco) & imported) <= enclosing]
    chosen += sorted(
        (r for r in roots if r is not unit and r not in chosen and unit.is_under(r)),
        key=lambda r: -r.folder.count("/") - (r.folder != "."),
    )
    chosen += [r for r in roots if r not in chosen and _plugin_build_of(r, unit, plugin_builds)]
    inherited = [
        s
        for root in chosen
        for s in root.signals.get(eco, [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEV
        and s.version and s.name in names
    ]
    unit.signals[eco] += inherited
    if eco == "jvm" and inherited:
        _unpin_past_inherited(unit, inherited)


def _unpin_past_inherited(unit: Unit, inherited: list[Signal]) -> None:
    """Blank the version of a framework module the unit's own pom pins explicitly while
    another of its modules is left to the BOM an enclosing build imports (a reactor's
    `spring-boot-dependencies` at 2.7.18, one starter the BOM no longer manages pinned at
    2.4.13): as with a BOM of its own (`bom_pins`), the pin is an exception for one jar and the
    release the application runs on is the inherited BOM's. A pin ahead of the BOM's release
    still names the framework's release (set 118). Frameworks whose BOM the unit's own pom
    imports were settled when it was read."""
    own_paths = {path for path, e, _ in unit.manifests if e == "jvm"}
    signals = unit.signals["jvm"]
    own_boms = {
        s.name
        for s in signals
        if s.kind is FindingKind.FRAMEWORK and s.package in BOMS and s.evidence.path in own_paths
    }
    # The nearest build's release first: `unpin_exceptions` keeps the last one it reads.
    fixed = [s for s in reversed(inherited) if s.package in BOMS and s.name not in own_boms]
    if not fixed:
        return
    release = {s.name: s.version for s in fixed}
    at = [i for i, s in enumerate(signals) if s.evidence.path in own_paths]
    for i, signal in zip(at, unpin_exceptions(fixed, [signals[i] for i in at], BOMS.keys()),
                         strict=True):
        # Only a pin behind the BOM's release: a module kept at the last release that shipped
        # it. A starter pinned ahead of the inherited BOM names the release the build moves to.
        if signal.version != signals[i].version and _behind(signals[i].version,
                                                             release.get(signal.name, "")):
            signals[i] = signal


def _behind(version: str, release: str) -> bool:
    """Whether `version` is an earlier release than `release` (their leading numbers)."""
    def numbers(text: str) -> tuple[int, ...]:
        found = re.match(r"\d+(?:\.\d+)*", text)
        return tuple(int(n) for n in found.group(0).split(".")) if found else ()

    ours, theirs = numbers(version), numbers(release)
    return bool(ours and theirs) and ours < theirs



def _names(unit: Unit, eco: str) -> set[str]:
    """What another module of the build calls `unit` when it imports it as a platform: its
    artifactId, or (Gradle, `platform(project(":platform"))`) its project path, read as the
    folder's name or its path from the root."""
    paths = {":" + posixpath.basename(unit.folder), ":" + unit.folder.replace("/", ":")}
    return module_names(unit, eco) | paths



_SETTINGS_FILES = frozenset({"settings.gradle", "settings.gradle.kts"})

_BUILD_LOGIC = "build-logic"
"""The folder Gradle's guides name for a build's convention plugins and platform builds."""


def gradle_plugin_builds(units: dict[str, Unit]) -> frozenset[str]:
    """The folders of Gradle plugin builds: a build's `buildSrc/`, and the builds of their own
    (a settings file) that a settings file includes (`includeBuild("build-logic")`), where
    convention plugins live."""
    found = {folder for folder in units if posixpath.basename(folder) == "buildSrc"}
    # The builds kept in the build's convention folder (`build-logic/platform`), which a
    # settings plugin may include rather than the settings file itself.
    found |= {
        unit.folder
        for unit in units.values()
        if _BUILD_LOGIC in (posixpath.basename(unit.folder),
                            posixpath.basename(posixpath.dirname(unit.folder)))
        and any(posixpath.basename(p) in _SETTINGS_FILES for p, _, _ in unit.manifests)
    }
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
    if posixpath.basename(home) == _BUILD_LOGIC:
        # One of several builds kept together in the build's convention folder
        # (`build-logic/plugins`, `build-logic/platform`): it serves the build above it.
        home = posixpath.dirname(home) or "."
    inside = home == "." or unit.folder == home or unit.folder.startswith(home + "/")
    return inside and not unit.is_under(build)



def inherit(
    unit: Unit,
    aggregators: list[Unit],
    eco: str,
    shared: frozenset[str] = frozenset(),
    units: dict[str, Unit] | None = None,
) -> None:
    """Give a module what its build roots declare for it (a Maven parent's dependencies and
    framework version are inherited by every module). What the files of a root's own folder
    show (a datasource URL in a `script/application.yml` beside the modules) is a build file's
    declaration of nobody's: it goes to the one service beneath the root, never to several
    (`shared` names the roots above more than one), as configuration files do."""
    names = {s.name for s in unit.signals.get(eco, []) if s.kind is FindingKind.FRAMEWORK}
    own = {_use(s.kind) for key in (eco, CONFIG) for s in unit.signals.get(key, [])}
    taken = taken_crates(unit, units or {}) if eco == "rust" else set()
    for parent in aggregators:
        if not unit.is_under(parent):
            continue
        unit.signals[eco] += [
            s
            for s in parent.signals.get(eco, [])
            if (s.kind is not FindingKind.FRAMEWORK or s.name in names)
            and s.kind is not FindingKind.LANGUAGE
            and _handed(s, unit, parent, own)
            and not _only_offered(s, parent, eco, taken)
            and not (parent.folder in shared and s.strength is Strength.ENTRY)
            # A module whose build's tests all test other modules takes none of the
            # parent's declared tests either (`unused_module_tests`).
            and not (eco == "jvm" and unit.untested and s.kind is FindingKind.TEST)
        ]



def _only_offered(signal: Signal, parent: Unit, eco: str, taken: set[str]) -> bool:
    """Whether `signal` comes of a crate the Cargo workspace `parent` only offers its members
    (`[workspace.dependencies]`) and the member does not take (`taken`: `taken_crates`):
    Cargo builds a member with the crates it and the workspace crates it depends on name, so
    the table's DynamoDB client is not the key-signing enclave's that never names it."""
    if eco != "rust" or not signal.package:
        return False
    offered = {n for _, e, r in parent.manifests if e == eco for n in r.offered}
    return signal.package in offered and module_key(signal.package, eco) not in taken


def taken_crates(unit: Unit, units: dict[str, Unit]) -> set[str]:
    """The crates (as `module_key` spells them) a Rust crate depends on through the workspace
    (`name = { workspace = true }`, a path): its own, and those of the workspace's crates it
    depends on, however deep (a binary on its server library on diesel)."""
    by_name = {
        name: other
        for other in units.values()
        if other is not unit
        for name in module_names(other, "rust")
    }
    taken = set(module_uses(unit, "rust"))
    todo = [by_name[name] for name in taken if name in by_name]
    seen = {unit.folder}
    while todo:
        crate = todo.pop()
        if crate.folder in seen:
            continue
        seen.add(crate.folder)
        for name in module_uses(crate, "rust") - taken:
            taken.add(name)
            if name in by_name:
                todo.append(by_name[name])
    return taken


def _use(kind: FindingKind) -> object:
    """What a finding shows a module uses: an ORM and a query library alike, a data layer."""
    return "data" if kind in (FindingKind.ORM, FindingKind.QUERY) else kind



def _handed(signal: Signal, unit: Unit, parent: Unit, own: set[object]) -> bool:
    """Whether a dependency the root build `parent` declares for other projects reaches
    `unit`. A block for one project (`project(':web') {}`) reaches that project alone. What
    every subproject gets alike (`subprojects {}`) is the build's common classpath: it
    confirms a module's framework, but its data layers and stores are a module's only where
    the module's own build, code or configuration uses one of their kind (a gateway given
    MyBatis and a MySQL driver with every other module keeps no data). A module whose own
    Spring configuration sets JPA's properties runs the JPA the common classpath gives it.
    An artifact the module's own build excludes from its configurations reaches it from no
    block, and a build of its own (its settings file) that the root's settings leave out of
    their includes is no subproject of the root: `subprojects {}` reaches it not."""
    if not signal.projects:
        return True
    if signal.package and any(
        signal.package in r.excluded for _, e, r in unit.manifests if e == "jvm"
    ):
        return False
    if signal.projects != EVERY:
        return _is_project(unit, parent, signal.projects)
    if _left_out(unit, parent):
        return False
    if unit.configures_jpa and signal.kind is FindingKind.ORM and signal.name.startswith("JPA"):
        return True
    return signal.kind not in DATA_KINDS or _use(signal.kind) in own



def _left_out(unit: Unit, parent: Unit) -> bool:
    """Whether `unit` is a Gradle build of its own (it has a settings file) in the folder of a
    root build whose settings include projects, none of them `unit`'s folder: an
    authorisation server kept beside the modules and built apart from them."""
    if not any(_settings_file(path) for path, e, _ in unit.manifests if e == "jvm"):
        return False
    included = [
        r for path, e, r in parent.manifests if e == "jvm" and _settings_file(path) and r.modules
    ]
    if not included:
        return False
    relative = unit.folder if parent.folder == "." else unit.folder[len(parent.folder) + 1 :]
    for result in included:
        folders = {*result.modules, *result.project_dirs.values()}
        if relative in folders or posixpath.basename(unit.folder) in {
            posixpath.basename(f) for f in folders
        }:
            return False
    return True


def _settings_file(path: str) -> bool:
    return posixpath.basename(path) in ("settings.gradle", "settings.gradle.kts")


def _is_project(unit: Unit, parent: Unit, path: str) -> bool:
    """Whether `unit` is the Gradle project `path` (`:a:b`) of the build in `parent`'s
    folder: its folder there, or (mapped elsewhere by the settings) its folder's name."""
    relative = unit.folder if parent.folder == "." else unit.folder[len(parent.folder) + 1 :]
    wanted = path.strip(":").replace(":", "/")
    return relative == wanted or posixpath.basename(unit.folder) == wanted.rsplit("/", 1)[-1]



def workspace_root(unit: Unit, units: dict[str, Unit], language: str) -> list[Unit]:
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



def workspace_tests(unit: Unit, units: dict[str, Unit], language: str) -> None:
    """Give a member of a Python workspace (a uv workspace's `services/api`) the test tools its
    root declares when it declares none of its own: the workspace's one environment holds the
    root's development group, and its tests run from there. A member of a Node workspace
    likewise gets the runner the root's test scripts start (`mocha 'mods/**/*.test.ts'` in the
    root's package.json, its members declaring no runner): `npm test` runs there, over every
    member's tests; the root's other test tools are not the member's. A member found to hold
    no test around it (`sibling_suites.mark_unlent`) takes nothing."""
    if language not in ("python", "node") or unit.untested or any(
        s.kind is FindingKind.TEST for s in unit.signals.get(language, [])
    ):
        return
    for outer in _enclosing(unit, units):
        if any(e == language and r.modules for _, e, r in outer.manifests):
            unit.signals[language] += [
                s
                for s in outer.signals.get(language, [])
                if s.kind is FindingKind.TEST
                and (language == "python" or s.strength is Strength.ENTRY)
            ]
            return



def workspace_dependencies(unit: Unit, workspace: Unit | None) -> None:
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



def _pip_only(unit: Unit, ecosystem: str) -> bool:
    """Whether a Python unit's manifests are all pip lists (`requirements.txt`, pip-compile's
    `.in`): pip installs what they say, and reads no lock of an enclosing folder (a root
    `poetry.lock` resolving the library beside it, its FastAPI among them, says nothing of
    the service under `containers/x` that `pip install -r requirements.txt` builds)."""
    if ecosystem != "python":
        return False
    own = [path for path, eco, _ in unit.manifests if eco == ecosystem]
    return bool(own) and all(path.endswith((".txt", ".in")) for path in own)


def lock_versions(unit: Unit, locks: LockFiles) -> None:
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
        above = not _pip_only(unit, ecosystem)
        found = locks.versions(unit.folder, ecosystem, wanted, above)
        # What a package of the workspace lends (its mongoose) is locked for that package.
        elsewhere: dict[str, dict[str, str]] = defaultdict(dict)
        for signal in signals:
            if signal.package in wanted and signal.package not in found and not signal.locked:
                folder = posixpath.dirname(signal.evidence.path) or "."
                if folder != unit.folder:
                    elsewhere[folder].setdefault(signal.package, signal.version)
        for folder, packages in sorted(elsewhere.items()):
            for package, locked in locks.versions(folder, ecosystem, packages, above).items():
                found.setdefault(package, locked)
        added: set[tuple[FindingKind, str, str]] = set()
        extra: list[Signal] = []
        # The lock's line is where the declaration stands (a driver of an optional extra, a
        # fallback, stays one): its scope, when every declaration of the package agrees.
        scopes: dict[tuple[FindingKind, str, str], set[Scope | None]] = defaultdict(set)
        for signal in signals:
            if signal.strength is not Strength.ENTRY:
                scopes[(signal.kind, signal.name, signal.package)].add(signal.scope)
        for signal in signals:
            locked = found.get(signal.package) if signal.package else None
            key = (signal.kind, signal.name, signal.package)
            if locked is None or signal.strength is Strength.ENTRY or key in added:
                continue
            added.add(key)
            agreed = scopes[key]
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
                    scope=next(iter(agreed)) if len(agreed) == 1 else None,
                )
            )
        signals += extra



def hand_down_configuration(ordered: list[Unit], services: list[Unit]) -> None:
    """Give the configuration signals of a folder that is not a backend (a root Compose file,
    a `.env.example`) to the one backend inside it; with several, nobody can tell whose. Not
    to one its own production Compose file deploys (`Unit.released`): its deployment is
    written in its folder, and a folder of images around it configures the others (the
    development Compose file's database is the main application's)."""
    chosen = {u.folder for u in services}
    for unit in ordered:
        if unit.folder in chosen or not unit.signals.get(CONFIG):
            continue
        inside = [s for s in services if s.is_under(unit) and not s.released]
        if len(inside) == 1:
            inside[0].signals[CONFIG] += unit.signals[CONFIG]



def pinned_language(unit: Unit, units: dict[str, Unit], eco: str) -> tuple[str, Evidence] | None:
    """The language version pinned for `eco` in the folder or its nearest ancestor."""
    folder = unit.folder
    while True:
        holder = units.get(folder)
        if holder is not None and eco in holder.pins:
            return holder.pins[eco]
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."

