"""Meteor applications: the framework, its data layer and its test driver, from `.meteor/`.

A Meteor application names its framework in no package.json: the `meteor` tool builds it from
the project's `.meteor/` folder, whose `release` pins the framework's release (`METEOR@1.8`),
whose `packages` lists the Atmosphere packages it uses (`mongo@1.6.0`: Meteor's own MongoDB
collections, `new Mongo.Collection('posts')`, the data layer the framework lends on MongoDB)
and whose test driver package (`meteortesting:mocha`, `practicalmeteor:mocha`) runs the suites
`meteor test` finds. The server is Meteor's own (its DDP and HTTP server over Node), so a
Node project holding `.meteor/release` is a Meteor application.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

_RELEASE = re.compile(r"^[ \t]*METEOR@([\w.-]+)", re.MULTILINE)

_PACKAGE = re.compile(r"^[ \t]*([\w:-]+)(?:@=?[\w.-]+)?[ \t]*(?:#.*)?$", re.MULTILINE)
"""A line of `.meteor/packages`: a package name, perhaps a version, perhaps a comment."""

_MOCHA = frozenset({"meteortesting:mocha", "practicalmeteor:mocha", "practicalmeteor:mocha-core",
                    "cultofcoders:mocha"})
"""Meteor's Mocha test drivers."""

_MOCHA_SCRIPT = re.compile(r"--driver-package[ \t=]+(?:meteortesting|practicalmeteor):mocha")


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each Node project holding `.meteor/release` the Meteor framework at that release,
    Meteor's Mongo collections on MongoDB where it uses the `mongo` package, and Mocha where
    a Mocha driver package runs its tests."""
    for unit in units.values():
        if not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        prefix = "" if unit.folder == "." else unit.folder + "/"
        release_path = prefix + ".meteor/release"
        if not os.path.isfile(os.path.join(top, release_path)):
            continue
        release = _RELEASE.search(read_text(top, release_path)[0] or "")
        if release is None:
            continue
        signals = unit.signals[LANGUAGE]
        evidence = _evidence(release_path, release.group(0))
        # The release file declares the framework (as a manifest would) and starts it: the
        # `meteor` tool runs the application on it.
        signals += [
            Signal(FindingKind.FRAMEWORK, "Meteor", strength, evidence, release.group(1),
                   package="meteor", locked=True)
            for strength in (Strength.DEPENDENCY, Strength.ENTRY)
        ]
        packages_path = prefix + ".meteor/packages"
        text = read_text(top, packages_path)[0] or ""
        names = {m.group(1) for m in _PACKAGE.finditer(text)}
        if "mongo" in names:
            evidence = _evidence(packages_path, _line(text, "mongo"))
            signals.append(Signal(FindingKind.ORM, "Meteor Mongo", Strength.DEPENDENCY, evidence,
                                  package="mongo"))
            signals.append(Signal(FindingKind.DATABASE, "MongoDB", Strength.DEPENDENCY, evidence,
                                  package="mongo"))
        mocha = sorted(names & _MOCHA)
        manifest = read_text(top, prefix + "package.json")[0] or ""
        if mocha or _MOCHA_SCRIPT.search(manifest):
            path, line = (packages_path, _line(text, mocha[0])) if mocha else (
                prefix + "package.json", "meteor test")
            signals.append(Signal(FindingKind.TEST, "Mocha", Strength.DEV,
                                  _evidence(path, line), package="mocha"))


def _line(text: str, name: str) -> str:
    """The first line of `.meteor/packages` naming the package."""
    found = re.search(rf"^[ \t]*{re.escape(name)}\b.*$", text, re.MULTILINE)
    return found.group(0).strip() if found else name


def _evidence(path: str, text: str) -> Evidence:
    return Evidence(path=path, line=None, text=text)
