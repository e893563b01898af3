"""Spring: the `default` profile's in-memory database beside a production profile, and a JPA
service's JDBC server beside a side store an integration module declares (held-out set 250,
#19).

A Gradle multi-project's web application keeps `application-default.properties` with
`spring.datasource.url=jdbc:h2:mem:testdb` (the run with no profile) beside
`application-production.properties`, whose URL is given where it is deployed
(`${DATABASE_URL}`). Spring reads the `default` profile only when no profile is active: the H2
database is a developer's, not the service's store, and the PostgreSQL driver the core module
declares for run time is its engine. The integration module's DynamoDB client, named by its
build file alone, is a side store JPA cannot reach: it does not win the tie by its name.
Counter-cases: with no production profile the `default` profile is what runs (H2 stays); with
no JDBC server driver the side store is not pushed back."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = (
    "rootProject.name = 'civic'\ninclude 'civic-webapp', 'civic-core', 'civic-integration'\n"
)

_ROOT = (
    "buildscript {\n    ext { springBootVersion = '2.1.4.RELEASE' }\n"
    "    dependencies {\n"
    '        classpath "org.springframework.boot:spring-boot-gradle-plugin:$springBootVersion"\n'
    "    }\n}\n\nsubprojects {\n    apply plugin: 'java'\n"
    "    apply plugin: 'io.spring.dependency-management'\n"
    "    dependencies {\n        testCompile 'junit:junit'\n    }\n}\n"
)

_WEBAPP = (
    "apply plugin: 'org.springframework.boot'\n\ndependencies {\n"
    "    compile project(':civic-core')\n    compile project(':civic-integration')\n"
    "    compile group: 'org.springframework.boot', name: 'spring-boot-starter-web'\n"
    "    compile group: 'org.springframework.boot', name: 'spring-boot-starter-data-jpa'\n"
    "}\n"
)

_CORE = (
    "dependencies {\n    compile 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
    "    compile 'com.h2database:h2'\n%s}\n"
)

_POSTGRES = "    runtime 'org.postgresql:postgresql'\n"

_INTEGRATION = (
    "dependencies {\n"
    "    compile group: 'com.amazonaws', name: 'aws-java-sdk-dynamodb', version: '1.11.538'\n"
    "}\n"
)

_APPLICATION = (
    "package org.civic.webapp;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(Application.class, args);\n    }\n}\n"
)

_REPOSITORY = (
    "package org.civic.core.repository;\n\n"
    "import org.springframework.data.jpa.repository.JpaRepository;\n\n"
    "public interface GroupRepository extends JpaRepository<Group, Long> {}\n"
)

_DEFAULT = (
    "spring.datasource.url=jdbc:h2:mem:testdb\nspring.datasource.driverClassName=org.h2.Driver\n"
    "spring.datasource.username=sa\nspring.jpa.database-platform=org.hibernate.dialect.H2Dialect\n"
)

_PRODUCTION = (
    "spring.datasource.hikari.maximum-pool-size=20\nspring.datasource.url=${DATABASE_URL}\n"
    "spring.jpa.show_sql=false\n"
)

_RESOURCES = "civic-webapp/src/main/resources/"


def _civic(production: bool = True, postgres: bool = True) -> dict[str, str]:
    files = {
        "settings.gradle": _SETTINGS,
        "build.gradle": _ROOT,
        "civic-webapp/build.gradle": _WEBAPP,
        "civic-webapp/src/main/java/org/civic/webapp/Application.java": _APPLICATION,
        _RESOURCES + "application-default.properties": _DEFAULT,
        "civic-core/build.gradle": _CORE % (_POSTGRES if postgres else ""),
        "civic-core/src/main/java/org/civic/core/repository/GroupRepository.java": _REPOSITORY,
        "civic-integration/build.gradle": _INTEGRATION,
    }
    if production:
        files[_RESOURCES + "application-production.properties"] = _PRODUCTION
    return files


def _engine(root: Path) -> str:
    return first(by_folder(root)["civic-webapp"], K.DATABASE)[0]


def test_the_default_profiles_memory_database_beside_production_is_development(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _civic()))["civic-webapp"]
    assert first(found, K.ORM)[0] == "JPA / Hibernate"
    assert first(found, K.DATABASE)[0] == "PostgreSQL"


def test_the_default_profile_alone_is_what_runs(tmp_path: Path) -> None:
    # Counter-case: no production profile beside it; the `default` profile's H2 is the store.
    assert _engine(write(tmp_path, _civic(production=False))) == "H2"


def test_a_side_store_stays_first_without_a_jdbc_server(tmp_path: Path) -> None:
    # Counter-case: no JDBC server driver to put first; the store is not pushed back for H2.
    assert _engine(write(tmp_path, _civic(postgres=False))) != "PostgreSQL"
