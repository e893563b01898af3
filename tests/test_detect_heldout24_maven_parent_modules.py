"""A Maven parent grouping services that depends on the build's common service module (#19):
each service below it inherits the dependency, so the module's data layer and driver are
each service's, as if each declared it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(artifact: str, parent: str, body: str, packaging: str = "jar") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        f"  <parent>\n    <groupId>com.example</groupId>\n    <artifactId>{parent}</artifactId>\n"
        "    <version>1.0.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <packaging>{packaging}</packaging>\n{body}"
        "</project>\n"
    )


def _dependency(group: str, artifact: str, scope: str = "") -> str:
    scoped = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{scoped}</dependency>\n"
    )


_ROOT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>com.example</groupId>\n  <artifactId>school</artifactId>\n"
    "  <version>1.0.0</version>\n  <packaging>pom</packaging>\n"
    "  <modules>\n    <module>school-common</module>\n    <module>school-service</module>\n"
    "  </modules>\n  <dependencyManagement>\n    <dependencies>\n"
    "      <dependency><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.0</version>"
    "<type>pom</type><scope>import</scope></dependency>\n"
    "    </dependencies>\n  </dependencyManagement>\n</project>\n"
)
_COMMON = _pom(
    "school-common-service",
    "school-common",
    "  <dependencies>\n"
    + _dependency("org.springframework.boot", "spring-boot-starter-web")
    + _dependency("org.mybatis.spring.boot", "mybatis-spring-boot-starter")
    + _dependency("com.mysql", "mysql-connector-j")
    + "  </dependencies>\n",
)
_COMMON_PARENT = _pom(
    "school-common", "school",
    "  <modules>\n    <module>school-common-service</module>\n  </modules>\n", "pom",
)
_SERVICES = _pom(
    "school-service",
    "school",
    "  <modules>\n    <module>school-service-user</module>\n"
    "    <module>school-service-course</module>\n  </modules>\n"
    "  <dependencies>\n"
    + _dependency("com.example", "school-common-service")
    + _dependency("org.springframework.boot", "spring-boot-starter-test", "test")
    + "  </dependencies>\n",
    "pom",
)
_PLUGIN = (
    "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n"
)


def _app(name: str) -> str:
    return (
        f"package com.example.{name};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class App {{\n    public static void main(String[] a) {{\n"
        "        SpringApplication.run(App.class, a);\n    }\n}\n"
    )


def test_services_inherit_the_common_module_of_their_parent(tmp_path: Path) -> None:
    files = {
        "pom.xml": _ROOT,
        "school-common/pom.xml": _COMMON_PARENT,
        "school-common/school-common-service/pom.xml": _COMMON,
        "school-service/pom.xml": _SERVICES,
    }
    for name in ("user", "course"):
        folder = f"school-service/school-service-{name}"
        files[f"{folder}/pom.xml"] = _pom(f"school-service-{name}", "school-service", _PLUGIN)
        files[f"{folder}/src/main/java/com/example/{name}/App.java"] = _app(name)
        files[f"{folder}/src/main/resources/mybatis/UserMapper.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<mapper namespace="com.example.{name}.dao.UserMapper">\n</mapper>\n'
        )
    found = by_folder(write(tmp_path, files))
    for name in ("user", "course"):
        backend = found[f"school-service/school-service-{name}"]
        assert first(backend, K.DATABASE)[0] == "MySQL"
        assert first(backend, K.ORM)[0] == "MyBatis"
    assert "school-common/school-common-service" not in found
