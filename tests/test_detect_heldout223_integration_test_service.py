"""JVM: a module named an integration-test service is the suites' harness (set 223, #19).

A Maven build holds the product's Spring Boot service and, beside it, a second Spring Boot
application, `notary-integration-test-service`, which the end-to-end suites call to reset and
seed the product's MongoDB (it reaches the same store through the service's adapter module).
A project named for a kind of suite beside the word test (`integration test`, `e2e test`)
serves those suites, not the product's users (`nonservices.is_test_host`): one backend. A bare
`test` in the middle of a name (`ab-test-service`, an A/B-testing service) is no such name."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _pom(artifact: str, *dependencies: str) -> str:
    deps = "".join(
        f"    <dependency>\n      <groupId>{g}</groupId>\n      <artifactId>{a}</artifactId>\n"
        "    </dependency>\n"
        for g, a in (d.split(":") for d in dependencies)
    )
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent>\n    <groupId>org.acme</groupId>\n    <artifactId>notary-parent</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n{deps}  </dependencies>\n"
        "  <build><plugins><plugin>\n    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "  </plugin></plugins></build>\n</project>\n"
    )


def _main(package: str, name: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )


def _build(second: str) -> dict[str, str]:
    root = (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
        "  <artifactId>notary-parent</artifactId>\n  <version>1.0</version>\n"
        "  <packaging>pom</packaging>\n  <modules>\n"
        "    <module>notary-service</module>\n"
        f"    <module>{second}</module>\n  </modules>\n</project>\n"
    )
    web = "org.springframework.boot:spring-boot-starter-web"
    mongo = "org.springframework.boot:spring-boot-starter-data-mongodb"
    return {
        "pom.xml": root,
        "notary-service/pom.xml": _pom("notary-service", web, mongo),
        "notary-service/src/main/java/org/acme/NotaryApplication.java": _main(
            "org.acme", "NotaryApplication"
        ),
        f"{second}/pom.xml": _pom(second, web, mongo),
        f"{second}/src/main/java/org/acme/second/SecondApplication.java": _main(
            "org.acme.second", "SecondApplication"
        ),
    }


def test_an_integration_test_service_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _build("notary-integration-test-service")))
    assert sorted(found) == ["notary-service"]


def test_a_test_word_alone_in_the_middle_keeps_the_backend(tmp_path: Path) -> None:
    # Counter-case: an A/B-testing service is one of the product's.
    found = by_folder(write(tmp_path, _build("ab-test-service")))
    assert sorted(found) == ["ab-test-service", "notary-service"]
