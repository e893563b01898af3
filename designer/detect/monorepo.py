"""Which folders of a tree are backends: one result per service, none for tooling or libraries.

- A folder is a service when a framework is plausible in it.
- A build root that only declares the framework its modules use (a Maven parent, a Gradle
  root with `apply false`) is not a service of its own; its language version passes down.
- In Maven / Gradle / .NET builds, library and test modules belong to the service of their
  build: a module with the framework as a bare dependency is a library when another module
  of the same build has the entry point; their ORM, cache and test findings join the service.
  So is a module with an entry point but no web server of its own (a DAO module's leftover
  main) that an application of its build depends on.
- A service also gets the data layer of the modules of its build it depends on at run time
  (followed through each other, a few levels deep).
- Beside a service with an entry point, a folder whose framework is only a dependency, with
  no entry point and no Dockerfile or Procfile, is a library package, not a service.
- Never a service: examples, samples, playgrounds and benchmark harnesses; web hosts under a
  tests folder (their tests join the service they test); browser clients; a JVM module named
  an application only by the framework's packaging plugin; beside declared applications, a
  Node package starting a framework nothing of it declares, or a framework-only helper of a
  container image (`docker/…`); beside them, a server among the repository's tools or
  scripts (`scripts/mock-server`) or a test double (`other/mockserver`); a Node workspace
  package another service depends on, with no program of its own (the API routes a web app
  mounts); a Node workspace library whose server a deployed application's program imports and
  starts (`workspace_servers`: the application is the service); a JVM module that starts
  nothing in its code and depends on an application of its build (a distribution packaging
  it again: `distributions`).
- When no folder names a framework, the shallowest folders showing backend signs are
  reported as ambiguous, so that the user is asked.
"""

from __future__ import annotations

from collections import Counter

from designer.detect import (
    composer_paths,
    convention_scripts,
    distributions,
    excluded_datasources,
    gradle_parent_plugins,
    harnesses,
    jvm_tests,
    lent_test_tools,
    lock_frameworks,
    own_tests,
    plain_php,
    store_choices,
    unmanifested_guesses,
    unopened_lent_drivers,
)
from designer.detect.assemble import (
    FOLDING,
    Unit,
    backend,
    has_entry_point,
    has_framework,
    is_backendish,
    main_ecosystem,
)
from designer.detect.build_modules import (
    maven_parent,
    nearest,
    opens_database,
    take_from_used_modules,
    tested_services,
    used_modules,
    without_excluded,
)
from designer.detect.configured_libraries import configures_only
from designer.detect.desktop_libraries import desktop_libraries
from designer.detect.ecosystems import node, python, ruby
from designer.detect.inheritance import (
    build_root,
    fixes_versions,
    gradle_plugin_builds,
    hand_down_configuration,
    inherit,
    inherit_versions,
    inside,
    lock_versions,
    parent_manifest,
    pinned_language,
    workspace_dependencies,
    workspace_root,
    workspace_tests,
)
from designer.detect.locks import LockFiles
from designer.detect.loose_helpers import loose_helper
from designer.detect.module_users import ModuleUsers
from designer.detect.nonservices import (
    image_helper,
    image_recipe,
    in_client_app,
    inside_desktop,
    is_bundled,
    is_client,
    is_demo,
    is_desktop,
    is_double,
    is_example,
    is_library,
    is_script,
    is_test_host,
    is_tool,
    is_unbuilt,
    module_names,
    module_uses,
    mounted,
    packaging_only,
    reaches_module,
    serverless,
    ui_only,
    undeclared,
    unpackaged,
    unstarted_helper,
)
from designer.detect.nonservices import used_modules as referenced_modules
from designer.detect.rust_apps import declares, rust_applications, started_by_binaries
from designer.model.stack import DetectedBackend, FindingKind

_LENT_BY_GIT = {
    "node": node.lent_by_git,
    "ruby": ruby.lent_by_git,
    "python": python.lent_by_git,
}
"""Ecosystem → what adds to a service's signals the requirements of the packages it installs
from git, as its lock records them (an engine gem, a first-party npm package, a Poetry
library by path that the tree lacks)."""


