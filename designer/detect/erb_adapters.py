"""Ruby: the branch of an ERB conditional in `database.yml` the application takes by default.

A Rails application that runs on SQLite unless the operator asks for a server may write its
`config/database.yml` as two whole sets of environments behind an ERB test of one setting:

    <% if Product.config.db_adapter == "postgresql" %>
    production:
      primary:
        <<: *pg_default
    <% else %>
    production:
      primary:
        <<: *sqlite_default
    <% end %>

Both branches name an adapter (and both adapters' gems are declared), so neither the file nor
the Gemfile tells the engine apart. The setting's default does: when it is read from the
environment (`ENV["DB_ADAPTER"]`, unset by default; `ENV.fetch("DB_ADAPTER", "sqlite")`) or is
declared with a default in the application's configuration (`has_config :db_adapter, default:
"sqlite"`, `config_accessor :db_adapter, default: …`), the branch that default selects holds
the production environment the application runs on unless told otherwise. Its adapter (written
in the branch or merged from an anchor, `<<: *sqlite_default`) is the engine, at production
scope. A test whose setting's default cannot be found decides nothing.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "ruby"

_FILE = "config/database.yml"

_ENGINES = {
    "postgresql": "PostgreSQL",
    "postgres": "PostgreSQL",
    "postgis": "PostgreSQL",
    "pg": "PostgreSQL",
    "mysql": "MySQL",
    "mysql2": "MySQL",
    "trilogy": "MySQL",
    "mariadb": "MySQL",
    "sqlite": "SQLite",
    "sqlite3": "SQLite",
}
"""Adapter names and the names settings give them (`"sqlite"` for `sqlite3`) → engine."""

_TAG = re.compile(r"^[ \t]*<%-?[ \t]*(if|elsif|else|end)\b(.*?)-?%>[ \t]*$", re.MULTILINE)
"""An ERB control line of the file (`<% if … %>`, `<% elsif … %>`, `<% else %>`, `<% end %>`)."""

_TEST = re.compile(r"^[ \t]*(.+?)[ \t]*(==|!=)[ \t]*[\"']([\w.-]+)[\"'][ \t]*$")
"""A condition comparing one expression with a literal (`X.config.db_adapter == "postgresql"`)."""

_MAX_CONDITION = 400
"""Characters of an ERB condition read at most."""

_ENV = re.compile(
    r"^ENV(?:\[[ \t]*[\"'](\w+)[\"'][ \t]*\]"
    r"(?:[ \t]*\|\|[ \t]*[\"']([\w.-]+)[\"'])?"
    r"|\.fetch\([ \t]*[\"'](\w+)[\"'][ \t]*(?:,[ \t]*[\"']([\w.-]+)[\"'][ \t]*)?\)"
    r"(?:[ \t]*\{[ \t]*[\"']([\w.-]+)[\"'][ \t]*\})?)$"
)
"""An environment lookup and its literal fallback, if any."""

_SETTING = re.compile(r"^[\w:]+(?:\.\w+)*\.(\w+)$")
"""A setting read from a configuration object (`Product.config.db_adapter`): its last name."""

_CONFIG_DIRS = ("config", "config/initializers")
"""Where the application declares its settings and their defaults."""

_ENV_UNSET = ""
"""The value an environment lookup without fallback has when the variable is unset."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each Ruby unit whose `database.yml` picks its environments by an ERB test of one
    setting the production adapter of the branch the setting's default selects."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        own = "" if unit.folder == "." else unit.folder
        path = posixpath.join(own, _FILE) if own else _FILE
        text = read_text(top, path)[0]
        if text is None or "<%" not in text:
            continue
        found = _default_branch(top, own, text)
        if found is None:
            continue
        start, end = found
        adapter = _production_adapter(text, start, end)
        if adapter is None:
            continue
        engine, line, shown = adapter
        signals.append(Signal(
            FindingKind.DATABASE, engine, Strength.ENTRY,
            Evidence(path=path, line=line, text=shown), scope=Scope.PRODUCTION,
        ))


