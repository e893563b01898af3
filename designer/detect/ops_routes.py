"""Rust programs whose only HTTP routes are operational.

A relay, proxy or packet-forwarding daemon written in Rust often starts a small Axum or
Actix router beside its real work: a health probe, a metrics scrape, a knob that reloads its
log filter; a Kubernetes controller (kube-rs) serves its admission webhook to the cluster's API
server. That router serves operators, not clients; with no data layer of its own, the
program is no backend. Telling so needs every route the crate declares, so the crate's own
`src/` is read whole (a large crate is left alone), and any way of adding routes whose paths
cannot be read here (merging another router, a service or configure callback, a scope built
elsewhere) leaves the crate a backend.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.probes import OPERATOR_PATH
from designer.detect.signals import OWN_DATA
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ROUTE = re.compile(
    r"""\.(?:route|nest|route_service|nest_service)\(\s*"([^"]*)"|"""
    r"""\bweb::(?:resource|scope)\(\s*"([^"]*)"|"""
    r"""#\[(?:get|post|put|patch|delete|head|options|route)\(\s*"([^"]*)\""""
)
"""A route's path as Axum (`.route("/p", …)`, `.nest`) or Actix (`web::resource`, `web::scope`,
`#[get("/p")]`) declares it."""

_OPAQUE = re.compile(
    r"\.(?:merge|service|configure|fallback_service|mount)\(|\bwarp::path\b|\bpath!\(|"
    r"#\[oai\("
)
"""Routes added without a path literal here: another router merged in, Actix services and
configure callbacks, Rocket mounts, Warp filters, Poem OpenAPI handlers."""

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


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Rust crates with no data layer or engine whose routes, read
    from their whole `src/`, are all operational."""
    for unit in units.values():
        signals = unit.signals.get("rust", [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals) or any(
            s.kind in OWN_DATA for found in unit.signals.values() for s in found
        ):
            continue
        paths = all_code_files(top, posixpath.join(unit.folder, "src"), (".rs",), MAX_FILES)
        if paths and _operational_only(top, paths):
            unit.no_web = True


def _operational_only(top: str, paths: list[str]) -> bool:
    """Whether the sources declare at least one route, every one operational, and none the
    reading cannot follow."""
    routes: list[str] = []
    controller = False
    for path in paths:
        text = read_text(top, path)[0] or ""
        if _WEB.search(text) and _OPAQUE.search(text):
            return False
        routes += ["".join(groups) for groups in _ROUTE.findall(text)]
        controller = controller or bool(_KUBE.search(text))
    return bool(routes) and all(
        OPERATOR_PATH.fullmatch(route) or (controller and _ADMISSION.fullmatch(route))
        for route in routes
    )
