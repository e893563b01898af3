"""JVM build shapes the held-out sets 58 and 62 showed (benchmarks/detect_heldout58.yaml,
detect_heldout62.yaml), as small fixtures of the real files' shape (#19): a Maven parent pom
kept beside its modules (`<module>../app</module>`), and a Groovy Gradle script applying the
framework's plugin from the version catalogue without parentheses (`alias libs.plugins.x`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_NS = 'xmlns="http://maven.apache.org/POM/4.0.0"'


def _child(artifact: str, parent: str, relative: str, dependencies: str) -> str:
    return (
        f"<project {_NS}>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        f"    <groupId>cc.acme</groupId>\n    <artifactId>{parent}</artifactId>\n"
        f"    <version>1.0</version>\n    <relativePath>{relative}</relativePath>\n"
        f"  </parent>\n  <artifactId>{artifact}</artifactId>\n"
        f"  <dependencies>\n{dependencies}  </dependencies>\n</project>\n"
    )


def _dep(group: str, artifact: str, version: str = "", scope: str = "") -> str:
    version = f"<version>{version}</version>" if version else ""
    scope = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{version}{scope}</dependency>\n"
    )


_PARENT = (
    f"<project {_NS}>\n  <modelVersion>4.0.0</modelVersion>\n"
    "  <groupId>cc.acme</groupId>\n  <artifactId>acme-cloud</artifactId>\n"
    "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
    "  <modules>\n    <module>../acme-auth</module>\n    <module>../acme-common</module>\n"
    "  </modules>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>2.2.1.RELEASE</version>\n    <relativePath/>\n  </parent>\n"
    "  <properties><mybatis-plus.version>3.2.0</mybatis-plus.version></properties>\n"
    "  <dependencyManagement><dependencies>\n"
    + _dep("mysql", "mysql-connector-java", "5.7.24")
    + "  </dependencies></dependencyManagement>\n</project>\n"
)

_COMMON = (
    f"<project {_NS}>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
    "    <groupId>cc.acme</groupId>\n    <artifactId>acme-cloud</artifactId>\n"
    "    <version>1.0</version>\n    <relativePath>../acme-cloud/pom.xml</relativePath>\n"
    "  </parent>\n  <modules>\n    <module>acme-common-datasource-starter</module>\n"
    "    <module>acme-common-redis-starter</module>\n  </modules>\n"
    "  <artifactId>acme-common</artifactId>\n  <packaging>pom</packaging>\n</project>\n"
)


def _parent_beside_modules(root: Path) -> Path:
    starter = "acme-common/acme-common-"
    return write(
        root,
        {
            "acme-cloud/pom.xml": _PARENT,
            "acme-common/pom.xml": _COMMON,
            starter + "datasource-starter/pom.xml": _child(
                "acme-common-datasource-starter", "acme-common", "../pom.xml",
                _dep("com.baomidou", "mybatis-plus-boot-starter", "${mybatis-plus.version}")
                + _dep("mysql", "mysql-connector-java", scope="runtime"),
            ),
            starter + "redis-starter/pom.xml": _child(
                "acme-common-redis-starter", "acme-common", "../pom.xml",
                _dep("org.springframework.boot", "spring-boot-starter-data-redis"),
            ),
            starter + "redis-starter/src/main/java/cc/acme/redis/RedisConfigure.java": (
                "package cc.acme.redis;\n\n@org.springframework.context.annotation"
                ".Configuration\npublic class RedisConfigure {}\n"
            ),
            "acme-auth/pom.xml": _child(
                "acme-auth", "acme-cloud", "../acme-cloud/pom.xml",
                _dep("cc.acme", "acme-common-datasource-starter", "1.0")
                + _dep("cc.acme", "acme-common-redis-starter", "1.0")
                + _dep("org.springframework.boot", "spring-boot-starter-web"),
            ),
            "acme-auth/src/main/java/cc/acme/auth/AuthApplication.java": (
                "package cc.acme.auth;\n\nimport org.springframework.boot.autoconfigure"
                ".SpringBootApplication;\n\n@SpringBootApplication\n"
                "public class AuthApplication {}\n"
            ),
        },
    )


def test_a_parent_beside_its_modules_is_no_backend_nor_are_its_starters(tmp_path: Path) -> None:
    assert set(by_folder(_parent_beside_modules(tmp_path))) == {"acme-auth"}


def test_a_module_inherits_the_framework_version_of_a_parent_beside_it(tmp_path: Path) -> None:
    auth = by_folder(_parent_beside_modules(tmp_path))["acme-auth"]
    assert first(auth, K.FRAMEWORK) == ("Spring Boot", "2.2.1.RELEASE")


def test_a_module_takes_the_data_layer_of_the_starters_of_its_build(tmp_path: Path) -> None:
    auth = by_folder(_parent_beside_modules(tmp_path))["acme-auth"]
    assert first(auth, K.ORM)[0] == "MyBatis-Plus"
    assert first(auth, K.DATABASE)[0] == "MySQL"


def test_a_groovy_catalogue_plugin_alias_gives_the_framework_version(tmp_path: Path) -> None:
    files = {
        "settings.gradle": "rootProject.name = 'core'\n",
        "build.gradle": (
            "plugins {\n  id 'java'\n  alias libs.plugins.spring.boot\n"
            "  alias libs.plugins.spring.dependency.management\n}\n\n"
            "dependencies {\n  implementation libs.spring.boot.starter.data.jpa\n"
            "  runtimeOnly libs.postgresql\n}\n"
        ),
        "gradle/libs.versions.toml": (
            '[versions]\nspring-boot = "3.5.4"\nspring-dependency-management = "1.1.7"\n\n'
            "[libraries]\nspring-boot-starter-data-jpa = { module = "
            '"org.springframework.boot:spring-boot-starter-data-jpa" }\n'
            'postgresql = { module = "org.postgresql:postgresql" }\n\n[plugins]\n'
            'spring-boot = { id = "org.springframework.boot", version.ref = "spring-boot" }\n'
            'spring-dependency-management = { id = "io.spring.dependency-management", '
            'version.ref = "spring-dependency-management" }\n'
        ),
        "src/main/java/org/acme/Application.java": (
            "package org.acme;\n\nimport org.springframework.boot.autoconfigure"
            ".SpringBootApplication;\n\n@SpringBootApplication\npublic class Application {}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.5.4")


def test_a_zuul_gateway_using_a_module_with_a_runner_is_a_backend(tmp_path: Path) -> None:
    root_pom = (
        f"<project {_NS}>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>1.5.13.RELEASE</version>\n  </parent>\n"
        "  <groupId>com.acme</groupId>\n  <artifactId>acme-master</artifactId>\n"
        "  <version>1.0</version>\n  <packaging>pom</packaging>\n  <modules>\n"
        "    <module>acme-common</module>\n    <module>acme-gateway</module>\n"
        "  </modules>\n</project>\n"
    )
    files = {
        "pom.xml": root_pom,
        "acme-common/pom.xml": _child(
            "acme-common", "acme-master", "../pom.xml",
            _dep("org.springframework.boot", "spring-boot-starter"),
        ),
        "acme-common/src/main/java/com/acme/core/ZookeeperInitRunner.java": (
            "package com.acme.core;\n\nimport org.springframework.boot.CommandLineRunner;\n\n"
            "public class ZookeeperInitRunner implements CommandLineRunner {\n"
            "  public void run(String... args) {}\n}\n"
        ),
        "acme-gateway/pom.xml": _child(
            "acme-gateway", "acme-master", "../pom.xml",
            _dep("org.springframework.cloud", "spring-cloud-starter-zuul")
            + _dep("org.springframework.boot", "spring-boot-starter-actuator")
            + _dep("com.acme", "acme-common", "1.0"),
        ),
        "acme-gateway/src/main/java/com/acme/gateway/GatewayApplication.java": (
            "package com.acme.gateway;\n\nimport org.springframework.boot.autoconfigure"
            ".SpringBootApplication;\nimport org.springframework.cloud.netflix.zuul"
            ".EnableZuulProxy;\n\n@EnableZuulProxy\n@SpringBootApplication\n"
            "public class GatewayApplication {}\n"
        ),
    }
    assert "acme-gateway" in by_folder(write(tmp_path, files))


def test_a_stream_job_using_a_support_module_of_daos_is_no_backend(tmp_path: Path) -> None:
    root_pom = (
        f"<project {_NS}>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>2.5.6</version>\n  </parent>\n"
        "  <groupId>com.acme</groupId>\n  <artifactId>acme</artifactId>\n"
        "  <version>1.0</version>\n  <packaging>pom</packaging>\n  <modules>\n"
        "    <module>acme-web</module>\n    <module>acme-support</module>\n"
        "    <module>acme-stream</module>\n  </modules>\n</project>\n"
    )
    shade = (
        "  <build><plugins><plugin>\n"
        "    <groupId>org.apache.maven.plugins</groupId>\n"
        "    <artifactId>maven-shade-plugin</artifactId>\n"
        "    <configuration><transformers><transformer implementation=\"org.apache.maven."
        "plugins.shade.resource.ManifestResourceTransformer\">\n"
        "      <mainClass>com.acme.stream.BootStrap</mainClass>\n"
        "    </transformer></transformers></configuration>\n  </plugin></plugins></build>\n"
    )
    files = {
        "pom.xml": root_pom,
        "acme-support/pom.xml": _child(
            "acme-support", "acme", "../pom.xml",
            _dep("org.springframework.boot", "spring-boot-starter")
            + _dep("org.springframework.boot", "spring-boot-starter-data-jpa")
            + _dep("mysql", "mysql-connector-java"),
        ),
        "acme-support/src/main/java/com/acme/support/dao/TemplateDao.java": (
            "package com.acme.support.dao;\n\nimport org.springframework.data.jpa.repository"
            ".JpaRepository;\n\npublic interface TemplateDao extends JpaRepository<Object, "
            "Long> {}\n"
        ),
        "acme-stream/pom.xml": _child(
            "acme-stream", "acme", "../pom.xml",
            _dep("com.acme", "acme-support", "1.0")
            + _dep("org.apache.flink", "flink-streaming-java_2.12", "1.14.3", "provided"),
        ).replace("</project>", shade + "</project>"),
        "acme-stream/src/main/java/com/acme/stream/BootStrap.java": (
            "package com.acme.stream;\n\npublic class BootStrap {\n"
            "    public static void main(String[] args) throws Exception {}\n}\n"
        ),
        "acme-web/pom.xml": _child(
            "acme-web", "acme", "../pom.xml",
            _dep("com.acme", "acme-support", "1.0")
            + _dep("org.springframework.boot", "spring-boot-starter-web"),
        ),
        "acme-web/src/main/java/com/acme/web/AcmeApplication.java": (
            "package com.acme.web;\n\nimport org.springframework.boot.autoconfigure"
            ".SpringBootApplication;\n\n@SpringBootApplication\npublic class AcmeApplication {}\n"
        ),
    }
    assert set(by_folder(write(tmp_path, files))) == {"acme-web"}


def test_services_inherit_the_version_of_a_listless_parent_they_name(tmp_path: Path) -> None:
    """A `pom` parent in a folder of its own that lists no modules (`boms/acme-parent`): each
    service names it by `<relativePath>` (a folder, Maven reading its pom.xml). Its framework
    parent fixes the services' version; it is no backend itself."""
    parent = _PARENT.replace(
        "  <modules>\n    <module>../acme-auth</module>\n    <module>../acme-common</module>\n"
        "  </modules>\n",
        "",
    ).replace("2.2.1.RELEASE", "3.3.10")
    root = write(
        tmp_path,
        {
            "boms/acme-cloud/pom.xml": parent,
            "api/pom.xml": _child(
                "acme-api", "acme-cloud", "../boms/acme-cloud",
                _dep("org.springframework.boot", "spring-boot-starter-web"),
            ),
            "api/src/main/java/cc/acme/api/ApiApplication.java": (
                "package cc.acme.api;\n\nimport org.springframework.boot.autoconfigure"
                ".SpringBootApplication;\n\n@SpringBootApplication\n"
                "public class ApiApplication {}\n"
            ),
        },
    )
    found = by_folder(root)
    assert set(found) == {"api"}
    assert first(found["api"], K.FRAMEWORK) == ("Spring Boot", "3.3.10")
