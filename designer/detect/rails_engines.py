"""Rails engine gems: a library the hosting application mounts, no backend to guess.

A Rails engine is shipped as a gem: a gemspec depending on `rails`, a Gemfile that only loads
it (`gemspec`) for development, and `lib/<name>/engine.rb` declaring `class Engine <
::Rails::Engine`. Its root holds what an application's does (app/ with controllers and models,
config/routes.rb, db/migrate), but it has no application of its own: no
`config/application.rb` and no `config.ru` there; it runs inside the host that mounts it, and
its tests boot a dummy host under spec/ or test/ (a test host, never a backend). The Ruby
manifests already call such a folder a library (`ManifestResult.library`), which keeps it out
of the services; this marks it `Unit.settled`, so that `monorepo.backends`' guess for a tree
whose framework went unrecognised does not make it one either (HELDOUT.md: libraries, a
module others depend on with no entry point of its own).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.walker import read_text

LANGUAGE = "ruby"

_ENGINE = re.compile(r"^\s*class\s+Engine\s*<\s*(?:::)?Rails::Engine\b", re.MULTILINE)
"""The engine's class, as the plugin generator writes it."""

_APPLICATION_FILES = ("config/application.rb", "config.ru")
"""What an application of its own has at its root and an engine gem has not."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.settled` on the Ruby folders whose own manifests are a gem's, declaring a
    Rails engine in lib/ and no application at their root."""
    for unit in units.values():
        home = [
            r
            for path, eco, r in unit.manifests
            if eco == LANGUAGE and (posixpath.dirname(path) or ".") == unit.folder
        ]
        if unit.settled or not home or not all(r.library for r in home):
            continue
        base = os.path.join(top, unit.folder)
        if any(os.path.isfile(os.path.join(base, name)) for name in _APPLICATION_FILES):
            continue
        if _declares_engine(top, unit.folder):
            unit.settled = True


def _declares_engine(top: str, folder: str) -> bool:
    """Whether `lib/*/engine.rb`, `lib/*/*/engine.rb` (or `lib/engine.rb`) of the folder
    declares a Rails engine. The plugin generator nests a namespaced engine's files one folder
    deeper: a gem named `acme-billing` (module `Acme::Billing`) keeps its engine in
    `lib/acme/billing/engine.rb`."""
    lib = posixpath.normpath(posixpath.join(folder, "lib"))
    candidates = [posixpath.join(lib, "engine.rb")]
    for name in _folders(top, lib):
        inner = posixpath.join(lib, name)
        candidates.append(posixpath.join(inner, "engine.rb"))
        candidates += [
            posixpath.join(inner, nested, "engine.rb") for nested in _folders(top, inner)
        ]
    for path in candidates:
        if not os.path.isfile(os.path.join(top, path)):
            continue
        if _ENGINE.search(read_text(top, path)[0] or ""):
            return True
    return False


def _folders(top: str, path: str) -> list[str]:
    """The names of the folders directly in `path`, sorted (none when it cannot be read)."""
    try:
        names = sorted(os.listdir(os.path.join(top, path)))
    except OSError:
        return []
    return [name for name in names if os.path.isdir(os.path.join(top, path, name))]
