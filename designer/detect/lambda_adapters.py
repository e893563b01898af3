"""Node web applications deployed as AWS Lambda functions through a Lambda adapter alone.

A Lambda is no backend (HELDOUT: not backends), even when its code is a whole Express, Koa or
NestJS application: an adapter package (`serverless-http`, `@vendia/serverless-express`,
`aws-serverless-express`, `@fastify/aws-lambda`) turns each API Gateway event into a request
for the application, and the Serverless Framework ships it from a `serverless.yml` (or a
stage's `serverless-prod.yaml`) in the project's own folder whose functions take `http` or
`httpApi` events. The `app.listen` such projects keep beside the handler runs only for local
development (`NODE_ENV === 'development'`, `nest start`).

The project is still a backend where the repository also runs it as a server: a Procfile, a
Dockerfile built from anything but a database's image (a development database's own image,
`FROM mysql:8.4`, deploys no server), a Compose file running an image that is no database's,
or a platform's deployment file beside the project (Elastic Beanstalk's `.ebextensions`, App
Engine's `app.yaml`, `fly.toml`, `render.yaml`). Only where nothing of the kind exists are the
project's home manifests marked as a cloud function's (`ManifestResult.event_function`, read by
`nonservices.is_client`).
"""

from __future__ import annotations

import json
import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.engines import engine_of_image
from designer.detect.walker import PRUNED, read_text

ADAPTERS = frozenset({
    "serverless-http",
    "@vendia/serverless-express",
    "@codegenie/serverless-express",
    "aws-serverless-express",
    "@fastify/aws-lambda",
    "aws-lambda-fastify",
})
"""Packages handing API Gateway events to a Node web application."""

_SERVERLESS_FILE = re.compile(r"^serverless(?:[.-][\w-]+)?\.ya?ml$")
"""The Serverless Framework's service file, plain or one per stage."""

_HTTP_EVENT = re.compile(r"^[ \t]*-[ \t]*(?:http|httpApi)[ \t]*:", re.MULTILINE)
"""A function's API Gateway event."""

_PLATFORM_FILES = (".ebextensions", "app.yaml", "fly.toml", "render.yaml")
"""Deployment files of platforms that run the project as a server of its own."""

_FROM = re.compile(r"^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)", re.MULTILINE | re.IGNORECASE)

_COMPOSE_IMAGE = re.compile(r"^[ \t]*image:[ \t]*['\"]?([^\s'\"#]+)", re.MULTILINE)

MAX_FILES = 20000
"""File names looked at, at most, when searching the tree for a server deployment: past it the
tree is taken to deploy one (the rule is left unapplied)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as cloud functions the Node projects only the Serverless Framework deploys."""
    hosted: bool | None = None  # the tree is searched once, and only when a candidate is seen
    for unit in units.values():
        home = [
            (path, ecosystem, result)
            for path, ecosystem, result in unit.manifests
            if (posixpath.dirname(path) or ".") == unit.folder
        ]
        if not home or any(r.event_function for _, _, r in home):
            continue
        if not _adapted(top, unit, home) or _platform(top, unit.folder):
            continue
        if hosted is None:
            hosted = _hosts_server(top)
        if hosted:
            return
        for _, _, result in home:
            result.event_function = True


def _own(top: str, folder: str, name: str) -> str:
    return os.path.join(top, "" if folder == "." else folder, name)


def _adapted(top: str, unit: Unit, home: list) -> bool:
    """Whether the package requires a Lambda adapter and its own Serverless file gives a
    function an HTTP event."""
    manifests = [p for p, e, _ in home if e == "node" and posixpath.basename(p) == "package.json"]
    if not manifests:
        return False
    try:
        package = json.loads(read_text(top, manifests[0])[0] or "{}")
    except ValueError:
        return False
    dependencies = package.get("dependencies") if isinstance(package, dict) else None
    if not isinstance(dependencies, dict) or not ADAPTERS & dependencies.keys():
        return False
    folder = _own(top, unit.folder, "")
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(
        _SERVERLESS_FILE.match(name)
        and _HTTP_EVENT.search(read_text(top, os.path.relpath(os.path.join(folder, name), top))[0]
                               or "")
        for name in names
    )


def _platform(top: str, folder: str) -> bool:
    """Whether a platform's deployment file beside the project runs it as a server."""
    return any(os.path.exists(_own(top, folder, name)) for name in _PLATFORM_FILES)


def _hosts_server(top: str) -> bool:
    """Whether anything in the tree runs a server: a Procfile, a Dockerfile built from an
    image no database's, or a Compose file running an image no database's."""
    seen = 0
    for folder, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in PRUNED and not d.startswith(".")]
        for name in files:
            seen += 1
            if seen > MAX_FILES:
                return True
            relative = os.path.relpath(os.path.join(folder, name), top)
            if _serving_file(top, relative, name.lower()):
                return True
    return False


def _serving_file(top: str, relative: str, lower: str) -> bool:
    """Whether the file is a Procfile, a Dockerfile or a Compose file that runs a server."""
    if lower == "procfile":
        return True
    if lower.startswith("dockerfile") or lower.endswith(".dockerfile"):
        images = _FROM.findall(read_text(top, relative)[0] or "")
        return not images or _serves(images)
    if lower.startswith(("docker-compose", "compose.")) and lower.endswith((".yml", ".yaml")):
        return _serves(_COMPOSE_IMAGE.findall(read_text(top, relative)[0] or ""))
    return False


def _serves(images: list[str]) -> bool:
    """Whether any of the images is no database's. A Compose service built from a Dockerfile
    is judged by that Dockerfile's own images (one naming none is taken to serve)."""
    return any(not engine_of_image(image)[0] for image in images)
