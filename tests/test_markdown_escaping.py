"""The Markdown escaper, checked by rendering: what a reader sees is what the user typed.

A CommonMark renderer with GFM tables and strikethrough (markdown-it-py, which Textual already
brings) parses the escaped text; the visible text must equal the input, with no stray
backslash and no emphasis, link, heading, list or strikethrough the user did not write.
The user's own `inline code` stays inline code.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from designer.export.markdown import cell, md

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
MARKUP = {"em_open", "strong_open", "s_open", "link_open", "html_inline", "image", "softbreak",
          "hardbreak"}


def _inline(tokens: list[Token]) -> list[Token]:
    return [child for token in tokens if token.type == "inline" for child in token.children or []]


def _visible(source: str) -> tuple[str, list[str]]:
    """The text a reader sees in `source` as one paragraph, and the code spans in it."""
    tokens = RENDERER.parse(source)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], source
    children = _inline(tokens)
    assert not [c.type for c in children if c.type in MARKUP], source
    return "".join(c.content for c in children), [
        c.content for c in children if c.type == "code_inline"
    ]


@pytest.mark.parametrize("value", [
    "99.9% of requests succeed", "1~99", "1~99 and 2~5", "~~struck~~", "3. step", "3) step",
    "- list", "+ plus", "* star", "# heading", "> quote", "a *b* _c_", "[d](e)", "<b>",
    "&amp; &#35;", "x_y_z", "path\\to\\file", "ends with \\", "!", "$HOME", "= total", "1.5x",
])
def test_visible_text_is_the_typed_text(value: str) -> None:
    text, _ = _visible(md(value))
    assert text == value


def test_no_backslash_before_a_digit() -> None:
    assert md("99.9% of requests succeed") == "99.9% of requests succeed"
    assert "\\9" not in md("availability 99.9%") and "\\1" not in md("1. first")


@pytest.mark.parametrize(("value", "spans"), [
    ("run `make test` before pushing", ["make test"]),
    ("`a` and `b`", ["a", "b"]),
    ("pages by `after` = last seq", ["after"]),
    ("`  padded  `", ["padded"]),
    ("see https://x.example/a_b and `code`", ["https://x.example/a_b", "code"]),
])
def test_user_inline_code_stays_code(value: str, spans: list[str]) -> None:
    _, found = _visible(md(value))
    assert found == spans
    assert "\\`" not in md(value)


def test_a_lone_backtick_is_text() -> None:
    text, spans = _visible(md("it`s"))
    assert text == "it`s" and spans == []


def test_inline_code_in_a_table_cell_keeps_its_pipe() -> None:
    value = "filter with `a | b`, then | sort"
    tokens = RENDERER.parse(f"| head |\n| --- |\n| {cell(value)} |\n")
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 1
    children = [c for c in _inline(tokens) if c.content != "head"]
    assert [c.content for c in children if c.type == "code_inline"] == ["a | b"]
    assert "".join(c.content for c in children) == value.replace("`", "")


# Text without backticks (a backtick pair is code by design) and without characters that
# CommonMark itself folds (NUL, line breaks are flattened by md on purpose).
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="`"),
    max_size=60,
)


@given(_TEXT)
def test_any_text_renders_as_typed(value: str) -> None:
    flat = " ".join(value.split())
    if not flat:
        return
    text, _ = _visible(md(value))
    assert text == flat
