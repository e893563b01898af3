"""Web applications deployed as AWS Lambda functions by a Lambda framework's own tool alone.

A Lambda is no backend (HELDOUT: not backends), even when its code is a whole web application
its adapter hands each event to. Two frameworks exist to deploy an application so:

- AWS Chalice: routes decorated on a `Chalice(app_name=...)` app, which `chalice deploy` ships
  as Lambda functions behind API Gateway; the project keeps the tool's `.chalice/config.json`
  (its stages) in its own folder. A Python project whose only framework is Chalice and that
  keeps that file is a Lambda.
- Bref: a PHP application (Laravel, Symfony) run on Lambda's PHP runtimes, deployed by the
  Serverless Framework with Bref's plugin (`plugins: - ./vendor/bref/bref`, or its layers
  `${bref:layer.php-84-fpm}`) from a `serverless.yml` in the project's own folder, the project
  requiring Bref (`bref/bref`) in its composer.json.

Either is still a backend where the repository also runs it as a server of its own: a
Dockerfile or Procfile anywhere in the tree (a container serving the Chalice app through a WSGI
adapter, PHP-FPM behind a web server), or a Compose file building an image or running one that
is no database's and no Bref development image's (Bref's `bref/php-84-fpm-dev` is a Lambda
stand-in for local runs). Only where nothing of the kind exists are the project's home manifests
marked as a cloud function's (`ManifestResult.event_function`, read by
`nonservices.is_client`).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable

from designer.detect.assemble import Unit
from designer.detect.engines import engine_of_image
from designer.detect.signals import ManifestResult
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

_CHALICE_CONFIG = ".chalice/config.json"
"""Chalice's deployment settings, in the project's own folder."""

_SERVERLESS = ("serverless.yml", "serverless.yaml")

_BREF_PLUGIN = re.compile(r"vendor/bref/bref\b|\$\{bref:layer\.")
"""Bref's Serverless plugin, or one of its runtime layers, named in a serverless.yml."""

_BREF_PACKAGE = re.compile(r"""["']bref/bref["']\s*:""")
"""Bref required in a composer.json."""

_COMPOSE_IMAGE = re.compile(r"^[ \t]*image:[ \t]*['\"]?([^\s'\"#]+)", re.MULTILINE)

_COMPOSE_BUILD = re.compile(r"^[ \t]*build:", re.MULTILINE)

_BREF_IMAGE = re.compile(r"^(?:docker\.io/)?bref/", re.IGNORECASE)

MAX_FILES = 20000
"""File names looked at, at most, when searching the tree for a server deployment: past it the
tree is taken to deploy one (the rule is left unapplied)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as cloud functions the Chalice and Bref projects nothing else deploys as servers."""
    mark_where(top, units, lambda t, u, home: _chalice(t, u) or _bref(t, u, home), _hosts_server)


def mark_where(
    top: str,
    units: dict[str, Unit],
    deployed: Callable[[str, Unit, list[tuple[str, str, ManifestResult]]], bool],
    hosts_server: Callable[[str], bool],
) -> None:
    """Mark as cloud functions the projects a function tool deploys (`deployed`, given the
    project's home manifests), unless `hosts_server` finds the tree runs a server of its own:
    the tree is searched once, and only when a project is deployed so."""
    hosted: bool | None = None
    for unit in units.values():
        home = [
            (path, ecosystem, result)
            for path, ecosystem, result in unit.manifests
            if (posixpath.dirname(path) or ".") == unit.folder
        ]
        if not home or any(r.event_function for _, _, r in home):
            continue
        if not deployed(top, unit, home):
            continue
        if hosted is None:
            hosted = hosts_server(top)
        if hosted:
            return
        for _, _, result in home:
            result.event_function = True


def any_file(top: str, holds: Callable[[str, str, str], bool]) -> bool:
    """Whether `holds(top, relative path, lower-case name)` for a file of the tree (pruned
    folders and dot-folders left out); past MAX_FILES names the tree is taken to hold one."""
    seen = 0
    for folder, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in PRUNED and not d.startswith(".")]
        for name in files:
            seen += 1
            if seen > MAX_FILES:
                return True
            if holds(top, os.path.relpath(os.path.join(folder, name), top), name.lower()):
                return True
    return False


def own(top: str, folder: str, name: str) -> str:
    """The path of `name` in the project's own folder."""
    return os.path.join(top, "" if folder == "." else folder, name)


def _chalice(top: str, unit: Unit) -> bool:
    """Whether the project's only framework is Chalice and it keeps Chalice's config."""
    names = {s.name for s in unit.signals.get("python", []) if s.kind is FindingKind.FRAMEWORK}
    return names == {"Chalice"} and os.path.isfile(own(top, unit.folder, _CHALICE_CONFIG))


def _bref(top: str, unit: Unit, home: list) -> bool:
    """Whether the PHP project requires Bref and its own serverless.yml deploys it with Bref."""
    composer = [p for p, e, _ in home if e == "php" and posixpath.basename(p) == "composer.json"]
    if not composer or not _BREF_PACKAGE.search(read_text(top, composer[0])[0] or ""):
        return False
    folder = "" if unit.folder == "." else unit.folder
    return any(
        _BREF_PLUGIN.search(read_text(top, posixpath.join(folder, name))[0] or "")
        for name in _SERVERLESS
        if os.path.isfile(own(top, unit.folder, name))
    )


def _hosts_server(top: str) -> bool:
    """Whether anything in the tree runs a server: a Dockerfile or Procfile, or a Compose file
    building an image or running one that is neither a database's nor Bref's."""
    return any_file(top, _serving_file)


def _serving_file(top: str, relative: str, lower: str) -> bool:
    """Whether the file is a Procfile or Dockerfile, or a Compose file running a server."""
    if lower == "procfile" or lower.startswith("dockerfile") or lower.endswith(".dockerfile"):
        return True
    if lower.startswith(("docker-compose", "compose.")) and lower.endswith((".yml", ".yaml")):
        return _compose_server(read_text(top, relative)[0] or "")
    return False


def _compose_server(text: str) -> bool:
    """Whether a Compose file builds an image or runs one no database's nor Bref's."""
    if _COMPOSE_BUILD.search(text):
        return True
    return any(
        not engine_of_image(image)[0] and not _BREF_IMAGE.match(image)
        for image in _COMPOSE_IMAGE.findall(text)
    )
