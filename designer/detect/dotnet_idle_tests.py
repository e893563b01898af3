""".NET: a test project that tests no program of the tree.

A test project referencing no project is taken to test the nearest services
(`build_modules.tested_services`): a functional suite calls a deployed service over HTTP and
needs no reference. But a solution may also keep a test project whose one test runs a tool
the team ships as a package (a quality-gate runner scanning the service's sources and
reporting back: `SonarGate.RunAsync(new() { ProjectKey = …, ScanCsprojRelativePath = … })`):
it names nothing of the services and calls none of them, so its framework is not the one the
services are tested with.

So a .NET test project referencing no project of the tree, whose own C# files name no
namespace any other project of the tree declares (read with comments and strings blanked: a
path naming the service's folder is no namespace) and make no call a functional suite makes
(an HTTP client, a test host, a browser driver, a URL literal), loses its test-framework
signals: it tests nothing of the tree. A project too large to read whole,
or any file unread, keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from designer.detect.assemble import Unit
from designer.detect.dotnet_registrations import _blank
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import module_uses
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_NAMESPACE = re.compile(r"^[ \t]*namespace[ \t]+([\w.]+)", re.M)

_CALLS_OUT = re.compile(
    r"\b(?:HttpClient|HttpRequestMessage|WebApplicationFactory|TestServer|Playwright|IPage"
    r"|IWebDriver|WebDriver|RestClient|Flurl|GrpcChannel|HubConnection|Process)\b"
    r"|[\"'](?:https?|wss?)://"
)
"""What a suite testing a program from outside uses: an HTTP, gRPC or SignalR client, an
in-memory test host, a browser driver, a started process, a URL."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Drop the test-framework signals of each .NET test project that tests nothing of the
    tree."""
    tree: set[str] | None = None
    for unit in units.values():
        if not _tests_only(unit) or module_uses(unit, LANGUAGE):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.TEST for s in signals):
            continue
        texts = _texts(top, unit, units)
        if not texts or any(_CALLS_OUT.search(t) for t in texts):
            continue
        if tree is None:
            tree = _tree_namespaces(top, units)
        # A string naming the service's folder (the path a gate scans) names no namespace.
        if tree is None or any(_names_any(_blank(t), tree) for t in texts):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if s.kind is not FindingKind.TEST]


def _tests_only(unit: Unit) -> bool:
    return any(r.tests_only for _, e, r in unit.manifests if e == LANGUAGE)


TREE_FILES = 5000
"""C# files read per project of the tree at most, for the namespaces it declares."""


def _texts(
    top: str, unit: Unit, units: dict[str, Unit], limit: int | None = None
) -> list[str] | None:
    """The project's own C# files, comments blanked; None when one cannot be read."""
    texts: list[str] = []
    paths = own_sources(top, unit, units) if limit is None else own_sources(top, unit, units, limit)
    for path in paths:
        text = read_text(top, path)[0]
        if text is None:
            return None
        texts.append(blank_comments(text))
    return texts


def _tree_namespaces(top: str, units: dict[str, Unit]) -> set[str] | None:
    """The namespaces the tree's other .NET projects (not test projects) declare; None when
    one cannot be read whole."""
    found: set[str] = set()
    for unit in units.values():
        if not any(e == LANGUAGE for _, e, _ in unit.manifests) or _tests_only(unit):
            continue
        texts = _texts(top, unit, units, TREE_FILES)
        if texts is None:
            return None
        for text in texts:
            found.update(_NAMESPACE.findall(text))
    return found


def _names_any(text: str, namespaces: Iterable[str]) -> bool:
    """Whether `text` names one of `namespaces` (imported, or a type written in full)."""
    return any(re.search(r"(?<![\w.])" + re.escape(n) + r"\b", text) for n in namespaces)
