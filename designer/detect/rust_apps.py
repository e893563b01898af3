"""Which crates of a Rust workspace are applications: the binary that starts a server crate
stands for it; a library, a desktop app's embedded server or a tool depending on the
application is none."""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.ecosystems.rust import RUNTIME
from designer.detect.nonservices import is_desktop, module_names, module_uses
from designer.detect.signals import Strength
from designer.model.stack import FindingKind


def _is_main(path: str) -> bool:
    """Whether a file is a binary's `main.rs` itself: the whole file name, since a library's
    module may end in the same letters (`domain.rs` holding its routers)."""
    return path.rsplit("/", 1)[-1] == "main.rs"


def _has_main(unit: Unit) -> bool:
    """Whether a Rust crate's framework is started from a binary (`src/main.rs`, `src/bin/`)."""
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.strength is Strength.ENTRY
        and (_is_main(s.evidence.path) or "/bin/" in s.evidence.path)
        for s in unit.signals.get("rust", [])
    )



def _runs_runtime(unit: Unit) -> bool:
    """Whether a Rust crate's own binary starts the async runtime (`#[tokio::main]`): its
    binary serves (`server::run().await`), whoever else depends on the crate. The finding is
    only ever a binary's: the rule reads files named `main.rs`, and `rust_bin_runtimes` the
    crate's `src/bin/` and `[[bin]]` files."""
    return any(
        s.kind is FindingKind.SERVER and s.name == RUNTIME for s in unit.signals.get("rust", [])
    )



def started_by_binaries(
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
    keeps its crate the application, whatever tool depends on it. When no binary depending on
    the server crate starts the runtime, the one binary that does and reaches the crate through
    the workspace's libraries runs it (a thin `main` calling a command-line crate whose `server`
    command starts it), not a tool depending on it directly. A library another service crate
    uses is left to `rust_applications`; the crates put aside are added to `hosted`."""
    binaries = [
        u for u in units.values() if eco.get(u.folder) == "rust" and u.binary and u not in services
    ]
    crates = [u for u in units.values() if eco.get(u.folder) == "rust"]
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
        if len(hosts) > 1:
            # Of several binaries depending on it, the one starting the async runtime runs it;
            # the others print what it declares (a codegen binary writing its GraphQL schema).
            # Not a program serving only operators (`Unit.no_web`: an operator's admission
            # webhook), which uses the crate for something else than its server.
            hosts = [b for b in hosts if _runs_runtime(b) and not b.no_web] or hosts
        if not own and not any(_runs_runtime(b) for b in hosts):
            # No binary depending on it starts the runtime (a tool printing the OpenAPI document
            # of its routes, or none at all): the program is the one binary that starts it and
            # reaches the crate through the workspace's libraries (a thin `main` calling a
            # command-line crate whose `server` command runs it).
            far = [
                b
                for b in binaries
                if unit.folder in _reached(b, crates) and _runs_runtime(b) and not b.no_web
            ]
            hosts = far if len(far) == 1 else hosts
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



def _reached(app: Unit, crates: list[Unit]) -> set[str]:
    """The folders of the workspace crates `app` depends on, directly or through each other."""
    by_name = {name: c for c in crates for name in module_names(c, "rust")}
    seen: set[str] = {app.folder}
    queue = [app]
    while queue:
        for name in module_uses(queue.pop(), "rust"):
            crate = by_name.get(name)
            if crate is not None and crate.folder not in seen:
                seen.add(crate.folder)
                queue.append(crate)
    return seen - {app.folder}


def rust_applications(
    services: list[Unit], units: dict[str, Unit], eco: dict[str, str], hosted: list[Unit]
) -> list[Unit]:
    """Drop Rust crates that are no application: a desktop app's embedded server (Tauri),
    and a library crate another service crate (or a server crate a binary now stands for,
    `hosted`) depends on whose framework code is not started from a binary of its own (a
    `routes` crate with a metrics server, used by `server`). So is a library crate with no
    binary that a service's binary reaches through other crates of the workspace (the
    program depends on an `api` crate that depends on `api-http` and `api-grpc`): the
    program serves their routers. Nor is a crate that depends on the application (a crate
    whose binary starts the framework, or the async runtime before calling its library's
    server) without starting one or the async runtime itself, nor shipping: the
    application's OpenAPI generator, its test harness; and such a tool depending on the
    application does not make the application its library."""
    rust = [u for u in services if eco[u.folder] == "rust"] + hosted
    crates = [u for u in units.values() if eco.get(u.folder) == "rust"]
    programs = [u for u in rust if u.binary and (_has_main(u) or _runs_runtime(u))]
    started = [u for u in rust if _has_main(u) or u in programs]
    lent = {folder for app in programs for folder in _reached(app, crates)}

    def tool(unit: Unit) -> bool:
        uses = module_uses(unit, "rust")
        return not (_has_main(unit) or _runs_runtime(unit) or unit.deployable) and any(
            module_names(app, "rust") & uses for app in started if app is not unit
        )

    # A program found to serve only operators (`Unit.no_web`: probes, an admission webhook)
    # is still a program: a library crate it depends on is its part, as a service's would be.
    users = rust + [u for u in crates if u.no_web and u not in rust]
    tools = [u for u in rust if tool(u)]

    def library(unit: Unit) -> bool:
        if _has_main(unit):
            return False
        names = module_names(unit, "rust")
        # A tool (the integration tests' crate, whose lib holds their fixtures and mock
        # servers) depending on a program's crate only drives it.
        drivers = tools if unit in programs else []
        used = any(
            names & module_uses(other, "rust")
            for other in users
            if other is not unit and other not in drivers
        )
        return used or (
            unit.folder in lent
            and not (unit.binary or unit.deployable or _runs_runtime(unit))
        )

    return [
        u
        for u in services
        if eco[u.folder] != "rust" or not (is_desktop(u) or library(u) or tool(u))
    ]



def declares(unit: Unit, language: str) -> bool:
    """Whether the folder's manifests depend on a framework at run time."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
        for s in unit.signals.get(language, [])
    )

