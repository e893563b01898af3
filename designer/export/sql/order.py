"""Tables in foreign-key order: a referenced table is created before the tables that reference
it. A cycle cannot be ordered: its tables are created in design order and the foreign keys that
point forward are added afterwards (ALTER TABLE … ADD CONSTRAINT)."""

from __future__ import annotations

import heapq
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
    # Each step takes the earliest table whose references are all created (a heap of
    # positions), instead of scanning every table again: a chain of 1,000 foreign keys took
    # a million checks.
    waiting = {n: len(refs) for n, refs in pending.items()}
    referrers: dict[str, list[str]] = {n: [] for n in names}
    for n in names:
        for r in pending[n]:
            referrers[r].append(n)
    ready = [position[n] for n in names if not waiting[n]]
    heapq.heapify(ready)
    created: list[str] = []
    done: set[str] = set()
    deferred: set[tuple[str, str]] = set()
    earliest = 0  # every table before this position is created
    while len(created) < len(names):
        while ready and names[ready[0]] in done:
            heapq.heappop(ready)  # a duplicate name, or a table created to break a cycle
        if ready:
            name = names[heapq.heappop(ready)]
        else:
            # A cycle: create the earliest remaining table; its forward references wait.
            while names[earliest] in done:
                earliest += 1
            name = names[earliest]
            deferred |= {(name, r) for r in pending[name] - done}
        created.append(name)
        done.add(name)
        for referrer in referrers[name]:
            waiting[referrer] -= 1
            if not waiting[referrer] and referrer not in done:
                heapq.heappush(ready, position[referrer])
    return created, deferred
