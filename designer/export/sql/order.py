"""Tables in foreign-key order: a referenced table is created before the tables that reference
it. A cycle cannot be ordered: its tables are created in design order and the foreign keys that
point forward are added afterwards (ALTER TABLE … ADD CONSTRAINT)."""

from __future__ import annotations

from collections.abc import Sequence


def fk_order(names: Sequence[str], references: dict[str, set[str]]
             ) -> tuple[list[str], set[tuple[str, str]]]:
    """Table names in creation order, and the (table, referenced table) pairs whose foreign keys
    must be added after every table exists. `references` maps a table to the tables it
    references; self-references need no order. Ties keep `names` order, so the result is
    deterministic."""
    position = {name: i for i, name in enumerate(names)}
    pending = {n: {r for r in references.get(n, set()) if r != n and r in position}
               for n in names}
    created: list[str] = []
    done: set[str] = set()
    deferred: set[tuple[str, str]] = set()
    while len(created) < len(names):
        ready = [n for n in names if n not in done and pending[n] <= done]
        if not ready:
            # A cycle: create the earliest remaining table; its forward references wait.
            first = next(n for n in names if n not in done)
            deferred |= {(first, r) for r in pending[first] - done}
            ready = [first]
        created.append(ready[0])
        done.add(ready[0])
    return created, deferred
