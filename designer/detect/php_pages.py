"""PHP applications that render their pages with Twig over another service's API: the server
of a UI.

A Slim, Symfony or Mezzio application may render server-side pages for a browser: it installs
Twig (`twig/twig`, Symfony's `symfony/twig-bundle`, `slim/twig-view`, Mezzio's
`mezzio/mezzio-twigrenderer`), builds its scripts and style sheets with a package.json of its
own, and fetches what its pages show through an HTTP client (Guzzle, Symfony's HttpClient,
HTTPlug, or the API client package of its own repository that requires one). With data of its
own (Doctrine, a driver, a store it opens) it is a classic web application and a backend;
without (a DynamoDB table it only reads is another program's), it is a front end over the
product's APIs, a UI (`nonservices.ui_only`, which weighs
the data of the packages it uses), as an Express or Flask server rendering its templates is
(`view_servers`). All three halves are needed: Twig alone may render an API's mails, an HTTP
client alone serves a gateway or a relay, and an API of the same repository requiring the
same client package but no Twig (a JSON API over the product's backend) stays a backend.
A Symfony application whose assets are built elsewhere (a front end beside its API, its
sessions in Redis) shows its pages another way: Symfony is its one framework, it requires
Twig and an HTTP client itself, and nothing in its findings is a data layer, an engine or a
migration tool (a cache is its sessions' store, UI state).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.nonservices import DATA_KINDS, module_names, module_uses
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "php"

RENDERERS = frozenset(
    {
        "twig/twig",
        "symfony/twig-bundle",
        "symfony/twig-pack",
        "slim/twig-view",
        "mezzio/mezzio-twigrenderer",
        "mezzio/mezzio-laminasviewrenderer",
        "mezzio/mezzio-platesrenderer",
    }
)
"""Composer packages of the template engines a PHP application renders its pages with."""

HTTP_CLIENTS = frozenset(
    {
        "guzzlehttp/guzzle",
        "symfony/http-client",
        "php-http/curl-client",
        "php-http/guzzle7-adapter",
        "php-http/discovery",
        "kriswallsmith/buzz",
    }
)
"""Composer packages of the HTTP clients a front end fetches its pages' data with."""

STORE_SDKS = frozenset(
    {
        "async-aws/dynamo-db",
        "google/cloud-firestore",
        "google/cloud-datastore",
        "mongodb/mongodb",
    }
)
"""Composer packages of the SDKs of stores an application may open and write with no data
layer the detector names (DynamoDB through the AWS SDK, an admin front's banner messages): a
front requiring one is left a backend. The AWS SDK (`aws/aws-sdk-php`) counts as one only where
the application's code opens DynamoDB with it (`_DYNAMODB`) and writes to it (`_writes`): a front
handing uploads to S3 or writing its logs to CloudWatch keeps no data of its own, nor does one
reading the banner message an admin application writes."""

_DYNAMODB = re.compile(r"\bAws\\DynamoDb\\")
"""The AWS SDK's DynamoDB namespace, imported or named in a PHP file."""

_WRITES = re.compile(
    r"->[ \t]*(?:putItem|updateItem|deleteItem|batchWriteItem|transactWriteItems)(?:Async)?"
    r"[ \t]*\("
)
"""A DynamoDB client's writing call (`$this->client->putItem([...])`)."""

_READS = re.compile(r"->[ \t]*(?:getItem|query|scan|batchGetItem)(?:Async)?[ \t]*\(")
"""A DynamoDB client's reading call (`$this->client->getItem([...])`): the code shows how it
uses the store."""

_FUNCTION = re.compile(r"\bfunction[ \t]+(\w+)[ \t]*\(")
"""A PHP function or method declared, by name."""

