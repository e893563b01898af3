"""The hundred-and-twelfth held-out set (benchmarks/detect_heldout112.yaml), as a small fixture
of the real files' shape (#19): a Maven reactor whose application module's parent is a sibling
module importing `spring-boot-dependencies` at one release, while the module pins Spring Boot's
Maven plugin apart at another. The libraries resolve from the BOM; the plugin only packages
them, so the BOM's release is the application's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>trace</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>parent-boot</module>
    <module>backend</module>
  </modules>
  <properties>
    <springboot.version>3.4.1</springboot.version>
    <spring-boot-maven-plugin.version>3.3.1</spring-boot-maven-plugin.version>
  </properties>
</project>
"""

_BOM = """  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>${springboot.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
"""


def _parent(bom: bool) -> str:
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>trace</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>parent-boot</artifactId>
  <packaging>pom</packaging>
{_BOM if bom else ""}</project>
"""


_BACKEND = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>parent-boot</artifactId>
    <version>1.0</version>
    <relativePath>../parent-boot/pom.xml</relativePath>
  </parent>
  <artifactId>backend</artifactId>
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
        <version>${spring-boot-maven-plugin.version}</version>
        <executions>
          <execution>
            <goals>
              <goal>repackage</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""

_MAIN = (
    "package org.example;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class TraceApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(TraceApplication.class, args);\n    }\n}\n"
)


def _tree(bom: bool) -> dict[str, str]:
    return {
        "pom.xml": _ROOT,
        "parent-boot/pom.xml": _parent(bom),
        "backend/pom.xml": _BACKEND,
        "backend/src/main/java/org/example/TraceApplication.java": _MAIN,
    }


def test_a_parent_modules_bom_outranks_the_boot_plugins_own_pin(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(bom=True)))
    assert list(found) == ["backend"]
    assert first(found["backend"], K.FRAMEWORK) == ("Spring Boot", "3.4.1")


def test_the_boot_plugins_pin_is_the_release_where_nothing_else_names_one(
    tmp_path: Path,
) -> None:
    # Counter-case: no BOM in the parent, the plugin's release is the only one stated.
    found = by_folder(write(tmp_path, _tree(bom=False)))
    assert first(found["backend"], K.FRAMEWORK) == ("Spring Boot", "3.3.1")
