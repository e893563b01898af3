"""Compose services a main Compose file takes from another file by `extends:`.

A project may keep its services' settings in a base file (`docker-compose.base.yml`) that the
file users run (`docker-compose.yml`) never runs itself but extends service by service
(`extends: {file: docker-compose.base.yml, service: app-base}`): Compose merges the base
service's `environment` into the running one. The application's settings written in the base
(`DATABASE_URL: sqlite:////data/db.sqlite3`) are then the deployment's as much as if the main
file wrote them, though the base file's own name reads as a variant's (`engines.scope`).
"""

from __future__ import annotations

import posixpath
from typing import Any

from designer.detect.compose_envs import scope as environment_scope
from designer.detect.engines import scope
from designer.detect.signals import Scope

MAX_DEPTH = 8
"""Links of one file's `extends:` chain followed (a base service extending another of its
file): deeper chains are not written by hand, and a loop ends here."""


def _services(text: str) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader (C when available)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return {}
    services = data.get("services") if isinstance(data, dict) else None
    return services if isinstance(services, dict) else {}


def _extends(body: object) -> tuple[str, str]:
    """(file, service) a service's `extends:` names; file "" for its own file."""
    if not isinstance(body, dict):
        return "", ""
    found = body.get("extends")
    if isinstance(found, str):
        return "", found
    if isinstance(found, dict) and isinstance(found.get("service"), str):
        file = found.get("file")
        return (file if isinstance(file, str) else ""), found["service"]
    return "", ""


def extended(files: list[tuple[str, str, str]]) -> dict[str, dict[str, Scope]]:
    """Path of a Compose file → its services that a stronger Compose file among `files`
    (path, owner, text) extends, directly or through the base file's own `extends:` chain,
    each with the scope of the file that runs it (the strongest, where several do)."""
    texts = {path: text for path, _, text in files if "extends" in text}
    if not texts:
        return {}
    parsed: dict[str, dict[str, Any]] = {}

    def services(path: str) -> dict[str, Any]:
        if path not in parsed:
            parsed[path] = _services(texts[path]) if path in texts else {}
        return parsed[path]

    known = {path for path, _, _ in files}
    found: dict[str, dict[str, Scope]] = {}
    for path in texts:
        where = environment_scope(path, scope(path, "", True))
        for body in services(path).values():
            file, name = _extends(body)
            if not file:
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), file))
            if target not in known:
                continue
            for _ in range(MAX_DEPTH):
                taken = found.setdefault(target, {})
                if name in taken and taken[name] <= where:
                    break
                taken[name] = where
                # The base service's own `extends:` within its file hands its settings on too.
                inner, name = _extends(services(target).get(name))
                if not name or inner:
                    break
    return found
