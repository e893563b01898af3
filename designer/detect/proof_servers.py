"""Servers their own words call a proof of concept: a trial beside the product, not a backend.

A product's repository sometimes keeps a trial of another way to do one of its jobs: beside a
Rails application rendering listing videos through a paid cloud API, a folder trying a
self-hosted renderer, with a small Express server "accepting render requests" that the README
tells a developer to start by hand and "call from Rails" — while the Rails code still calls the
cloud API, and the README recommends a serverless deployment for production. Its code cannot
tell it from a rendering service; its own words can: the comment opening the file that starts
its framework ("This is a proof-of-concept Express server"), its README's lead, or the lead of
the README of the folder it lies in ("Listing Video - Remotion Proof of Concept"). HELDOUT.md
counts prototypes and demos as no backends (`nonservices.EXAMPLE_FOLDERS` leaves out a folder
named `prototype/`). Such a project is a trial, not a backend, when at the same time:

- it lies below the repository root (the root is the product itself) and its own words, as
  above, call it (or the folder holding it) a proof of concept (`proof of concept`,
  `proof-of-concept`, `PoC`);
- it keeps no data (a data layer or a store of its own makes it a service someone adopted);
- nothing deploys it: no container or platform manifest in its folder, no deployment start
  (`Unit.deployable`, `Unit.deployed_starts`), and no command, build, CI or configuration file
  outside its folder names its path;
- the repository ships some other project of its own: it deploys its services, and this one is
  not among them.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.hand_servers import deploys_itself, mark_unnamed
from designer.detect.nonservices import DATA_KINDS
from designer.detect.readme_doubles import readme_lead
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_PROOF = re.compile(r"(?i:\bproof[- ]of[- ]concept\b)|\bPoC\b")
"""Words calling a program a proof of concept (`proof-of-concept Express server`, `Remotion
Proof of Concept`, `PoC`: the abbreviation only in its own casing, not a word `poc`)."""

_LEAD_COMMENT = re.compile(
    r"\A(?:[ \t]*(?:#![^\n]*|'use strict';?|\"use strict\";?)?\n)*"
    r"[ \t]*(/\*.*?\*/|(?:(?://|#)[^\n]*\n[ \t]*)+|\"\"\".*?\"\"\")",
    re.DOTALL,
)
"""The comment opening a source file, past a shebang or a `use strict` line: a block comment,
a run of line comments, or a Python docstring."""

MAX_LEAD = 800
"""Characters of a file's opening comment read."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the projects below the root keeping no data, deployed and named by
    nothing, whose own words call them (or the folder holding them) a proof of concept, in a
    repository shipping another project."""
    candidates = [
        u
        for folder, u in sorted(units.items())
        if folder != "." and _candidate(top, u) and _called_a_proof(top, u)
    ]
    mark_unnamed(top, units, candidates)


def _candidate(top: str, unit: Unit) -> bool:
    """Whether the unit starts a framework in its code, keeps no data and deploys nothing of
    its own."""
    if unit.deployable or unit.deployed_starts or not _starts(unit):
        return False
    if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
        return False
    return not deploys_itself(top, unit.folder)


def _starts(unit: Unit) -> set[str]:
    """The files of the unit's code starting a web framework."""
    return {
        s.evidence.path
        for found in unit.signals.values()
        for s in found
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY and s.evidence
    }


def _called_a_proof(top: str, unit: Unit) -> bool:
    """Whether the opening comment of a file starting its framework, or the lead of a README
    in its folder or a folder above it below the root, calls it a proof of concept."""
    for path in sorted(_starts(unit)):
        text = read_text(top, path)[0] or ""
        found = _LEAD_COMMENT.match(text)
        if found and _PROOF.search(found.group(1)[:MAX_LEAD]):
            return True
    folder = unit.folder
    while folder not in (".", ""):
        if _PROOF.search(readme_lead(top, folder)):
            return True
        folder = posixpath.dirname(folder)
    return False
