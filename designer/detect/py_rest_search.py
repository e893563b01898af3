"""The search engine a Python service speaks to over its REST API, with no client library.

Elasticsearch and OpenSearch answer plain HTTP: a service may build its requests itself
(`f'/{alias}/_search'`, `'/_bulk'`, `'/_aliases'`, signed by hand and sent through aiohttp or
requests) and declare no search client at all. Its requirements then name only what it keeps
beside the index (Redis for locks and feed state), and the Redis rule would call that store its
database. Two facts together show the index is the service's data: its own code (not its
tests) names at least `MIN_ENDPOINTS` different endpoints of the search REST API, and a Compose
file of its folder or one above it runs a search engine's image (`opensearchproject/opensearch`,
`elasticsearch`) — the engine the deployment starts for those requests, whose image names which
of the two it is. The engine is then the service's, at a Compose file's rank. With no Compose
file, a setting of its own code named for the engine whose default is a URL on the engines'
port (`Config.define('ELASTIC_SEARCH_BASE_URL', 'http://localhost:9200', …)`) says the same:
the index it builds those requests for, at a development default's rank.

Only a Python service naming no data of its own otherwise (no data layer, driver, engine or
migrations) is given it; a service too large to read within the budget is left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

MAX_FILES = 300
"""Python files of a service read at most: a larger service is left alone."""

MIN_ENDPOINTS = 2
"""Different REST endpoints its code must name: one `/_search` may be a URL it only links to."""

_COMPOSE = ("docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml")

_ENDPOINT = re.compile(
    r"/(_search|_msearch|_bulk|_aliases|_alias|_mappings?|_refresh|_reindex|_count|_scroll"
    r"|_update_by_query|_delete_by_query|_cat/\w+|_cluster/health|_index_template)"
    r"(?![\w/])(?=[^'\"\n]*['\"])"
)
"""A search REST endpoint closing a string's path (`f'/{ALIAS}/_search'`, `'/_bulk'`,
`'/_cat/shards?format=json'`)."""

_IMAGE = re.compile(
    r"""^[ \t]*image:[ \t]*["']?(?:[\w.:-]+/)*(opensearch|elasticsearch)"""
    r"""(?::v?(\d[\w.-]*))?["']?[ \t]*\r?$""",
    re.MULTILINE,
)
"""A Compose service running a search engine's image (`opensearchproject/opensearch:1.2.4`,
`docker.elastic.co/elasticsearch/elasticsearch:8.15.0`)."""

_ENGINES = {"opensearch": "OpenSearch", "elasticsearch": "Elasticsearch"}

_SETTING = re.compile(
    r"""^[^\n#]*?\b[\w]*?(elastic_?search|opensearch)\w*["']?[ \t]*[,:=][ \t]*"""
    r"""["']https?://[\w.-]+:9200/?["']""",
    re.IGNORECASE | re.MULTILINE,
)
"""A setting named for a search engine whose default is a URL on the port both engines listen
on (`'ELASTIC_SEARCH_BASE_URL', 'http://localhost:9200'`, `OPENSEARCH_URL = "http://es:9200"`):
the name says which engine."""

_TEST_DIRS = frozenset({"test", "tests", "testing", "venv", ".venv", "node_modules"})


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give the Python services naming no data of their own, whose code calls a search REST
    API by hand, the search engine a Compose file of their folder or above runs."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.no_web or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if shows_own_data(unit, runtime=True):
            continue
        if not _calls_rest_api(top, unit.folder):
            continue
        found = _compose_engine(top, unit.folder)
        scope = Scope.DEPLOYED
        if found is None:
            found, scope = _setting_engine(top, unit.folder), Scope.FALLBACK
        if found is None:
            continue
        engine, version, evidence = found
        unit.signals.setdefault(CONFIG, []).append(
            Signal(
                FindingKind.DATABASE, engine, Strength.ENTRY, evidence, version,
                scope=scope, server=True,
            )
        )


def _own_files(top: str, folder: str) -> list[str]:
    """The service's own Python files, not its tests (none past the budget)."""
    paths = all_code_files(top, folder, (".py",), MAX_FILES, skip_dir=_TEST_DIRS.__contains__)
    return [
        p
        for p in paths or ()
        if not posixpath.basename(p).startswith("test_") and not p.endswith("_test.py")
    ]


def _setting_engine(top: str, folder: str) -> tuple[str, str, Evidence] | None:
    """(engine, "", where) of the first setting of the service's own code named for a search
    engine whose default is a URL on the engines' port (`_SETTING`)."""
    for path in _own_files(top, folder):
        text = read_text(top, path)[0] or ""
        if ":9200" not in text:
            continue
        match = _SETTING.search(text)
        if match is not None:
            line = text.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=path, line=line, text=match.group(0).strip())
            return _ENGINES[match.group(1).lower().replace("_", "")], "", evidence
    return None


def _calls_rest_api(top: str, folder: str) -> bool:
    """Whether the service's own Python files (not its tests) name `MIN_ENDPOINTS` different
    search REST endpoints."""
    seen: set[str] = set()
    for path in _own_files(top, folder):
        text = read_text(top, path)[0] or ""
        if "/_" not in text:
            continue
        seen.update(match.group(1) for match in _ENDPOINT.finditer(text))
        if len(seen) >= MIN_ENDPOINTS:
            return True
    return False


def _compose_engine(top: str, folder: str) -> tuple[str, str, Evidence] | None:
    """(engine, version, where) of the first search engine image a Compose file of `folder` or
    a folder above it runs, nearest first."""
    while True:
        for name in _COMPOSE:
            path = name if folder == "." else posixpath.join(folder, name)
            text = read_text(top, path)[0]
            if not text:
                continue
            match = _IMAGE.search(text)
            if match is not None:
                line = text.count("\n", 0, match.start()) + 1
                evidence = Evidence(path=path, line=line, text=match.group(0).strip())
                return _ENGINES[match.group(1)], match.group(2) or "", evidence
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."
