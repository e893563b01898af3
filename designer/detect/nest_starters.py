"""NestJS applications still the generator's starter: a hello route and handlers taking nothing.

`nest new` writes an `AppController` whose `@Get()` returns `AppService.getHello()`, the string
"Hello World!". Real services often keep that pair beside their own controllers, so the pair
alone says nothing. A project that kept it, keeps no data, and whose every other handler takes
nothing from its request (no `@Body`, `@Param`, `@Query`, `@Headers`, `@Req`, no uploaded file,
no websocket message it reads), with no client to reach another service (axios, fetch
libraries, Nest's microservice or GraphQL modules), can only answer constants: a starter begun
and left, say a websocket relay whose one extra route broadcasts a fixed placeholder. Nothing
of the product can use it, so it is a leftover, not a backend.

Only the folder's `src/` is read (tests and specs skipped), and a project with more than a few
dozen source files is no starter.
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

_HELLO_SERVICE = re.compile(
    r"""\bgetHello\s*\(\s*\)\s*(?::\s*string\s*)?\{\s*return\s*(['"`])Hello World!\1"""
)
"""The generated `AppService.getHello()`, returning "Hello World!" as generated."""

_HELLO_ROUTE = re.compile(r"@Get\(\s*\)\s*getHello\s*\(\s*\)")
"""The generated `AppController`'s root route."""

_INPUT = re.compile(
    r"@(?:Body|Param|Query|Headers|Req|Request|UploadedFiles?|Ip|HostParam|Session|"
    r"MessageBody|ConnectedSocket|Payload|Args|Ctx)\s*\("
    r"|@(?:SubscribeMessage|MessagePattern|EventPattern|Resolver|Sse|Render)\s*\("
    r"|\bExecutionContext\b|\bcreateParamDecorator\b"
)
"""A handler taking something from its request or message (parameter decorators, a websocket
message handler, a microservice pattern, a GraphQL resolver), a server-sent stream, a page it
renders, or a decorator of the project's own reading the request."""

_CLIENTS = frozenset(
    {
        "@nestjs/axios",
        "axios",
        "node-fetch",
        "got",
        "undici",
        "superagent",
        "ky",
        "@nestjs/microservices",
        "@nestjs/graphql",
        "@nestjs/bull",
        "@nestjs/bullmq",
        "@nestjs/schedule",
        "@nestjs/serve-static",
        "http-proxy-middleware",
    }
)
"""Dependencies by which a project reaches other services, consumes or schedules work, or hands
out files: anything a starter does not do."""

_SOURCE_ENDINGS = (".ts", ".js", ".mts", ".mjs")
_TEST_MARKS = (".spec.", ".test.", ".e2e-spec.")
_MAX_SOURCES = 40
"""More source files than this make a project, not a starter."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the NestJS projects keeping no data whose code is the generator's
    hello and handlers taking nothing, with no client of another service."""
    for unit in units.values():
        if main_ecosystem(unit) != "node" or not _nest(unit):
            continue
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue
        if _has_client(top, unit.folder):
            continue
        sources = _sources(top, unit.folder)
        if sources is None:
            continue
        texts = [read_text(top, path)[0] or "" for path in sources]
        if (
            any(_HELLO_SERVICE.search(t) for t in texts)
            and any(_HELLO_ROUTE.search(t) for t in texts)
            and not any(_INPUT.search(t) for t in texts)
        ):
            unit.unused = True


def _nest(unit: Unit) -> bool:
    """Whether NestJS is a framework of the unit's Node signals."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "NestJS" for s in unit.signals.get("node", [])
    )


def _has_client(top: str, folder: str) -> bool:
    """Whether the folder's package.json depends on a client of other services (or cannot be
    read)."""
    data = package_json(top, folder)
    if data is None:
        return True
    return any(
        isinstance(deps := data.get(key), dict) and bool(_CLIENTS & set(deps))
        for key in ("dependencies", "peerDependencies", "optionalDependencies")
    )


def _sources(top: str, folder: str) -> list[str] | None:
    """The source files under the folder's `src/` (tests and specs left out), or None when
    there are none or too many."""
    source = posixpath.join(folder, "src") if folder != "." else "src"
    base = os.path.join(top, *source.split("/"))
    found: list[str] = []
    for here, folders, names in os.walk(base):
        folders[:] = sorted(f for f in folders if f not in PRUNED and not f.startswith("."))
        relative = os.path.relpath(here, top).replace(os.sep, "/")
        for name in sorted(names):
            if not name.endswith(_SOURCE_ENDINGS) or any(m in name for m in _TEST_MARKS):
                continue
            found.append(f"{relative}/{name}")
            if len(found) > _MAX_SOURCES:
                return None
    return found or None
