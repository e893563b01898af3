"""The direct YAML writer gives LibYAML's very bytes: on random data, on hostile strings, at
the folding width, and on every example's design and exports; what it cannot reproduce falls
back to PyYAML instead of guessing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer import yamlemit, yamlio

pytestmark = pytest.mark.skipif(not yamlio.LIBYAML, reason="the writer reproduces LibYAML")

ROOT = Path(__file__).resolve().parent.parent


def _libyaml(data: Any) -> str:
    """The dump designer made before the writer: PyYAML's representer, LibYAML's emitter."""
    return yaml.dump(data, Dumper=yamlio._CDumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=100)


def _same_or_refused(data: Any) -> bool:
    """The writer's text equals LibYAML's, or the writer refuses; True when it wrote."""
    try:
        text = yamlemit.emit(data)
    except yamlemit.Unsupported:
        assert yamlio.dump(data) == _libyaml(data)  # the fallback
        return False
    assert text == _libyaml(data)
    assert yamlio.dump(data) == text
    return True


TRICKY = ["", " ", "  ", "a ", " a", "a  b", "'", "''", '"', "\\", "#", "a #b", "a# b", "a:b",
          "a: b", "a:", ":a", "- a", "-a", "-", "--", "---", "--- a", "...", "?", "? a", "!",
          "&a", "*a", "|", ">", "%", "@", "`", "[", "]", "{}", "[]", ",", "a,b", "1e3", ".5e3",
          "0o17", "0x1F", "1_000", "1:20", "y", "n", "Y", "yes", "No", "on", "OFF", "true",
          "null", "Null", "~", "1.0", "-1", "+1", ".inf", "-.inf", ".nan", "2026-01-01",
          "2026-01-01T10:00:00Z", "=", "<<", "주문", "주문 ✓", "😀", "a😀b", "\t", "a\tb",
          "\x00", "\x07", "\x1b", "\x7f", "\x85", "\xa0", "\u2028", "\u2029", "\ufeff", "\ufffe",
          "\r", "a\r\nb", "\n", "\n\n", "a\n", "a\n\n", "a\nb", " a\nb", "\na", "a \nb",
          "a\n b", "a\nb ", "a\n\nb\n", "한\n글\n", "a\n\t", "x" * 130, "é" * 70]


@pytest.mark.parametrize("value", TRICKY, ids=repr)
def test_tricky_strings_as_keys_values_and_items(value: str) -> None:
    for data in ({"k": value}, {value: 1}, [value], {"k": [value, {value: value}]},
                 {"a": {"b": [[value]]}}):
        _same_or_refused(data)


def test_long_text_folds_where_libyaml_folds() -> None:
    words = ["lorem", "ipsum", "주문", "a", "it's", "\"q\"", "x" * 40, "", "😀", "\t", "#x"]
    for n in range(1, 60):
        text = " ".join(words[i % len(words)] for i in range(n * 3))
        for indent_keys in (["k"], ["long_key_" * 5], ["a", "b", "c", "d"]):
            data: Any = text
            for key in reversed(indent_keys):
                data = {key: data}
            assert _same_or_refused(data) or "😀" in text or "\t" in text
            _same_or_refused({"k": [text, {"x": text}]})
            _same_or_refused({"k": "'" + text})  # single-quoted
            _same_or_refused({"k": text + "\x07"})  # double-quoted
            _same_or_refused({"k": "  ".join(text.split(" "))})  # double spaces


def test_numbers_booleans_and_null() -> None:
    data = {"i": [0, -1, 10**30, True, False, None], "f": [0.0, -0.0, 1.5, 1e16, 1e-7, 2.5e300,
                                                          float("inf"), float("-inf"),
                                                          float("nan"), 123456789.125],
            1: "int key", None: "null key", False: "bool key", 2.5: "float key"}
    assert _same_or_refused(data)


def test_what_the_writer_refuses_goes_the_pyyaml_way() -> None:
    for data in ({"k": ("a", "b")}, {("a",): 1}, {"k": "x" * 200}, {"x" * 200: 1},
                 {"a\nb": 1}, {"k": "kept\n\n"}, "scalar", {"k": b"bytes"}):
        if isinstance(data, dict) and isinstance(data.get("k"), (tuple, bytes)):
            with pytest.raises(yamlemit.Unsupported):
                yamlemit.emit(data)
            continue
        _same_or_refused(data)
    with pytest.raises(yamlemit.Unsupported):
        yamlemit.emit({"x" * 200: 1})  # a complex key (`? …`)
    with pytest.raises(yamlemit.Unsupported):
        yamlemit.emit({"k": "kept\n\n"})  # `|+` leaves the stream open (`...`)


class _Text(str):
    """A str subclass: PyYAML's safe dumper refuses it; so must the writer."""


def test_subclasses_are_not_taken_for_their_base() -> None:
    with pytest.raises(yamlemit.Unsupported):
        yamlemit.emit({"k": _Text("a")})


_text = st.text(st.sampled_from([*"ab '\"\\:#-?{}[],!&*|>%@`\n\t\r~.0123456789eExyn_", "주", "문",
                                 "✓", "😀", "\x00", "\x85", "\xa0", "\u2028", "\ufeff", "é"]),
                max_size=40)
_strings = st.one_of(_text, st.sampled_from(TRICKY),
                     st.text(max_size=250), st.builds(lambda w, n: " ".join([w] * n),
                                                     _text, st.integers(1, 30)))
