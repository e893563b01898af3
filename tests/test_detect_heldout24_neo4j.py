"""Neo4j's object-graph mapper in a Spring Boot service (held-out set 58,
benchmarks/detect_heldout58.yaml, #19): neo4j-ogm-core with its Bolt driver and Neo4j's Java
driver, a repository opening an `org.neo4j.ogm` Session, `spring.neo4j.uri=bolt://…`: the data
layer is Neo4j-OGM, the engine Neo4j."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout24_jvm_dotnet import _data_layer
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TREE = {
    "build.gradle.kts": (
        "plugins {\n    id(\"org.springframework.boot\") version \"2.7.17\"\n"
        "    kotlin(\"jvm\") version \"1.9.25\"\n}\n\ndependencies {\n"
        "    implementation(\"org.springframework.boot:spring-boot-starter-webflux\")\n"
        "    implementation(\"org.neo4j:neo4j-ogm-core:4.0.6\")\n"
        "    implementation(\"org.neo4j:neo4j-ogm-bolt-driver:4.0.6\")\n"
        "    implementation(\"org.neo4j.driver:neo4j-java-driver:5.7.0\")\n}\n"
    ),
    "src/main/kotlin/org/example/cpg/SaveDemoCpg.kt": (
        "package org.example.cpg\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
        "import org.springframework.boot.runApplication\n\n"
        "@SpringBootApplication\nclass SaveDemoCpg\n\n"
        "fun main(args: Array<String>) {\n    runApplication<SaveDemoCpg>(*args)\n}\n"
    ),
    "src/main/kotlin/org/example/cpg/CpgRepository.kt": (
        "package org.example.cpg\n\nimport org.neo4j.ogm.session.Session\n"
        "import org.neo4j.ogm.session.SessionFactory\n\n"
        "class CpgRepository(private val sessionFactory: SessionFactory) {\n"
        "    fun session(): Session = sessionFactory.openSession()\n}\n"
    ),
    "src/main/resources/application-kubernetes.properties": (
        "spring.neo4j.uri=bolt://graph:7687\nspring.neo4j.authentication.username=neo4j\n"
    ),
}


def test_neo4j_ogm_is_the_data_layer_and_neo4j_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _TREE))["."]
    assert _data_layer(backend) == "Neo4j-OGM"
    assert first(backend, K.DATABASE)[0] == "Neo4j"
