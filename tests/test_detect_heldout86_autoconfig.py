"""A Spring Boot 1 war whose application class spells `@SpringBootApplication` out (#19): the
Attico shape of held-out set 86. A Maven module packaged as a war declares Spring Boot's
starters; its `Application` class carries `@Configuration`, `@ComponentScan` and
`@EnableAutoConfiguration` and has no main, and `ApplicationWebXml extends
SpringBootServletInitializer` hands it to the servlet container. Beside it a small Spring Boot
service with a main (`@SpringBootApplication`, `SpringApplication.run`) is reported; the war
must be too, as a Spring Boot backend. Counter-case: the same module without the annotation (a
library of Spring components) is not, while its sibling still is."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project>
    <modelVersion>4.0.0</modelVersion>
    <groupId>it.example</groupId>
    <artifactId>acts-web</artifactId>
    <version>1.0</version>
    <packaging>war</packaging>
    <dependencies>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-web</artifactId>
            <version>1.2.6.RELEASE</version>
        </dependency>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-data-jpa</artifactId>
            <version>1.2.6.RELEASE</version>
        </dependency>
        <dependency>
            <groupId>mysql</groupId>
            <artifactId>mysql-connector-java</artifactId>
            <version>5.1.36</version>
        </dependency>
    </dependencies>
</project>
"""
_ANNOTATION = (
    "@EnableAutoConfiguration(exclude = { MetricFilterAutoConfiguration.class })\n"
)
_APPLICATION = (
    "package it.example.web;\n\n"
    "import org.springframework.boot.autoconfigure.EnableAutoConfiguration;\n"
    "import org.springframework.context.annotation.ComponentScan;\n"
    "import org.springframework.context.annotation.Configuration;\n\n"
    "@Configuration\n@ComponentScan(basePackages = {{ \"it.example\" }})\n"
    "{annotation}public class Application {{\n}}\n"
)
_INITIALIZER = (
    "package it.example.web;\n\n"
    "import org.springframework.boot.builder.SpringApplicationBuilder;\n"
    "import org.springframework.boot.context.web.SpringBootServletInitializer;\n\n"
    "public class ApplicationWebXml extends SpringBootServletInitializer {\n"
    "    @Override\n"
    "    protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {\n"
    "        return application.sources(Application.class);\n    }\n}\n"
)
_PROBE = (
    "package it.example.probe;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ProbeApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(ProbeApplication.class, args);\n    }\n}\n"
)
_BASE = "src/main/java/it/example/web"


def _module(annotation: str = _ANNOTATION, initializer: bool = True) -> dict[str, str]:
    files = {
        "attico/pom.xml": "<project><modules><module>acts-web</module></modules></project>\n",
        "attico/probe/pom.xml": _POM.replace("acts-web", "probe").replace("war", "jar"),
        "attico/probe/src/main/java/it/example/probe/ProbeApplication.java": _PROBE,
        "attico/acts-web/pom.xml": _POM,
        f"attico/acts-web/{_BASE}/Application.java": _APPLICATION.format(annotation=annotation),
    }
    if initializer:
        files[f"attico/acts-web/{_BASE}/ApplicationWebXml.java"] = _INITIALIZER
    return files


def _framework(root: Path, folder: str) -> str:
    backend = by_folder(root)[folder]
    return first(backend, K.FRAMEWORK)[0]


def test_auto_configured_war_is_a_spring_boot_backend(tmp_path: Path) -> None:
    write(tmp_path, _module())
    assert _framework(tmp_path, "attico/acts-web") == "Spring Boot"


def test_auto_configured_application_without_initializer_is_a_backend(tmp_path: Path) -> None:
    write(tmp_path, _module(initializer=False))
    assert _framework(tmp_path, "attico/acts-web") == "Spring Boot"


def test_module_without_the_annotation_is_no_backend(tmp_path: Path) -> None:
    # Counter-case: Spring components and starters, no application configured: a library.
    write(tmp_path, _module(annotation="", initializer=False))
    found = by_folder(tmp_path)
    assert "attico/acts-web" not in found
    assert "attico/probe" in found
