"""designer.chunks: a design dumped and validated in steps equals the whole calls."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from designer import chunks, store
from designer.model.design import Design

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(ROOT.glob("examples/*/*.design.yaml"))


def _generated(entities: int) -> Design:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_export import generated

    return generated(entities)


def _designs() -> list[tuple[str, Design]]:
    return [(path.stem, store.load(path)) for path in EXAMPLES] + [("generated-60",
                                                                     _generated(60))]


@pytest.mark.parametrize(("name", "design"), _designs(), ids=lambda x: x if isinstance(x, str)
                         else "")
def test_dump_and_validate_in_steps_equal_the_whole_calls(name: str, design: Design) -> None:
    whole = design.model_dump(mode="json")
    steps = 0

    def count() -> None:
        nonlocal steps
        steps += 1

    dumped = chunks.dump(design, count)
    assert json.dumps(dumped) == json.dumps(whole)  # same keys, same order, same values
    validated = chunks.validate(Design, whole, count)
    assert validated == Design.model_validate(whole)
    assert json.dumps(validated.model_dump(mode="json")) == json.dumps(whole)
    if name == "generated-60":
        assert steps >= 4 * 60  # entities and resources, dumped and validated one by one


def test_a_check_between_steps_can_stop_the_copy() -> None:
    class Stop(Exception):
        pass

    def stop() -> None:
        raise Stop

    with pytest.raises(Stop):
        chunks.dump(_generated(40), stop)
