"""Werkzeug named by a pip list beside another framework of the folder: a library, not a choice.

Werkzeug is the WSGI toolkit Flask runs on (`ABSORBED` folds it into Flask), but projects
written on other frameworks list it too, for what it lends besides serving: a Django project
for django-extensions' `runserver_plus` and its debugger, or its `security` and `datastructures`
helpers; a JVM service's Python tooling (conformance tests and scripts run against the server,
a `requirements.txt` at the Gradle root) for its test client. Left alone, `Werkzeug` in a
Django project's `pyproject.toml` makes a second framework of equal weight and the folder
ambiguous, and in a Gradle service's tooling list it even makes the folder a Python one.

So where a folder has another framework (declared or seen in code, in any of its languages),
Werkzeug that only manifests name (no code of the folder routes on it: no entry-point signal)
is dropped. A WSGI program routed on Werkzeug's own `Map` keeps it, as does a folder where
Werkzeug is the only framework named.
"""

from __future__ import annotations

from designer.detect.assemble import CONFIG, Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"
NAME = "Werkzeug"


def drop(units: dict[str, Unit]) -> None:
    """Remove Werkzeug's manifest signals from every folder naming another framework."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        named = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.name == NAME]
        if not named or any(s.strength is Strength.ENTRY for s in named):
            continue
        others = any(
            s.kind is FindingKind.FRAMEWORK and s.name != NAME
            for eco, found in unit.signals.items()
            if eco != CONFIG
            for s in found
        )
        if others:
            unit.signals[LANGUAGE] = [
                s for s in signals if not (s.kind is FindingKind.FRAMEWORK and s.name == NAME)
            ]
