"""Rails 2 applications, which predate Bundler: no Gemfile, their gems named in
`config/environment.rb`.

A Rails 2 application pins the Rails release it runs on in that file (`RAILS_GEM_VERSION =
'2.3.5'`), boots through `Rails::Initializer.run`, and declares in that block the gems it loads
(`config.gem "pg", :version => ">= 0.8"`, which `rake gems:install` installs). With no Gemfile
beside it, that file is the application's manifest: the Rails declaration gives Rails and what
the `rails` gem lends every application (ActiveRecord and its migrations), unless the block
takes Active Record out (`config.frameworks -= [:active_record]`); each `config.gem` line gives
what the catalogue knows of its gem; the initializer is the entry point.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.ruby import CATALOG, GLUE, LENT_BY_RAILS
from designer.detect.signals import LazyPattern, Signal, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "ruby"

ENVIRONMENT = "config/environment.rb"
"""Where a Rails 2 application names its Rails release and its gems."""

_INITIALIZER = LazyPattern(r"^[ \t]*Rails::Initializer\.run\b[^\n]*", re.MULTILINE)
_PINNED = LazyPattern(r"""^[ \t]*RAILS_GEM_VERSION[ \t]*=[ \t]*['"]([^'"]+)['"]""", re.MULTILINE)
_GEM = LazyPattern(
    r"""^[ \t]*config\.gem[ \t(]+['"]([\w.-]+)['"]"""
    r"""(?:[^\n#]*?:version[ \t]*=>[ \t]*['"]([^'"]+)['"])?""",
    re.MULTILINE,
)
_WITHOUT_RECORD = LazyPattern(
    r"^[ \t]*config\.frameworks[ \t]*-=[^\n#]*:active_record\b", re.MULTILINE
)
"""The block leaving Active Record out (the generator writes the line commented out)."""


def _evidence(path: str, text: str, start: int, matched: str) -> Evidence:
    return Evidence(path=path, line=text.count("\n", 0, start) + 1, text=matched.strip())


def read(top: str, units: dict[str, Unit]) -> None:
    """Give each Ruby folder with no Gemfile whose `config/environment.rb` boots Rails 2 the
    dependencies that file declares and the initializer as its entry point."""
    for unit in units.values():
        if any(eco == LANGUAGE for _, eco, _ in unit.manifests):
            continue
        path = posixpath.join(unit.folder, ENVIRONMENT).removeprefix("./")
        text = read_text(top, path)[0]
        started = _INITIALIZER.search(text) if text else None
        if text is None or started is None:
            continue
        found = [
            Signal(
                FindingKind.FRAMEWORK,
                "Rails",
                Strength.ENTRY,
                _evidence(path, text, started.start(), started.group(0)),
            )
        ]
        pinned = _PINNED.search(text)
        if pinned:
            evidence = _evidence(path, text, pinned.start(), pinned.group(0))
            found += dependency_signals(CATALOG, "rails", pinned.group(1), False, evidence, GLUE)
        for gem in _GEM.finditer(text):
            evidence = _evidence(path, text, gem.start(), gem.group(0))
            found += dependency_signals(
                CATALOG, gem.group(1), gem.group(2) or "", False, evidence, GLUE
            )
        if _WITHOUT_RECORD.search(text):
            found = [s for s in found if not (s.package == "rails" and s.kind in LENT_BY_RAILS)]
        unit.signals[LANGUAGE] = [*unit.signals.get(LANGUAGE, []), *found]
