"""PHP applications that render their pages with Twig over another service's API: the server
of a UI.

A Slim, Symfony or Mezzio application may render server-side pages for a browser: it installs
Twig (`twig/twig`, Symfony's `symfony/twig-bundle`, `slim/twig-view`, Mezzio's
`mezzio/mezzio-twigrenderer`), builds its scripts and style sheets with a package.json of its
own, and fetches what its pages show through an HTTP client (Guzzle, Symfony's HttpClient,
HTTPlug, or the API client package of its own repository that requires one). With data of its
own (Doctrine, a driver, a store it opens) it is a classic web application and a backend;
without, it is a front end over the product's APIs, a UI (`nonservices.ui_only`, which weighs
the data of the packages it uses), as an Express or Flask server rendering its templates is
(`view_servers`). All three halves are needed: Twig alone may render an API's mails, an HTTP
client alone serves a gateway or a relay, and an API of the same repository requiring the
same client package but no Twig (a JSON API over the product's backend) stays a backend.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.model.stack import FindingKind

LANGUAGE = "php"

RENDERERS = frozenset(
    {
        "twig/twig",
        "symfony/twig-bundle",
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
        "aws/aws-sdk-php",
        "async-aws/dynamo-db",
        "google/cloud-firestore",
        "google/cloud-datastore",
        "mongodb/mongodb",
    }
)
"""Composer packages of the SDKs of stores an application may open and write with no data
layer the detector names (DynamoDB through the AWS SDK, an admin front's banner messages):
telling a front that only reads such a store from one writing it would take reading its code,
so a front requiring one is left a backend."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the PHP applications whose own composer.json requires a
    template engine and an HTTP client (itself or through a package of the repository it
    requires) and no store's SDK, that build browser assets with a package.json of their
    own."""
    del top  # the manifests say it
    for unit in units.values():
        if not any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])):
            continue
        uses = module_uses(unit, LANGUAGE)
        if uses.isdisjoint(RENDERERS) or uses & STORE_SDKS or not _builds_assets(unit):
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
