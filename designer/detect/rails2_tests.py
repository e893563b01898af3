"""Rails 2 applications' tests are Test::Unit's, not Minitest's.

Rails ships its test case classes (`ActiveSupport::TestCase`, `ActionController::TestCase` …)
over the xUnit of the Ruby it runs on: from Rails 4 that is Minitest, but Rails 2 (on Ruby 1.8,
whose standard library has no Minitest) builds them on Test::Unit. The rule reading those
classes (`ecosystems.ruby`) names Minitest, right for every Rails since 4; a Rails 2
application's suite of them is Test::Unit's. Rails 3 is left alone: it ran on Ruby 1.9 as well,
where `test/unit` is Minitest's compatibility layer.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "ruby"

_MAJOR = re.compile(r"\d+")
"""The first number of a declared or locked release (`2.3.16`, `'>2.3.3'`, `~> 2.3`)."""


def rename(units: dict[str, Unit]) -> None:
    """Name Test::Unit the Minitest signals of each Rails 2 application."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(
            _rails2(s.version)
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.name == "Rails"
        ):
            continue
        unit.signals[LANGUAGE] = [_renamed(s) for s in signals]
        if "Minitest" in unit.outnumbered:
            unit.outnumbered.discard("Minitest")
            unit.outnumbered.add("Test::Unit")


def _rails2(version: str) -> bool:
    """Whether `version` names a Rails 2 (or older) release."""
    found = _MAJOR.search(version or "")
    return found is not None and int(found.group(0)) <= 2


def _renamed(signal: Signal) -> Signal:
    """A Minitest test signal as Test::Unit's (a count's evidence reworded); others as they are."""
    if signal.kind is not FindingKind.TEST or signal.name != "Minitest":
        return signal
    found = signal.evidence
    text = found.text.replace("Minitest in ", "Test::Unit in ", 1)
    return signal.replace(
        name="Test::Unit", evidence=Evidence(path=found.path, line=found.line, text=text)
    )
