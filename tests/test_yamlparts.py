"""The autosave's piecewise YAML is byte for byte the whole dump, before and after edits."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from designer import store, yamlio
from designer.yamlparts import Parts

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(ROOT.glob("examples/*/*.design.yaml"))


def _data(path: Path) -> dict[str, Any]:
    return store.load(path).model_dump(mode="json")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_every_example_dumps_the_same_bytes_in_pieces(path: Path) -> None:
    data = _data(path)
    parts = Parts()
    assert parts.dump(data) == yamlio.dump(data)
    assert parts.dump(data) == yamlio.dump(data)  # from the cache


def test_edits_reorders_and_removals_dump_the_same_bytes() -> None:
    data = _data(EXAMPLES[0])
    parts = Parts()
    parts.dump(data)
    edited = copy.deepcopy(data)
    entities = edited["data"]["entities"]
    assert len(entities) >= 2
    entities[0]["name"] = "Renamed"
    entities.append(copy.deepcopy(entities[0]))  # the same piece twice
    entities.pop(1)  # every later item moves up
    edited["requirements"]["description"] = "two\nlines, then 주문 and ✓"
    assert parts.dump(edited) == yamlio.dump(edited)
    assert parts.dump(data) == yamlio.dump(data)  # and back


def test_a_true_that_was_a_one_is_written_again() -> None:
    # `True == 1` in Python: a cache keyed on equality would keep writing `1`.
    data = {"schema_version": 1, "data": {"things": [{"example": 1}], "flag": 1}}
    parts = Parts()
    parts.dump(data)
    changed = {"schema_version": 1, "data": {"things": [{"example": True}], "flag": True}}
    assert parts.dump(changed) == yamlio.dump(changed)
    assert "true" in parts.dump(changed)


def test_a_stream_left_open_falls_back_to_one_dump() -> None:
    data = {"a": {"b": "ends with a newline kept\n\n"}, "c": {"d": 1}}
    assert Parts().dump(data) == yamlio.dump(data)
