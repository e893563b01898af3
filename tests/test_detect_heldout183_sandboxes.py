"""A bank's sandbox and a protocol's testing helper beside the gateway they serve are no
backends (set 183, #19).

An open-banking gateway keeps, beside its Spring Boot starter (JPA over PostgreSQL), two more
Spring Boot applications: `protocols/sandboxes/hbci-sandbox`, a stand-in for a bank's HBCI
interface served from fixtures (H2 in memory) for the tests and demos, and
`protocols/protocol-testing-helper`, an application the protocol tests start. A sandbox named
for the system it imitates (or a `sandboxes/` folder) is a test double as a `-mock` or
`-simulator` is (`nonservices.is_double`); a project named as the tests' helper serves the
tests (`nonservices.is_test_host`). A service whose name only starts with the word
(`sandbox-manager`, running the product's sandboxes) or a helper not named for tests stays a
backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.detect.nonservices import is_double, is_test_host


def _app(package: str, engine: tuple[str, str]) -> dict[str, str]:
    """A Spring Boot application's pom and main class, keeping data through JPA."""
    name = package.rsplit(".", 1)[-1].capitalize() + "Application"
    return {
        "pom.xml": pom(
            "\n".join([
                dep("org.springframework.boot", "spring-boot-starter-web"),
                dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
                dep(*engine, scope="runtime"),
            ]),
            parent=SPRING_PARENT,
        ),
        f"src/main/java/{package.replace('.', '/')}/{name}.java": (
            f"package {package};\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            f"@SpringBootApplication\npublic class {name} {{\n"
            "    public static void main(String[] args) {\n"
            f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
        ),
    }


def _tree(sandbox: str, helper: str) -> dict[str, str]:
    files: dict[str, str] = {}
    apps = {
        "gateway-starter": ("org.acme.gateway", ("org.postgresql", "postgresql")),
        sandbox: ("org.acme.sandbox", ("com.h2database", "h2")),
        helper: ("org.acme.helper", ("com.h2database", "h2")),
    }
    for folder, (package, engine) in apps.items():
        for path, text in _app(package, engine).items():
            files[f"{folder}/{path}"] = text
    return files


def test_a_sandbox_and_a_testing_helper_are_no_backends(tmp_path: Path) -> None:
    tree = _tree("protocols/sandboxes/hbci-sandbox", "protocols/protocol-testing-helper")
    assert set(by_folder(write(tmp_path, tree))) == {"gateway-starter"}


def test_a_playground_service_and_a_plain_helper_stay(tmp_path: Path) -> None:
    # Counter-case: `sandbox-manager` only starts with the word; `address-helper` is not named
    # for the tests.
    found = by_folder(write(tmp_path, _tree("sandbox-manager", "address-helper")))
    assert set(found) == {"gateway-starter", "sandbox-manager", "address-helper"}


def test_the_names() -> None:
    assert is_double("opba-protocols/sandboxes/hbci-sandbox")
    assert is_double("payments-sandbox-service")
    assert not is_double("sandboxing")
    assert is_test_host("opba-protocols/opba-protocol-testing-helper")
    assert is_test_host("test-harness")
    assert not is_test_host("address-helper")
