"""Signals and source rules are values: equal when their fields are, changed only by copy."""

from __future__ import annotations

import pytest

from designer.detect.signals import Scope, Signal, SourceRule, Strength, rule
from designer.model.stack import Evidence, FindingKind

EVIDENCE = Evidence(path="app.py", line=3, text="app = FastAPI()")


def test_a_signal_is_equal_to_one_with_the_same_fields() -> None:
    one = Signal(FindingKind.FRAMEWORK, "FastAPI", Strength.ENTRY, EVIDENCE, version="0.110")
    assert one == Signal(FindingKind.FRAMEWORK, "FastAPI", Strength.ENTRY,
                         Evidence(path="app.py", line=3, text="app = FastAPI()"), "0.110")
    assert one != Signal(FindingKind.FRAMEWORK, "FastAPI", Strength.DEV, EVIDENCE, "0.110")
    assert one != ("FastAPI",)
    assert "version='0.110'" in repr(one)


def test_replace_makes_a_changed_copy() -> None:
    one = Signal(FindingKind.DATABASE, "SQLite", Strength.DEPENDENCY, EVIDENCE, package="x")
    other = one.replace(scope=Scope.FALLBACK, strength=Strength.DEV)
    assert (other.scope, other.strength, other.package) == (Scope.FALLBACK, Strength.DEV, "x")
    assert (one.scope, one.strength) == (None, Strength.DEPENDENCY)
    with pytest.raises(TypeError):
        one.replace(colour="red")


def test_a_signal_holds_no_other_attribute() -> None:
    one = Signal(FindingKind.TEST, "pytest", Strength.DEV, EVIDENCE)
    with pytest.raises(AttributeError):
        one.colour = "red"  # type: ignore[attr-defined]


def test_source_rules_are_values_that_keep_their_compiled_pattern() -> None:
    made = rule(FindingKind.FRAMEWORK, "Flask", r"\bFlask\s*\(", endings=(".py",))
    assert made == SourceRule(FindingKind.FRAMEWORK, "Flask", r"\bFlask\s*\(", (".py",))
    assert hash(made) == hash(SourceRule(FindingKind.FRAMEWORK, "Flask", r"\bFlask\s*\(",
                                         (".py",)))
    assert made != rule(FindingKind.FRAMEWORK, "Flask", r"\bFlask\s*\(", endings=(".pyi",))
    assert made.pattern is made.pattern and made.pattern.search("app = Flask(__name__)")
    assert made.needles is not None and made.applies_to("app.py")
