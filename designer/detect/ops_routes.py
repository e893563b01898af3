"""Rust programs whose only HTTP routes are operational.

A relay, proxy or packet-forwarding daemon written in Rust often starts a small Axum or
Actix router beside its real work: a health probe, a metrics scrape, a knob that reloads its
log filter; a Kubernetes controller (kube-rs) serves its admission webhook to the cluster's API
server. That router serves operators, not clients; with no data layer of its own, the
program is no backend. Telling so needs every route the crate declares, so the crate's own
`src/` is read whole (a large crate is left alone), and any way of adding routes whose paths
cannot be read here (merging another router, a service or configure callback, a scope built
elsewhere) leaves the crate a backend.

A deployment hook is the same: a server whose one route, called by a CI pipeline with the
tag it built, runs `docker compose up -d` (or `kubectl apply`, `helm upgrade`) on the host.
It serves the operator's pipeline, not clients, and keeps no data.

A worker reading a store another program writes keeps no data of its own either (HELDOUT.md's
terms): a notification worker whose crate holds the engine's SDK client (`aws-sdk-dynamodb`)
only to look up the subscriptions the API stored, through a shared storage crate's getters
(`self.subscription_storage.get_all_by_topic(…)`). A crate whose findings show an engine but
no data layer, query layer or migrations, whose sources call the store (a receiver named as
one: `…storage`, `…store`, `…repo`, `…table`, `…db`) only to read and make no write of the
engine's SDK (`put_item`, `update_item`, …), is weighed as one with no data.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.probes import OPERATOR_PATH
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ROUTE = re.compile(
    r"""\.(?:route|nest|route_service|nest_service)\(\s*"([^"]*)"|"""
    r"""\bweb::(?:resource|scope)\(\s*"([^"]*)"|"""
    r"""#\[(?:get|post|put|patch|delete|head|options|route)\(\s*"([^"]*)\""""
)
"""A route's path as Axum (`.route("/p", …)`, `.nest`) or Actix (`web::resource`, `web::scope`,
`#[get("/p")]`) declares it."""

_MOUNTED = r"\.(?:merge|service|configure|fallback_service|mount)\(|#\[oai\("
"""Routes added from elsewhere: another router merged in, Actix services and configure
callbacks, Rocket mounts, Poem OpenAPI handlers."""

_MOUNTS = re.compile(_MOUNTED)

_LOCAL_MERGE = re.compile(r"\.merge\(\s*(?:(?:crate|self|super)::)*(\w+)::\w+\(\s*\)\s*\)")
"""A router merged in from a module of the crate itself (`.merge(metrics::router())`): its
routes are in the `src/` read whole, so the merge hides nothing."""

_ROOT_PROBE = re.compile(
    r"""\.route\(\s*"/"\s*,\s*(?:axum::routing::)?(?:get|any)\(\s*"""
    r"""\w*(?:health|ready|readiness|live|liveness|ping)\w*\s*\)"""
)
"""A root route answered by a health handler (`.route("/", get(health))`): the probe of a
program whose only port is its operators'."""
"""Any of those, searched for alone (a deployment hook reads Warp's paths itself)."""

_OPAQUE = re.compile(
    _MOUNTED + r"""|\bwarp::(?:any|fs)\b|\bwarp::path\b(?!!?\(\s*")|\bpath!\((?!\s*")"""
)
"""Routes added without a path literal `_ROUTE` or `_WARP_ROUTE` reads: those mounted from
elsewhere, and Warp filters matching any path (`warp::any()`, `warp::fs::dir`,
`warp::path::end()`, `warp::path::param()`) or whose first segment is not a literal."""

_WARP_ROUTE = re.compile(r'(?:\bwarp::path\(|\bpath!\()\s*"([^"]*)"')
"""A Warp filter's first path segment (`warp::path!("update" / String)`, `warp::path("x")`)."""

_DEPLOY = re.compile(
    r"""\bCommand::new\(\s*"(?:"""
    r"""(?:docker|podman)"\s*\)[^;]*?"(?:compose|stack|service)"[^;]*?"(?:up|deploy|update)"|"""
    r"""(?:docker|podman)-compose"\s*\)[^;]*?"up"|"""
    r"""kubectl"\s*\)[^;]*?"(?:apply|rollout)"|"""
    r"""helm"\s*\)[^;]*?"upgrade")"""
)
"""A process the program starts to (re)deploy a stack: `docker compose up`, `docker stack
deploy`, `kubectl apply` or `rollout`, `helm upgrade`."""

MAX_HOOK_ROUTES = 2
"""Routes a deployment hook declares besides operators' paths, at most."""

_WEB = re.compile(r"\b(?:axum|actix_web|warp|rocket|poem|salvo|tide)::")
"""A file written against a web framework: only there does a merge or service call add routes
(a `.merge(` elsewhere joins log handles or sets); routes are read from every file."""

