"""JVM shapes of set 86 (#19): a Java Pekko HTTP cluster whose HTTP BOM is imported per Scala
version (`pekko-http-bom_${scala.version}`), whose persistence library declares MongoDB's Java
and Scala drivers while its code is written to the Java one, and whose gateway reaches that
library only through the API modules of the other services (no data of its own); and a
Spring Boot service declaring the JPA starter with no entity while its code queries through
JdbcTemplate."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_NS = 'xmlns="http://maven.apache.org/POM/4.0.0"'


def _dep(artifact: str, group: str = "org.example") -> str:
    return f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId></dependency>"


def _module(name: str, parent: str, path: str, *deps: str) -> str:
    return f"""<project {_NS}><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.example</groupId><artifactId>{parent}</artifactId>
    <version>1</version><relativePath>{path}</relativePath></parent>
  <artifactId>{name}</artifactId>
  <dependencies>{"".join(deps)}</dependencies>
</project>
"""


_BOM = f"""<project {_NS}><modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId><artifactId>acme-bom</artifactId><version>1</version>
  <packaging>pom</packaging>
  <properties><scala.version>2.13</scala.version>
    <pekko-http-bom.version>1.3.0</pekko-http-bom.version></properties>
  <dependencyManagement><dependencies>
    <dependency><groupId>org.apache.pekko</groupId>
      <artifactId>pekko-http-bom_${{scala.version}}</artifactId>
      <version>${{pekko-http-bom.version}}</version><scope>import</scope><type>pom</type>
    </dependency>
  </dependencies></dependencyManagement>
</project>
"""

_ROOT = f"""<project {_NS}><modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId><artifactId>acme</artifactId><version>1</version>
  <packaging>pom</packaging>
  <modules><module>bom</module><module>persistence</module><module>things</module>
    <module>gateway</module></modules>
</project>
"""

_PEKKO = _dep("pekko-http_${scala.version}", "org.apache.pekko")

_MAIN = """package org.example.{pkg};

import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.http.javadsl.Http;

public final class {cls}Service {{
  public static void main(String[] args) {{
    Http.get(ActorSystem.create()).newServerAt("0.0.0.0", 8080).bind(routes());
  }}
}}
"""

_JAVA_DRIVER = """package org.example.persistence.{name};

import com.mongodb.reactivestreams.client.MongoClient;

public class {name} {{ MongoClient client; }}
"""

_SCALA_DRIVER = """package org.example.persistence.{name};

import org.mongodb.scala.MongoClient;

