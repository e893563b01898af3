"""JVM: a Maven module with no main and no Spring Boot plugin that an application of the tree
depends on is a library, whichever build of the tree it lies in (set 252, #19).

A repository keeps several Maven builds under one master pom: a reactor of shared modules
(`common/`: a web module with the base controllers and filters on the web starter, a security
module it brings along) and each application in a folder of its own, naming the shared modules
by artifactId. The shared modules declare no `main`, no `@SpringBootApplication` and no main
class, and their poms name no Spring Boot plugin: they package plain jars, and the starters they
declare make no backend (`mainless_boot_modules`). A shared module with a main of its own, one
whose pom names Spring Boot's plugin, or one nothing of the tree depends on stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MASTER = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
    "  <artifactId>acme-master-pom</artifactId>\n  <version>1.0.0</version>\n"
    "  <packaging>pom</packaging>\n"
    "  <properties><spring.boot.version>3.2.1</spring.boot.version></properties>\n"
    "  <dependencyManagement><dependencies><dependency>\n"
    "    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-dependencies</artifactId>\n"
    "    <version>${spring.boot.version}</version><type>pom</type><scope>import</scope>\n"
    "  </dependency></dependencies></dependencyManagement>\n"
    "  <build><pluginManagement><plugins><plugin>\n"
    "    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-maven-plugin</artifactId>\n"
    "    <executions><execution><id>repackage</id><goals><goal>repackage</goal></goals>"
    "</execution></executions>\n"
    "  </plugin></plugins></pluginManagement></build>\n</project>\n"
)

_COMMON = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
    "  <artifactId>acme-common</artifactId>\n  <packaging>pom</packaging>\n"
    "  <parent><groupId>org.acme</groupId><artifactId>acme-master-pom</artifactId>"
    "<version>1.0.0</version><relativePath>../master-pom/pom.xml</relativePath></parent>\n"
    "  <modules><module>common-web</module><module>common-security</module></modules>\n"
    "</project>\n"
)


def _module(name: str, starter: str, uses: tuple[str, ...] = (), plugin: bool = False) -> str:
    deps = "".join(
        f"    <dependency><groupId>org.acme</groupId><artifactId>{u}</artifactId>"
        "<version>1.0.0</version></dependency>\n"
        for u in uses
    )
    build = (
        "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n"
        if plugin
        else ""
    )
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
        f"  <artifactId>{name}</artifactId>\n"
        "  <parent><groupId>org.acme</groupId><artifactId>acme-common</artifactId>"
        "<version>1.0.0</version><relativePath>../pom.xml</relativePath></parent>\n"
        "  <dependencies>\n"
        "    <dependency><groupId>org.springframework.boot</groupId>"
        f"<artifactId>{starter}</artifactId></dependency>\n"
        f"{deps}  </dependencies>\n{build}</project>\n"
    )


_API = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
    "  <artifactId>acme-api-be</artifactId>\n"
    "  <parent><groupId>org.acme</groupId><artifactId>acme-master-pom</artifactId>"
    "<version>1.0.0</version><relativePath>../../master-pom/pom.xml</relativePath></parent>\n"
    "  <dependencies>\n"
    "    <dependency><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-data-jpa</artifactId></dependency>\n"
    "    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>"
    "</dependency>\n"
    "    <dependency><groupId>org.acme</groupId><artifactId>common-web</artifactId>"
    "<version>1.0.0</version></dependency>\n"
    "  </dependencies>\n"
    "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n"
    "</project>\n"
)


def _tree(api_uses_common: bool = True, web_plugin: bool = False) -> dict[str, str]:
    return {
        "master-pom/pom.xml": _MASTER,
        "common/pom.xml": _COMMON,
        "common/common-web/pom.xml": _module(
            "common-web", "spring-boot-starter-web", ("common-security",), web_plugin
        ),
        "common/common-web/src/main/java/org/acme/common/web/CrudController.java": (
            "package org.acme.common.web;\n\n"
            "import org.springframework.web.bind.annotation.GetMapping;\n\n"
            "public abstract class CrudController<T> {\n"
            "    @GetMapping(\"/{id}\")\n    public T get(Long id) { return null; }\n}\n"
        ),
        "common/common-security/pom.xml": _module(
            "common-security", "spring-boot-starter-security"
        ),
        "common/common-security/src/main/java/org/acme/common/security/Roles.java": (
            "package org.acme.common.security;\n\npublic final class Roles {\n"
            "    public static final String ADMIN = \"ADMIN\";\n}\n"
        ),
        "api/api-be/pom.xml": _API if api_uses_common else _API.replace(
            "<artifactId>common-web</artifactId>", "<artifactId>jackson-core</artifactId>"
        ),
        "api/api-be/src/main/java/org/acme/api/ApiApplication.java": (
            "package org.acme.api;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class ApiApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(ApiApplication.class, args);\n    }\n}\n"
        ),
        "api/api-be/src/main/java/org/acme/api/ItemController.java": (
            "package org.acme.api;\n\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n"
            "@RestController\npublic class ItemController {}\n"
        ),
    }


def test_shared_maven_modules_an_application_uses_are_libraries(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["api/api-be"]
    assert first(found["api/api-be"], K.FRAMEWORK) == ("Spring Boot", "3.2.1")


def test_a_shared_module_with_a_main_stays(tmp_path: Path) -> None:
    # Counter-case: the shared web module is also run as a service of its own.
    files = _tree()
    files["common/common-web/src/main/java/org/acme/common/web/WebApplication.java"] = (
        "package org.acme.common.web;\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class WebApplication {\n"
        "    public static void main(String[] args) {}\n}\n"
    )
    assert "common/common-web" in by_folder(write(tmp_path, files))


def test_a_shared_module_naming_the_boot_plugin_stays(tmp_path: Path) -> None:
    # Counter-case: its own pom says it packages an application.
    assert "common/common-web" in by_folder(write(tmp_path, _tree(web_plugin=True)))


def test_a_shared_module_nothing_uses_stays(tmp_path: Path) -> None:
    # Counter-case: no application of the tree depends on it.
    assert "common/common-web" in by_folder(write(tmp_path, _tree(api_uses_common=False)))
