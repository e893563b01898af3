"""JVM: a resource server rendering a few pages is a service, not a UI (set 144, #19).

A Kotlin Spring Boot WebFlux service issues credentials to other programs over an API it
protects as an OAuth 2.0 resource server (`spring-boot-starter-oauth2-resource-server`), and
renders an issuing form with Thymeleaf (`templates/*.html` beside `public/css`). It keeps no
data of its own (its records live in memory). `jvm_pages` took the templates and style sheets
for the pages of a UI over another service's API; a resource server validates the tokens other
programs send to its own API, so it is left alone. A page-rendering front with no resource
server stays a UI."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _service(resource_server: bool) -> dict[str, str]:
    starter = "oauth2-resource-server" if resource_server else "oauth2-client"
    security = f'    implementation("org.springframework.boot:spring-boot-starter-{starter}")\n'
    return {
        "settings.gradle.kts": 'rootProject.name = "issuer"\n',
        "build.gradle.kts": "plugins {\n"
        '    id("org.springframework.boot") version "4.0.1"\n'
        '    kotlin("jvm") version "2.3.0"\n'
        '    kotlin("plugin.spring") version "2.3.0"\n}\n\n'
        "dependencies {\n"
        f"{security}"
        '    implementation("org.springframework.boot:spring-boot-starter-webflux")\n'
        '    implementation("org.springframework.boot:spring-boot-starter-thymeleaf")\n'
        '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n}\n',
        "src/main/kotlin/org/example/issuer/IssuerApplication.kt": "package org.example.issuer\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
        "import org.springframework.boot.runApplication\n\n"
        "@SpringBootApplication\nclass IssuerApplication\n\n"
        "fun main(args: Array<String>) {\n    runApplication<IssuerApplication>(*args)\n}\n",
        "src/main/resources/application.properties": "server.port=8080\n",
        "src/main/resources/templates/offer-form.html": "<html><body><form></form></body></html>\n",
        "src/main/resources/public/css/main.css": "body { margin: 0; }\n",
        "src/test/kotlin/org/example/issuer/ApiTest.kt": "package org.example.issuer\n\n"
        "import org.junit.jupiter.api.Test\n\nclass ApiTest {\n    @Test\n    fun ok() {}\n}\n",
    }


def test_a_resource_server_with_pages_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(resource_server=True)))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Spring Boot", "4.0.1")


def test_a_page_front_signing_users_in_as_a_client_stays_a_ui(tmp_path: Path) -> None:
    # Counter-case: templates and style sheets, no data, an OAuth client: a UI's server.
    found = by_folder(write(tmp_path, _service(resource_server=False)))
    assert list(found) == []