def _default_branch(top: str, own: str, text: str) -> tuple[int, int] | None:
    """The span of the branch of the file's one top-level ERB conditional that the tested
    setting's default selects, or None."""
    tags = list(_TAG.finditer(text))
    if not tags or tags[0].group(1) != "if" or tags[-1].group(1) != "end":
        return None
    if sum(1 for tag in tags if tag.group(1) in ("if", "end")) != 2:
        return None  # nested or several conditionals: not this shape
    subject = None
    default: str | None = None
    for index, tag in enumerate(tags[:-1]):
        word = tag.group(1)
        start, end = tag.end(), tags[index + 1].start()
        if word == "else":
            return start, end
        # A condition is a short expression; a long line (padding) is no test of this shape,
        # and the lazy subject would be tried against it at every length.
        condition = tag.group(2)
        test = _TEST.match(condition) if len(condition) <= _MAX_CONDITION else None
        if test is None:
            return None
        if subject is None:
            subject = test.group(1)
            default = _default(top, own, subject)
            if default is None:
                return None
        elif test.group(1) != subject:
            return None
        same = _name(default or "") == _name(test.group(3))
        if same == (test.group(2) == "=="):
            return start, end
    return None


def _name(value: str) -> str:
    """A setting's value as the engine it names, or itself."""
    return _ENGINES.get(value.lower(), value.lower())


def _default(top: str, own: str, subject: str) -> str | None:
    """The value `subject` has when nobody sets it: an environment lookup's fallback (empty
    when it has none), or the default the application's configuration declares for the
    setting; None when it cannot be told."""
    env = _ENV.match(subject)
    if env is not None:
        return env.group(2) or env.group(4) or env.group(5) or _ENV_UNSET
    setting = _SETTING.match(subject)
    if setting is None:
        return None
    declared = re.compile(
        r"(?:^|[\s(])[:\"']?" + re.escape(setting.group(1))
        + r"\b[\"']?[ \t]*,[^\n]*?\bdefault:[ \t]*[\"']([\w.-]+)[\"']",
        re.MULTILINE,
    )
    for folder in _CONFIG_DIRS:
        relative = posixpath.join(own, folder) if own else folder
        try:
            names = sorted(os.listdir(os.path.join(top, *relative.split("/"))))
        except OSError:
            continue
        for name in names:
            if not name.endswith(".rb"):
                continue
            text = read_text(top, posixpath.join(relative, name))[0]
            match = declared.search(text) if text is not None else None
            if match is not None:
                return match.group(1)
    return None


_KEY = re.compile(r"^([\w-]+):[ \t]*(?:&([\w-]+))?[ \t]*(?:#.*)?$", re.MULTILINE)
_ADAPTER = re.compile(r"^[ \t]+adapter:[ \t]*[\"']?(\w+)", re.MULTILINE)
_MERGE = re.compile(r"^[ \t]+<<:[ \t]*\*([\w-]+)", re.MULTILINE)


def _production_adapter(text: str, start: int, end: int) -> tuple[str, int, str] | None:
    """The engine of the `production:` environment between `start` and `end` (its own
    adapter, or the adapter of the first anchor it merges), with its line and text."""
    production = None
    for key in _KEY.finditer(text, start, end):
        if key.group(1) == "production":
            production = key
            break
    if production is None:
        return None
    stop = end
    for key in _KEY.finditer(text, production.end(), end):
        stop = key.start()
        break
    adapter = _ADAPTER.search(text, production.end(), stop)
    merge = _MERGE.search(text, production.end(), stop)
    if adapter is not None and (merge is None or adapter.start() < merge.start()):
        value, at = adapter.group(1), adapter.start()
    elif merge is not None:
        value, at = _anchor_adapter(text, merge.group(1)), merge.start()
        if value is None:
            return None
    else:
        return None
    engine = _ENGINES.get(value.lower().split("_")[0])
    if engine is None:
        return None
    line = text.count("\n", 0, at) + 1
    shown = text[at:text.find("\n", at) if "\n" in text[at:] else len(text)].strip()
    return engine, line, shown


def _anchor_adapter(text: str, anchor: str) -> str | None:
    """The adapter the top-level block defining `&anchor` names."""
    for key in _KEY.finditer(text):
        if key.group(2) != anchor:
            continue
        following = _KEY.search(text, key.end())
        stop = following.start() if following is not None else len(text)
        adapter = _ADAPTER.search(text, key.end(), stop)
        return adapter.group(1) if adapter is not None else None
    return None
