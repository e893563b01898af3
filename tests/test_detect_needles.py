"""The needles of a detection rule: literal text every match of its pattern holds, tested
before the pattern so that most patterns are never compiled (designer/detect/needles.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.detect import ecosystems
from designer.detect.needles import Haystack, Needles, needles

RULES = sorted({rule.source for _, rule in ecosystems.RULES_BY_ECOSYSTEM
                if rule.source is not None})


@pytest.mark.parametrize(("source", "words"), [
    (r"\bFastAPI\s*\(", ("FastAPI",)),
    (r"django\.db\.backends\.mysql", ("django.db.backends.mysql",)),
    (r"\bbeego\.Run\s*\(|\bweb\.Run\s*\(", ("beego.Run", "web.Run")),
    (r"(?:ab)?cdef", ("cdef",)),  # an optional group is left out
    (r"(?:abc)d", ("abcd",)),  # a plain group is its text
    (r"a{2,3}bcd", ("bcd",)),  # a quantifier's digits are no text
    (r"[^;\n]{0,200}?\.sqlite", (".sqlite",)),
    (r"[{]abc", ("abc",)),  # a class holding a brace
    (r"[]x]abc", ("abc",)),  # a class holding a bracket
    (r"ab?cde", ("cde",)),  # the repeated character is taken back
    (r"driver\\name", ("driver\\name",)),  # an escaped backslash is a backslash
])
def test_needles_are_the_longest_text_every_match_holds(source: str, words: tuple[str, ...]
                                                         ) -> None:
    assert needles(source) == Needles(words, folded=False)


@pytest.mark.parametrize("source", [
    r"\bdb\b",  # too short to be worth a test
    r"foo|\w+",  # one alternative without text: any text may match
    r"(?x) spaced out ",  # verbose: whitespace means nothing
    r"x(?:abc)+",
    r"(unbalanced",
    r"&(\w+)\n<<: \*\1",  # a backreference
])
def test_patterns_without_needles_are_always_tried(source: str) -> None:
    assert needles(source) is None


def test_a_pattern_that_ignores_case_is_tested_on_lower_cased_ascii_text() -> None:
    found = needles(r"(?i)\bUseNpgsql\b")
    assert found == Needles(("usenpgsql",), folded=True)
    assert not found.absent(Haystack("options.USENPGSQL(x)"))
    assert found.absent(Haystack("options.UseSqlite(x)"))
    # Unicode folding pairs `ſ` with `s`: non-ASCII text is always searched.
    assert not needles(r"(?i)users").absent(Haystack("uſers"))


@pytest.mark.parametrize("source", [s for s in RULES if needles(s) is not None])
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_of_a_rule_holds_one_of_its_needles(source: str, data: st.DataObject
                                                        ) -> None:
    pattern = re.compile(source, re.MULTILINE)
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    found = needles(source)
    assert found is not None
    assert not found.absent(Haystack(text)), f"{source!r} matches {text!r} without {found.words}"
