"""JVM: what a Spring Boot build's library modules lend its services (set 58, #19).

- A service depending on the build's shared module (`implementation(projects.common)`, whose
  build declares Spring Data JPA and Hibernate and whose repositories import them) while its
  own build declares Neo4j-OGM and the Neo4j driver runs no JPA: with no relational engine on
  its path the lent layer opens no DataSource, and Neo4j-OGM is its data layer. Counter-cases:
  a service declaring the MySQL driver keeps the lent JPA; so does a Neo4j service whose
  shared module declares a relational driver as well.
- A library module only one service depends on (`implementation(projects.workerCommon)`),
  its tests JUnit 5, lends no test framework to that service when it declares no test of its
  own while its sibling services declare theirs (`own_tests`). Counter-case: the same
  library's tests still go to a service declaring JUnit itself.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BOOT = '    id("org.springframework.boot") version "2.7.17"\n'


def _app(package: str, name: str) -> str:
    return (
        f"package {package}\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
        "import org.springframework.boot.runApplication\n\n"
        f"@SpringBootApplication\nclass {name}\n\n"
        f"fun main(args: Array<String>) {{\n    runApplication<{name}>(*args)\n}}\n"
    )


def _build(*lines: str, boot: bool = True) -> str:
    plugins = 'plugins {\n    kotlin("jvm") version "1.9.25"\n' + (_BOOT if boot else "") + "}\n\n"
    return plugins + "dependencies {\n" + "".join(f"    {line}\n" for line in lines) + "}\n"


def _layers(common_driver: bool = False, cpg_driver: bool = False) -> dict[str, str]:
    common = [
        'implementation("org.springframework.boot:spring-boot-starter-web")',
        'implementation("org.springframework.data:spring-data-jpa:2.7.17")',
        'implementation("org.hibernate:hibernate-core:5.6.15.Final")',
    ]
    if common_driver:
        common.append('runtimeOnly("mysql:mysql-connector-java:8.0.33")')
    cpg = [
        "implementation(projects.common)",
        'implementation("org.springframework.boot:spring-boot-starter-web")',
        'implementation("org.neo4j:neo4j-ogm-core:4.0.6")',
        'implementation("org.neo4j.driver:neo4j-java-driver:5.7.0")',
    ]
    if cpg_driver:
        cpg.append('runtimeOnly("mysql:mysql-connector-java:8.0.33")')
    return {
        "settings.gradle.kts": (
            'rootProject.name = "tool"\n\nenableFeaturePreview("TYPESAFE_PROJECT_ACCESSORS")\n\n'
            'include("common")\ninclude("web-backend")\ninclude("graph-service")\n'
        ),
        "common/build.gradle.kts": _build(*common, boot=False),
        "common/src/main/kotlin/acme/common/ProjectRepository.kt": (
            "package acme.common\n\n"
            "import org.springframework.data.jpa.repository.JpaRepository\n\n"
            "interface ProjectRepository : JpaRepository<Project, Long>\n"
        ),
        "web-backend/build.gradle.kts": _build(
            "implementation(projects.common)",
            'implementation("org.springframework.boot:spring-boot-starter-data-jpa")',
            'runtimeOnly("mysql:mysql-connector-java:8.0.33")',
        ),
        "web-backend/src/main/kotlin/acme/backend/Backend.kt": _app("acme.backend", "Backend"),
        "graph-service/build.gradle.kts": _build(*cpg),
        "graph-service/src/main/kotlin/acme/graph/GraphService.kt": _app(
            "acme.graph", "GraphService"
        ),
        "graph-service/src/main/kotlin/acme/graph/GraphRepository.kt": (
            "package acme.graph\n\nimport org.neo4j.ogm.session.SessionFactory\n"
            "import acme.common.utils.Result\n\n"
            "class GraphRepository(val sessions: SessionFactory)\n"
        ),
    }


def _names(found: dict, folder: str, kind: K) -> list[str]:
    return [f.name for f in found[folder].findings if f.kind is kind]


def test_an_own_graph_store_outweighs_a_lent_jpa(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _layers()))
    assert _names(found, "graph-service", K.ORM) == ["Neo4j-OGM"]
    assert _names(found, "graph-service", K.DATABASE) == ["Neo4j"]
    assert "JPA / Hibernate" in _names(found, "web-backend", K.ORM)


def test_a_relational_driver_keeps_the_lent_jpa(tmp_path: Path) -> None:
    own = by_folder(write(tmp_path / "own", _layers(cpg_driver=True)))
    assert "JPA / Hibernate" in _names(own, "graph-service", K.ORM)
    lent = by_folder(write(tmp_path / "lent", _layers(common_driver=True)))
    assert "JPA / Hibernate" in _names(lent, "graph-service", K.ORM)


_JUNIT = 'testImplementation("org.junit.jupiter:junit-jupiter:5.9.3")'
_TEST = (
    "package acme.{pkg}\n\nimport org.junit.jupiter.api.Test\n\n"
    "class {name}Test {{\n    @Test\n    fun works() {{}}\n}}\n"
)


def _workers(orchestrator_tests: bool = False) -> dict[str, str]:
    orchestrator = [
        "implementation(projects.workerCommon)",
        'implementation("org.springframework.boot:spring-boot-starter-webflux")',
    ]
    files = {}
    if orchestrator_tests:
        orchestrator.append(_JUNIT)
        files["orchestrator/src/test/kotlin/acme/orchestrator/OrchestratorTest.kt"] = _TEST.format(
            pkg="orchestrator", name="Orchestrator"
        )
    return {
        "settings.gradle.kts": (
            'rootProject.name = "tool"\n\nenableFeaturePreview("TYPESAFE_PROJECT_ACCESSORS")\n\n'
            'include("backend")\ninclude("preprocessor")\ninclude("orchestrator")\n'
            'include("worker-common")\n'
        ),
        "backend/build.gradle.kts": _build(
            'implementation("org.springframework.boot:spring-boot-starter-webflux")', _JUNIT
        ),
        "backend/src/main/kotlin/acme/backend/Backend.kt": _app("acme.backend", "Backend"),
        "backend/src/test/kotlin/acme/backend/BackendTest.kt": _TEST.format(
            pkg="backend", name="Backend"
        ),
        "preprocessor/build.gradle.kts": _build(
            'implementation("org.springframework.boot:spring-boot-starter-webflux")', _JUNIT
        ),
        "preprocessor/src/main/kotlin/acme/pre/Preprocessor.kt": _app("acme.pre", "Preprocessor"),
        "preprocessor/src/test/kotlin/acme/pre/PreprocessorTest.kt": _TEST.format(
            pkg="pre", name="Preprocessor"
        ),
        "orchestrator/build.gradle.kts": _build(*orchestrator),
        "orchestrator/src/main/kotlin/acme/orchestrator/Orchestrator.kt": _app(
            "acme.orchestrator", "Orchestrator"
        ),
        "worker-common/build.gradle.kts": _build(
            'implementation("org.springframework.boot:spring-boot-starter-webflux")', _JUNIT,
            boot=False,
        ),
        "worker-common/src/main/kotlin/acme/worker/Containers.kt": (
            "package acme.worker\n\nclass Containers\n"
        ),
        "worker-common/src/test/kotlin/acme/worker/ContainersTest.kt": _TEST.format(
            pkg="worker", name="Containers"
        ),
        **files,
    }


def test_a_library_lends_no_tests_to_its_untested_user(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workers()))
    assert _names(found, "orchestrator", K.TEST) == []
    assert _names(found, "backend", K.TEST) == ["JUnit"]


def test_a_library_lends_its_tests_to_a_tested_user(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workers(orchestrator_tests=True)))
    assert _names(found, "orchestrator", K.TEST) == ["JUnit"]
