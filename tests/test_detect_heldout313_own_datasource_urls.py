"""Held-out set 313 (#19): two JVM web applications declare two JDBC drivers each and no
setting Spring Boot reads names the engine. Their own properties files do: one's
`app.properties` (loaded by `@PropertySource`) gives its own datasource
`app.datasource.jdbc-url=jdbc\\:postgresql\\://…` and a second, named datasource for a system it
only reads `app.datasource.registry.jdbc-url=jdbc:oracle:thin:@…`; the other's
`META-INF/spring/database.properties` has `database.url=jdbc\\:postgresql\\://…` while a Spring
XML bean reads an external MariaDB (`<property name="url" value="jdbc:mariadb://…"/>`). The
escaped colons are read unescaped, and the URL of the program's own datasource key names its
engine: PostgreSQL. Where both URLs sit under named datasources, the tie stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_BOOT = "org.springframework.boot"

_APP = """package org.example.attendance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

@SpringBootApplication
@PropertySource("classpath:/attendance.properties")
public class AttendanceApplication {
    public static void main(String[] args) {
        SpringApplication.run(AttendanceApplication.class, args);
    }
}
"""

_REPOSITORY = """package org.example.attendance.repositories;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRepository extends JpaRepository<Session, Long> {
}
"""


def _boot_app(own_key: str) -> dict[str, str]:
    deps = "\n".join(
        (
            dep(_BOOT, "spring-boot-starter-web"),
            dep(_BOOT, "spring-boot-starter-data-jpa"),
            dep("org.postgresql", "postgresql"),
            dep("com.oracle", "ojdbc7", version="12.1.0.2"),
        )
    )
    return {
        "pom.xml": pom(deps, parent=SPRING_PARENT),
        "src/main/java/org/example/attendance/AttendanceApplication.java": _APP,
        "src/main/java/org/example/attendance/repositories/SessionRepository.java": _REPOSITORY,
        "src/main/resources/attendance.properties": (
            "attendance.datasource.driver-class-name=org.postgresql.Driver\n"
            f"{own_key}=jdbc\\:postgresql\\://localhost\\:5432/attendance\n"
            "attendance.datasource.username=\n\n#registry\n"
            "attendance.datasource.registry.jdbc-url=jdbc:oracle:thin:@registry.example.org:1522/REG\n"
            "attendance.datasource.registry.driver-class-name=oracle.jdbc.OracleDriver\n"
        ),
    }


def test_the_own_datasource_url_names_the_engine_over_a_read_one(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _boot_app("attendance.datasource.jdbc-url")))["."]
    assert first(app, K.DATABASE)[0] == "PostgreSQL"


def test_two_named_datasources_leave_the_tie(tmp_path: Path) -> None:
    # Counter-case: both URLs under named datasources: nothing says which is the program's.
    app = by_folder(write(tmp_path, _boot_app("attendance.datasource.local.jdbc-url")))["."]
    assert first(app, K.DATABASE)[0] == "Oracle"


_CONTEXT = """<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:context="http://www.springframework.org/schema/context">
    <context:property-placeholder location="classpath*:META-INF/spring/*.properties" />
    <bean id="externalSource" class="org.apache.commons.dbcp2.BasicDataSource">
        <property name="url" value="jdbc:mariadb://ext-db.example.org:3306/people"/>
    </bean>
</beans>
"""


def test_an_escaped_url_in_database_properties_names_the_engine(tmp_path: Path) -> None:
    deps = "\n".join(
        (
            dep("org.springframework", "spring-webmvc", version="6.2.18"),
            dep("org.springframework.data", "spring-data-jpa", version="3.5.3"),
            dep("org.hibernate.orm", "hibernate-core", version="7.1.26.Final"),
            dep("org.mariadb.jdbc", "mariadb-java-client", version="3.5.6"),
            dep("org.postgresql", "postgresql", version="42.7.11"),
        )
    )
    files = {
        "pom.xml": pom(deps).replace("<artifactId>demo</artifactId>",
                                     "<artifactId>demo</artifactId>\n  <packaging>war</packaging>"),
        "src/main/webapp/WEB-INF/web.xml": (
            "<web-app><servlet><servlet-name>app</servlet-name><servlet-class>"
            "org.springframework.web.servlet.DispatcherServlet</servlet-class></servlet></web-app>\n"
        ),
        "src/main/java/org/example/cards/web/CardController.java": (
            "package org.example.cards.web;\n\n"
            "import org.springframework.stereotype.Controller;\n"
            "import org.springframework.web.bind.annotation.RequestMapping;\n\n"
            '@Controller\n@RequestMapping("/cards")\npublic class CardController {\n}\n'
        ),
        "src/main/resources/META-INF/spring/applicationContext.xml": _CONTEXT,
        "src/main/resources/META-INF/spring/database.properties": (
            "database.driverClassName=org.postgresql.Driver\n"
            "database.url=jdbc\\:postgresql\\://localhost\\:5432/cards\n"
        ),
    }
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.DATABASE)[0] == "PostgreSQL"
