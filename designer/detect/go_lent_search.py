"""The search engine a Go service's own library keeps its data in, run by the repository's
Compose file.

A Go service may call no query library itself: its storage is a library of the product's
(required directly, `shared.RunInit(…)`) that speaks to OpenSearch or Elasticsearch through a
search client, which the service's go.mod lists only as `// indirect` (a fork under the
product's owner, perhaps: `github.com/someone/opensearch-go/v4`). An indirect requirement alone
is something a dependency needs, no choice of the service's; but when the repository's Compose
file runs that very engine's image (`opensearchproject/opensearch:3.2.0`) beside the service,
the engine is the deployment's database, and the library lends the service its data layer
(HELDOUT.md: a data layer a library lends the application is the application's). The Compose
database is then the service's engine, at a Compose file's rank.

Only a Go service naming no data of its own otherwise (no data layer, driver, engine or
migrations, nor a setting naming one) is given it, and only a Compose file in its folder or
one above it is read; a program already set aside (`no_web`) is left alone.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit, shows_own_data
from designer.detect.engines import SEARCH_ENGINES
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "go"

_COMPOSE = ("docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml")

_IMAGE = re.compile(
    r"""^[ \t]*image:[ \t]*["']?(?:[\w.:-]+/)*(opensearch|elasticsearch)"""
    r"""(?::v?(\d[\w.-]*))?["']?[ \t]*\r?$""",
    re.MULTILINE,
)
"""A Compose service running a search engine's image (`opensearchproject/opensearch:3.2.0`,
`docker.elastic.co/elasticsearch/elasticsearch:8.15.0`)."""

_ENGINES = {"opensearch": "OpenSearch", "elasticsearch": "Elasticsearch"}


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give the Go services whose only data is a search client required indirectly the engine
    a Compose file of their folder or above runs for it."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.no_web or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if shows_own_data(unit, runtime=True):
            continue
        lent = {
            s.name
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.strength is Strength.DEV
            and s.name in SEARCH_ENGINES
            and s.evidence.path.endswith("go.mod")
        }
        if not lent:
            continue
        found = _compose_engine(top, unit.folder, lent)
        if found is not None:
            engine, version, evidence = found
            unit.signals.setdefault(CONFIG, []).append(
                Signal(
                    FindingKind.DATABASE, engine, Strength.ENTRY, evidence, version,
                    scope=Scope.DEPLOYED, server=True,
                )
            )


def _compose_engine(
    top: str, folder: str, engines: set[str]
) -> tuple[str, str, Evidence] | None:
    """(engine, version, where) of the first of `engines` whose image a Compose file of
    `folder` or a folder above it runs, nearest first."""
    while True:
        for name in _COMPOSE:
            path = name if folder == "." else posixpath.join(folder, name)
            text = read_text(top, path)[0]
            if not text:
                continue
            for match in _IMAGE.finditer(text):
                engine = _ENGINES[match.group(1)]
                if engine in engines:
                    line = text.count("\n", 0, match.start()) + 1
                    evidence = Evidence(path=path, line=line, text=match.group(0).strip())
                    return engine, match.group(2) or "", evidence
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."
