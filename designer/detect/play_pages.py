"""Play applications that serve their own pages: the server of a UI.

A Play application renders its pages from Twirl templates (`app/views/index.scala.html`) and
hands out the scripts and style sheets of its `public/` folder. With data of its own (Slick,
Anorm, a driver, or one a module of its build lends it) it is a classic web application and a
backend; without, its pages show what it fetches from the product's API (Play's WS client, a
generated API client), and it is a UI (`nonservices.ui_only`, which weighs the data of the
modules it depends on), as a Spring application rendering Thymeleaf pages is (`jvm_pages`).
Both halves are needed: templates alone may be mails a service renders, and assets alone an
API's documentation page. And the product must have an API for its pages to go to: another
application of the tree that keeps data, its own or a module's of its build it depends on (an
API over a `core` project): a lone Play app is left a backend.
"""

from __future__ import annotations

import os

from designer.detect.assemble import Unit
from designer.detect.signals import OWN_DATA, Strength
from designer.model.stack import FindingKind

ECOSYSTEM = "scala"

_TEMPLATES = ("app/views", (".scala.html",))
"""Twirl's page templates, where Play's layout keeps them."""

_ASSETS = ("public", (".js", ".css"))
"""The browser's scripts and style sheets Play's assets controller hands out."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the Play applications with no data layer of their own whose
    folder holds Twirl page templates and the scripts or style sheets of a browser."""
    keeping = [
        u
        for u in units.values()
        if _serves(u) and any(map(_keeps_data, [u, *_depended_on(u, units)]))
    ]
    for unit in units.values():
        if unit.renders_pages or not any(u is not unit for u in keeping):
            continue
        signals = [s for s in unit.signals.get(ECOSYSTEM, []) if s.strength is not Strength.DEV]
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Play" for s in signals):
            continue
        if any(s.kind in OWN_DATA for s in signals):
            continue
        folder = os.path.join(top, unit.folder)
        if all(_holds(folder, *where) for where in (_TEMPLATES, _ASSETS)):
            unit.renders_pages = True


def _depended_on(unit: Unit, units: dict[str, Unit]) -> list[Unit]:
    """The projects of its sbt build the unit depends on (`.dependsOn(core)`), which the
    build's reader names by their folder as a project path (`:core`, `:modules:core`)."""
    uses = {use for _, e, r in unit.manifests if e == ECOSYSTEM for use in r.uses}
    return [u for u in units.values() if u is not unit and ":" + u.folder.replace("/", ":") in uses]


def _serves(unit: Unit) -> bool:
    """Whether a language of the folder names a web framework beyond development."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV
        for signals in unit.signals.values()
        for s in signals
    )


def _keeps_data(unit: Unit) -> bool:
    """Whether the folder names a data layer or an engine beyond development."""
    return any(
        s.kind in OWN_DATA and s.strength is not Strength.DEV
        for signals in unit.signals.values()
        for s in signals
    )


def _holds(folder: str, inside: str, endings: tuple[str, ...]) -> bool:
    """Whether `inside` of `folder` holds (at any depth) a file with one of `endings`."""
    for _, _, files in os.walk(os.path.join(folder, inside)):
        if any(f.endswith(endings) for f in files):
            return True
    return False
