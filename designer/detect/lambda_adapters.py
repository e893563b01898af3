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

from designer.detect import lambda_tools
from designer.detect.assemble import Unit
from designer.detect.engines import engine_of_image
from designer.detect.signals import ManifestResult
from designer.detect.walker import read_text

ADAPTERS = frozenset(
    {
        "serverless-http",
        "@vendia/serverless-express",
        "@codegenie/serverless-express",
        "aws-serverless-express",
        "@fastify/aws-lambda",
        "aws-lambda-fastify",
    }
)
"""Packages handing API Gateway events to a Node web application."""

_SERVERLESS_FILE = re.compile(r"^serverless(?:[.-][\w-]+)?\.ya?ml$")
"""The Serverless Framework's service file, plain or one per stage."""

_HTTP_EVENT = re.compile(r"^[ \t]*-[ \t]*(?:http|httpApi)[ \t]*:", re.MULTILINE)
"""A function's API Gateway event."""

_PLATFORM_FILES = (".ebextensions", "app.yaml", "fly.toml", "render.yaml")
"""Deployment files of platforms that run the project as a server of its own."""

_FROM = re.compile(r"^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)", re.MULTILINE | re.IGNORECASE)

_COMPOSE_IMAGE = re.compile(r"^[ \t]*image:[ \t]*['\"]?([^\s'\"#]+)", re.MULTILINE)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as cloud functions the Node projects only the Serverless Framework deploys."""
    lambda_tools.mark_where(top, units, _deployed, _hosts_server)


def _deployed(top: str, unit: Unit, home: list[tuple[str, str, ManifestResult]]) -> bool:
    return _adapted(top, unit, home) and not _platform(top, unit.folder)


def _adapted(top: str, unit: Unit, home: list[tuple[str, str, ManifestResult]]) -> bool:
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
    folder = lambda_tools.own(top, unit.folder, "")
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(
        _SERVERLESS_FILE.match(name)
        and _HTTP_EVENT.search(
            read_text(top, os.path.relpath(os.path.join(folder, name), top))[0] or ""
        )
        for name in names
    )


def _platform(top: str, folder: str) -> bool:
    """Whether a platform's deployment file beside the project runs it as a server."""
    return any(os.path.exists(lambda_tools.own(top, folder, name)) for name in _PLATFORM_FILES)


def _hosts_server(top: str) -> bool:
    """Whether anything in the tree runs a server: a Procfile, a Dockerfile built from an
    image no database's, or a Compose file running an image no database's."""
    return lambda_tools.any_file(top, _serving_file)


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
