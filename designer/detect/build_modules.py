"""The modules of a service's own build: those it depends on (whose data layer it uses) and,
for a .NET test project, the services it tests."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

from designer.detect import (
    excluded_datasources,
    jvm_own_stores,
    unopened_lent_drivers,
    workspace_data,
)
from designer.detect.assemble import Unit
from designer.detect.dotnet_test_supports import looked_through
from designer.detect.ecosystems.dotnet import SHARED_FRAMEWORK, classify, shared_release
from designer.detect.nonservices import DATA_KINDS, module_key, module_names, module_uses
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

MAX_MODULE_DEPTH = 4
"""How far a service's dependencies on modules of its own build are followed."""


def used_modules(
    service: Unit,
    units: dict[str, Unit],
    eco: dict[str, str],
    roots: dict[str, str],
    others: Sequence[Unit] = (),
) -> list[Unit]:
    """The modules of the service's build it depends on, directly or through each other (a
    few levels deep), nearest first. A module of one of the `others` services' own folder
    (`things/api` beside `things/service`) is taken, but what it depends on is not followed
    (see `_of_other_service`)."""
    language = eco.get(service.folder, "")
    top = roots.get(service.folder)
    # A Maven parent's own `<dependencies>` are every module's below it: a `pom` grouping
    # the services that depends on the build's common service module gives each its data
    # layer and driver, as if each declared it.
    parents = [
        unit
        for unit in units.values()
        if service.is_under(unit) and eco.get(unit.folder) == language and maven_parent(unit)
    ]
    if not any(r.uses for u in (service, *parents) for _, e, r in u.manifests if e == language):
        return []
    # Every module bearing a name: two solutions of one repository may each hold their own
    # `Infrastructure` project (see `_nearest_named`).
    by_name: dict[str, list[Unit]] = {}
    for unit in units.values():
        if unit is service or eco.get(unit.folder) != language or roots.get(unit.folder) != top:
            continue
        # A Maven artifactId, a package name, the project paths a Gradle settings file gives.
        names = sorted(module_names(unit, language))
        relative = unit.folder if top in (None, ".") else unit.folder[len(top) + 1 :]
        names.append(":" + relative.replace("/", ":"))  # a Gradle project path
        names.append(":" + posixpath.basename(unit.folder))
        for name in dict.fromkeys(names):
            by_name.setdefault(name, []).append(unit)
    seen = {service.folder, *(p.folder for p in parents)}
    found: list[Unit] = []
    queue = [(unit, 0) for unit in (service, *parents)]
    while queue:
        unit, depth = queue.pop(0)
        if depth >= MAX_MODULE_DEPTH:
            continue
        for _, ecosystem, result in unit.manifests:
            if ecosystem != language:
                continue
            for use in result.uses:
                target = _nearest_named(
                    unit, by_name.get(module_key(use, language), []), language == "dotnet"
                )
                if target is None or target.folder in seen:
                    continue
                seen.add(target.folder)
                if not _of_other_service(target, service, others):
                    queue.append((target, depth + 1))
                    # A Maven module inherits what its parents' own `<dependencies>` name
                    # (`sdk/api`'s pom depending on the `common` module for each api-* module
                    # below it): those module references are followed as the module's own.
                    queue += [
                        (parent, depth + 1)
                        for parent in _inherited_parents(target, units, eco, language, seen)
                    ]
                found.append(target)
    return found


def _inherited_parents(
    module: Unit, units: dict[str, Unit], eco: dict[str, str], language: str, seen: set[str]
) -> list[Unit]:
    """The Maven parents (poms listing modules) above a used module, not yet followed."""
    parents = [
        unit
        for unit in units.values()
        if unit.folder not in seen
        and module.is_under(unit)
        and eco.get(unit.folder) == language
        and maven_parent(unit)
    ]
    seen.update(unit.folder for unit in parents)
    return parents


def _of_other_service(module: Unit, service: Unit, others: Sequence[Unit]) -> bool:
    """Whether a JVM module lies beside another service in that service's own folder (the
    `api` or `model` module callers of `things/service` use to message it), the folder not
    holding `service` too: what that module depends on in turn (the store library whose
    constant it re-exports) is the other service's, and lends the caller no data layer."""
    group = posixpath.dirname(module.folder)
    if not group or service.folder.startswith(group + "/"):
        return False
    return any(
        other is not service and posixpath.dirname(other.folder) == group for other in others
    )


