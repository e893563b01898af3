"""JVM: a project whose README's lead lists it as a mock implementation is a double (set 259, #19).

Beside a product's Spring Boot backend, a small Gradle project keeps the REST API's contract: a
Jersey application on Grizzly with the API's OpenAPI document and resources answering from
in-memory sample data, so that clients can be written against it. Its README says so in the
list its lead introduces ("This sub-project describes the server's REST API. It holds:" then
"* A mock implementation with sample data"). It keeps no data and is run by hand: a test double,
not a backend (`readme_doubles`). A list naming the real implementation, or a mock mentioned
only under a later heading, leaves it a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_JERSEY_BUILD = (
    "plugins {\n  id 'java'\n  id 'application'\n}\n\nrepositories {\n  mavenCentral()\n}\n\n"
    "dependencies {\n"
    "  implementation platform('org.glassfish.jersey:jersey-bom:2.41')\n"
    "  implementation 'org.glassfish.jersey.containers:jersey-container-grizzly2-http'\n"
    "  implementation 'org.glassfish.jersey.inject:jersey-hk2'\n}\n\n"
    "application {\n  mainClass = 'shop.App'\n}\n"
)

_BOOT_BUILD = (
    "plugins {\n  id 'org.springframework.boot' version '3.5.4'\n"
    "  id 'io.spring.dependency-management' version '1.1.7'\n  id 'java'\n}\n\n"
    "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n"
    "  testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
)

_MOCK_README = (
    "Shop API\n========\n\n"
    "This sub-project describes the server's REST API, from which the clients fetch the offers. "
    "It holds:\n\n"
    "* The documentation of the REST API, as OpenAPI.\n"
    "* A mock implementation with sample data, on JAX-RS and Jersey.\n\n"
    "Build\n-----\n\n* `gradle build`\n"
)


def _tree(readme: str = _MOCK_README) -> dict[str, str]:
    return {
        "backend/build.gradle": _BOOT_BUILD,
        "backend/src/main/java/shop/App.java": (
            "package shop;\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
            "\n@SpringBootApplication\npublic class App {}\n"
        ),
        "api/build.gradle": _JERSEY_BUILD,
        "api/README.md": readme,
        "api/src/main/java/shop/App.java": (
            "package shop;\n\nimport org.glassfish.grizzly.http.server.HttpServer;\n"
            "import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;\n\n"
            "public class App {\n  public static void main(String[] args) {\n"
            "    HttpServer server = GrizzlyHttpServerFactory.createHttpServer("
            "URI.create(\"http://localhost:8080/api\"), new ShopApi());\n  }\n}\n"
        ),
    }


def test_a_readme_listing_a_mock_implementation_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["backend"], K.FRAMEWORK)[0] == "Spring Boot"
    assert "api" not in found


def test_a_readme_listing_the_real_implementation_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the same list naming the server's own implementation.
    readme = _MOCK_README.replace(
        "A mock implementation with sample data", "The implementation serving the offers"
    )
    found = by_folder(write(tmp_path, _tree(readme)))
    assert first(found["api"], K.FRAMEWORK)[0] == "Jersey"


def test_a_mock_under_a_later_heading_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the lead ends in no colon, and the mock is a section further down.
    readme = (
        "Shop API\n========\n\nThe server's REST API, from which the clients fetch the offers.\n\n"
        "Testing\n-------\n\n* A mock implementation with sample data for the UI's tests.\n"
    )
    found = by_folder(write(tmp_path, _tree(readme)))
    assert first(found["api"], K.FRAMEWORK)[0] == "Jersey"
