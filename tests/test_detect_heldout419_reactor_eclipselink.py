"""JVM: a Maven reactor's service handing JPA to EclipseLink while its parent and a library
module bring Hibernate's signals (set 419, #19).

The reactor's root pom (parent `spring-boot-starter-parent`, only assembling the modules)
declares `spring-boot-starter-data-jpa` for every module, excluding `hibernate-core`; a library
module holds Spring Data JPA repositories; the one service module adds `eclipselink` and a
`JpaBaseConfiguration` returning `new EclipseLinkJpaVendorAdapter()`. The parent's starter and
the library's repositories are folded into the service only when the backend is assembled: the
service's configuration decides for them too, so the data layer is JPA / EclipseLink
(`jpa_providers.prefer_configured_backends`). Counter-case: without the configuration, Spring
Boot's default provider, Hibernate, stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.2.5</version>
  </parent>
  <groupId>org.acme</groupId>
  <artifactId>exchange</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>modules/exchange-core</module>
    <module>modules/transfer</module>
  </modules>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
      <exclusions>
        <exclusion>
          <groupId>org.hibernate.orm</groupId>
          <artifactId>hibernate-core</artifactId>
        </exclusion>
      </exclusions>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
  </dependencies>
</project>
"""

_LIBRARY = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.acme</groupId>
    <artifactId>exchange</artifactId>
    <version>1.0</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>
  <artifactId>transfer</artifactId>
</project>
"""

_CORE = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.acme</groupId>
    <artifactId>exchange</artifactId>
    <version>1.0</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>
  <artifactId>exchange-core</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.acme</groupId>
      <artifactId>transfer</artifactId>
      <version>1.0</version>
    </dependency>
    <dependency>
      <groupId>org.eclipse.persistence</groupId>
      <artifactId>eclipselink</artifactId>
      <version>4.0.4</version>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
"""

_APP = """package org.acme.exchange;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExchangeApplication {
    public static void main(String[] args) {
        SpringApplication.run(ExchangeApplication.class, args);
    }
}
"""

_CONFIG = """package org.acme.exchange.configuration;

import org.springframework.boot.autoconfigure.orm.jpa.JpaBaseConfiguration;
import org.springframework.orm.jpa.vendor.AbstractJpaVendorAdapter;
import org.springframework.orm.jpa.vendor.EclipseLinkJpaVendorAdapter;

public class EclipseLinkJpaConfiguration extends JpaBaseConfiguration {
    @Override
    protected AbstractJpaVendorAdapter createJpaVendorAdapter() {
        return new EclipseLinkJpaVendorAdapter();
    }
}
"""


def _repository(name: str) -> str:
    return (
        "package org.acme.transfer.repository;\n\n"
        "import org.springframework.data.jpa.repository.JpaRepository;\n\n"
        f"public interface {name} extends JpaRepository<Object, String> {{\n}}\n"
    )


def _reactor(configured: bool) -> dict[str, str]:
    core = "modules/exchange-core/src/main"
    tree = {
        "pom.xml": _ROOT,
        "modules/transfer/pom.xml": _LIBRARY,
        "modules/transfer/src/main/java/org/acme/transfer/repository/RequestRepository.java":
            _repository("RequestRepository"),
        "modules/transfer/src/main/java/org/acme/transfer/repository/ResponseRepository.java":
            _repository("ResponseRepository"),
        "modules/exchange-core/pom.xml": _CORE,
        f"{core}/java/org/acme/exchange/ExchangeApplication.java": _APP,
        f"{core}/resources/application.properties": (
            "spring.datasource.driver-class-name=org.postgresql.Driver\n"
            "spring.datasource.url=jdbc:postgresql://localhost:5432/exchange\n"
        ),
    }
    if configured:
        tree[f"{core}/java/org/acme/exchange/configuration/EclipseLinkJpaConfiguration.java"] = (
            _CONFIG
        )
    return tree


def test_the_services_vendor_adapter_decides_for_the_folded_modules(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _reactor(configured=True)))
    assert list(found) == ["modules/exchange-core"]
    backend = found["modules/exchange-core"]
    assert first(backend, K.ORM) == ("JPA / EclipseLink", "4.0.4")
    assert "JPA / Hibernate" not in {f.name for f in backend.findings if f.kind is K.ORM}


def test_without_the_configuration_hibernate_stays(tmp_path: Path) -> None:
    # Counter-case: EclipseLink only declared, no configuration choosing it.
    found = by_folder(write(tmp_path, _reactor(configured=False)))
    assert list(found) == ["modules/exchange-core"]
    assert first(found["modules/exchange-core"], K.ORM)[0] == "JPA / Hibernate"
