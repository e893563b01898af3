"""Elixir: the engine of the Repo an application lists as its own, among several Repos.

A Phoenix application usually defines one `Ecto.Repo`, and its adapter
(`adapter: Ecto.Adapters.Postgres`) is the engine it runs on. Some define more: a tool that
queries its users' databases keeps a Repo per engine it can reach (`QueryDesk.MySQLRepo` on
MyXQL, `QueryDesk.ClickHouseRepo`, started dynamically against the databases it is pointed
at), each with its driver among the dependencies and, often, a Compose service for
development. Ecto asks an application to name its own Repos, the ones it migrates and starts
with itself, in its configuration (`config :app, ecto_repos: [App.Repo]`): the adapter of a
Repo listed there is the program's own explicit choice (`Scope.CHOSEN`), above drivers and
Compose databases kept for the others, which stay as secondary engines.

Only read where a unit's code names adapters of more than one engine; a single Repo's adapter
ranks as before.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern, Scope, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "elixir"

_ADAPTER = re.compile(r"\badapter:[ \t]*Ecto\.Adapters\.")

_DEFMODULE = LazyPattern(r"^[ \t]*defmodule[ \t]+([\w.]+)[ \t]+do\b")

_LISTED = LazyPattern(r"\becto_repos:\s*\[([^\[\]]*)\]")
"""The Repos an application names as its own (`ecto_repos: [App.Repo, App.ReadRepo]`)."""

CONFIGS = ("config/config.exs", "config/runtime.exs", "config/prod.exs")
"""Where a mix project's configuration names its Repos (the generator's `config.exs`)."""


def choose(top: str, units: dict[str, Unit]) -> None:
    """Rank as the program's own choice the adapters of the Repos the configuration lists,
    in each Elixir unit whose code names the adapters of several engines."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        adapters = [
            s
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.strength is Strength.ENTRY
            and s.evidence.line
            and _ADAPTER.search(s.evidence.text or "")
        ]
        if len({s.name for s in adapters}) < 2:
            continue
        listed = _listed_repos(top, unit.folder)
        if not listed:
            continue
        own = [s for s in adapters if _module_at(top, s.evidence.path, s.evidence.line) in listed]
        # Only when the listed Repos settle it: every one of them on a single engine.
        if not own or len({s.name for s in own}) != 1:
            continue
        unit.signals[LANGUAGE] = [
            s.replace(scope=Scope.CHOSEN) if any(s is o for o in own) else s for s in signals
        ]


def _listed_repos(top: str, folder: str) -> set[str]:
    found: set[str] = set()
    for name in CONFIGS:
        path = posixpath.normpath(posixpath.join(folder, name))
        text = read_text(top, path)[0] or ""
        for match in _LISTED.finditer(text):
            found |= {m.strip() for m in match.group(1).split(",") if m.strip()}
    return found


def _module_at(top: str, path: str, line: int) -> str | None:
    """The module whose `defmodule` last opens above line `line` (1-based) of the file."""
    text = read_text(top, path)[0] or ""
    module = None
    for code in text.splitlines()[:line]:
        found = _DEFMODULE.match(code)
        if found:
            module = found.group(1)
    return module
