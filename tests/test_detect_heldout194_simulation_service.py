"""A simulator named by its role alone is the product's service, not a double (set 194, #19).

A permit system keeps two Spring Boot wars side by side: `SRC/api`, the application's API, and
`SRC/simulator_api`, the simulation service its screens call (a diagnosis run), opening the
product's PostgreSQL through JPA. A stand-in is named for the system it imitates, then the
word (`csp-simulator`, `queue_emulator`: `nonservices.is_double`); `simulator_api` names no
system, only its role, so it stays a backend. A bare `simulator/` and a `payment-simulator`
stay doubles."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.detect.nonservices import is_double
from designer.model.stack import FindingKind as K


def _war(package: str) -> dict[str, str]:
    """A Spring Boot application's pom and main class, keeping data through JPA."""
    return {
        "pom.xml": pom(
            "\n".join([
                dep("org.springframework.boot", "spring-boot-starter-web"),
                dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
                dep("org.postgresql", "postgresql", scope="runtime"),
            ]),
            parent=SPRING_PARENT,
        ),
        f"src/main/java/{package}/Application.java": (
            f"package {package};\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Application {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(Application.class, args);\n    }\n}\n"
        ),
    }


def _tree(simulator: str) -> dict[str, str]:
    files: dict[str, str] = {}
    for folder, package in (("SRC/api", "permits"), (simulator, "permits")):
        for path, text in _war(package).items():
            files[f"{folder}/{path}"] = text
    return files


def test_a_simulator_named_by_its_role_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("SRC/simulator_api")))
    assert set(found) == {"SRC/api", "SRC/simulator_api"}
    assert first(found["SRC/simulator_api"], K.ORM)[0] == "JPA / Hibernate"


def test_a_simulator_named_for_what_it_imitates_is_a_double(tmp_path: Path) -> None:
    # Counter-case: the system imitated, then the word: a stand-in beside the product.
    found = by_folder(write(tmp_path, _tree("SRC/payment-simulator")))
    assert set(found) == {"SRC/api"}


def test_names() -> None:
    assert not is_double("SRC/simulator_api")
    assert not is_double("simulator-service")
    assert is_double("simulator")  # a bare folder: a device simulator beside the platform
    assert is_double("simulators/bank")
    assert is_double("utils/csp-simulator")
    assert is_double("dev/queue_emulator")
