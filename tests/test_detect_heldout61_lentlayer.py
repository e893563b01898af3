"""A JVM data layer lent with no database to run on (#19): the paascloud-master shape of
held-out set 61. A shared core module declares MyBatis (and Redis) for the build's services;
the providers declare the MySQL driver and map their tables, while the Zuul gateway depends on
the core module for its utilities and has no driver, no datasource and no mapper of its own.
The lent MyBatis has no database to open there: the gateway has no data layer. Where the core
module lends a driver too, the parent pom declares one for every module, or the gateway's own
code maps a table, the lent layer stays the service's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K


def _module_pom(artifact: str, dependencies: str, modules: tuple[str, ...] = ()) -> str:
    listed = "".join(f"<module>{m}</module>" for m in modules)
    extra = f"  <modules>{listed}</modules>\n" if modules else ""
    return pom(dependencies, extra=extra).replace(
        "<artifactId>demo</artifactId>", f"<artifactId>{artifact}</artifactId>"
    )


def _main(name: str, annotation: str = "") -> str:
    return (
        f"package com.example.{name.lower()};\n\n{annotation}@SpringBootApplication\n"
        f"public class {name}Application {{\n"
        "    public static void main(String[] args) {\n"
        f"        SpringApplication.run({name}Application.class, args);\n    }}\n}}\n"
    )


def _files(core_dependencies: str, root_dependencies: str = "") -> dict[str, str]:
    core = dep("com.example", "common-core")
    modules = ("common-core", "gateway", "provider")
    return {
        "pom.xml": _module_pom("root", root_dependencies, modules).replace(
            "<modelVersion>4.0.0</modelVersion>",
            "<modelVersion>4.0.0</modelVersion>\n" + SPRING_PARENT,
        ),
        "common-core/pom.xml": _module_pom("common-core", core_dependencies),
        "common-core/src/main/java/com/example/core/BaseService.java": (
            "package com.example.core;\n\nimport org.apache.ibatis.session.RowBounds;\n\n"
            "public abstract class BaseService {\n}\n"
        ),
        "gateway/pom.xml": _module_pom(
            "gateway",
            dep("org.springframework.cloud", "spring-cloud-starter-zuul") + "\n" + core,
        ),
        "gateway/src/main/java/com/example/gateway/GatewayApplication.java": _main(
            "Gateway", "@EnableZuulProxy\n"
        ),
        "provider/pom.xml": _module_pom(
            "provider",
            dep("org.springframework.boot", "spring-boot-starter-web") + "\n" + core + "\n"
            + dep("mysql", "mysql-connector-java") + "\n"
            + dep("org.mybatis.spring.boot", "mybatis-spring-boot-starter"),
        ),
        "provider/src/main/java/com/example/provider/ProviderApplication.java": _main(
            "Provider"
        ),
    }


_CORE = (
    dep("org.mybatis", "mybatis") + "\n"
    + dep("org.springframework.boot", "spring-boot-starter-data-redis")
)


def test_lent_layer_with_no_database_is_not_the_services(tmp_path: Path) -> None:
    """The gateway is lent MyBatis and no driver: no data layer; the provider keeps its own."""
    found = by_folder(write(tmp_path, _files(_CORE)))
    assert set(found) == {"gateway", "provider"}
    assert first(found["gateway"], K.ORM) == ("", "")
    assert first(found["provider"], K.ORM)[0] == "MyBatis"


def test_lent_layer_with_a_lent_driver_stays_the_services(tmp_path: Path) -> None:
    """The core module declares the MySQL driver too: the gateway is lent a database, and the
    layer on it stays its data layer."""
    files = _files(_CORE + "\n" + dep("mysql", "mysql-connector-java"))
    found = by_folder(write(tmp_path, files))
    assert first(found["gateway"], K.ORM)[0] == "MyBatis"


def test_lent_layer_under_a_parent_declaring_a_driver_stays_the_services(
    tmp_path: Path,
) -> None:
    """The parent pom declares the MySQL driver, which every module inherits: a database."""
    files = _files(_CORE, dep("mysql", "mysql-connector-java"))
    found = by_folder(write(tmp_path, files))
    assert first(found["gateway"], K.ORM)[0] == "MyBatis"


def test_lent_layer_the_services_code_is_written_to_stays_the_services(tmp_path: Path) -> None:
    """The gateway's own mapper imports MyBatis: its code uses the lent layer."""
    files = _files(_CORE)
    files["gateway/src/main/java/com/example/gateway/RouteMapper.java"] = (
        "package com.example.gateway;\n\nimport org.apache.ibatis.annotations.Select;\n\n"
        "public interface RouteMapper {\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["gateway"], K.ORM)[0] == "MyBatis"
