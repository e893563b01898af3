"""JVM: the engine key of the database settings file a program ships for its home is its
default (set 203, #19).

A Spring Boot controller declares both the H2 and the MySQL drivers and configures neither in
Spring's settings: it copies a `database.conf` template to its home on first start and builds
its datasource from it. The template says `database.type=H2`, MySQL only commented out as the
alternative, so the program runs on H2 unless its operator edits the copy
(`defaults.properties_type_rules`, the program's own default). The same key uncommented for
MySQL names MySQL, and a test resource's copy names nothing of the program's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GRADLE = (
    "plugins {\n    id 'org.springframework.boot' version '2.3.3.RELEASE'\n    id 'java'\n}\n\n"
    "dependencies {\n"
    '    implementation (group: "org.springframework.boot", name: "spring-boot-starter-web")\n'
    '    implementation (group: "org.springframework.boot", name: "spring-boot-starter-data-jpa")\n'
    '    implementation (group: "mysql", name: "mysql-connector-java", version: "8.0.13")\n'
    '    implementation (group: "com.h2database", name: "h2", version: "1.4.197")\n'
    "}\n"
)

_CONF = (
    "# H2 / mysql can be set\ndatabase.type=H2\n#database.type=mysql\n\n"
    "# for mysql. You should configure the following.\n"
    "#database.url=mysql_server_ip:mysql_server_port/app\n"
    "database.username=admin\ndatabase.password=admin\n"
)

_TEMPLATE = "src/main/resources/home_template/database.conf"


def _controller(conf: str = _CONF, where: str = _TEMPLATE) -> dict[str, str]:
    return {
        "build.gradle": _GRADLE,
        "src/main/java/org/acme/LoadStarter.java": (
            "package org.acme;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class LoadStarter {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(LoadStarter.class, args);\n    }\n}\n"
        ),
        "src/main/java/org/acme/TestRunRepository.java": (
            "package org.acme;\n\nimport org.springframework.data.jpa.repository.JpaRepository;\n\n"
            "public interface TestRunRepository extends JpaRepository<TestRun, Long> {}\n"
        ),
        where: conf,
    }


def test_the_home_templates_engine_is_the_default(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _controller()))
    assert first(found["."], K.DATABASE)[0] == "H2"


def test_the_key_set_to_another_engine_names_it(tmp_path: Path) -> None:
    # Counter-case: the shipped file chooses MySQL, H2 commented out.
    conf = _CONF.replace("database.type=H2\n#database.type=mysql", "#database.type=H2\n"
                         "database.type=mysql")
    found = by_folder(write(tmp_path, _controller(conf)))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_test_resources_copy_is_not_the_programs(tmp_path: Path) -> None:
    # Counter-case: only the tests' resources set H2; the server driver stays first.
    found = by_folder(write(tmp_path, _controller(where="src/test/resources/database.conf")))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
