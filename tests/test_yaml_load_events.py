"""The one-pass loader gives what PyYAML's full safe load gives: the same value for every
document, the same error (type and message) for every refused one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from designer import yamlio

pytestmark = pytest.mark.skipif(not yamlio.LIBYAML, reason="the one-pass loader reads LibYAML's "
                                "events")

ROOT = Path(__file__).resolve().parent.parent


def _full(text: str) -> Any:
    """The load before the one-pass loader."""
    yamlio._check_events(text)
    return yaml.load(text, Loader=yamlio._CLoader)


def _outcome(load: Any, text: str) -> tuple[str, Any]:
    try:
        return "value", load(text)
    except (yaml.YAMLError, yamlio.UnsafeYaml) as error:
        return type(error).__name__, str(error)


def _same(text: str) -> None:
    kind, got = _outcome(yamlio.load, text)
    assert (kind, got) == _outcome(_full, text)
    if kind == "value":  # equal, and of the same types (True is not 1, 1.0 is not 1)
        assert repr(got) == repr(_full(text))


DOCUMENTS = [
    "", "# only a comment\n", "a: 1\n", "- 1\n- two\n", "plain\n", "'quoted'\n",
    "a: {b: [1, 2, {c: d}]}\n", "a: &x 1\nb: *x\n", "a: &x 1\n", "a: &x 1\nb: &x 2\n",
    "a: 1\na: 2\n", "1: a\n1.0: b\n", "true: a\n1: b\n", "? [a]\n: 1\n", "? {a: 1}\n: 1\n",
    "a: !!str 1\n", "a: !custom x\n", "!!map {a: 1}\n", "a: !!binary aGk=\n", "a: !!set {x}\n",
    "<<: {a: 1}\nb: 2\n", "a: =\n", "d: 2026-12-31\nt: 2026-01-01T10:00:00Z\n",
    "n: [~, null, Null, '', ' ']\n", "b: [yes, No, on, OFF, y, n, true]\n",
    "i: [0x1F, 0o17, 017, 1_000, 1:20, -0b101, +12]\n", "f: [1e3, 1.5e3, .5, .inf, -.Inf, .NaN]\n",
    f"n: {'1' * 41}\n", f"n: {'1' * 40}\n", "s: '" + "9" * 5000 + "'\n",
    "---\na: 1\n...\n", "---\na: 1\n---\nb: 2\n", "a: [1, 2\n", "a: b: c\n", "\t- x\n",
    "a: |\n  two\n  lines\n", "a: >-\n  folded\n  text\n", "[" * 150 + "]" * 150 + "\n",
    "[" * 99 + "]" * 99 + "\n", "- - - a\n", "a:\n  - b: 1\n    c: [x, {}]\n", "{}\n", "[]\n",
    "a: 1\n--- \nb\n", "%YAML 1.1\n---\na: 1\n", "a: \"\\u00e9\\U0001F600\\x85\"\n",
]


@pytest.mark.parametrize("text", DOCUMENTS, ids=repr)
def test_every_kind_of_document_loads_as_before(text: str) -> None:
    _same(text)


_scalars = st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none(),
                     st.dates())
_data = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.text(max_size=10), st.integers()),
                                                 inner, max_size=4)), max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(_data)
def test_random_documents_load_as_before(data: Any) -> None:
    for text in (yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                 yaml.safe_dump(data, default_flow_style=True),
                 yaml.safe_dump(data, default_style='"')):
        _same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from([*"ab:-?[]{},&*!|>'\"%@`#\n \t0123.e~<=", "주", "😀"]),
               max_size=40))
def test_random_text_loads_or_fails_as_before(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("path", sorted(ROOT.glob("examples/*/*.design.yaml"))
                         + sorted(ROOT.glob("examples/*/export/*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_loads_in_one_pass(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert repr(yamlio._load_events(text)) == repr(_full(text))
