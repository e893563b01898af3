"""A field's own pattern never hangs designer: patterns that nest repeats (`(a+)+`) run only on
short text, so a hostile pattern with a long example exports about as fast as a plain one."""

from __future__ import annotations

import time

from designer.contract.patterns import NESTED_LIMIT, found, nests_repeats
from designer.contract.types import Types
from designer.contract.values import fits
from designer.export import render_all
from designer.model import Design
from designer.model.api import Schema, SchemaField


def test_nested_repeats_are_recognised() -> None:
    assert nests_repeats(r"(a+)+$") and nests_repeats(r"(\w*\s?)*") and nests_repeats("(")
    assert not nests_repeats(r"^[A-Z]{2}\d{4}$") and not nests_repeats(r"^(\d{3}-)?\d{4}$")


def test_found_runs_nested_patterns_only_on_short_text() -> None:
    assert found(r"(a+)+$", "a" * NESTED_LIMIT) is True
    assert found(r"(a+)+$", "a" * 40 + "!") is None
    assert found(r"^\d+$", "1" * 10_000) is True
    assert found(r"^\d+$", "x") is False
    assert found("(", "x") is None


def _design(pattern: str, example: str) -> Design:
    design = Design.new("shop")
    design.api.schemas = [Schema(name="Probe", fields=[
        SchemaField(name="code", pattern=pattern, example=example)])]
    return design


def _export_seconds(design: Design) -> float:
    start = time.thread_time()
    render_all(design, {"openapi"})
    return time.thread_time() - start


def test_a_hostile_pattern_and_example_export_about_as_fast_as_a_plain_one() -> None:
    hostile = "a" * 5000 + "!"
    design = _design(r"(a+)+$", hostile)
    # Not run, so it cannot refuse the example the user wrote.
    assert fits(hostile, design.api.schemas[0].fields[0], Types.of(design))
    plain = min(_export_seconds(_design(r"^a+!$", hostile)) for _ in range(3))
    evil = min(_export_seconds(design) for _ in range(3))
    assert evil < plain * 5 + 0.05
