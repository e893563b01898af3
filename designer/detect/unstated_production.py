"""Ruby: a `database.yml` that states no production environment speaks for development only.

Rails reads a deployed application's connection from `DATABASE_URL` when its
`config/database.yml` has no `production:` environment (the platform that hosts it, a Heroku
add-on or a managed server, sets the variable). A file that writes development and test alone
(`adapter: sqlite3` for both, Rails' generated default) then names the engine developers run,
not the one the application is deployed on: its engines count as fallbacks (`Scope.FALLBACK`),
as a development profile's do, below the drivers the bundle installs everywhere. A file with
no other engine beside it still gives its own.

A file that mentions production anywhere outside a comment is left as it is: an environment
written by ERB (`<% %w[development production].each do |env| %>`) is no `production:` key,
yet it is one.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal
from designer.detect.source_lines import SourceLines, rescope_each
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

_FILES = ("database.yml", "database.yml.example")
"""The settings files Active Record's rules read."""

_DEV_KEY = re.compile(r"^(?:development|test):", re.MULTILINE)
"""A development or test environment of the file: what makes it a file of environments."""

_COMMENT = re.compile(r"(?m)^[ \t]*#.*$|[ \t]#.*$")
"""A YAML comment, a whole line or the tail of one (Rails' template explains production's
`DATABASE_URL` in comments)."""


def rescope(top: str, units: dict[str, Unit]) -> None:
    """Count as fallbacks the engines of database.yml files with no production environment."""
    rescope_each(top, units, LANGUAGE, _rescoped)


def _rescoped(signal: Signal, sources: SourceLines) -> Signal:
    path = signal.evidence.path
    if (
        signal.kind is not FindingKind.DATABASE
        or (signal.scope is not None and signal.scope >= Scope.FALLBACK)
        or path.rsplit("/", 1)[-1] not in _FILES
    ):
        return signal
    text = sources.text(path)
    if not _DEV_KEY.search(text) or "production" in _COMMENT.sub("", text).lower():
        return signal
    return signal.replace(scope=Scope.FALLBACK)
