"""Ruby workers whose Sinatra application only reports their own state.

A feeder that indexes another service's records into a search engine (or any daemon doing its
work in threads) may be deployed as a Rack application so that its container keeps running:
its Sinatra class starts the worker threads when it is configured (`Thread.new { indexer.run
}`) and routes nothing but its root, where an operator reads its state (`get "/"`: "Running
every 30 seconds") or pauses it for a migration (`put "/"`). That application serves its
operators, not clients; with no data of its own it is no backend (rule.md: workers with no data
whose only routes serve operators — the program's status, pause and resume).

Telling so needs every route of the project's own Ruby code (its specs left out): at most
`MAX_ROUTES`, each at the root or an operator's path (`probes.OPERATOR_PATH`), and code that
starts a thread. A route elsewhere, a router mounted from another class, or no thread at all
leaves the project as it is (a one-route API stays a backend).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.probes import OPERATOR_PATH
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

_ROUTE = re.compile(
    r"""^[ \t]*(?:get|post|put|patch|delete|head|options)\b(?![ \t]*[=.,)\]])[ \t(]*"""
    r"""(?:(['"])(?P<path>[^'"\n]*)\1|(?P<other>\S+))""",
    re.MULTILINE,
)
"""A Sinatra route (`get "/" do`, `put '/status' do`): its path, or what stands for it (a
pattern, a variable)."""

_MOUNTED = re.compile(r"^[ \t]*(?:use|register|map|mount)\b[ \t]+[A-Z]|\bRack::URLMap\b", re.M)
"""Routes added from elsewhere: a middleware or extension class with routes of its own, a
Rack map of several applications."""

_THREAD = re.compile(r"\bThread\.new\b|\bConcurrent::\w+\.new\b")
"""A thread the program starts for its work."""

MAX_ROUTES = 3
"""Routes a worker's status application declares at most."""

MAX_FILES = 80
"""Ruby files read per project at most: a larger project is left alone."""

_SKIPPED = frozenset({"spec", "test", "tests", "vendor", "features"})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Sinatra projects with no data of their own whose routes, read
    from their whole code, are a few at the root or operators' paths, beside threads they
    start."""
    for unit in units.values():
        frameworks = {
            s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK
        }
        if frameworks != {"Sinatra"} or shows_own_data(unit):
            continue
        paths = all_code_files(
            top, unit.folder, (".rb", ".ru"), MAX_FILES, skip_dir=_SKIPPED.__contains__
        )
        if paths and status_only([read_text(top, p)[0] or "" for p in paths]):
            unit.no_web = True


def status_only(texts: list[str]) -> bool:
    """Whether the Ruby sources `texts` start a thread and route at least one and at most
    `MAX_ROUTES` requests, each at the root or an operator's path, none mounted from
    elsewhere."""
    if not any(_THREAD.search(text) for text in texts):
        return False
    if any(_MOUNTED.search(text) for text in texts):
        return False
    routes = [m for text in texts for m in _ROUTE.finditer(text)]
    if not routes or len(routes) > MAX_ROUTES:
        return False
    return all(
        m.group("path") is not None
        and (m.group("path") == "/" or OPERATOR_PATH.fullmatch(m.group("path")))
        for m in routes
    )
