"""Micronaut's and Ktor's embedded servers (#19): the engine module a build declares
(`micronaut-http-server-netty`, `ktor-server-netty`, `-cio`, `-jetty`, `-tomcat`) is the
server the application runs, as a Spring web starter's Tomcat is; a module declaring one is
not serverless (`nonservices.serverless`), one declaring only the framework's core or its
HTTP client is."""

from __future__ import annotations

import pytest

from designer.detect.assemble import Unit
from designer.detect.ecosystems import jvm
from designer.detect.nonservices import serverless
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K


def _gradle(*dependencies: str) -> Unit:
    text = "plugins { id 'application' }\ndependencies {\n" + "".join(
        f'    implementation("{d}")\n' for d in dependencies
    ) + "}\n"
    unit = Unit("svc")
    result = jvm.parse(Lines("svc/build.gradle.kts", text))
    unit.manifests.append(("svc/build.gradle.kts", "jvm", result))
    unit.signals["jvm"] += result.signals
    return unit


def _pom(group: str, artifact: str, scope: str = "") -> Unit:
    scoped = f"      <scope>{scope}</scope>\n" if scope else ""
    text = (
        "<project>\n  <artifactId>svc</artifactId>\n  <dependencies>\n    <dependency>\n"
        f"      <groupId>{group}</groupId>\n      <artifactId>{artifact}</artifactId>\n"
        f"{scoped}    </dependency>\n  </dependencies>\n</project>\n"
    )
    unit = Unit("svc")
    result = jvm.parse(Lines("svc/pom.xml", text))
    unit.manifests.append(("svc/pom.xml", "jvm", result))
    unit.signals["jvm"] += result.signals
    return unit


def _servers(unit: Unit) -> list[str]:
    return [s.name for s in unit.signals["jvm"] if s.kind is K.SERVER]


@pytest.mark.parametrize(
    ("artifact", "server"),
    [
        ("io.ktor:ktor-server-netty:2.3.12", "Netty"),
        ("io.ktor:ktor-server-netty-jvm:2.3.12", "Netty"),
        ("io.ktor:ktor-server-cio:3.0.0", "Ktor CIO"),
        ("io.ktor:ktor-server-jetty-jakarta:2.3.12", "Jetty"),
        ("io.ktor:ktor-server-tomcat:2.3.12", "Tomcat"),
        ("io.micronaut:micronaut-http-server-netty:4.6.0", "Netty"),
    ],
)
def test_an_engine_module_is_the_embedded_server(artifact: str, server: str) -> None:
    unit = _gradle("io.ktor:ktor-server-core:2.3.12", artifact)
    assert _servers(unit) == [server]
    assert not serverless(unit)


def test_micronaut_netty_in_a_pom_is_a_server() -> None:
    unit = _pom("io.micronaut", "micronaut-http-server-netty")
    assert _servers(unit) == ["Netty"]
    assert not serverless(unit)


def test_micronaut_http_server_module_serves_http() -> None:
    # The server module without a runtime of its own: it serves through the one the build
    # brings elsewhere, as a Quarkus HTTP extension does; no server is named.
    unit = _pom("io.micronaut", "micronaut-http-server")
    assert _servers(unit) == []
    assert not serverless(unit)


@pytest.mark.parametrize(
    "dependencies",
    [
        ("io.ktor:ktor-server-core:2.3.12",),  # the routing only: the engine is elsewhere
        ("io.ktor:ktor-client-cio:2.3.12", "io.ktor:ktor-server-core:2.3.12"),
        ("io.micronaut:micronaut-http-client:4.6.0", "io.micronaut:micronaut-inject:4.6.0"),
    ],
)
def test_core_and_clients_bring_no_server(dependencies: tuple[str, ...]) -> None:
    # Counter-cases: the framework's core or its HTTP clients start no server.
    unit = _gradle(*dependencies)
    assert _servers(unit) == []
    assert serverless(unit)


def test_the_server_module_only_for_tests_serves_nothing() -> None:
    # Counter-case: Micronaut's server module in test scope hosts the tests' server.
    unit = _pom("io.micronaut", "micronaut-http-server", scope="test")
    assert serverless(unit)


def test_an_engine_only_for_tests_serves_nothing() -> None:
    # Counter-case: an engine module (or a web starter) in test scope names the server the
    # tests start, not one the module runs in.
    unit = _pom("io.micronaut", "micronaut-http-server-netty", scope="test")
    assert _servers(unit) == ["Netty"]
    assert serverless(unit)
    starter = _pom("org.springframework.boot", "spring-boot-starter-web", scope="test")
    assert serverless(starter)


def test_an_engine_the_container_provides_is_a_server() -> None:
    # A server `provided` is the container the module is deployed in.
    unit = _pom("org.springframework.boot", "spring-boot-starter-tomcat", scope="provided")
    assert not serverless(unit)
