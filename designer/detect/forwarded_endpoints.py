"""Phoenix endpoints another application's router mounts, with no listener of their own.

An Elixir umbrella may split its web layer among applications: an identity application with a
Phoenix endpoint, router, controllers and templates of its own, which the OAuth server's router
mounts under a path (`forward("/accounts", IdentityWeb.Endpoint)`). The identity application's
config starts no server for that endpoint (`server: false`, and no configuration of the tree
turns it on): no port of its own is ever opened, and every request it answers comes through the
other application's listener. It is part of that application's program, as a Node library
whose server a deployed application starts is (`Unit.lends_server`), not a backend of its own,
whatever data its modules keep (they write it for the program that mounts them).

An endpoint that some configuration starts (`server: true`, or a value read at run time, or
`config :phoenix, :serve_endpoints, true`) listens on its own and stays a backend even when
another router forwards to it; an endpoint left without a server that no router of another
application forwards to (dispatched by a reverse proxy's plug by host name) is not read here.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ENDPOINT = re.compile(r"^[ \t]*use[ \t]+Phoenix\.Endpoint\b", re.MULTILINE)

_MODULE = re.compile(r"^[ \t]*defmodule[ \t]+([A-Z][\w.]*)[ \t]+do\b", re.MULTILINE)

_FORWARD = re.compile(
    r"""^[ \t]*forward[ \t(]+["'][^"'\n]*["'][ \t]*,[ \t]*(?:to:[ \t]*)?([A-Z][\w.]*)""",
    re.MULTILINE,
)
"""A router's forward to another plug (`forward "/accounts", IdentityWeb.Endpoint`, Plug.Router's
`forward "/x", to: Mod`): the module captured."""

_CONFIG_START = re.compile(r"^(?:config|import_config)\b", re.MULTILINE)
"""A statement opening the next block of a config file."""

_SERVER = re.compile(r"\bserver:[ \t]*([^,\n\]]+)")
"""An endpoint's `server:` setting, its value captured (`false`, `true`, `System.get_env(…)`)."""

_SERVE_ALL = re.compile(r"config[ \t(]+:phoenix[ \t]*,[ \t]*:serve_endpoints[ \t]*,[ \t]*true")
"""Phoenix told to start every endpoint's server (older releases' way)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.lends_server` on the mix applications whose every Phoenix endpoint a router of
    another application forwards to and no configuration of the tree starts."""
    endpoints = {u.folder: _endpoints(top, u) for u in units.values() if not u.deployable}
    endpoints = {folder: found for folder, found in endpoints.items() if found}
    if not endpoints:
        return
    forwards = _forwards(top, units)
    configs: list[str] | None = None
    for folder, found in sorted(endpoints.items()):
        modules = {module for module, _ in found}
        if not all(
            any(target == module and other != folder for other, target in forwards)
            for module in modules
        ):
            continue
        if configs is None:
            configs = _configs(top, units)
            if any(_SERVE_ALL.search(text) for text in configs):
                return
        if not any(_started(module, configs) for module in modules):
            units[folder].lends_server = True


def _endpoints(top: str, unit: Unit) -> list[tuple[str, str]]:
    """(module, path) of the Phoenix endpoints the unit's code defines."""
    paths = sorted(
        {
            s.evidence.path
            for s in unit.signals.get("elixir", [])
            if s.kind is FindingKind.FRAMEWORK
            and s.strength is Strength.ENTRY
            and s.name == "Phoenix"
            and s.evidence
        }
    )
    found = []
    for path in paths:
        text = read_text(top, path)[0] or ""
        module = _MODULE.search(text)
        if module and _ENDPOINT.search(text):
            found.append((module.group(1), path))
    return found


def _forwards(top: str, units: dict[str, Unit]) -> list[tuple[str, str]]:
    """(folder of the unit, module forwarded to) for every forward in the Elixir sources kept
    beside a Phoenix endpoint of a unit (its router, `lib/app_web/router.ex`)."""
    found = []
    for unit in units.values():
        for _, path in _endpoints(top, unit):
            here = posixpath.dirname(path)
            try:
                names = sorted(os.listdir(os.path.join(top, *here.split("/"))))
            except OSError:
                continue
            for name in names:
                if not name.endswith(".ex"):
                    continue
                text = read_text(top, posixpath.join(here, name))[0] or ""
                found += [(unit.folder, m.group(1)) for m in _FORWARD.finditer(text)]
    return found


def _configs(top: str, units: dict[str, Unit]) -> list[str]:
    """The texts of the `.exs` files in the `config/` folders of the root and of every unit."""
    texts = []
    for folder in sorted({".", *units}):
        base = "config" if folder == "." else posixpath.join(folder, "config")
        try:
            names = sorted(os.listdir(os.path.join(top, *base.split("/"))))
        except OSError:
            continue
        for name in names:
            if name.endswith(".exs"):
                texts.append(read_text(top, posixpath.join(base, name))[0] or "")
    return texts


def _started(module: str, configs: list[str]) -> bool:
    """Whether a config block for the endpoint `module` sets its `server:` to anything but
    `false`."""
    opening = re.compile(r"^config[ \t(]+:\w+[ \t]*,[ \t]*" + re.escape(module) + r"\b", re.M)
    for text in configs:
        for block in opening.finditer(text):
            rest = text[block.end():]
            end = _CONFIG_START.search(rest)
            body = rest[: end.start()] if end else rest
            if any(v.group(1).strip() != "false" for v in _SERVER.finditer(body)):
                return True
    return False