public class {name} {{ MongoClient client; }}
"""


def _service(group: str, *deps: str) -> dict[str, str]:
    """`group/service`, a Pekko HTTP program, with `group/api` beside it (its messages)."""
    cls = group.capitalize()
    return {
        f"{group}/service/pom.xml": _module(f"{group}-service", "acme-bom", "../../bom", _PEKKO,
                                           *deps),
        f"{group}/service/src/main/java/org/example/{group}/{cls}Service.java": _MAIN.format(
            pkg=group, cls=cls
        ),
        f"{group}/api/pom.xml": _module(f"{group}-api", "acme-bom", "../../bom",
                                        _dep("acme-persistence")),
    }


def _cluster(driver: str = _JAVA_DRIVER, **extra: str) -> dict[str, str]:
    files = {
        "pom.xml": _ROOT,
        "bom/pom.xml": _BOM,
        "persistence/pom.xml": _module(
            "acme-persistence", "acme-bom", "../bom",
            _dep("mongodb-driver-reactivestreams", "org.mongodb"),
            _dep("mongo-scala-driver_${scala.version}", "org.mongodb.scala"),
        ),
        **_service("things", _dep("acme-persistence"), _dep("things-api")),
        **_service("gateway", _dep("things-api")),
        **extra,
    }
    for name in ("Reads", "Writes", "Streams"):
        path = f"persistence/src/main/java/org/example/persistence/{name.lower()}/{name}.java"
        files[path] = driver.format(name=name)
    return files


def test_the_pekko_http_bom_built_per_scala_version_gives_the_version(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _cluster()))
    assert first(found["things/service"], FindingKind.FRAMEWORK) == ("Pekko HTTP", "1.3.0")


def test_without_the_bom_pekko_http_stays_unversioned(tmp_path: Path) -> None:
    bom = _BOM.replace("pekko-http-bom_", "pekko-other-bom_")
    found = by_folder(write(tmp_path, _cluster(**{"bom/pom.xml": bom})))
    assert first(found["things/service"], FindingKind.FRAMEWORK) == ("Pekko HTTP", "")


def _data(backend: object) -> str:
    for finding in backend.findings:  # type: ignore[attr-defined]
        if finding.kind in (FindingKind.ORM, FindingKind.QUERY):
            return finding.name
    return "none"


def test_the_java_driver_the_library_code_imports_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _cluster()))
    assert _data(found["things/service"]) == "mongodb"
    assert first(found["things/service"], FindingKind.DATABASE)[0] == "MongoDB"


def test_the_scala_driver_stays_where_the_code_imports_it(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _cluster(_SCALA_DRIVER)))
    assert _data(found["things/service"]) == "mongo-scala-driver"


def test_a_store_reached_through_another_services_api_is_not_the_callers(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _cluster()))
    assert sorted(found) == ["gateway/service", "things/service"]
    assert _data(found["gateway/service"]) == "none"
    assert first(found["gateway/service"], FindingKind.DATABASE) == ("", "")


def test_a_store_library_the_caller_uses_itself_stays_its_own(tmp_path: Path) -> None:
    files = _cluster()
    files.update(_service("gateway", _dep("things-api"), _dep("acme-persistence")))
    found = by_folder(write(tmp_path, files))
    assert _data(found["gateway/service"]) == "mongodb"


_BOOT = """<project {ns}><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId><version>2.0.4.RELEASE</version></parent>
  <groupId>org.example</groupId><artifactId>{name}</artifactId>
  <dependencies>{deps}</dependencies>
</project>
"""

_BOOT_MAIN = """package org.example.mail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MailApplication {
  public static void main(String[] args) { SpringApplication.run(MailApplication.class, args); }
}
"""

_JDBC_SERVICE = """package org.example.mail.service;

import org.hibernate.validator.constraints.Email;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class TemplateService { JdbcTemplate jdbc; }
"""

_ENTITY = """package org.example.commons.model;

import javax.persistence.Entity;

@Entity
public class Recipient { Long id; }
"""


def _mail(entity: bool) -> dict[str, str]:
    starters = "".join(
        _dep(f"spring-boot-starter-{s}", "org.springframework.boot") for s in ("web", "data-jpa")
    )
    deps = starters + _dep("mysql-connector-java", "mysql") + _dep("commons")
    files = {
        "mail/pom.xml": _BOOT.format(ns=_NS, name="mail", deps=deps),
        "mail/src/main/java/org/example/mail/MailApplication.java": _BOOT_MAIN,
        "mail/src/main/java/org/example/mail/service/TemplateService.java": _JDBC_SERVICE,
        "commons/pom.xml": _BOOT.format(ns=_NS, name="commons", deps=""),
        "commons/src/main/java/org/example/commons/Util.java": "package org.example.commons;\n",
    }
    if entity:
        files["commons/src/main/java/org/example/commons/model/Recipient.java"] = _ENTITY
    return files


def test_a_jpa_starter_with_no_entity_beside_jdbc_template_is_spring_jdbc(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _mail(entity=False)))
    assert _data(found["mail"]) == "Spring JDBC"
    assert first(found["mail"], FindingKind.DATABASE)[0] == "MySQL"


def test_an_entity_in_a_module_it_uses_keeps_jpa(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _mail(entity=True)))
    assert _data(found["mail"]) == "JPA / Hibernate"
