"""Maven gap the forty-ninth held-out set showed (benchmarks/detect_heldout49.yaml), as a small
fixture of the real files' shape (#19): a module's Spring Boot plugin version names a property
of the root pom that itself names another property (`${plugin.spring.boot.version}` →
`${spring.boot.version}` → the release)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme.maven</groupId>
    <artifactId>base-pom</artifactId>
    <version>1.5.12</version>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>club-backend</artifactId>
  <version>0.7.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>app</module>
  </modules>
  <properties>
    <java.version>21</java.version>
    <spring.boot.version>3.5.9</spring.boot.version>
    <plugin.spring.boot.version>${spring.boot.version}</plugin.spring.boot.version>
  </properties>
</project>
"""

_APP = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>club-backend</artifactId>
    <version>0.7.0</version>
  </parent>
  <artifactId>app</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
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
        <version>${plugin.spring.boot.version}</version>
      </plugin>
    </plugins>
  </build>
</project>
"""


def test_plugin_version_property_naming_another_property(tmp_path: Path) -> None:
    files = {
        "pom.xml": _ROOT,
        "app/pom.xml": _APP,
        "app/src/main/java/com/acme/App.java": "public class App {}\n",
    }
    backend = by_folder(write(tmp_path, files))["app"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.5.9")
