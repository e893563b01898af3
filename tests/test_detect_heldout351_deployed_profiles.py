"""Spring profiles named for where the application is deployed, as set 351 showed them
(benchmarks/detect_heldout351.yaml, #19): a module whose build carries the drivers of several
engines keeps its datasource only in a profile named for the container platform it runs on
(`application-openshift.yml`: the PostgreSQL driver class, the URL given by the deployment);
another's base file activates a developer's profile on an H2 file while the `online` profile
(the live stage of "local / test / online") opens MySQL. The deployed profile's server engine
is the application's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.detect.deployed_profiles import deployed_named
from designer.model.stack import FindingKind as K

_RESOURCES = "src/main/resources"

_MAIN = (
    "package org.example;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(Application.class, args);\n  }\n}\n"
)


def _app(deps: tuple[str, ...], settings: dict[str, str]) -> dict[str, str]:
    files = {
        "pom.xml": pom("\n".join(deps), parent=SPRING_PARENT),
        "src/main/java/org/example/Application.java": _MAIN,
    }
    files.update({f"{_RESOURCES}/{name}": text for name, text in settings.items()})
    return files


_WEB = dep("org.springframework.boot", "spring-boot-starter-web")
_JPA = dep("org.springframework.boot", "spring-boot-starter-data-jpa")
_DRIVERS = (
    dep("com.h2database", "h2", scope="runtime"),
    dep("com.mysql", "mysql-connector-j", scope="runtime"),
    dep("org.postgresql", "postgresql", scope="runtime"),
)

_PLATFORM = {
    "application.yml": "spring:\n  application.name: app\nserver:\n  port: 8080\n",
    "application-openshift.yml": (
        "spring:\n  datasource:\n    driver-class-name: org.postgresql.Driver\n"
        "  jpa:\n    properties:\n      hibernate:\n"
        "        dialect: org.hibernate.dialect.PostgreSQLDialect\n"
    ),
    "application-test.yml": (
        "spring:\n  datasource:\n    driver-class-name: org.h2.Driver\n"
        "    url: jdbc:h2:mem:app\n"
    ),
}

_STAGES = {
    "application.yml": (
        "spring:\n  profiles:\n    active: local\n  datasource:\n"
        "    driver-class-name: com.mysql.cj.jdbc.Driver\n"
    ),
    "application-local.yml": (
        "spring:\n  datasource:\n    url: jdbc:h2:file:~/app.db;MODE=MySQL\n"
        "    driver-class-name: org.h2.Driver\n"
    ),
    "application-online.yml": (
        "spring:\n  datasource:\n"
        "    url: jdbc:mysql://127.0.0.1:3306/app?useUnicode=true\n"
    ),
}


def test_a_platform_profile_names_the_engine_among_the_builds_drivers(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _app((_WEB, _JPA, *_DRIVERS), _PLATFORM)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_the_online_profile_outranks_an_activated_local_embedded_one(tmp_path: Path) -> None:
    drivers = (_DRIVERS[0], dep("mysql", "mysql-connector-java", version="8.0.28"))
    backend = by_folder(write(tmp_path, _app((_WEB, _JPA, *drivers), _STAGES)))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_the_activated_local_profile_stays_without_a_deployed_one(tmp_path: Path) -> None:
    stages = {k: v for k, v in _STAGES.items() if k != "application-online.yml"}
    stages["application.yml"] = "spring:\n  profiles:\n    active: local\n"
    drivers = (_DRIVERS[0], dep("mysql", "mysql-connector-java", version="8.0.28"))
    backend = by_folder(write(tmp_path, _app((_WEB, _JPA, *drivers), stages)))["."]
    assert first(backend, K.DATABASE)[0] == "H2"


def test_deployed_names() -> None:
    assert deployed_named("online")
    assert deployed_named("openshift")
    assert deployed_named("k8s")
    assert not deployed_named("openshift-dev")
    assert not deployed_named("online-demo")
    assert not deployed_named("postgres")