def _nearest_named(user: Unit, candidates: list[Unit], by_path: bool = False) -> Unit | None:
    """Of the modules bearing the name `user` references, the one sharing the deepest folder
    with it: a .NET project references a sibling by its path (`..\\Infrastructure\\…`),
    so of two solutions' `Infrastructure` projects it means its own solution's, not the
    first one found. A .NET reference (`by_path`) means, of those sharing as deep a folder,
    the one the fewest steps below it: a sibling's `..\\Server\\Server.csproj` is
    `src/Server`, not `src/Legacy/Server`. The first found when as near (or the only one)."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    return max(
        candidates,
        key=lambda c: (
            _common_depth(user.folder, c.folder),
            -c.folder.count("/") if by_path else 0,
        ),
    )


def maven_parent(unit: Unit) -> bool:
    """Whether the folder's build is a Maven parent of modules (a pom.xml listing modules):
    what its own `<dependencies>` declare, every module below it inherits."""
    return any(
        e == "jvm" and r.modules and posixpath.basename(path) == "pom.xml"
        for path, e, r in unit.manifests
    )


def take_from_used_modules(
    service: Unit,
    used: list[Unit],
    language: str,
    shared: set[str],
    opened: bool = False,
    units: dict[str, Unit] | None = None,
) -> None:
    """Give a service the data layer of the modules of its build it depends on (`used`): an
    application module using a `…-mbg` module that declares MyBatis and holds the mappers;
    development and test dependencies do not travel. A Rust crate's own tests travel too,
    unless the crate is `shared` by several services: the workspace's crates are the one
    server's test suite (lemmy), while a library every service uses tests itself, not each
    of them (revolt's services have no tests of their own). So do a Go module's, to a program
    module with no test of its own that requires it through a `replace` (one `package main`
    linking the repository's service and library modules into its binary: their tests are the
    program's), unless several services share the module. Of a Node library's data
    layers, those other users of it name and the service does not stay theirs
    (`workspace_data`; `units` gives the users). A .NET project's package
    references flow on to the projects referencing it: a framework package a referenced
    library declares (`Microsoft.AspNet.Mvc`) confirms the framework the service's own code
    starts (`AreaRegistration.RegisterAllAreas()`)."""
    own = [s for s in service.signals.get(language, []) if s.kind is FindingKind.FRAMEWORK]
    started: set[str] = set()
    if language == "dotnet":
        # Only frameworks its own project does not declare (the rest needs no confirmation).
        started = {s.name for s in own if s.strength is Strength.ENTRY}
        started -= {s.name for s in own if s.strength is not Strength.ENTRY}
    # Where the solution's code opens the database (`opened`: registers an EF Core context,
    # calls a provider's `UseSqlServer`, opens an ADO.NET connection), a .NET library's
    # relational data layer is a service's only when that code is its own or a referenced
    # project's: a library of entity classes and their scaffolded context, referenced for its
    # types beside the data library that registers the context, lends no EF Core and no
    # relational engine.
    # A .NET library whose registration method the service's own code never calls lends it
    # no data layer (`dotnet_registrations`), nor opens a database for it.
    declined = service.declined if language == "dotnet" else set()
    closed = (
        opened
        and language == "dotnet"
        and not any(
            opens_database(unit, language)
            for unit in (service, *used)
            if unit.folder not in declined
        )
    )
    if closed:
        # An ADO.NET provider the service declares as a project it references does (a pin of
        # the version that project brings along, `Microsoft.Data.SqlClient` listed among
        # "transitive dependency overrides"), with no code opening a database: not a use.
        lent = {s.package for target in used for s in target.signals.get(language, [])}
        service.signals[language] = [
            s
            for s in service.signals.get(language, [])
            if not (
                s.package in lent
                and s.kind in _DATABASE_USE
                and s.strength is not Strength.ENTRY
                and (FindingKind.QUERY, "ADO.NET") in classify(s.package)
            )
        ]
    if "ASP.NET Core" in started:
        _run_on_target(service)
    # A JVM service with no data of its own, no database above it and no code written to a
    # data layer (`driverless_layers`).
    bare = language == "jvm" and service.driverless
    # An sbt project's lent data layers its own code never reaches, and their engines (the
    # packages that name both, `doobie-postgres`), are not its; one it reaches is the layer
    # its code is written to (`sbt_lent_layers`).
    unreached = service.unreached_layers - service.reached_layers
    # A Spring Boot application excluding its DataSource auto-configuration, with no code of
    # its own or of the modules it uses building one, opens no relational database: the JPA
    # and the embedded database a shared module or convention lends are not its own. (What
    # its own build declares is left to the rules weighing its code.)
    unopened = language == "jvm" and excluded_datasources.closes(service, used)
    # A service that, like every module it uses, writes to no data layer opens no relational
    # database whatever JDBC driver those modules keep (`unopened_lent_drivers`).
    unwritten = language == "jvm" and unopened_lent_drivers.unopened(service, used)
    # A service declaring a store of another kind (Neo4j-OGM and Neo4j) with no relational
    # engine on its path runs none of the relational layers its modules lend (`jvm_own_stores`).
    otherwise = language == jvm_own_stores.ECOSYSTEM and jvm_own_stores.unopened(service, used)
    # A Go program module testing nothing itself takes the tests of the modules it links in.
    untested_go = language == "go" and not any(
        s.kind is FindingKind.TEST for s in service.signals.get(language, [])
    )
    for target in used:
        offered = (
            workspace_data.lent(service, target, units, language)
            if units is not None
            else target.signals.get(language, [])
        )
        if language == "jvm":
            offered = without_excluded(offered, service)
        dropped = {
            s.package
            for s in target.signals.get(language, [])
            if s.kind in _LAYER_KINDS and s.name in unreached and s.package
        }
        service.signals[language] += [
            # Confirmation only: the version the service runs is its own project's (the
            # .NET Framework it targets), not the library's package.
            s.replace(version="") if s.name in started and s.package != SHARED_FRAMEWORK
            else s.replace(primary=True) if s.name in service.reached_layers
            and s.kind in _LAYER_KINDS else s
            for s in offered
            if (
                (s.kind in DATA_KINDS or s.package == SHARED_FRAMEWORK or s.name in started)
                and (s.strength is not Strength.DEV or _integrated(s, started))
            )
            or (
                (language == "rust" or untested_go)
                and s.kind is FindingKind.TEST
                and target.folder not in shared
            )
            if not (closed and _relational(s))
            and not (target.folder in declined and s.kind in DATA_KINDS)
            and not (language == "dotnet" and s.package
                     and (target.folder, s.package.lower()) in service.declined_stores)
            and not (s.kind in _LAYER_KINDS and s.name in unreached)
            and not (s.package and s.package in dropped)
            and not (unopened and excluded_datasources.relational(s.kind, s.name))
            and not (unwritten and excluded_datasources.relational(s.kind, s.name))
            and not (otherwise and excluded_datasources.relational(s.kind, s.name))
        ]
    if bare:
        _drop_driverless(service, language)


def without_excluded(given: list[Signal], unit: Unit) -> list[Signal]:
    """The signals of a module of the build `unit` depends on, less the stores and data
    layers whose artifacts `unit`'s own build excludes from its configurations, and the
    module's code written to them (a shared library's Redis cache, its starter excluded by
    the GraphQL front using the library): that code cannot run where its artifact is
    absent."""
    excluded = {x for _, e, r in unit.manifests if e == "jvm" for x in r.excluded}
    if not excluded:
        return given
    gone = {s.name for s in given if s.package in excluded and s.kind in DATA_KINDS}
    return [
        s
        for s in given
        if s.package not in excluded and not (s.kind in DATA_KINDS and s.name in gone)
    ]


def _integrated(signal: Signal, started: set[str]) -> bool:
    """Whether the signal is the shared framework an ASP.NET Core integration of another
    vendor (`Swashbuckle.AspNetCore`) brings a referenced library, and the service's own
    code starts that framework: MSBuild carries the package, and the framework with it, to
    the service, a plain executable whose host the library's start-up configures."""
    return (
        signal.kind is FindingKind.FRAMEWORK
        and signal.package == SHARED_FRAMEWORK
        and signal.name in started
    )


def _run_on_target(service: Unit) -> None:
    """Version the ASP.NET Core a .NET service's own code starts, its project declaring none
    (a worker SDK project starting the web host a referenced Web SDK project brings along), by
    the shared framework of its target (`net8.0`: 8.0), as a Web SDK project's is."""
    release = next(
        (shared_release(r.language_version) for _, e, r in service.manifests if e == "dotnet"),
        "",
    )
    if release:
        service.signals["dotnet"] = [
            s.replace(version=release, glue=True)
            if s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core" and not s.version
            else s
            for s in service.signals["dotnet"]
        ]


def _drop_driverless(service: Unit, language: str) -> None:
    """Drop the data layer a JVM service with no data of its own was lent when nothing lent
    it a database either: a shared core module declaring MyBatis for the services that map
    tables, used by a gateway for its utilities. With no driver nor engine anywhere on its
    path, the layer has no database to open (MyBatis, JPA and JDBC all run on a DataSource a
    driver provides), so it is not the service's data layer."""
    signals = service.signals.get(language, [])
    if any(s.kind is FindingKind.DATABASE for s in signals):
        return
    service.signals[language] = [s for s in signals if s.kind not in _LAYER_KINDS]


_LAYER_KINDS = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS})
"""A data layer and its migrations, which run on a database a driver opens."""


