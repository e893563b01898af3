"""Go programs whose only HTTP routes are operational.

A message consumer written in Go (a RabbitMQ or Kafka worker that sends the e-mails other
services queue) often starts the router its sibling services use (Chi, Gin, Echo) only to
answer its orchestrator: a health route, perhaps under the service's own prefix
(`/messages/health`), and the Swagger page describing it. That router serves operators, not
clients; with no data layer of its own, the program is no backend (rule.md: workers with no data
whose only routes serve operators). Telling so needs every route the module declares, so its
own Go code is read whole (a large module is left alone); a route whose path is neither a
literal nor a constant of the module, a handler mounted from generated code, or a route whose
path serves anything else leaves the module a backend.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.probes import OPERATOR_PATH
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

_ROUTE = re.compile(
    r"\.(?P<call>Get|Post|Put|Patch|Delete|Head|Options|Connect|Trace|Handle|HandleFunc|Route"
    r"|Mount|Group|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any|PathPrefix|Path|Method|MethodFunc"
    r"|Add|Match)\(\s*(?P<arg>\"[^\"\n]*\"|`[^`\n]*`|[A-Za-z_][\w.]*)"
    r"(?:\s*,\s*(?P<second>\"[^\"\n]*\"|[A-Za-z_][\w.]*))?"
)
"""A route as Go's routers declare it (`r.Get("/p", h)`, `r.Route(routes.Health, func…)`, Gin's
`g.GET`, gorilla/mux's `HandleFunc` and `PathPrefix`, Chi's `Method("GET", "/p", h)`): its
first argument, and its second for the calls naming the method first. Other calls of these
names (`headers.Get(key)`, a mock's `Get(0)`) read as routes whose path is unknown: they keep
the module a backend, never the other way round."""

_METHOD_FIRST = frozenset({"Method", "MethodFunc", "Add", "Match", "Handle"})
"""Calls that may name the HTTP method before the path (Chi's `Method`, Echo's `Add`, Gin's
`Handle("GET", "/p", h)`)."""

_HTTP_METHOD = re.compile(r'"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"|http\.Method\w+')

_GROUPS = frozenset({"Route", "Group", "Mount", "PathPrefix"})
"""Calls opening a group whose own routes are written relative to it (`"/"` inside
`r.Route("/messages/health", …)`)."""

_CONST = re.compile(
    r"^[ \t]*(?:(?:const|var)\s+)?([A-Za-z_]\w*)\s*(?:string\s*)?=\s*\"([^\"\n]*)\"", re.M
)
"""A string constant of the module (`HealthHandler = "/messages/health"` in a `const` block). Its
leading blanks stay on the line: from every line start they ran over all the blank lines below."""

_OPAQUE = re.compile(
    r"\bHandlerFrom\w*\(|\bHandlerWith\w*\(|\bRegisterHandlers\w*\(|\bRegister\w+Handler\w*\("
    r"|\bNewStrictHandler\w*\(|\bhuma\.|\bgoa\.|\bconnect\.New\w+Handler\("
)
"""Routes added by generated code whose paths this reading cannot see: oapi-codegen's
`HandlerFromMux` and `RegisterHandlers`, grpc-gateway's `RegisterXHandlerServer`, Huma, Goa,
Connect."""

_PROBE_PATH = re.compile(
    r"(?:/[\w-]+)*/_?(?:health(?:z|check)?|ready(?:z|ness)?|readiness|live(?:z|ness)?|ping|metrics)/?"
)
"""A probe or a metrics scrape under a service's own prefix (`/messages/health`,
`/api/v1/healthz`): an orchestrator's path whatever precedes it. Only these words: a prefixed
`/info` or `/status` may be a client's resource."""

_DOCS_PATH = re.compile(r"/(?:swagger|docs?|api-docs|openapi)(?:/[\w*.{}-]*)*/?")
"""The Swagger page describing the routes: documentation of the others, no route of its own."""

MAX_FILES = 150
"""Go sources read per module at most: a larger module is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Go modules with no data of their own whose routes, read from
    their whole code, are all operational."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals) or shows_own_data(unit):
            continue
        paths = all_code_files(
            top, unit.folder, (".go",), MAX_FILES, skip_dir=lambda d: d in {"vendor", "testdata"}
        )
        if paths and operational_only(
            [read_text(top, p)[0] or "" for p in paths if not p.endswith("_test.go")]
        ):
            unit.no_web = True


def operational_only(texts: list[str]) -> bool:
    """Whether the Go sources `texts` declare at least one route, every one an operator's (or
    the Swagger page), none added by generated code, and a group's root (`"/"`) only where
    that file opens a group."""
    if any(_OPAQUE.search(text) for text in texts):
        return False
    constants: dict[str, set[str]] = {}
    for text in texts:
        for name, value in _CONST.findall(text):
            constants.setdefault(name, set()).add(value)
    served = 0
    for text in texts:
        routes = list(_ROUTE.finditer(text))
        grouped = any(m.group("call") in _GROUPS for m in routes)
        for found in routes:
            arg = found.group("arg")
            if found.group("call") in _METHOD_FIRST and _HTTP_METHOD.fullmatch(arg):
                arg = found.group("second") or ""
            values = _values(arg, constants)
            if values is None:
                return False
            for value in values:
                if value in ("", "/"):
                    if not grouped:
                        return False
                    continue
                if not (
                    OPERATOR_PATH.fullmatch(value)
                    or _PROBE_PATH.fullmatch(value)
                    or _DOCS_PATH.fullmatch(value)
                ):
                    return False
                served += 1
    return served > 0


def _values(arg: str, constants: dict[str, set[str]]) -> set[str] | None:
    """The paths an argument may hold: a literal's text, a constant's values (by its last
    name, `routes.HealthHandler`), or None when it is neither."""
    if arg[:1] in '"`':
        return {arg[1:-1]}
    known = constants.get(arg.rsplit(".", 1)[-1])
    return set(known) if known else None
