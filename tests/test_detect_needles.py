"""The needles of a detection rule: literal text every match of its pattern holds, tested
before the pattern so that most patterns are never compiled (designer/detect/needles.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.detect import ecosystems, needles_build, needles_table
from designer.detect.needles import Haystack, Needles, needles

RULES = sorted({rule.source for _, rule in ecosystems.RULES_BY_ECOSYSTEM
                if rule.source is not None})


@pytest.mark.parametrize(("source", "clauses"), [
    (r"\bFastAPI\s*\(", (("FastAPI",),)),
    (r"django\.db\.backends\.mysql", (("django.db.backends.mysql",),)),
    (r"\bbeego\.Run\s*\(|\bweb\.Run\s*\(", (("beego.Run", "web.Run"),)),
    (r"(?:ab)?cdef", (("cdef",),)),  # an optional group is left out
    (r"(?:abc)d", (("abcd",),)),  # a plain group is its text
    (r"a{2,3}bcd", (("bcd",),)),  # a repeated part is no run
    (r"[^;\n]{0,200}?\.sqlite", ((".sqlite",),)),
    (r"[{]abc", (("{abc",),)),  # a class of one character is that character
    (r"[]x]abc", (("abc",),)),  # a class of a few: the text its choices share
    (r"ab?cde", (("cde",),)),  # the repeated character is taken back
    (r"driver\\name", (("driver\\name",),)),  # an escaped backslash is a backslash
    (r"\bgin\.(?:Default|New)\s*\(", (("gin.Default", "gin.New"),)),  # alternatives multiply
    (r"(?:postgres|pgx)://", (("pgx://", "postgres://"),)),
    (r"(?:postgres|postgresql|pgx)\b", (("pgx", "postgres"),)),  # postgresql holds postgres
    (r"^import (?:static )?org\.junit\.", (("org.junit.",), ("import ",))),  # every run
    (r"""["']rest_framework["']""", (("rest_framework",),)),  # the text the quotes share
    (r"(?:import|from)[ \t]+redis\b", (("redis",), ("from", "import"))),
    (r"import[ \t]+redis\b|from[ \t]+redis\b", (("redis",),)),  # what every alternative holds
    (r"x(?:abc)+", (("abc",),)),  # once at least
    (r"(?x) spaced out ", (("spacedout",),)),  # verbose: whitespace means nothing
])
def test_needles_are_text_every_match_holds(source: str, clauses: tuple[tuple[str, ...], ...]
                                            ) -> None:
    assert needles(source) == Needles(clauses, folded=False)


@pytest.mark.parametrize("source", [
    r"\bdb\b",  # too short to be worth a test
    r"foo|\w+",  # one alternative without text: any text may match
    r"(?i:x)yz",  # a group that changes flags is not read
    r"(unbalanced",
    r"&(\w+)\n<<: \*\1",  # a backreference
])
def test_patterns_without_needles_are_always_tried(source: str) -> None:
    assert needles(source) is None


def test_a_pattern_that_ignores_case_is_tested_on_lower_cased_ascii_text() -> None:
    found = needles(r"(?i)\bUseNpgsql\b")
    assert found == Needles((("usenpgsql",),), folded=True)
    assert not found.absent(Haystack("options.USENPGSQL(x)"))
    assert found.absent(Haystack("options.UseSqlite(x)"))
    # Unicode folding pairs `ſ` with `s`: non-ASCII text is always searched.
    assert not needles(r"(?i)users").absent(Haystack("uſers"))


def test_every_clause_must_be_there() -> None:
    found = needles(r"^import (?:static )?org\.junit\.")
    assert found is not None
    assert not found.absent(Haystack("import static org.junit.Assert"))
    assert found.absent(Haystack("import org.testng.Assert; // org.junit."[:20]))
    assert found.absent(Haystack("// org.junit.Assert"))


def test_the_table_is_what_the_rules_read_today() -> None:
    # After a rule's pattern changed: python -m designer.detect.needles_build
    assert needles_build.table(needles_build.rule_sources()) == needles_table.TABLE


def test_a_pattern_outside_the_table_is_read_when_asked() -> None:
    source = r"\bNotARuleOfOurs\("
    assert source not in needles_table.TABLE
    assert needles(source) == Needles((("NotARuleOfOurs(",),), folded=False)


_TESTED = [s for s in RULES if needles(s) is not None]

_SLICE = 200
"""Rules per test function: hypothesis (6.170) chains one settings object onto the last at
every call of a `@given` function, so some hundreds of parametrized calls of one function
overflow the recursion limit on its settings' fallbacks; each slice is a function of its own."""


_LINE_START = re.compile(r"(?<![\\\[])\^")
"""A `^` anchor (not escaped, not a class's negation)."""


def _drawn_as(source: str) -> re.Pattern[str]:
    """The pattern examples are drawn from: the rule with each `^` anchor written as a newline.
    `from_regex` draws a `^` after `[\\s\\S]*?` (a rule's "a later line starts with …") as
    any character and filters for the newline, which is Unsatisfiable for some rules under a
    given seed; a newline there is a line start, so what is drawn still matches the rule (the
    test filters on the rule itself as well)."""
    return re.compile(_LINE_START.sub(r"\n", source), re.MULTILINE)


def _rule_test(rules: list[str]) -> object:
    @pytest.mark.parametrize("source", rules)
    # Derandomized: `from_regex` filters what it draws for a pattern with lookarounds, and a
    # run drawing ten misses in a row failed as Unsatisfiable now and then (a flaky CI). The
    # examples are the same on every run, still ten per rule, different across rules.
    @settings(
        max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(data=st.data())
    def test(source: str, data: st.DataObject) -> None:
        pattern = re.compile(source, re.MULTILINE)
        text = data.draw(st.from_regex(_drawn_as(source)).filter(pattern.search))
        assert pattern.search(text)
        found = needles(source)
        assert found is not None
        assert not found.absent(Haystack(text)), f"{source!r} matches {text!r} without {found}"

    return test


for _start in range(0, len(_TESTED), _SLICE):
    # test_every_match_of_a_rule_holds_one_of_its_needles_0, _1, …
    globals()[f"test_every_match_of_a_rule_holds_one_of_its_needles_{_start // _SLICE}"] = (
        _rule_test(_TESTED[_start : _start + _SLICE])
    )
