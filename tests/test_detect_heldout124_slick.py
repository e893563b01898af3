"""Held-out set 124 (#19): a Scala Spring Boot service declaring the JPA starter beside Slick.

The pom declares `spring-boot-starter-data-jpa` (kept from a template), the JDBC starter and
`slick_3`; every repository of the Scala code runs its SQL through Slick
(`import slick.jdbc.PostgresProfile.api.*`) and no class is mapped to JPA. JPA persists
nothing there: Slick, which the build declares and the code is written to, is the data layer.
Counter-case: a Scala entity annotated `@Entity` keeps JPA.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import SPRING_PARENT, dep, pom, write
from test_detect_unseen import by_folder

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_POM = pom(
    "\n".join(
        [
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
            dep("org.springframework.boot", "spring-boot-starter-jdbc"),
            dep("com.typesafe.slick", "slick_3", version="3.6.1"),
            dep("org.postgresql", "postgresql"),
            dep("org.scala-lang", "scala3-library_3", version="3.3.5"),
        ]
    ),
    parent=SPRING_PARENT,
    extra="  <build>\n    <plugins>\n      <plugin>\n        <groupId>net.alchim31.maven"
    "</groupId>\n        <artifactId>scala-maven-plugin</artifactId>\n      </plugin>\n"
    "    </plugins>\n  </build>",
)

_APP = """package org.example.backend

import org.springframework.boot.SpringApplication
import org.springframework.boot.autoconfigure.SpringBootApplication

@SpringBootApplication
class BackendApplication

object BackendApplication {
  def main(args: Array[String]): Unit = SpringApplication.run(classOf[BackendApplication], args*)
}
"""

_REPOSITORY = """package org.example.backend.repository

import slick.dbio.DBIO
import slick.jdbc.GetResult
import slick.jdbc.PostgresProfile.api.*

class ApplicationRepository {
  def find(id: String): DBIO[Seq[String]] =
    sql"SELECT name FROM application WHERE id = $id".as[String]
}
"""

_ENTITY = """package org.example.backend.model

import jakarta.persistence.Entity
import jakarta.persistence.Id

@Entity
class Decision {
  @Id var id: String = ""
}
"""


def _data(backend: DetectedBackend) -> str:
    """The data layer as the held-out sets read it: the first ORM or query finding."""
    return next((f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "none")


def _tree(**extra: str) -> dict[str, str]:
    return {
        "backend/pom.xml": _POM,
        "backend/src/main/scala/org/example/backend/BackendApplication.scala": _APP,
        "backend/src/main/scala/org/example/backend/repository/ApplicationRepository.scala": (
            _REPOSITORY
        ),
        **extra,
    }


def test_a_jpa_starter_beside_slick_written_code_leaves_slick(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["backend"]
    assert _data(backend) == "Slick"
    assert "JPA / Hibernate" not in [f.name for f in backend.findings]


def test_a_jpa_entity_keeps_jpa(tmp_path: Path) -> None:
    # Counter-case: one class mapped to JPA, so the starter persists something.
    entity = {"backend/src/main/scala/org/example/backend/model/Decision.scala": _ENTITY}
    backend = by_folder(write(tmp_path, _tree(**entity)))["backend"]
    assert "JPA / Hibernate" in [f.name for f in backend.findings]
