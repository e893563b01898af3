"""Bundler applications whose server is a gem of the bundle kept in the tree.

A repository may assemble its programs with one Gemfile that installs gems of its own tree by
path (`gem "director", path: "director"`) beside the database drivers and test tools, and
nothing else: no code of the Gemfile's folder starts a framework, and each program lives in
its gem's folder (the gemspec naming the web framework and the data layer, the `bin/` script
starting the server, its settings and migrations). The application is the gem holding the
server, named by the folder of its gemspec, where its sources, web dependencies and settings
live (as a root that only assembles a jar is not the application). Its gemspec made it look
like a library only because Bundler installs it as a gem; the bundle's lock resolves its
releases, found by walking up from its folder, and the Gemfile's drivers and test tools are
the ones it runs and is tested with.

A path gem counts only when its gemspec requires at run time both a web framework its own
code starts and a data layer: a gem of the bundle serving routes over memory (a health
monitor reporting to operators) keeps no data of its own, and a library gem starts nothing.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

_PATH_GEM = re.compile(
    r"""^[ \t]*gem[ \t]+['"][\w.-]+['"][ \t]*,[ \t]*(?:path:|:path[ \t]*=>)[ \t]*"""
    r"""['"]([^'"]+)['"]""",
    re.MULTILINE,
)
"""A Gemfile's gem installed from a folder of the tree (`gem 'director', path: 'director'`)."""

_GROUP = re.compile(
    r"^[ \t]*group\b[^\n]*\bdo\b[^\n]*\n(?:[ \t][^\n]*\n|\n)*?[ \t]*end\b", re.MULTILINE
)
"""A `group … do … end` block: gems of the development and test groups run no program."""

_LENT = frozenset({FindingKind.DATABASE, FindingKind.TEST})
"""What the assembling Gemfile gives the application gem: its drivers and its test tools."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Make each path gem holding the server of a Gemfile that only assembles gems of the
    tree an application, with the Gemfile's drivers and test tools."""
    for unit in list(units.values()):
        gemfile = _assembling_gemfile(unit)
        if gemfile is None:
            continue
        text, _ = read_text(top, gemfile)
        if not text:
            continue
        for path in _PATH_GEM.findall(_GROUP.sub("", text)):
            folder = posixpath.normpath(posixpath.join(unit.folder, path))
            gem = units.get(folder)
            if gem is None or gem is unit or not _holds_server(gem):
                continue
            gem.manifests = [
                (p, e, dataclasses.replace(r, library=False) if p.endswith(".gemspec") else r)
                for p, e, r in gem.manifests
            ]
            gem.signals[LANGUAGE] += [s for s in unit.signals.get(LANGUAGE, []) if s.kind in _LENT]


def _assembling_gemfile(unit: Unit) -> str | None:
    """The Gemfile of `unit`'s own folder when it is an application's (not a gem's development
    Gemfile) and nothing of the folder names or starts a framework, else None."""
    gemfiles = [
        (path, result)
        for path, e, result in unit.manifests
        if e == LANGUAGE
        and posixpath.basename(path) == "Gemfile"
        and (posixpath.dirname(path) or ".") == unit.folder
    ]
    if len(gemfiles) != 1 or gemfiles[0][1].library:
        return None
    if any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])):
        return None
    return gemfiles[0][0]


def _holds_server(gem: Unit) -> bool:
    """Whether the folder is a gem whose gemspec requires at run time a framework its code
    starts and a data layer."""
    if not any(p.endswith(".gemspec") for p, e, _ in gem.manifests if e == LANGUAGE):
        return False
    signals = gem.signals.get(LANGUAGE, [])
    started = {
        s.name for s in signals if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    }
    declared = {
        s.name
        for s in signals
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
    }
    data = any(s.kind is FindingKind.ORM and s.strength is Strength.DEPENDENCY for s in signals)
    return bool(started & declared) and data
