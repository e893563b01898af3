"""Clojure: a router the code requires but the project never declares, beside the Ring it does.

A Clojure web application may get its router through a library or framework it builds on (a
git dependency bundling reitit, a security library bringing Compojure) and declare only the
Ring server it starts itself (`ring/ring-jetty-adapter {:mvn/version "1.13.0"}`). Its
namespaces then require the router (`[reitit.ring :as reitit-ring]`, `[compojure.core …]`),
which `assemble.ABSORBED` lets swallow Ring: the framework named is one the repository never
states a version of, while the Ring stack it declares is what it chose (sets 122 and 266 wrote
Ring for such projects). So where a Clojure unit's own manifest declares Ring for run time, a
router only its code shows (no declaration of it at all) is dropped, and Ring stays the
framework. A router it declares (reitit-ring, compojure) stays the framework, over Ring as
before; and where the manifest declares no Ring either (Duct's web module lending both), the
router the code shows is all there is, and stays. compojure-api declared lends Compojure the
same way: over a declared Ring it is dropped; with no Ring declared (lein-ring's `:ring
{:handler …}` serving it) it is the framework, at compojure-api's version.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

ECOSYSTEM = "clojure"

RING = "Ring"

LENDING_ROUTER = "metosin/compojure-api"
"""A library of routing macros over Compojure, which it brings undeclared."""

ROUTERS = frozenset({"reitit", "Compojure"})
"""Routers written over Ring's handlers (`assemble.ABSORBED`)."""


def drop_undeclared(units: dict[str, Unit]) -> None:
    """Drop, per Clojure unit declaring Ring for run time, the routers only its code shows."""
    for unit in units.values():
        signals = unit.signals.get(ECOSYSTEM, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not any(s.name == RING and s.strength is Strength.DEPENDENCY for s in frameworks):
            continue
        # compojure-api lends Compojure: declaring it is no more a choice of Compojure over
        # the Ring the project declares than its code requiring compojure.core.
        declared = {
            s.name
            for s in frameworks
            if s.strength is not Strength.ENTRY and s.package != LENDING_ROUTER
        }
        unseen = {s.name for s in frameworks if s.name in ROUTERS} - declared
        if unseen:
            unit.signals[ECOSYSTEM] = [
                s
                for s in signals
                if not (s.kind is FindingKind.FRAMEWORK and s.name in unseen)
            ]
