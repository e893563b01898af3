"""A `.rspec` file alone is no RSpec suite.

`rails new` and `rspec --init` leave a `.rspec` (`--require spec_helper`) at the root, and it
stays when a project drops RSpec or never wrote a spec: an application whose Gemfile names no
RSpec gem and whose tree holds no `*_spec.rb` file has no RSpec tests, whatever options that
file keeps (its only specs may be a JavaScript runner's `spec/javascript/*.spec.js`). Its
signal is dropped then; a gem or a spec file beside it keeps RSpec.

Rails' generators (rspec-rails once installed) also leave spec files behind, each opening with
`require 'spec_helper'`; when the gem is later removed with the helper, those specs remain and
cannot run: an application whose Gemfile names no RSpec gem, whose spec files all load a helper
(`spec_helper` or `rails_helper`) and whose tree holds no such helper has no RSpec suite either.
A helper in the tree (or a gem) keeps RSpec.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

MARKER = ".rspec"

_NOT_OURS = frozenset({"node_modules", "vendor", "tmp", "log", "public"})
"""Folders holding no spec of the application's own (installed gems and packages, output)."""


_HELPERS = ("spec_helper.rb", "rails_helper.rb")
"""The helpers a generated spec file loads (RSpec's own and rspec-rails')."""

_LOADS_HELPER = re.compile(r"""^require[ \t(]*["'](?:spec|rails)_helper["']""")
"""A spec file's opening line loading one of those helpers."""


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


def drop_helperless(top: str, units: dict[str, Unit]) -> None:
    """Drop RSpec from a unit with no RSpec gem whose spec files all load a helper the tree
    lacks (the generators' leftovers)."""
    for unit in units.values():
        rspec = [
            s
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.TEST and s.name == "RSpec"
        ]
        specs = [s for s in rspec if s.evidence.path.endswith("_spec.rb")]
        if not specs or any(
            posixpath.basename(s.evidence.path) != MARKER
            and not s.evidence.path.endswith("_spec.rb")
            for s in rspec
        ):
            continue  # a gem names RSpec, or no spec file does
        if not all(_LOADS_HELPER.match(s.evidence.text or "") for s in specs):
            continue  # a spec file standing on its own may run
        helpers = code_files(top, unit.folder, _HELPERS, 1, skip_dir=_NOT_OURS.__contains__)
        if next(helpers, None) is not None:
            continue
        unit.signals[LANGUAGE] = [s for s in unit.signals[LANGUAGE] if s not in rspec]
