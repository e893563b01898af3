"""Spring: the profiles a production profile group brings in choose its engine (set 276, #19).

A Spring Boot server keeps no datasource in its base configuration: one profile file per engine
(`application-postgres.properties` loading `org.postgresql.Driver`, the URL left to the
deployment as `${POSTGRES_DB_URL}`; `application-h2.properties` with an in-memory URL "for
development or demo"), and the base file names the profiles each way of running it starts with
(`spring.profiles.group.prod: "server, postgres"`, `test: "h2"`). The build's drivers hide
behind a catalogue's aliases (`implementation(library.database_postgres)`). The production
group's datasource is the engine (`profile_groups`). A group named for development or tests, or
a base file under test resources, chooses nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = (
    "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.3.5'\n}\n\n"
    "dependencies {\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
    "    implementation(library.database_postgres)\n"
    "    implementation(library.database_h2)\n}\n"
)

_APP = (
    "package com.acme.scan;\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ScanServerApplication {\n"
    "    public static void main(String[] args) {}\n}\n"
)

_REPOSITORY = (
    "package com.acme.scan;\n\n"
    "import org.springframework.data.jpa.repository.JpaRepository;\n\n"
    "public interface JobRepository extends JpaRepository<Job, Long> {}\n"
)

_POSTGRES = (
    "## PostgreSQL setup\n"
    "spring.datasource.driverClassName=org.postgresql.Driver\n"
    "spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect\n"
    "# for production you must change it by setting environment entries\n"
    "spring.datasource.url=${POSTGRES_DB_URL}\n"
)

_H2 = (
    "# only used in development or demo mode\n"
    "spring.datasource.driver-class-name=org.h2.Driver\n"
    "spring.datasource.url=jdbc:h2:mem:db;DB_CLOSE_DELAY=-1\n"
)


def _base(groups: str) -> str:
    return (
        "server:\n  port: 8443\nspring:\n  profiles:\n    group:\n"
        f"{groups}"
        "  jpa:\n    open-in-view: false\n"
    )


def _server(groups: str) -> dict[str, str]:
    return {
        "build.gradle": _BUILD,
        "src/main/java/com/acme/scan/ScanServerApplication.java": _APP,
        "src/main/java/com/acme/scan/JobRepository.java": _REPOSITORY,
        "src/main/resources/application.yml": _base(groups),
        "src/main/resources/application-postgres.properties": _POSTGRES,
        "src/main/resources/application-h2.properties": _H2,
    }


_GROUPS = (
    '      prod: "server, initial_admin, postgres"\n'
    '      dev: "localserver, admin_access"\n'
    '      test: "mocked_products,h2,test"\n'
)


def test_the_production_group_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server(_GROUPS)))
    assert first(found["."], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_yaml_list_and_a_prefixed_group_name(tmp_path: Path) -> None:
    # The group's members as a YAML list, the group named `<app>_prod`, its profiles' files
    # in YAML.
    files = _server("      app_prod:\n        - app_server\n        - app_postgres\n")
    files["src/main/resources/application-app_postgres.yml"] = (
        "spring:\n  datasource:\n    url: ${POSTGRES_DB_URL}\n"
        "    driverClassName: org.postgresql.Driver\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_properties_base_file(tmp_path: Path) -> None:
    files = _server("")
    files["src/main/resources/application.yml"] = "server:\n  port: 8443\n"
    files["src/main/resources/application.properties"] = (
        "spring.profiles.group.production=server,postgres\n"
        "spring.profiles.group.local=h2\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_groups_for_development_and_tests_choose_nothing(tmp_path: Path) -> None:
    # Counter-case: no group named for production; nothing activates a profile.
    groups = '      dev: "localserver, postgres"\n      test: "mocked_products,h2"\n'
    found = by_folder(write(tmp_path, _server(groups)))
    assert first(found["."], K.DATABASE)[0] != "PostgreSQL"


def test_a_group_of_the_test_resources_chooses_nothing(tmp_path: Path) -> None:
    # Counter-case: the base file that names the group is the tests' own.
    files = _server("")
    files["src/main/resources/application.yml"] = "server:\n  port: 8443\n"
    files["src/test/resources/application.yml"] = _base('      prod: "postgres"\n')
    files["src/test/resources/application-postgres.properties"] = _POSTGRES
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] != "PostgreSQL"
