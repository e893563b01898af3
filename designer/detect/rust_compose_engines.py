"""Rust: a helper Compose file's database no crate of the tree has a client for.

A Compose file that builds nothing of the tree gives its databases to the project it lies in,
as development help (`docker compose up db`, `sidefiles`). A repository may keep such a file
for something else, though: an `ops/` stack copied from a sibling project (a message broker,
MongoDB and its console, an object store) beside the project's own Compose file. A Rust
program is compiled with every client it can open: where no crate of the tree declares a
client of that engine nor any data layer (an ORM or query crate, which might reach it through
a feature), the program cannot reach that database, and it is not the program's.

Only databases of Compose files that build nothing (ranked as development help, not as the
deployment) are dropped, only from Rust services that another Compose file of their own folder
builds (the project's own stack, saying what it runs beside), and only when the tree's Rust
manifests name no data layer at all and no client of that engine. A production file running
the project's published image is the deployment itself, and keeps its database.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import CONFIG, Unit, signal_scope
from designer.detect.signals import Scope, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "rust"

_COMPOSE = ("docker-compose", "compose.")
"""How a Compose file's name begins."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop from each Rust service the helper Compose databases no crate can reach."""
    crates = [s for u in units.values() for s in u.signals.get(LANGUAGE, ())]
    if any(
        s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.strength is not Strength.DEV
        for s in crates
    ):
        return
    reached = {
        s.name
        for s in crates
        if s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
    }
    for unit in units.values():
        if not any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, ())):
            continue
        config = unit.signals.get(CONFIG)
        if not config:
            continue
        own = _building_files(top, unit.folder)
        if not own:
            continue
        for signal in [
            s
            for s in config
            if s.kind is FindingKind.DATABASE
            and s.name not in reached
            and s.evidence.path not in own
            and posixpath.basename(s.evidence.path).startswith(_COMPOSE)
            and signal_scope(s) >= Scope.RUNTIME
        ]:
            config.remove(signal)


def _building_files(top: str, folder: str) -> set[str]:
    """The Compose files in `folder` with a service built from that folder (`build: .`)."""
    import yaml

    found: set[str] = set()
    base = os.path.join(top, folder)
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return found
    for name in names:
        if not name.startswith(_COMPOSE) or not name.endswith((".yml", ".yaml")):
            continue
        path = name if folder == "." else f"{folder}/{name}"
        text = read_text(top, path)[0]
        try:
            data = yaml.load(text or "", Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError:
            continue
        services = data.get("services") if isinstance(data, dict) else None
        if not isinstance(services, dict):
            continue
        for body in services.values():
            build = body.get("build") if isinstance(body, dict) else None
            context = build.get("context", ".") if isinstance(build, dict) else build
            if isinstance(context, str) and posixpath.normpath(context) == ".":
                found.add(path)
    return found