_ADMISSION = re.compile(r"/(?:mutate|validate)(?:[-/][\w-]+)*/?")
"""An admission webhook's path (`/mutate`, `/validate-pods`): the Kubernetes API server calls
it while admitting an object, no client does."""

_KUBE = re.compile(r"^\s*use\s+kube(?:_runtime)?::", re.MULTILINE)
"""A Kubernetes controller's code (kube-rs): only there is `/mutate` an admission webhook."""

MAX_FILES = 60
"""Rust sources read per crate at most: a larger crate is left alone."""

_STORE_CALL = re.compile(
    r"\b\w*(?:storage|store|repo|repository|table|db)\s*(?:\?\s*)?\.\s*(\w+)"
    r"\s*(?:::<[^>]*>)?\s*\(",
    re.IGNORECASE,
)
"""A call on a receiver named as a store (`self.subscription_storage\n.get_all_by_topic(`):
the method called."""

_READ = re.compile(r"(?:get|find|list|query|scan|read|load|fetch|count|exists|batch_get)\w*")
"""A store method that only reads."""

_SDK_WRITE = re.compile(
    r"\.(?:put_item|update_item|delete_item|batch_write_item|transact_write_items|"
    r"execute_statement|batch_execute_statement|put_object|delete_object)\s*\("
)
"""A write the engine's SDK makes itself (DynamoDB's items, PartiQL statements, S3 objects)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Rust crates with no data layer or engine whose routes, read
    from their whole `src/`, are all operational."""
    for unit in units.values():
        signals = unit.signals.get("rust", [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        paths = all_code_files(top, posixpath.join(unit.folder, "src"), (".rs",), MAX_FILES)
        if shows_own_data(unit) and not (paths and _reads_only(top, unit, paths)):
            continue
        if paths and (operational_only(top, paths) or _deploy_hook(top, paths)):
            unit.no_web = True


def operational_only(top: str, paths: list[str]) -> bool:
    """Whether the sources declare at least one route, every one operational, and none the
    reading cannot follow."""
    routes: list[str] = []
    controller = False
    modules = {_module_name(path) for path in paths}
    for path in paths:
        text = read_text(top, path)[0] or ""
        followed = _LOCAL_MERGE.sub(lambda m: "" if m.group(1) in modules else m.group(0), text)
        if _WEB.search(text) and _OPAQUE.search(followed):
            return False
        probes = len(_ROOT_PROBE.findall(text))
        # A Warp filter's path is read by its first segment (`warp::path!("health")`).
        warp = ["/" + segment for segment in _WARP_ROUTE.findall(text)]
        for route in ["".join(groups) for groups in _ROUTE.findall(text)] + warp:
            if route == "/" and probes:
                probes -= 1
                route = "/health"
            routes.append(route)
        controller = controller or bool(_KUBE.search(text))
    return bool(routes) and all(
        OPERATOR_PATH.fullmatch(route) or (controller and _ADMISSION.fullmatch(route))
        for route in routes
    )


def _reads_only(top: str, unit: Unit, paths: list[str]) -> bool:
    """Whether the crate's data is only an engine it reads: no data layer, query layer or
    migrations among its findings, at least one call on a store, every one a read, and no
    write of the engine's SDK in its sources."""
    if any(
        s.kind in (FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS)
        for signals in unit.signals.values()
        for s in signals
    ):
        return False
    methods: list[str] = []
    for path in paths:
        text = read_text(top, path)[0] or ""
        if _SDK_WRITE.search(text):
            return False
        methods += _STORE_CALL.findall(text)
    return bool(methods) and all(_READ.fullmatch(method) for method in methods)


def _module_name(path: str) -> str:
    """The name a Rust source file is a module under (`src/metrics.rs`, `src/metrics/mod.rs`)."""
    folder, _, name = path.rpartition("/")
    stem = name.removesuffix(".rs")
    return folder.rpartition("/")[2] if stem == "mod" else stem


def _deploy_hook(top: str, paths: list[str]) -> bool:
    """Whether the sources are a deployment hook: a server whose one or two routes (besides
    operators' probes) start the command that redeploys a stack (`docker compose up -d` with
    the tag a CI posts). It serves the operator's pipeline, no client; routes mounted from
    elsewhere leave it a backend."""
    routes: list[str] = []
    deploys = False
    for path in paths:
        text = read_text(top, path)[0] or ""
        if _WEB.search(text) and _MOUNTS.search(text):
            return False
        deploys = deploys or bool(_DEPLOY.search(text))
        routes += ["".join(groups) for groups in _ROUTE.findall(text)]
        routes += ["/" + segment for segment in _WARP_ROUTE.findall(text)]
    served = [route for route in routes if not OPERATOR_PATH.fullmatch(route)]
    return deploys and 0 < len(served) <= MAX_HOOK_ROUTES
