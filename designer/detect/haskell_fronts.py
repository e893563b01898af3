"""Yesod sites that render their pages over the product's own Servant API: a UI.

A Haskell product may ship its API server (a Servant package keeping data through Persistent)
beside a Yesod site of its own (`<product>-web-server`): the site renders every page from its
Hamlet templates and reaches the data through the API's client package (`servant-client`, the
functions it derives from the API type), keeping at most the API tokens of its sign-ins. With
no data of its own, that site is a front end over the product's API (HELDOUT.md: a
server-rendered front with no data of its own whose pages and forms go to the product's own
APIs is a UI), as a Go, Rust or Express server rendering its templates is (`go_pages`,
`rust_pages`, `view_servers`): it is marked as rendering pages for `nonservices.ui_only`.

All three halves are needed: a Yesod package (a page-rendering framework), its own manifest
depending on `servant-client` (an API client, not a gateway's HTTP client), and another
server of the tree keeping data, the API its pages go to. A site holding a data layer or an
engine of its own is a classic web application and a backend.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "haskell"

_SERVANT_CLIENT = re.compile(r"^[ \t,-]*servant-client(?![\w-])", re.MULTILINE)
"""`servant-client` as a Cabal `build-depends` item or an hpack `dependencies` item (not
`servant-client-core`, which API-types packages share)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the Yesod sites with no data of their own whose manifest
    depends on `servant-client`, beside another server of the tree that keeps data."""
    keepers = [u for u in units.values() if _serves(u) and _keeps_data(u)]
    for unit in units.values():
        if unit.renders_pages or not _serves(unit, "Yesod") or _keeps_data(unit):
            continue
        if not any(other is not unit for other in keepers):
            continue
        if _calls_api(top, unit):
            unit.renders_pages = True


def _serves(unit: Unit, name: str = "") -> bool:
    """Whether the unit's Haskell signals name a web framework (`name` when given)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and (not name or s.name == name)
        for s in unit.signals.get(LANGUAGE, [])
    )


def _keeps_data(unit: Unit) -> bool:
    """Whether the unit holds a data layer, migrations or an engine (not a development one)."""
    return any(
        s.kind in OWN_DATA and s.strength is not Strength.DEV
        for found in unit.signals.values()
        for s in found
    )


def _calls_api(top: str, unit: Unit) -> bool:
    """Whether one of the unit's own Haskell manifests depends on `servant-client`."""
    for path, ecosystem, _ in unit.manifests:
        if ecosystem != LANGUAGE:
            continue
        text = read_text(top, path)[0] or ""
        if _SERVANT_CLIENT.search(text):
            return True
    return False