_DATABASE_USE = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE}
)


def _relational(signal: Signal) -> bool:
    """Whether a .NET signal is of EF Core or an ADO.NET provider: a relational data layer or
    its engine, which code must open (a document store's client is not judged so)."""
    if signal.kind not in _DATABASE_USE:
        return False
    if signal.name in ("EF Core", "EF Core migrations"):
        return True
    meanings = classify(signal.package) if signal.package else ()
    return (FindingKind.ORM, "EF Core") in meanings or (FindingKind.QUERY, "ADO.NET") in meanings


def opens_database(unit: Unit, language: str) -> bool:
    """Whether a .NET project's code opens a database: an engine named in C# (a provider's
    `UseNpgsql(`, an ADO.NET connection), an EF Core context registered with the services,
    or Dapper declared beside an ADO.NET provider (`_dapper_over_provider`)."""
    if language != "dotnet":
        return False
    signals = unit.signals.get(language, [])
    return any(
        s.strength is Strength.ENTRY
        and s.evidence.path.endswith(".cs")
        and (
            s.kind is FindingKind.DATABASE
            or (s.kind is FindingKind.ORM and "AddDbContext" in s.evidence.text)
        )
        for s in signals
    ) or _dapper_over_provider(signals)


def _dapper_over_provider(signals: list[Signal]) -> bool:
    """Whether a project declares, for run time, Dapper and an ADO.NET provider: Dapper only
    extends a connection (`conn.QueryAsync(…)` on `IDbConnection`), so the project opens the
    provider's connections itself, in code that may lie beyond the files read (a data
    library's hundred query handlers under `…/Persistence/`)."""
    runtime = [s for s in signals if s.strength is Strength.DEPENDENCY and s.package]
    return any(s.kind is FindingKind.QUERY and s.name == "Dapper" for s in runtime) and any(
        s.kind is FindingKind.DATABASE and (FindingKind.QUERY, "ADO.NET") in classify(s.package)
        for s in runtime
    )


