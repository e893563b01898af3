"""Ruby: a data-layer gem the Gemfile keeps and no code names, beside one the code does use.

A Gemfile may keep the gems of a data layer the application has left (DataMapper's `dm-core`
and its adapter, from a first version) beside the one its code now runs on (`sequel`, whose
`Sequel.connect` and `Sequel::Model` the code holds). Ranked as kinds alone, the two tie and
the older one may win. A Ruby data layer is reached only through its own constant (models
include `DataMapper::Resource` or subclass `Sequel::Model`, start-up calls `DataMapper.setup` or
`Sequel.connect`): Bundler may load a gem nobody uses, but no code reaches its layer without
naming it. So where a Ruby unit's own Gemfile declares two or more data layers at runtime and
its code (tests and vendored gems left out) names some, a layer of `_JUDGED` that no file names
is dropped. ActiveRecord and ROM are never dropped, only taken as used: a Rails app's models
may subclass a base class of its own, and Hanami's repositories name no ROM constant. A tree
too large to read whole is left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

MAX_FILES = 2000
"""Ruby files read per unit at most: a larger tree is left alone."""

_USES = {
    "DataMapper": re.compile(r"\bDataMapper(?:::|\.)"),
    "Sequel": re.compile(r"\bSequel(?:::|\.)"),
    "Mongoid": re.compile(r"\bMongoid(?:::|\.)"),
    "ActiveRecord": re.compile(r"\b(?:ActiveRecord(?:::|\.)|ApplicationRecord\b)"),
    "ROM": re.compile(r"\b(?:ROM(?:::|\.)|Hanami::Repository\b)"),
}
"""Data layer → how code reaching it names it."""

_JUDGED = frozenset({"DataMapper", "Sequel", "Mongoid"})
"""Data layers whose every use names their constant (see the module's docstring)."""

_SKIPPED = frozenset({"spec", "test", "tests", "features", "vendor", "node_modules", "tmp"})
"""Folders holding no application code: tests, vendored gems, installed packages."""


def drop_unnamed(top: str, units: dict[str, Unit]) -> None:
    """Remove from each Ruby unit the data layers its own Gemfile declares that none of its
    code names, where its code names another it declares."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        gemfile = posixpath.join(folder, "Gemfile") if folder != "." else "Gemfile"
        declared = {
            s.name
            for s in signals
            if s.kind is FindingKind.ORM
            and s.strength is Strength.DEPENDENCY
            and s.evidence.path == gemfile
            and s.name in _USES
        }
        if len(declared) < 2 or not declared & _JUDGED:
            continue
        nested = {f for f in units if f != folder and (folder == "." or f.startswith(folder + "/"))}
        used = _named(top, folder, declared, nested)
        if used is None or not used:
            continue
        unnamed = (declared & _JUDGED) - used
        if not unnamed:
            continue
        unit.signals[LANGUAGE] = [
            s
            for s in signals
            if not (
                s.kind in (FindingKind.ORM, FindingKind.MIGRATIONS)
                and any(s.name.startswith(name) for name in unnamed)
            )
        ]


def _named(top: str, folder: str, layers: set[str], nested: set[str]) -> set[str] | None:
    """The `layers` some Ruby file of `folder` names (tests, vendored code and the `nested`
    projects left out), or None when the folder holds more than MAX_FILES of them."""
    paths = all_code_files(
        top,
        folder,
        (".rb", ".ru", "Rakefile"),
        MAX_FILES,
        skip_dir=_SKIPPED.__contains__,
        nested=nested,
    )
    if paths is None:
        return None
    found: set[str] = set()
    for path in paths:
        text = read_text(top, path)[0] or ""
        found |= {name for name in layers - found if _USES[name].search(text)}
        if found == layers:
            break
    return found
