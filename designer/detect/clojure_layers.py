"""Clojure: which of the SQL layers a project shows its namespaces are written to.

A Clojure service may declare HugSQL for the two namespaces that load `.sql` files while every
other namespace requires next.jdbc (lent undeclared by a shared core library, or declared):
ranked as kinds, the declared one wins, and a scan keeps evidence of only a few files per rule.
What decides is what the project's own sources require: where a unit shows two of the layers
below, the namespaces under its `src/` are read (within a budget), and a layer required by more
than twice as many of them as any other (`census`) is marked the primary one (`Signal.primary`),
as the JVM's, Go's and Node's censuses do (`jvm_layers`, `go_layers`, `node_layers`).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "clojure"

LAYERS = {
    "next.jdbc": re.compile(r"\[next\.jdbc(?![\w-])"),
    "clojure.java.jdbc": re.compile(r"\[clojure\.java\.jdbc(?![\w.-])"),
    "HugSQL": re.compile(r"\[hugsql\.core(?![\w.-])"),
    "yesql": re.compile(r"\[yesql\.core(?![\w.-])"),
}
"""Each SQL layer → a namespace's require of it."""

MAX_FILES = 2000
"""Namespaces read per unit at most: a larger tree is left to the ranking by kinds."""

HEAD = 4000
"""Characters read of each namespace: its `ns` form comes first."""

_ENDINGS = (".clj", ".cljc")


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Mark the SQL layer most of each Clojure unit's own namespaces require primary."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        named = {
            s.name
            for s in signals
            if s.kind is FindingKind.QUERY and s.name in LAYERS and s.strength is not Strength.DEV
        }
        if len(named) < 2:
            continue
        source = posixpath.join(unit.folder, "src") if unit.folder != "." else "src"
        paths = all_code_files(top, source, _ENDINGS, MAX_FILES)
        if not paths:
            continue  # no sources under src/, or too many to read
        counts: dict[str, int] = {}
        shown: dict[str, str] = {}
        for path in paths:
            text = read_head(top, path, HEAD) or ""
            for name in named:
                if LAYERS[name].search(text):
                    counts[name] = counts.get(name, 0) + 1
                    shown.setdefault(name, path)
        led = census.leader({name: counts.get(name, 0) for name in named})
        if led is None:
            continue
        name, count = led
        signal = next(s for s in signals if s.kind is FindingKind.QUERY and s.name == name)
        text = f"required by {count} of {len(paths)} namespaces"
        evidence = Evidence(path=shown[name], text=text)
        signals.append(
            signal.replace(strength=Strength.ENTRY, evidence=evidence, primary=True, version="")
        )