def _ui_libraries(
    ordered: list[Unit], framework: set[str], units: dict[str, Unit], eco: dict[str, str]
) -> set[str]:
    """The projects with a framework but no entry point, nothing deploying them, that only
    UIs with no data of their own use (a server-rendered front's helper and API-client
    libraries on ASP.NET Core's shared framework), or cloud functions (Azure Functions apps
    sharing a middleware library on ASP.NET Core's shared framework): those programs' code,
    not a service, where no application of the tree uses them."""
    uis = [
        u
        for u in ordered
        if u.folder in eco
        and u.folder not in framework
        and (
            (has_entry_point(u) and has_framework(u) and ui_only(u, units, eco))
            or _event_function(u, eco)
        )
    ]
    if not uis:
        return set()
    theirs = {
        m.folder
        for ui in uis
        for m in referenced_modules(ui, units, eco[ui.folder])
        if m.folder in framework and not has_entry_point(m) and not m.deployable
    }
    others = {
        m.folder
        for u in ordered
        if u.folder in framework and u.folder not in theirs
        for m in referenced_modules(u, units, eco[u.folder])
    }
    return theirs - others


def _event_function(unit: Unit, eco: dict[str, str]) -> bool:
    """Whether the folder's project is a cloud function an event source or the Functions host
    runs (an Azure Functions app, an event-fed Lambda): no web application of its own."""
    return any(r.event_function for _, e, r in unit.manifests if e == eco.get(unit.folder))


def _apart(unit: Unit, services: list[Unit], units: dict[str, Unit]) -> bool:
    """Whether a .NET console program (`ManifestResult.console`) belongs to another part of
    the repository than every service: it references projects of its own, and none of them,
    nor it, is among the projects a service reaches by reference (an administration job
    of one solution over its data library, beside a web application of another solution).
    Its data is the job's; nothing of it folds into a service it shares no code with."""
    if not any(r.console for _, e, r in unit.manifests if e == "dotnet"):
        return False
    mine = _reached(unit, units)
    if not mine:
        return False  # a program on its own: nothing tells where it belongs
    return all(not (_reached(s, units) | {s.folder}) & (mine | {unit.folder}) for s in services)


def _reached(unit: Unit, units: dict[str, Unit]) -> set[str]:
    """The folders of the .NET projects `unit` references, directly or through others."""
    seen: set[str] = set()
    todo = [unit]
    while todo:
        for other in referenced_modules(todo.pop(), units, "dotnet"):
            if other.folder not in seen and other is not unit:
                seen.add(other.folder)
                todo.append(other)
    return seen


