"""Foreign-key order: the heap-based order is the plain definition's (earliest table whose
references exist; a cycle broken at its earliest table), on random graphs and on a long chain."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.export.sql.order import fk_order


def _by_definition(names: Sequence[str], references: dict[str, set[str]]
                   ) -> tuple[list[str], set[tuple[str, str]]]:
    """The order as the module's docstring defines it, one scan per table."""
    pending = {n: {r for r in references.get(n, set()) if r != n and r in names} for n in names}
    created: list[str] = []
    deferred: set[tuple[str, str]] = set()
    while len(created) < len(names):
        ready = [n for n in names if n not in created and pending[n] <= set(created)]
        if not ready:
            first = next(n for n in names if n not in created)
            deferred |= {(first, r) for r in pending[first] - set(created)}
            ready = [first]
        created.append(ready[0])
    return created, deferred


@st.composite
def _graphs(draw: st.DrawFn) -> tuple[list[str], dict[str, set[str]]]:
    names = draw(st.lists(st.sampled_from([f"t{i}" for i in range(12)]), unique=True,
                          max_size=12))
    targets = st.sampled_from([*names, "elsewhere"]) if names else st.just("elsewhere")
    references = {n: draw(st.sets(targets, max_size=4)) for n in names
                  if draw(st.booleans()) or draw(st.booleans())}
    return names, references


@settings(max_examples=400, deadline=None)
@given(_graphs())
def test_the_order_is_the_definitions(graph: tuple[list[str], dict[str, set[str]]]) -> None:
    names, references = graph
    assert fk_order(names, references) == _by_definition(names, references)


def test_a_long_chain_is_created_from_its_end() -> None:
    names = [f"t{i}" for i in range(3000)]
    references = {f"t{i}": {f"t{i + 1}"} for i in range(2999)}
    created, deferred = fk_order(names, references)
    assert created == names[::-1]
    assert deferred == set()
