"""Python and JVM web applications deployed as AWS Lambda functions by a Lambda container alone.

A Lambda is no backend (HELDOUT: not backends), even when its code is a whole Django or Spring
Boot application. Two tools exist to run such an application inside a function:

- Zappa: a Python project keeping `zappa_settings.json` (or `.yml`, `.yaml`, `.toml`) in its
  own folder, the stages `zappa deploy` and `zappa update` ship to Lambda behind API Gateway.
- AWS's serverless Java container: a JVM build declaring `aws-serverless-java-container-*`
  (`-springboot3`, `-spring`, `-jersey`), whose handler class hands each API Gateway event to
  the application; the build zips the function.

Either is still a backend where the repository also runs it as a server of its own: a Procfile,
a Dockerfile anywhere in the tree, or a Compose file building an image or running one that is
neither a database's nor an observability tool's (a local Grafana, Loki or Prometheus stack
ships logs and metrics, it serves no application). Only where nothing of the kind exists are
the project's home manifests marked as a cloud function's (`ManifestResult.event_function`,
read by `nonservices.is_client`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect import lambda_tools
from designer.detect.assemble import Unit
from designer.detect.engines import engine_of_image
from designer.detect.signals import ManifestResult
from designer.detect.walker import read_text

_ZAPPA_SETTINGS = tuple(f"zappa_settings.{ext}" for ext in ("json", "yml", "yaml", "toml"))
"""Zappa's stage settings, in the project's own folder."""

_JAVA_CONTAINER = re.compile(r"\baws-serverless-java-container-\w+")
"""AWS's serverless Java container artifact, named in a Maven or Gradle build."""

_JVM_BUILDS = ("pom.xml", "build.gradle", "build.gradle.kts")

_COMPOSE_IMAGE = re.compile(r"^[ \t]*image:[ \t]*['\"]?([^\s'\"#]+)", re.MULTILINE)

_COMPOSE_BUILD = re.compile(r"^[ \t]*build:", re.MULTILINE)

_OBSERVABILITY = re.compile(
    r"^(?:docker\.io/)?(?:grafana/|prom/|jaegertracing/|otel/|openzipkin/|"
    r"docker\.elastic\.co/(?:kibana|beats|logstash)/)",
    re.IGNORECASE,
)
"""Images of log, metric and trace tooling (Grafana, Loki, Promtail, Prometheus, Jaeger,
OpenTelemetry's collector, Zipkin, Kibana): a Compose file running only these and databases
runs no server of the project's."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as cloud functions the Zappa and serverless-Java projects nothing else serves."""
    lambda_tools.mark_where(top, units, _deployed, _hosts_server)


def _deployed(top: str, unit: Unit, home: list[tuple[str, str, ManifestResult]]) -> bool:
    ecosystems = {ecosystem for _, ecosystem, _ in home}
    if "python" in ecosystems and any(
        os.path.isfile(lambda_tools.own(top, unit.folder, name)) for name in _ZAPPA_SETTINGS
    ):
        return True
    return any(
        posixpath.basename(path) in _JVM_BUILDS
        and _JAVA_CONTAINER.search(read_text(top, path)[0] or "") is not None
        for path, _, _ in home
    )


def _hosts_server(top: str) -> bool:
    """Whether anything in the tree runs a server: a Procfile, a Dockerfile, or a Compose file
    building an image or running one no database's nor observability tool's."""
    return lambda_tools.any_file(top, _serving_file)


def _serving_file(top: str, relative: str, lower: str) -> bool:
    if lower == "procfile" or lower.startswith("dockerfile") or lower.endswith(".dockerfile"):
        return True
    if lower.startswith(("docker-compose", "compose.")) and lower.endswith((".yml", ".yaml")):
        text = read_text(top, relative)[0] or ""
        if _COMPOSE_BUILD.search(text):
            return True
        return any(
            not engine_of_image(image)[0] and not _OBSERVABILITY.match(image)
            for image in _COMPOSE_IMAGE.findall(text)
        )
    return False
