"""Symfony applications with no data of their own that render Twig pages over an API: a UI.

A product's front end is often a Symfony application beside its API: Twig templates rendered
by controllers (`symfony/twig-bundle`), its forms posted to the API through an HTTP client
(Guzzle, Symfony's HttpClient), its sessions in Redis. With no data layer of its own (no
Doctrine ORM or DBAL, no PDO driver, no migrations: its `doctrine/collections` and
annotations are utilities), it is a server-rendered front of the product's API, as an Express
or Flask project rendering its pages is (`view_servers`): it is marked as rendering pages, and
`nonservices.ui_only` then weighs what the packages it uses lend it (its sessions' cache is UI
state). Only projects whose one framework is Symfony are read.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.nonservices import DATA_KINDS
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "php"

_TEMPLATES = frozenset({"symfony/twig-bundle", "symfony/twig-pack", "twig/twig"})
"""Twig, as a Symfony application installs it to render its pages."""

_HTTP_CLIENTS = frozenset({"guzzlehttp/guzzle", "symfony/http-client"})
"""HTTP clients: what a front end posts its forms and fetches its pages' data with."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on each Symfony application requiring Twig and an HTTP client
    whose findings, in any language, hold no data layer, engine or migration tool (a cache,
    its sessions' store, is UI state)."""
    del top  # the manifests tell
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if named != {"Symfony"}:
            continue
        uses = {
            use.lower() for _, e, r in unit.manifests if e == LANGUAGE for use in r.uses
        }
        if not (uses & _TEMPLATES and uses & _HTTP_CLIENTS):
            continue
        if any(
            s.kind in DATA_KINDS - {FindingKind.CACHE} and s.strength is not Strength.DEV
            for found in unit.signals.values()
            for s in found
        ):
            continue
        unit.renders_pages = True
