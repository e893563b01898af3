"""JVM shapes of set 80 (#19): a Gradle multi-module Spring Boot 1.5 build that declares Boot's
own modules (`spring-boot`, `spring-boot-autoconfigure`) rather than starters, their release
pinned by the root's `dependencySet`, over the plain MongoDB 3.x driver; and a Spring Boot
site whose only JDBC URL is an in-memory H2 one given to a non-active profile, MySQL's
driver its only server driver."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_ROOT = """subprojects {
    apply plugin: 'io.spring.dependency-management'
    dependencyManagement {
        dependencies {
            dependencySet(group: 'org.springframework.boot', version: '1.5.3.RELEASE') {
                entry 'spring-boot'
                entry 'spring-boot-autoconfigure'
            }
            dependencySet(group: 'org.mongodb', version: '3.4.2') {
                entry 'mongodb-driver'
            }
            dependency 'junit:junit:4.12'
        }
    }
}
"""

_SERVER = """apply plugin: 'application'
mainClassName = 'org.example.triage.Main'

dependencies {
    implementation 'org.springframework.boot:spring-boot'
    implementation 'org.springframework.boot:spring-boot-autoconfigure'
    implementation 'org.apache.cxf:cxf-rt-frontend-jaxrs'
    implementation 'org.mongodb:mongodb-driver'
    testImplementation 'junit:junit'
}
"""

_MAIN = """package org.example.triage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Main {
  public static void main(String[] args) { SpringApplication.run(Main.class, args); }
}
"""


def test_boot_modules_pinned_by_a_dependency_set(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "settings.gradle": "include 'server'\n",
            "build.gradle": "apply from: 'dependencies.gradle'\n",
            "dependencies.gradle": _ROOT,
            "server/build.gradle": _SERVER,
            "server/src/main/java/org/example/triage/Main.java": _MAIN,
        },
    )
    server = by_folder(root)["server"]
    assert not server.ambiguous
    assert first(server, FindingKind.FRAMEWORK) == ("Spring Boot", "1.5.3.RELEASE")
    assert first(server, FindingKind.QUERY)[0] == "mongodb"
    assert first(server, FindingKind.DATABASE)[0] == "MongoDB"


def test_a_dependency_set_of_libraries_pins_no_framework(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "settings.gradle": "include 'server'\n",
            "build.gradle": _ROOT.replace("org.springframework.boot", "org.example.libs"),
            "server/build.gradle": _SERVER,
            "server/src/main/java/org/example/triage/Main.java": _MAIN,
        },
    )
    assert first(by_folder(root)["server"], FindingKind.FRAMEWORK) == ("Spring Boot", "")


_SITE = """plugins {
    id 'java'
    id 'org.springframework.boot' version '2.5.0'
}
apply plugin: 'io.spring.dependency-management'

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'
    runtimeOnly 'mysql:mysql-connector-java'
    runtimeOnly 'com.h2database:h2'
}
"""

_CONFIG = """spring:
  jpa:
    hibernate:
      ddl_auto: none
---
spring:
  config:
    activate:
      on-profile: cloud
server:
  compression:
    enabled: true
---
spring:
  config:
    activate:
      on-profile: {profile}
  datasource:
    url: jdbc:h2:mem:site;MODE=MySQL
"""


def _site(tmp_path: Path, config: str) -> str:
    root = write(
        tmp_path,
        {
            "build.gradle": _SITE,
            "src/main/java/org/example/site/Main.java": _MAIN,
            "src/main/resources/application.yml": config,
        },
    )
    return first(by_folder(root)["."], FindingKind.DATABASE)[0]


def test_an_in_memory_database_of_an_inactive_profile_is_a_fallback(tmp_path: Path) -> None:
    assert _site(tmp_path, _CONFIG.replace("{profile}", "standalone")) == "MySQL"


def test_an_in_memory_database_of_the_active_profile_stays(tmp_path: Path) -> None:
    config = "spring:\n  profiles:\n    active: standalone\n" + _CONFIG[len("spring:\n"):]
    assert _site(tmp_path, config.replace("{profile}", "standalone")) == "H2"


def test_an_in_memory_database_of_the_base_document_stays(tmp_path: Path) -> None:
    config = "spring:\n  datasource:\n    url: jdbc:h2:mem:site\n"
    assert _site(tmp_path, config) == "H2"
