"""The hundred-and-twelfth held-out set (benchmarks/detect_heldout112.yaml), as a small fixture
of the real files' shape (#19): a demo portal the root POM lists among its modules, a Spring
Boot web application over the product's client library, keeping no data of its own. A demo
that stores nothing only shows the product: no backend, whatever build lists it. A listed demo
keeping data through a module it depends on (a shop demo over the persistence module) stays
one of the product's applications."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import dep, write

_PARENT = """  <parent>
    <groupId>org.example</groupId>
    <artifactId>catalogue</artifactId>
    <version>1.0</version>
  </parent>"""


def _pom(artifact: str, dependencies: str, extra: str = "", parent: str = _PARENT) -> str:
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
{parent}
  <groupId>org.example</groupId>
  <artifactId>{artifact}</artifactId>
  <dependencies>
{dependencies}
  </dependencies>
{extra}</project>
"""


_BOOT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.14</version>
  </parent>"""

_MODULES = """  <packaging>pom</packaging>
  <modules>
    <module>catalogue-core</module>
    <module>catalogue-client</module>
    <module>catalogue-server</module>
    <module>catalogue-demo-portal</module>
  </modules>
"""

_WEB = dep("org.springframework.boot", "spring-boot-starter-web")


def _main(package: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class App {\n"
        "    public static void main(String[] args) {\n"
        "        SpringApplication.run(App.class, args);\n    }\n}\n"
    )


def _tree(portal_uses: str) -> dict[str, str]:
    return {
        "pom.xml": _pom("catalogue", "", _MODULES, parent=_BOOT),
        "catalogue-core/pom.xml": _pom(
            "catalogue-core",
            dep("org.springframework.boot", "spring-boot-starter-data-jpa")
            + dep("org.postgresql", "postgresql"),
        ),
        "catalogue-client/pom.xml": _pom(
            "catalogue-client", dep("org.springframework", "spring-webflux")
        ),
        "catalogue-server/pom.xml": _pom(
            "catalogue-server", _WEB + dep("org.example", "catalogue-core")
        ),
        "catalogue-server/src/main/java/org/example/server/App.java": _main("org.example.server"),
        "catalogue-server/src/main/resources/application.yml": (
            "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/postgres\n"
        ),
        "catalogue-demo-portal/pom.xml": _pom(
            "catalogue-demo-portal", _WEB + dep("org.example", portal_uses)
        ),
        "catalogue-demo-portal/Dockerfile": "FROM eclipse-temurin:21\nCOPY target/*.jar app.jar\n",
        "catalogue-demo-portal/src/main/java/org/example/demo/App.java": _main("org.example.demo"),
    }


def test_a_listed_demo_over_the_products_client_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("catalogue-client")))
    assert list(found) == ["catalogue-server"]


def test_a_listed_demo_keeping_data_through_its_module_is_a_backend(tmp_path: Path) -> None:
    # Counter-case: the demo depends on the persistence module: it keeps the data itself.
    found = by_folder(write(tmp_path, _tree("catalogue-core")))
    assert sorted(found) == ["catalogue-demo-portal", "catalogue-server"]
