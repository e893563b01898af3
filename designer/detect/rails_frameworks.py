"""A Rails application that loads Rails' frameworks one by one and leaves Active Record out.

`require "rails/all"` loads every framework Rails ships; an application may instead require
only the railties it uses (`require "action_controller/railtie"`, Rails' own generator
writing `# require "active_record/railtie"` for an application made without a database).
One that requires none of Active Record's keeps no data through it, whatever the `rails`
meta-gem lends on the manifest's line: that ActiveRecord and its migrations are no finding of
the application's, nor the engine of the `config/database.yml` the generator left (Active
Record's settings, which nothing else reads).

Such an application that renders HTML pages (an application layout among its views) and is
not an API-only one (`config.api_only = true`) is a UI (`Unit.renders_ui`): its routes render
pages over another service's data, as a Rails front end over the API of a backend beside it
does. Whether it then keeps data some other way (Mongoid, a Redis store) is `ui_only`'s
question, as for every UI.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.ruby import LENT_BY_RAILS
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

APPLICATION = "config/application.rb"
"""Where a Rails application requires its frameworks."""

SETTINGS = "config/database.yml"
"""Active Record's database settings."""

LAYOUTS = "app/views/layouts"
"""Where a Rails application keeps the layouts its HTML pages render in."""

_RAILTIE = re.compile(r"""^[ \t]*require[ \t(]+["']([\w/]+)/railtie["']""", re.MULTILINE)
"""A framework required on a line of its own (a commented-out line requires nothing)."""

_ALL = re.compile(r"""^[ \t]*require[ \t(]+["']rails/all["']""", re.MULTILINE)

_API_ONLY = re.compile(r"^[ \t]*config\.api_only[ \t]*=[ \t]*true\b", re.MULTILINE)


def drop_unloaded(top: str, units: dict[str, Unit]) -> None:
    """Take the meta-gem's ActiveRecord from each Rails application whose configuration
    requires Rails' frameworks one by one and not Active Record's, and mark those of them
    rendering HTML pages as UIs."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "Rails" for s in signals
        ):
            continue
        text = read_text(top, posixpath.join(unit.folder, APPLICATION))[0]
        if not text or _ALL.search(text):
            continue
        railties = set(_RAILTIE.findall(text))
        if not railties or "active_record" in railties:
            continue
        settings = posixpath.join(unit.folder, SETTINGS).removeprefix("./")
        for language, found in unit.signals.items():
            unit.signals[language] = [
                s
                for s in found
                if not (s.package == "rails" and s.kind in LENT_BY_RAILS)
                and not (s.kind is FindingKind.DATABASE and s.evidence.path == settings)
            ]
        if not _API_ONLY.search(text) and _has_html_layout(top, unit.folder):
            unit.renders_ui = True


def _has_html_layout(top: str, folder: str) -> bool:
    try:
        names = os.listdir(os.path.join(top, folder, LAYOUTS))
    except OSError:
        return False
    # A mailer's layout renders e-mails, which an API-only application sends too.
    return any(".html" in name and not name.startswith("mailer.") for name in names)
