"""A `.rspec` file alone is no RSpec suite.

`rails new` and `rspec --init` leave a `.rspec` (`--require spec_helper`) at the root, and it
stays when a project drops RSpec or never wrote a spec: an application whose Gemfile names no
RSpec gem and whose tree holds no `*_spec.rb` file has no RSpec tests, whatever options that
file keeps (its only specs may be a JavaScript runner's `spec/javascript/*.spec.js`). Its
signal is dropped then; a gem or a spec file beside it keeps RSpec.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

MARKER = ".rspec"

_NOT_OURS = frozenset({"node_modules", "vendor", "tmp", "log", "public"})
"""Folders holding no spec of the application's own (installed gems and packages, output)."""


def _marker_only(unit: Unit) -> bool:
    """Whether the unit's only RSpec signals are `.rspec` files."""
    rspec = [
        s
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.TEST and s.name == "RSpec"
    ]
    return bool(rspec) and all(posixpath.basename(s.evidence.path) == MARKER for s in rspec)


def drop_bare(top: str, units: dict[str, Unit]) -> None:
    """Drop the RSpec signal a lone `.rspec` gives a unit with no RSpec gem nor spec file."""
    for unit in units.values():
        if not _marker_only(unit):
            continue
        found = code_files(top, unit.folder, ("_spec.rb",), 1, skip_dir=_NOT_OURS.__contains__)
        if next(found, None) is not None:
            continue  # a spec file (or more than one): the suite is there
        unit.signals[LANGUAGE] = [
            s
            for s in unit.signals[LANGUAGE]
            if not (s.kind is FindingKind.TEST and posixpath.basename(s.evidence.path) == MARKER)
        ]
