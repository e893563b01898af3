"""Perl code the walk leaves out: a distribution's application class deep in `lib/`, and the
scripts without an extension in `script/`, `bin/` or `web/` that start it.

The walk names the shallowest files of a project (`walker.MAX_SOURCES`) and reads a file
only by its ending. A Perl application keeps its class where its name puts it
(`lib/SReview/Web.pm`, past the quota of its shallower modules) and starts it from a script
named like a command (`script/myapp` running `Mojolicious::Commands->start_app('MyApp')`, a
Mojolicious::Lite `script/front` ending in `app->start`): where the framework is started
and the data layer opened, the walk may read neither. So each Perl distribution's modules are
looked through for the few that start a framework or open a store, read with every rule as
the walk would have, and its scripts are read with the rules of a `.pl` file.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect import source_rules
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.perl import SCHEMA_CLASS
from designer.detect.walker import Source, read_text
from designer.model.stack import Evidence

LANGUAGE = "perl"

MAX_MODULES = 400
"""Modules under `lib/` looked through per distribution at most."""

MAX_FILES = 8
"""Modules read with every rule per distribution at most: an application starts in one
class and opens its stores in a few."""

SCRIPT_FOLDERS = ("script", "bin", "web")
"""Where a distribution keeps the commands that start it."""

_SHOWS = re.compile(
    r"^use[ \t]+Mojo::Base[ \t]+(?:-base[ \t]*,[ \t]*)?[\"']Mojolicious[\"']"
    r"|^use[ \t]+(?:base|parent)[ \t]+(?:-norequire[ \t]*,[ \t]*)?[\"']Mojolicious[\"']"
    r"|^__PACKAGE__->setup\b"
    r"|^use[ \t]+DBI(?:x::Connector)?\b(?!::)"
    r"|\bDBIx::Custom->connect\b|\b[\w:]+::Schema->connect\b|\bMojo::(?:Pg|SQLite|mysql)->new\b"
    rf"|{SCHEMA_CLASS}",
    re.MULTILINE,
)
"""What makes a module worth reading whole: the application class, a store opened."""

_PERL_SCRIPT = re.compile(r"\A#![^\n]*\bperl\b")


def _perl_units(units: dict[str, Unit]) -> list[Unit]:
    """The units whose own folder holds a Perl distribution's manifest."""
    return [
        unit
        for unit in units.values()
        if any(
            e == LANGUAGE and (posixpath.dirname(path) or ".") == unit.folder
            for path, e, _ in unit.manifests
        )
    ]


def sources(
    top: str, units: dict[str, Unit], walked: dict[str, list[Source]]
) -> dict[str, list[Source]]:
    """Per Perl distribution, the modules under `lib/` the walk did not name that start a
    framework or open a store (read as entry points: their code, not their strings)."""
    found: dict[str, list[Source]] = {}
    for unit in _perl_units(units):
        named = {s.path for s in walked.get(unit.folder, ())}
        lib = "lib" if unit.folder == "." else f"{unit.folder}/lib"
        picked: list[Source] = []
        for path in code_files(top, lib, (".pm",), MAX_MODULES):
            if path is None or len(picked) >= MAX_FILES:
                break
            if path in named:
                continue
            text = read_text(top, path)[0]
            if text and _SHOWS.search(text):
                picked.append(Source(path, False, True))
        if picked:
            found[unit.folder] = picked
    return found


def scripts(top: str, units: dict[str, Unit]) -> None:
    """Read each Perl distribution's scripts without an extension (a `#!…perl` first line)
    with the rules of a `.pl` file, their signals the distribution's."""
    for unit in _perl_units(units):
        hits: dict[source_rules.Counter, int] = {}
        for folder in SCRIPT_FOLDERS:
            relative = folder if unit.folder == "." else f"{unit.folder}/{folder}"
            for path in _extensionless(top, relative):
                text = read_text(top, path)[0]
                if not text or not _PERL_SCRIPT.match(text):
                    continue
                for eco, signal in source_rules.apply_rules(path + ".pl", text, False, True, hits):
                    if eco != LANGUAGE:
                        continue
                    evidence = Evidence(
                        path=path, line=signal.evidence.line, text=signal.evidence.text
                    )
                    unit.signals[LANGUAGE].append(signal.replace(evidence=evidence))


def _extensionless(top: str, folder: str) -> list[str]:
    """The files without a dot in their name directly in `folder` (relative to `top`)."""
    try:
        names = sorted(os.listdir(os.path.join(top, *folder.split("/"))))
    except OSError:
        return []
    return [
        f"{folder}/{name}"
        for name in names
        if "." not in name and os.path.isfile(os.path.join(top, *folder.split("/"), name))
    ]
