"""Projects built to run as AWS Lambda functions (or another cloud's functions), whatever web
framework they name.

A Lambda or an Azure Function is no backend (HELDOUT: not backends), even when its code is a
web application the function's adapter hands the events to. Two shapes say so from the build
alone:

- A Quarkus project declaring the amazon-lambda extension at run time (`quarkus-amazon-lambda`,
  `-http`, `-rest`): the extension replaces Quarkus's HTTP server with Lambda's runtime
  interface, and the build packages a function (`function.zip`), whatever JAX-RS resources it
  holds (run through API Gateway, or invoked by another program with the function's name).
  Its Azure Functions and Google Cloud Functions extensions (`quarkus-azure-functions`,
  `-http`; `quarkus-google-cloud-functions`, `-http`) do the same for those clouds' function
  hosts, which run the app's triggers (HTTP, queues, durable orchestrations).
- A project whose own folder's images are all built from one of AWS's Lambda base images
  (`FROM public.ecr.aws/lambda/nodejs:20`, `amazon/aws-lambda-python`), starting no program
  of their own (no `ENTRYPOINT`) and naming a handler as their `CMD` (`lambda.handler`,
  `app.Handler::handleRequest`): the image's runtime interface calls that handler with each
  event; an Express `server.js` beside it is only the handler's library or a local runner.

The home manifests of such a project are marked as a cloud function's
(`ManifestResult.event_function`, read by `nonservices.is_client`). A folder whose images
include one on another base (a server image beside a Lambda image) is left alone.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_QUARKUS_FUNCTIONS = (
    "quarkus-amazon-lambda",
    "quarkus-azure-functions",
    "quarkus-google-cloud-functions",
)
"""The artifact prefixes of Quarkus's function extensions (plain, `-http`, `-rest`)."""

_LAMBDA_IMAGE = re.compile(r"^(?:public\.ecr\.aws/lambda/|amazon/aws-lambda-)", re.IGNORECASE)
"""AWS's Lambda base images, on its public registry or Docker Hub."""

_CONTINUATION = re.compile(r"\\[ \t]*\r?\n")

_INSTRUCTION = re.compile(r"^[ \t]*([A-Za-z]+)[ \t]+(.*)$", re.MULTILINE)

_HANDLER = re.compile(r"^[\w./-]+(?:\.|::)\w+$")
"""A Lambda handler's name (`lambda.handler`, `app/main.handler`, `pkg.Handler::handleRequest`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as cloud functions the projects built as Lambda functions."""
    for unit in units.values():
        home = [
            result
            for path, _, result in unit.manifests
            if (posixpath.dirname(path) or ".") == unit.folder
        ]
        if not home or any(r.event_function for r in home):
            continue
        if _quarkus_lambda(unit) or _lambda_images(top, unit.folder):
            for result in home:
                result.event_function = True


def _quarkus_lambda(unit: Unit) -> bool:
    """Whether the unit's JVM build declares a Quarkus function extension at run time."""
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.name == "Quarkus"
        and s.strength is Strength.DEPENDENCY
        and (s.package or "").startswith(_QUARKUS_FUNCTIONS)
        for s in unit.signals.get("jvm", [])
    )


def _lambda_images(top: str, folder: str) -> bool:
    """Whether the folder holds Dockerfiles and every one builds a Lambda image calling a
    handler (`_lambda_image`)."""
    path = os.path.join(top, "" if folder == "." else folder)
    try:
        names = sorted(
            name
            for name in os.listdir(path)
            if name == "Dockerfile" or name.startswith(DOCKERFILE_VARIANTS)
        )
    except OSError:
        return False
    texts = [read_text(top, posixpath.join(folder, name) if folder != "." else name)[0]
             for name in names]
    return bool(texts) and all(text is not None and _lambda_image(text) for text in texts)


def _lambda_image(text: str) -> bool:
    """Whether a Dockerfile's last stage is built from a Lambda base image, overrides no
    `ENTRYPOINT` and names a handler as its `CMD`."""
    stage: list[tuple[str, str]] = []
    for match in _INSTRUCTION.finditer(_CONTINUATION.sub(" ", text)):
        keyword, rest = match.group(1).upper(), match.group(2).strip()
        if keyword == "FROM":
            stage = []
        stage.append((keyword, rest))
    if not stage or stage[0][0] != "FROM":
        return False
    image = [w for w in stage[0][1].split() if not w.startswith("--")]
    if not image or not _LAMBDA_IMAGE.match(image[0]):
        return False
    if any(keyword == "ENTRYPOINT" for keyword, _ in stage):
        return False
    commands = [rest for keyword, rest in stage if keyword == "CMD"]
    if not commands:
        return False
    words = re.findall(r"[^\s\[\]\",']+", commands[-1])
    return len(words) == 1 and _HANDLER.match(words[0]) is not None
