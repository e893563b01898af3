"""Held-out set 387 (#19): a Maven module booting an Apollo service (`com.spotify:
apollo-http-service`, `HttpService.boot(…)`) over Google Cloud Datastore's Java client.

Apollo's HTTP service module serves the application's routes on its embedded Jetty: a build
requiring it is a backend on Apollo, at the release the build pins. The Datastore client
(`com.google.cloud:google-cloud-datastore`) is its data layer and names its engine, as the
Python and Dart clients of the same store do. Only the HTTP service module is the framework:
a build with apollo-api alone (the routing types a library shares) is not.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_MAIN = (
    "package org.example.scheduler;\n\nimport com.spotify.apollo.httpservice.HttpService;\n"
    "import com.spotify.apollo.httpservice.LoadingException;\n\n"
    "public final class SchedulerService {\n"
    "  public static void main(String[] args) throws LoadingException {\n"
    '    HttpService.boot(environment -> {}, "scheduler", args);\n  }\n}\n'
)


def _found(tmp_path: Path, artifact: str) -> dict:
    deps = "\n".join(
        (
            dep("com.spotify", artifact, version="1.17.11"),
            dep("com.google.cloud", "google-cloud-datastore", version="2.14.0"),
            dep("junit", "junit", scope="test", version="4.13.2"),
        )
    )
    files = {
        "pom.xml": pom(deps),
        "src/main/java/org/example/scheduler/SchedulerService.java": _MAIN,
    }
    return by_folder(write(tmp_path, files))


def test_apollo_http_service_is_the_framework_over_datastore(tmp_path: Path) -> None:
    backend = _found(tmp_path, "apollo-http-service")["."]
    assert first(backend, K.FRAMEWORK) == ("Apollo", "1.17.11")
    assert first(backend, K.QUERY) == ("google-cloud-datastore", "2.14.0")
    assert first(backend, K.DATABASE)[0] == "Google Cloud Datastore"


def test_apollo_api_alone_is_no_framework(tmp_path: Path) -> None:
    backend = _found(tmp_path, "apollo-api").get(".")
    assert backend is None or first(backend, K.FRAMEWORK)[0] != "Apollo"