MAX_STORE_FILES = 2000
"""PHP files under src/ and config/ read at most for the DynamoDB question."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the PHP applications whose own composer.json requires a
    template engine and an HTTP client (itself or through a package of the repository it
    requires) and no store's SDK, that build browser assets with a package.json of their
    own or are data-less Symfony fronts (above)."""
    for unit in units.values():
        if not any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])):
            continue
        uses = module_uses(unit, LANGUAGE)
        if uses.isdisjoint(RENDERERS):
            continue
        if _opens_a_store(top, unit, uses):
            continue
        if _symfony_front(unit, uses):
            unit.renders_pages = True
            continue
        if not _builds_assets(unit):
            continue
        lenders = [
            u
            for u in units.values()
            if u is not unit and module_names(u, LANGUAGE) & uses
        ]
        if uses & HTTP_CLIENTS or any(module_uses(u, LANGUAGE) & HTTP_CLIENTS for u in lenders):
            unit.renders_pages = True


def _builds_assets(unit: Unit) -> bool:
    """Whether the folder holds a package.json of its own: the scripts and style sheets its
    pages load."""
    return any(
        e == "node" and (posixpath.dirname(path) or ".") == unit.folder
        for path, e, _ in unit.manifests
    )


def _symfony_front(unit: Unit, uses: set[str]) -> bool:
    """Whether the unit is a Symfony application alone that requires an HTTP client itself and
    whose findings, in any language, hold no data layer, engine or migration tool but a cache."""
    named = {s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK}
    if named != {"Symfony"} or uses.isdisjoint(HTTP_CLIENTS):
        return False
    return not any(
        s.kind in DATA_KINDS - {FindingKind.CACHE} and s.strength is not Strength.DEV
        for found in unit.signals.values()
        for s in found
    )


def _opens_a_store(top: str, unit: Unit, uses: set[str]) -> bool:
    """Whether the unit requires a store's SDK, or the AWS SDK with code of its own opening
    DynamoDB and writing to it (its PHP files under src/ and config/, up to
    `MAX_STORE_FILES`). A front whose code opens DynamoDB only to read it (the banner message
    an admin application writes: `getItem` called, no write that runs) keeps no data of its
    own: its DynamoDB findings are dropped (HELDOUT.md: only reading a store another program
    writes is no data of its own). A client the code neither reads nor writes with is handed
    to what it does not show, and still counts as a store."""
    if uses & STORE_SDKS:
        return True
    if "aws/aws-sdk-php" not in uses:
        return False
    texts: list[str] = []
    whole = True
    base = "" if unit.folder == "." else unit.folder + "/"
    for sub in ("src", "config"):
        for path in code_files(top, base + sub, (".php",), MAX_STORE_FILES):
            if path is None:
                whole = False
                break
            texts.append(read_text(top, path)[0] or "")
    if not any(_DYNAMODB.search(text) for text in texts):
        return False
    if not whole or _writes(texts):
        return True  # code too large to read whole may write anywhere
    if not any(_READS.search(text) for text in texts):
        return True  # a client handed to what this code does not show (a session handler)
    for found in unit.signals.values():
        found[:] = [
            s for s in found if not (s.kind is FindingKind.DATABASE and s.name == "DynamoDB")
        ]
    return False


def _writes(texts: list[str]) -> bool:
    """Whether the code makes a DynamoDB write that runs: a writing call outside any function,
    or inside a method some code calls (`$this->cache->setItem(...)` reaching the adapter's
    `putItem`). An adapter's writing methods that no code of the application calls (a
    key/value adapter ported whole from the admin application, the front using its
    `getItem` alone) write nothing."""
    writers: set[str] = set()
    for text in texts:
        for call in _WRITES.finditer(text):
            declared = list(_FUNCTION.finditer(text, 0, call.start()))
            if not declared:
                return True
            writers.add(declared[-1].group(1))
    if not writers:
        return False
    called = re.compile(
        r"(?:->|::)[ \t]*(" + "|".join(map(re.escape, sorted(writers))) + r")[ \t]*\("
    )
    return any(called.search(text) for text in texts)
