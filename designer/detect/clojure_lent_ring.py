"""Clojure: Ring lent by a library, seen only in the code that serves its handlers.

A Clojure service may take its whole HTTP stack from a shared library it depends on (a
company's service skeleton starting Jetty under routes generated from a Swagger file) and
declare neither Ring nor a router. Its namespaces still start a Ring adapter
(`[ring.adapter.jetty :refer [run-jetty]]`) or write Ring responses (`[ring.util.response
:refer :all]`): Ring is what it serves, at no version the tree states (sets 309 and 379 wrote
Ring or Compojure "" on that ground). The code rule (`ecosystems.clojure.RULES`) sees those
namespaces; this step decides what they are worth:

- where the unit shows any other framework (a router or framework declared or required, Ring
  declared), the Ring namespaces are helpers of that stack and are dropped, so nothing
  changes for the projects the catalogue already reads;
- where they are all the unit shows, Ring is lent: a copy of the sign at dependency strength
  confirms it (the library declared in its stead), so the framework is not left for the user
  to confirm as one only vendored code would show.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

ECOSYSTEM = "clojure"

RING = "Ring"


def lend(units: dict[str, Unit]) -> None:
    """Per Clojure unit, drop the Ring namespaces its code requires beside another framework,
    or confirm them as the lent framework where they are all there is."""
    for unit in units.values():
        signals = unit.signals.get(ECOSYSTEM, [])
        seen = [
            s
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.name == RING and s.strength is Strength.ENTRY
        ]
        if not seen:
            continue
        others = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s not in seen]
        if others:
            unit.signals[ECOSYSTEM] = [s for s in signals if s not in seen]
        else:
            unit.signals[ECOSYSTEM] = [*signals, seen[0].replace(strength=Strength.DEPENDENCY)]