def backends(units: dict[str, Unit], locks: LockFiles | None = None) -> list[DetectedBackend]:
    """One result per service folder, in folder order; `locks` gives the versions lock files
    resolved (read only for the service folders)."""
    ordered = [units[folder] for folder in sorted(units) if not is_example(folder)]
    for unit in ordered:
        # Spring Boot's Maven plugin, unbound in the module's pom, packages an application
        # where a parent binds it (or may, being outside the tree); not where none does.
        if any(
            r.repackage == "unbound" for _, e, r in unit.manifests if e == "jvm"
        ) and not unpackaged(unit, units):
            unit.deployable = True
    eco = {u.folder: main_ecosystem(u) for u in ordered if u.signals or u.manifests}
    eco = {folder: e for folder, e in eco.items() if e}
    # A build's own plugins (`buildSrc/`, a `build-logic` build) only configure it.
    plugin_code = convention_scripts.plugin_code(units, gradle_plugin_builds(units))
    framework = {
        u.folder
        for u in ordered
        if has_framework(u)
        and u.folder not in plugin_code
        and not is_client(u, eco)
        and not ui_only(u, units, eco)
        and not is_test_host(u.folder)
        and not packaging_only(u, units, eco)
        and not is_demo(u, units)
        and not is_unbuilt(u, units)
        and not is_bundled(u, eco)
        and not u.no_web
        and not u.no_service
        and not u.routes_nothing
        and not u.lends_server
    }
    ui_libraries = _ui_libraries(ordered, framework, units, eco)
    ui_libraries |= desktop_libraries(ordered, framework, units, eco)
    framework -= ui_libraries
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
    # A module another service of its build depends on (directly or through other modules),
    # with no entry point of its own and nothing deploying it, is that service's library, even
    # where the service's own entry point was not seen: an application is not a dependency.
    # So is one with an entry point but no web server of its own that an application of its
    # build depends on (a DAO module keeping a leftover `@SpringBootApplication` main), or one
    # whose only start is a settings file and whose build only compiles and tests against the
    # framework (a shared module of defaults: `configured_libraries`); a WAR
    # or a web host another application packages stays an application. A web host project (a
    # .NET one on the Web SDK) whose start lies in such a module it references (a shared
    # host-defaults library calling `WebApplication.CreateBuilder` for each host's `Program.cs`)
    # is the application, and the module its library, though its own start was not seen.
    unlaunched = {u.folder for u in services if u.folder not in entry and not u.deployable}
    libraries |= {
        m.folder
        for v in services
        if eco[v.folder] in FOLDING
        for m in used_modules(v, units, eco, roots)
        if m.folder in unlaunched
        or (
            (v.folder in entry or not serverless(v))
            and m.folder in entry
            and not m.deployable
            and (serverless(m) or configures_only(m))
        )
    }
    services = [u for u in services if u.folder not in libraries]
    repackaged = distributions.repackaged(services, units, eco, roots, entry)
    services = [u for u in services if u.folder not in repackaged] or services
    if any(u.folder in entry for u in services):
        # Beside an application, a package that only depends on a framework, with no entry
        # point and nothing that deploys it, is a library of the monorepo (a shared
        # middleware, an SDK), not a service of its own.
        services = [
            u
            for u in services
            if u.folder in entry
            or (
                u.deployable
                and not unstarted_helper(u, units, eco[u.folder])
                and not image_recipe(u)
            )
            or eco[u.folder] in FOLDING
        ]
        declared_apps = [
            u for u in services if not undeclared(u, units, eco[u.folder], locks)
        ]
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
    declared = {u.folder for u in services if eco[u.folder] == "rust" and declares(u, "rust")}
    if declared:
        # A crate that uses a framework in code but declares it only as optional or for
        # development (a library's feature-gated integration) is a library of the workspace
        # beside a crate that depends on the framework.
        services = [u for u in services if eco[u.folder] != "rust" or u.folder in declared]
    services = [u for u in services if not mounted(u, services, eco)] or services
    hosted: list[Unit] = []
    services = started_by_binaries(services, units, eco, hosted)
    services = rust_applications(services, units, eco, hosted)
    # Beside the product's services, a server among the repository's tools is one of them,
    # unless it ships as an application of its own (a Dockerfile, a Procfile).
    services = [u for u in services if u.deployable or not is_tool(u.folder)] or services
    # A server among the scripts is a helper the developers run, unless CI publishes its image.
    services = [u for u in services if u.published or not is_script(u.folder)] or services
    services = [u for u in services if not is_double(u.folder) and not u.stands_in] or services
    # A job its scheduler triggers over HTTP (its README's lead says so; no data of its own).
    services = [u for u in services if not u.scheduled] or services
    # The product's end-to-end test harness (its README's lead says so; no data of its own).
    services = [u for u in services if not u.harness] or services
    services = [u for u in services if not u.vendored] or services
    # A command-line client whose manifest says so (a local echo server in its process).
    services = [u for u in services if not u.command_line] or services
    # A server nothing of the product builds, ships or names, or a starter left as generated,
    # is a developer's tool or a leftover beside the services the product deploys.
    services = [u for u in services if not u.unused] or services
    # A root gathering loose files it declares no project for (a mock identity provider in a
    # folder of development tools) is no service because of them.
    services = [u for u in services if not loose_helper(u, eco[u.folder])] or services
    services = [u for u in services if u.deployable or not in_client_app(u.folder)] or services
    # A program shipped on its own (a Dockerfile) that serves no HTTP (a batch job) keeps its
    # tests, and the modules nearest it fold into it rather than into a service farther away:
    # what they test is that program, which is not reported.
    programs = [
        u
        for u in ordered
        if u.no_web and u.deployable and u.folder in eco and eco[u.folder] in FOLDING
        and has_framework(u)
    ]
    # What another application uses of an application (a Lambda wrapper requiring the
    # server's module for its handlers) is code, not that application's store. Such a
    # program is an application too: a module in its folder (a worker's `…-lib` beside its
    # `reporter`) is followed no further by another service using it, as a service's is.
    apart = services + programs
    used = {
        s.folder: [
            u
            for u in used_modules(s, units, eco, roots, apart if eco[s.folder] == "jvm" else ())
            if u not in services
        ]
        for s in services
    }
    users = Counter(unit.folder for modules in used.values() for unit in modules)
    shared = {folder for folder, count in users.items() if count > 1}
    opened = any(opens_database(unit, eco.get(unit.folder, "")) for unit in units.values())
    # Services that, like every module they use, write to no data layer: the JDBC drivers
    # those modules keep open nothing for them (`unopened_lent_drivers`). Read before any
    # module lends them its signals.
    unwritten = {
        s.folder
        for s in services
        if eco[s.folder] == "jvm" and unopened_lent_drivers.unopened(s, used[s.folder])
    }
    chosen: set[str] = set()
    for service in services:
        # Of storage modules it chooses among by configuration, none is its data layer.
        choices = store_choices.choices(used[service.folder], eco[service.folder])
        lent = [u for u in used[service.folder] if u.folder not in choices]
        take_from_used_modules(service, lent, eco[service.folder], shared, opened, units)
        chosen |= choices
    folded: set[str] = set()
    tested = own_tests.declaring(services + programs)  # before anything folds into them
    own_tools = lent_test_tools.own(services)  # likewise
    module_users = ModuleUsers(ordered, units, eco, roots)
    for unit in ordered:
        if unit.folder not in eco or eco[unit.folder] not in FOLDING:
            continue
        if unit.folder in framework and unit.folder not in libraries:
            continue
        if unit in programs:
            continue
        if is_demo(unit, units):
            # A demonstration shipped beside the product (a sample application of its own
            # build) is no service and none of a service's modules: what its tests test is
            # itself, as an example's do (examples are left out above).
            continue
        language = eco[unit.folder]
        top = roots[unit.folder]
        candidates = [
            s
            for s in services + programs
            if eco[s.folder] == language and inside(s.folder, top)
        ]
        targets = tested_services(unit, candidates, language, ordered)
        near = targets is None
        if targets is None:
            # A library whose users the build names, none a service (a console job, a CLI, a
            # receiver dropped as no backend), is theirs: no service nearby that never
            # references it gets it.
            if candidates and module_users.unused_by(unit, services):
                continue
            if language == "dotnet" and _apart(unit, candidates, units):
                continue
            targets = nearest(unit, candidates)
        if not targets:
            continue
        shared = len(targets) > 1
        # The services nearby: whether they declare tests per module is weighed over all of
        # them, even when the module goes to those of them that depend on it (below).
        nearby = targets
        if near and shared:
            # A library module some of them depend on is tested with those only (a Spring
            # Boot Admin server beside the applications of a shared framework module).
            names = module_names(unit, language)
            targets = [s for s in targets if names & module_uses(s, language)] or targets
        if any(s in programs for s in targets):
            targets = [s for s in targets if s not in programs]
            if not targets:
                continue
            nearby = [s for s in nearby if s not in programs] or targets
        # A JVM module near a service that reaches modules of the build by reference, but not
        # this one, is none of its code: a test harness of a store, a compatibility suite.
        stray = near and language == "jvm" and any(
            used.get(t.folder) and unit not in used[t.folder] for t in targets
        )
        kept = [
            s
            for s in unit.signals.get(language, [])
            if s.kind not in (FindingKind.FRAMEWORK, FindingKind.LANGUAGE)
            # A test project shared by several services of one solution tests them all; its
            # data layer, though, cannot be told whose. Nor is a store a service chooses
            # among others by configuration its data layer (`store_choices`).
            and (
                (not shared and not stray and unit.folder not in chosen)
                or s.kind is FindingKind.TEST
            )
        ]
        for target in targets:
            # Shared by nearness alone: its tests go to the services declaring tests.
            given = own_tests.lent(kept, target, nearby, tested) if near and shared else kept
            # A JVM module of the build that nothing uses and that uses not the service (a
            # client SDK of its API, published for callers) lends no tests: they test the SDK,
            # not code the service runs. One the service reaches, or one that depends on the
            # service (an integration-test module), still lends them.
            if near and language == "jvm" and _unrelated(unit, target, used, module_users, units):
                given = [s for s in given if s.kind is not FindingKind.TEST]
            # A service that switched its DataSource off runs no relational layer of it.
            if language == "jvm" and excluded_datasources.closes(
                target, [unit, *used.get(target.folder, [])]
            ):
                given = excluded_datasources.drop(given)
            if target.folder in unwritten and unopened_lent_drivers.lends_unopened(unit):
                given = excluded_datasources.drop(given)
            if language == "jvm":
                given = without_excluded(given, target)
            target.signals[language] += given
            if unit.test_census and any(x.kind is FindingKind.TEST for x in given):
                target.folded_census.append(unit)
        folded.add(unit.folder)
    lent_test_tools.outnumber(services, own_tools)
    jvm_tests.combine(services)
    # A tree whose web application was set aside (a UI over the product's API) while its
    # server code runs as cloud functions (Azure Functions apps, event-fed Lambdas) has no
    # backend to guess among its libraries and jobs: the guess below is for a tree whose
    # framework went unrecognised.
    if not services and not (
        any(u.folder in eco and ui_only(u, units, eco) and has_entry_point(u) for u in ordered)
        and any(_event_function(u, eco) for u in ordered)
    ):
        # A .NET desktop application that names ASP.NET Core (a WPF app's helper packages)
        # was recognised and set aside: its solution's other projects are its libraries,
        # no server whose framework went unrecognised.
        windowed = {
            eco[u.folder]
            for u in ordered
            if eco.get(u.folder) == "dotnet" and is_desktop(u) and has_framework(u)
        }
        candidates = [
            u
            for u in ordered
            if u.folder not in folded
            and u.folder not in ui_libraries
            and is_backendish(u)
            and not u.settled
            # A stub its own tests start, or a middleware library, is no guess either.
            and not u.no_service
            and not is_library(u, eco)
            and not is_desktop(u)
            and not inside_desktop(u, ordered)
            and not ui_only(u, units, eco)
            # A cloud function its platform invokes (a Lambda's handler packaged with a main
            # class) is no server to guess, however deployable.
            and not _event_function(u, eco)
            and eco.get(u.folder) not in windowed
            # PHP needs no framework to serve: one with none is scripts, no service.
            and not plain_php.is_plain(u, eco)
            # Scripts declaring nothing to install (a site's analysis scripts) are no service.
            and not unmanifested_guesses.unmanifested(u)
        ]
        services = [u for u in candidates if not any(u.is_under(v) for v in candidates)]
    hand_down_configuration(ordered, services)
    harnesses.hand_over(ordered, services, eco)
    parents = [u for u in ordered if u.folder in aggregators]
    shared_roots = frozenset(
        p.folder for p in parents if sum(1 for s in services if s.is_under(p)) > 1
    )
    # A build root that names no framework of its own may still fix its version for every
    # module (a Maven reactor importing `spring-boot-dependencies` in dependencyManagement).
    boms = [u for u in ordered if u.folder not in aggregators and fixes_versions(u)]
    # A Maven parent among them (a `pom` listing the modules) gives them the dependencies of
    # its own `<dependencies>` too, as any parent does (AgileBoot's root declaring
    # mybatis-plus-boot-starter for every module beside its Spring Boot BOM import).
    maven_parents = [u for u in boms if maven_parent(u)]
    shared_roots |= {
        p.folder for p in maven_parents if sum(1 for s in services if s.is_under(p)) > 1
    }
    plugin_builds = gradle_plugin_builds(units)
    conventions = convention_scripts.convention_units(units, plugin_builds)
    results = []
    for unit in services:
        language = main_ecosystem(unit)
        inherit(
            unit,
            parents + maven_parents + workspace_root(unit, units, language),
            language,
            shared_roots,
            units,
        )
        workspace_tests(unit, units, language)
        harnesses.drop_vendored_suites(unit, language)
        if language == "rust" and roots.get(unit.folder) not in aggregators:
            workspace_dependencies(unit, units.get(roots.get(unit.folder, "")))
        inherit_versions(unit, boms, language, plugin_builds, ordered)
        if language == "jvm":
            convention_scripts.hand_down(unit, conventions, plugin_builds)
            gradle_parent_plugins.hand_down(unit, units)
        if locks is not None:
            if language in _LENT_BY_GIT:
                own = [r for _, e, r in unit.manifests if e == language]
                signals = unit.signals.setdefault(language, [])
                _LENT_BY_GIT[language](signals, own, unit.folder, locks)
            elif language == "php":
                composer_paths.confirm_from_lock(unit, locks)
            lock_versions(unit, locks)
            lock_frameworks.version_unnamed(unit, language, locks)
        pin = pinned_language(unit, units, language)
        results.append(backend(unit, parent_manifest(unit, units, language), pin))
    return results


def _unrelated(
    module: Unit,
    service: Unit,
    used: dict[str, list[Unit]],
    module_users: ModuleUsers,
    units: dict[str, Unit],
) -> bool:
    """Whether `service` reaches modules of its build by reference but not `module`, no unit
    of the tree uses `module`, and `module` does not reach `service` either (at run time or
    for its tests), nor do the service's tests use it: its code and its tests are apart from the
    service's. A parent above the service is never apart: its declarations are every
    module's."""
    reached = used.get(service.folder)
    tests_it = module_names(service, "jvm") & {
        use for _, e, r in module.manifests if e == "jvm" for use in r.test_uses
    }
    # A harness the service's tests depend on (`testImplementation(projects.db.testing)`):
    # the test framework it brings runs the service's tests.
    harness = module_names(module, "jvm") & {
        use for _, e, r in service.manifests if e == "jvm" for use in r.test_uses
    }
    return (
        bool(reached)
        and module not in reached
        and not service.is_under(module)
        and not tests_it
        and not harness
        and module_users.unused(module)
        and not reaches_module(module, service, units, "jvm")
    )
