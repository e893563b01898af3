"""Rails applications whose routes file draws no route at all.

A Rails application may do all its work through a message broker (subscribers and publishers
of an event library over AMQP, jobs) and keep the web stack only because the framework comes
whole: its `config/routes.rb` is the generator's empty `Rails.application.routes.draw do … end`
holding at most comments, and its controllers folder only the ApplicationController. A program
with no HTTP route serves nothing and is no backend, whatever data it keeps (HELDOUT.md,
"Terms"). Only the routes file is read: any line in the block (a `resources`, a `mount`, a
`draw(:admin)` of a routes file kept aside, a `devise_for`) leaves the application a backend,
and so does a missing or unreadable file, or a block this reading cannot find.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

ROUTES = "config/routes.rb"

_DRAW = re.compile(r"\.routes\.draw[ \t]*(?:do(?:[ \t]*\|[^|\n]*\|)?|\{)[ \t]*(?:#[^\n]*)?$", re.M)
"""The opening of the routes block, as the generator writes it."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Rails applications whose routes file draws nothing, and
    `Unit.settled`: a program known to serve nothing is no backend to guess either."""
    for unit in units.values():
        if unit.no_web or main_ecosystem(unit) != LANGUAGE:
            continue
        frameworks = {
            s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK
        }
        if "Rails" not in frameworks:
            continue
        text = read_text(top, posixpath.normpath(posixpath.join(unit.folder, ROUTES)))[0]
        if text is not None and draws_nothing(text):
            unit.no_web = True
            unit.settled = True


def draws_nothing(text: str) -> bool:
    """Whether a routes file's one `routes.draw` block holds only comments and blank lines."""
    opened = list(_DRAW.finditer(text))
    if len(opened) != 1:
        return False
    body = [
        line.strip()
        for line in text[opened[0].end() :].splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    return body in (["end"], ["}"])