def tested_services(
    unit: Unit, services: list[Unit], language: str, ordered: list[Unit]
) -> list[Unit] | None:
    """The services a .NET test project tests, from the projects it references: those it
    references, else those that reach what it references through their own references (a
    solution's test project references the service or its core library, never the others).
    None when it references no project (then the nearest services are taken), [] when that
    cannot say which of them it tests."""
    if language != "dotnet" or not _tests_only(unit, language):
        return None
    wanted = module_uses(unit, language)
    if not wanted:
        # A test project that references no project tests the nearest services, all of them
        # when several are as near. Unless the solution's other test projects name what they
        # test by reference: then this one (a functional suite calling a deployed service
        # over HTTP) does not say which it tests, and none is given it.
        if len(nearest(unit, services)) > 1 and any(
            other is not unit and _tests_only(other, language) and module_uses(other, language)
            for other in ordered
        ):
            return []
        return None
    direct = [s for s in services if module_names(s, language) & wanted]
    # Of several services referenced (a functional test hosts the identity service too), the
    # ones the test project is named after (`Ordering.FunctionalTests` tests `Ordering.API`).
    # Not when it is named after the solution listing it (`solution_tests`): that one of
    # the services bears the solution's name too does not say it is the one tested.
    named = [s for s in direct if any(_named_after(t, module_names(s, language)) for t in
                                      module_names(unit, language))]
    if unit.solution_tests:
        named = []
    if named or direct:
        tested = (named or direct) + _through_libraries(unit, direct, services, language, ordered)
        users = _library_users(unit, services, language, ordered)
        return tested + [s for s in users if s not in tested]
    # A unit test project of libraries only (`Admin.UnitTests` referencing the business logic)
    # tests the service whose name it bears exactly (`Admin`), whatever else reaches them.
    own = [s for s in services if any(_named_after(t, module_names(s, language), exact=True)
                                      for t in module_names(unit, language))]
    if own:
        return own
    # A test project named after a library it references (`Pims.Dal.Mock.Test` referencing
    # `Pims.Dal`) tests that library: the services reaching it, not every service reaching
    # one of its other references (a shared helper library all of them reference).
    # Through a test-support library of the test projects' own (doubles, an in-memory store).
    through = looked_through(wanted, services, language, ordered)
    if through != wanted:
        wanted = through
        reached = [s for s in services if module_names(s, language) & wanted]
        if reached:
            return reached
    subject = {w for w in wanted for t in module_names(unit, language) if t.startswith(w + ".")}
    # The library's own parts it references too (`App.Core.Test` referencing `App.Core` and
    # `App.Core.Data`, whose repositories its database tests run): a service referencing one
    # of them itself is tested too (one reaching a part only through others, as a model
    # library every project reaches, is not).
    parts = {w for w in wanted for s in subject if w.startswith(s + ".")}
    wanted = subject or wanted
    graph = _graph(ordered, language)
    return [
        s
        for s in services
        if _reaches(module_uses(s, language), wanted, graph) or module_uses(s, language) & parts
    ]