_scalars = st.one_of(_strings, st.integers(-10**20, 10**20), st.booleans(), st.none(),
                     st.floats(allow_nan=True, allow_infinity=True))
_one_line = st.text(st.sampled_from([*"ab '\"\\:#-?{}[],!&*|>%@`\t~.0123456789eExyn_", "주", "✓",
                                     "😀", "\x00", "\xa0", "\ufeff"]), max_size=40)
_keys = st.one_of(_one_line, _one_line, _one_line, st.sampled_from(TRICKY),
                  st.integers(-1000, 1000), st.booleans(), st.none())
_data = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(_keys, inner, max_size=5)), max_leaves=40)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.dictionaries(_keys, _data, max_size=6), st.lists(_data, max_size=6)))
def test_random_nested_data_gives_libyaml_bytes(data: Any) -> None:
    _same_or_refused(data)


EXAMPLE_YAML = sorted(ROOT.glob("examples/*/*.design.yaml")) + sorted(
    ROOT.glob("examples/*/export/*.yaml"))


@pytest.mark.parametrize("path", EXAMPLE_YAML, ids=lambda p: f"{p.parent.parent.name}/{p.name}"
                         if p.parent.name == "export" else p.parent.name)
def test_every_example_file_is_written_by_the_writer_itself(path: Path) -> None:
    data = yamlio.load(path.read_text(encoding="utf-8"))
    assert yamlemit.emit(data) == _libyaml(data)


def test_the_style_rules_are_yamlios() -> None:
    # The writer keeps its own copy of yamlio's typed-string pattern (importing it would load
    # yamlio's dumpers): both must quote the same strings.
    assert yamlemit._TYPED.pattern == yamlio._TYPED.pattern
    assert yamlemit._SEPARATORS.pattern == yamlio._SEPARATORS.pattern


def _libyaml_loop(value: str) -> tuple[bool, bool, bool, bool]:
    """`yaml_emitter_analyze_scalar` (LibYAML 0.2.5, src/emitter.c) transcribed character by
    character, block context only: the oracle for the writer's regular-expression scans."""
    if not value:
        return False, True, True, False
    breaks = "\r\n\x85\u2028\u2029"
    block_indicators = value.startswith(("---", "..."))
    line_breaks = special = False
    leading_space = leading_break = trailing_space = trailing_break = False
    break_space = space_break = previous_space = previous_break = False
    preceded_by_whitespace = True
    n = len(value)
    for i, ch in enumerate(value):
        nxt = value[i + 1] if i + 1 < n else ""
        followed_by_whitespace = nxt in ("", " ", "\t", "\x00") or nxt in breaks
        if i == 0:
            if ch in "#,[]{}&*!|>'\"%@`":
                block_indicators = True
            if ch in "?:-" and followed_by_whitespace:
                block_indicators = True
        else:
            if ch == ":" and followed_by_whitespace:
                block_indicators = True
            if ch == "#" and preceded_by_whitespace:
                block_indicators = True
        if not yamlemit._printable(ch):
            special = True
        is_break = ch in breaks
        line_breaks = line_breaks or is_break
        if ch == " ":
            leading_space = leading_space or i == 0
            trailing_space = trailing_space or i == n - 1
            break_space = break_space or previous_break
            previous_space, previous_break = True, False
        elif is_break:
            leading_break = leading_break or i == 0
            trailing_break = trailing_break or i == n - 1
            space_break = space_break or previous_space
            previous_space, previous_break = False, True
        else:
            previous_space = previous_break = False
        preceded_by_whitespace = ch in " \t\x00" or is_break
    block_plain = single = block = True
    if leading_space or leading_break or trailing_space or trailing_break:
        block_plain = False
    if trailing_space:
        block = False
    if break_space:
        block_plain = single = False
    if space_break or special:
        block_plain = single = block = False
    if line_breaks or block_indicators:
        block_plain = False
    return line_breaks, block_plain, single, block


@settings(max_examples=500, deadline=None)
@given(st.from_regex(yamlemit._SIMPLE, fullmatch=True))
def test_the_common_strings_shortcut_is_libyamls_analysis(value: str) -> None:
    assert _libyaml_loop(value) == (False, True, True, True)
    assert yamlemit._analyze_each(value) == (False, True, True, True)


_analysed = st.one_of(_text, st.sampled_from(TRICKY), st.text(max_size=60),
                      st.text(st.sampled_from([" ", "\n", "\r", "\t", "\x00", "#", ":", "-",
                                               "?", "a", "\x85", "\u2028", "\ud800",
                                               "\U0001f600", "\ufeff", "\x9f"]), max_size=12))


@settings(max_examples=3000, deadline=None)
@given(_analysed)
def test_the_scans_agree_with_libyamls_loop(value: str) -> None:
    assert yamlemit._analyze_each(value) == _libyaml_loop(value)
    assert yamlemit._analyze(value) == _libyaml_loop(value)


def test_a_description_of_megabytes_is_analysed_by_scans() -> None:
    # The loop took 1.7 s on this 2 MB text (a save blocked that long); the scans agree.
    text = ("xy" * 1000 + "\n") * 1000
    assert yamlemit._analyze_each(text) == _libyaml_loop(text[:20_000]) == (True, False, True,
                                                                           True)
    assert _same_or_refused({"description": text})
