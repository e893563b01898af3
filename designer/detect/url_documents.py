"""Python: MongoEngine documents a project queries, from a package installed by URL.

A product's API may take its document classes from a package of the product kept in another
repository, installed by URL (`git+https://…/product-data.git` in requirements.txt). That
package requires MongoEngine and connects it, so no file here names a data layer, while the
API's own code queries the documents the way only MongoEngine's query-set manager is called
(`Deputy.objects(__raw__=params)`, `Alert.objects(email=...).first()`: Django's manager is an
attribute, never called) and its settings configure MongoDB (`MONGODB_SETTINGS`, the
Flask-MongoEngine key, or `MONGO_HOST`, `MONGO_URI`, a `mongodb://` URL). So a Python project
with a framework and no data layer of its own, one of whose requirements installs something by
URL, whose modules (outside tests) call a class's `objects(...)` and configure MongoDB, takes
MongoEngine as its data layer and MongoDB as its engine, with those modules as evidence (as
`url_requirements` lends SQLAlchemy to such a project importing SQLAlchemy's ORM).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module
from designer.detect.signals import Signal, Strength, clip
from designer.detect.url_requirements import candidates
from designer.model.stack import Evidence, FindingKind

_QUERY = re.compile(r"\b[A-Z]\w*\.objects\(")
"""A document class's query-set manager called (`Initiative.objects(reference=ref)`)."""

_MONGO_CONFIG = re.compile(
    r"\bMONGODB_SETTINGS\b|\bMONGO(?:DB)?_(?:HOST|URI|URL|DB|DATABASE)\b|['\"]mongodb(?:\+srv)?://"
)
"""MongoDB configured by the project: the Flask-MongoEngine key, the usual variables, a URL."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give MongoEngine and MongoDB to each Python project with a framework and no data layer
    of its own whose requirements install something by URL and whose modules query
    documents through their `objects(...)` manager and configure MongoDB."""
    for folder, signals, nested in candidates(top, units):
        query = config = None
        for module in each_module(top, folder, nested):
            if module is None:
                return  # too many modules to read: left alone
            path, text = module
            query = query or _evidence(path, text, _QUERY)
            config = config or _evidence(path, text, _MONGO_CONFIG)
            if query and config:
                signals.append(Signal(FindingKind.ORM, "MongoEngine", Strength.ENTRY, query))
                signals.append(Signal(FindingKind.DATABASE, "MongoDB", Strength.ENTRY, config))
                break


def _evidence(path: str, text: str, pattern: re.Pattern[str]) -> Evidence | None:
    """Evidence for the first line of `text` matching `pattern`, if any."""
    found = pattern.search(text)
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    end = text.find("\n", found.start())
    start = text.rfind("\n", 0, found.start()) + 1
    found_line = text[start : end if end != -1 else None]
    return Evidence(path=path, line=line, text=clip(found_line.strip()))