def _graph(ordered: list[Unit], language: str) -> dict[str, set[str]]:
    """Project name → the projects it references, over the whole build."""
    graph: dict[str, set[str]] = {}
    for other in ordered:
        for name in module_names(other, language):
            graph.setdefault(name, set()).update(module_uses(other, language))
    return graph


def _through_libraries(
    unit: Unit, direct: list[Unit], services: list[Unit], language: str, ordered: list[Unit]
) -> list[Unit]:
    """The other services a test project referencing services tests through their libraries:
    a library it references that none of those services reaches is there for the services
    referencing it themselves (a solution's one test project referencing two APIs and the
    projection libraries of the extract API and the projector host beside them). A library
    the referenced services reach (a shared helper, the domain) says nothing more."""
    graph = _graph(ordered, language)
    names = {n for s in services for n in module_names(s, language)}
    wanted = module_uses(unit, language) - names
    unexplained = {
        w for w in wanted
        if not any(_reaches(module_uses(s, language), {w}, graph) for s in direct)
    }
    if not unexplained:
        return []
    return [
        s for s in services
        if s not in direct and module_uses(s, language) & unexplained
    ]


def _library_users(
    unit: Unit, services: list[Unit], language: str, ordered: list[Unit]
) -> list[Unit]:
    """The services referencing the library a test project referencing a service is named
    after (`App.BusinessLogic.Tests` referencing `App.BusinessLogic` and `App.Web`, whose
    controllers some tests build): that project tests the library, so every service
    referencing it itself (`App.Web.Api`) is tested too. Only a reference the project is
    named after exactly says so; one reached through others (a model library every project
    reaches) does not. Nor does a foundation library other libraries of the build reference
    (`App.Core`, the helpers the data layer, the models and every host build on): its tests
    test those helpers, not the logic of a service referencing it beside the rest (a proxy
    host with no test project of its own)."""
    names = {n for s in services for n in module_names(s, language)}
    libraries = [
        other
        for other in ordered
        if other is not unit
        and other not in services
        and not _tests_only(other, language)
    ]
    subject = {
        w
        for w in module_uses(unit, language) - names
        if any(_named_after(t, {w}, exact=True) for t in module_names(unit, language))
        and not any(w in module_uses(other, language) for other in libraries)
    }
    if not subject:
        return []
    return [s for s in services if module_uses(s, language) & subject]


def _tests_only(unit: Unit, language: str) -> bool:
    """Whether `unit` is a test project (.NET: all it references is for tests)."""
    return any(r.tests_only for _, e, r in unit.manifests if e == language)


def _named_after(test: str, services: set[str], exact: bool = False) -> bool:
    """Whether the test project `test` (`Ordering.FunctionalTests`) is named after one of
    `services` (`Ordering.API`): the name without its last, test-naming part starts theirs
    (is theirs, when `exact`). Compared regardless of case, as MSBuild names projects on
    Windows: a solution may spell one project `Acme.APP.Jobs` beside `Acme.App.Api`, and
    `Acme.App.Testing` is named after both."""
    stem, _, last = test.rpartition(".")
    if not stem or "test" not in last.lower():
        return False
    stem = stem.lower()
    return any(
        name.lower() == stem or (not exact and name.lower().startswith(stem + "."))
        for name in services
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


def nearest(unit: Unit, services: list[Unit]) -> list[Unit]:
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

