"""What a backend gets from beyond its own manifest (#19): the data layer of the modules of its
build it depends on (Maven and Gradle multi-module builds), MyBatis mappers, and the packages
that .NET's `Directory.*.props` / `.targets` files add to every project below them."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind


def by_folder(root: Path) -> dict[str, DetectedBackend]:
    return {b.folder: b for b in detect(root).backends}


def names(backend: DetectedBackend, kind: FindingKind) -> list[str]:
    return [f.name for f in backend.findings if f.kind is kind]


def module_pom(artifact: str, *deps: tuple[str, str, str], modules: tuple[str, ...] = ()) -> str:
    """A Maven module of group com.acme; `deps` are (group, artifact, scope)."""
    items = "".join(
        f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId>"
        + (f"<scope>{s}</scope>" if s else "")
        + "</dependency>\n"
        for g, a, s in deps
    )
    listed = "".join(f"<module>{m}</module>" for m in modules)
    parent = (
        "<parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId><version>2.7.5</version></parent>"
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        f"{parent}\n<groupId>com.acme</groupId>\n<artifactId>{artifact}</artifactId>\n"
        f"<modules>{listed}</modules>\n<dependencies>\n{items}</dependencies>\n</project>\n"
    )


APP = (
    "package com.acme;\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ShopApplication {}\n"
)
WEB = ("org.springframework.boot", "spring-boot-starter-web", "")


def maven_build(app_scope: str = "") -> dict[str, str]:
    """Two applications of one build; both use `shop-db` (through `shop-core` for one of
    them), which declares MyBatis and the MySQL driver; `shop-testkit` declares H2 and is
    only a test dependency."""
    return {
        "pom.xml": module_pom("shop", modules=("shop-db", "shop-core", "admin", "portal")),
        "shop-db/pom.xml": module_pom(
            "shop-db",
            ("org.mybatis.spring.boot", "mybatis-spring-boot-starter", ""),
            ("mysql", "mysql-connector-java", ""),
        ),
        "shop-core/pom.xml": module_pom("shop-core", ("com.acme", "shop-db", "")),
        "shop-testkit/pom.xml": module_pom("shop-testkit", ("org.liquibase", "liquibase-core", "")),
        "admin/pom.xml": module_pom(
            "admin", WEB, ("com.acme", "shop-db", app_scope), ("com.acme", "shop-testkit", "test")
        ),
        "admin/src/main/java/com/acme/ShopApplication.java": APP,
        "portal/pom.xml": module_pom("portal", WEB, ("com.acme", "shop-core", "")),
        "portal/src/main/java/com/acme/ShopApplication.java": APP,
    }


def test_maven_app_gets_the_data_layer_of_the_sibling_modules_it_uses(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, maven_build()))
    assert set(found) == {"admin", "portal"}
    for folder in ("admin", "portal"):  # portal reaches shop-db through shop-core
        assert names(found[folder], FindingKind.ORM) == ["MyBatis"]
        assert names(found[folder], FindingKind.DATABASE) == ["MySQL"]
        orm = next(f for f in found[folder].findings if f.kind is FindingKind.ORM)
        assert orm.evidence[0].path == "shop-db/pom.xml"
    # A test-scoped module's data layer does not travel.
    assert names(found["admin"], FindingKind.MIGRATIONS) == []


def test_test_scoped_sibling_module_gives_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, maven_build(app_scope="test")))
    assert names(found["admin"], FindingKind.ORM) == []
    assert names(found["portal"], FindingKind.ORM) == ["MyBatis"]


def test_gradle_project_dependency_is_followed(tmp_path: Path) -> None:
    boot = 'plugins {\n    id "org.springframework.boot" version "3.3.0"\n}\n'
    root = write(
        tmp_path,
        {
            "settings.gradle": "include ':api', ':worker', ':persistence'\n",
            "persistence/build.gradle": (
                "dependencies {\n"
                "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
                "    runtimeOnly 'org.postgresql:postgresql'\n}\n"
            ),
            "api/build.gradle": boot + (
                "dependencies {\n"
                "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
                "    implementation project(':persistence')\n}\n"
            ),
            "api/src/main/java/com/acme/ApiApplication.java": APP,
            "worker/build.gradle": boot + (
                "dependencies {\n"
                "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
                "    testImplementation project(':persistence')\n}\n"
            ),
            "worker/src/main/java/com/acme/WorkerApplication.java": APP,
        },
    )
    found = by_folder(root)
    assert names(found["api"], FindingKind.ORM) == ["JPA / Hibernate"]
    assert names(found["api"], FindingKind.DATABASE) == ["PostgreSQL"]
    assert names(found["worker"], FindingKind.ORM) == []


MAPPER_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" '
    '"http://mybatis.org/dtd/mybatis-3-mapper.dtd">\n'
    '<mapper namespace="com.acme.dao.OrderDao">\n'
    '  <select id="count" resultType="int">select count(*) from orders</select>\n</mapper>\n'
)


def test_mybatis_mapper_xml_and_mapper_imports_are_evidence(tmp_path: Path) -> None:
    app = {"pom.xml": module_pom("app", WEB), "src/main/java/com/acme/ShopApplication.java": APP}
    mappers = {"src/main/resources/dao/OrderDao.xml": MAPPER_XML}
    xml = by_folder(write(tmp_path / "xml", {**app, **mappers}))
    orm = next(f for f in xml["."].findings if f.kind is FindingKind.ORM)
    assert (orm.name, orm.evidence[0].path, orm.evidence[0].line) == (
        "MyBatis",
        "src/main/resources/dao/OrderDao.xml",
        3,
    )
    mapper = (
        "package com.acme.dao;\n\nimport org.apache.ibatis.annotations.Param;\n\n"
        "public interface OrderMapper {\n    int count(@Param(\"id\") long id);\n}\n"
    )
    java = by_folder(
        write(tmp_path / "java", {**app, "src/main/java/com/acme/dao/OrderMapper.java": mapper})
    )
    assert names(java["."], FindingKind.ORM) == ["MyBatis"]
    # An XML file that is not a mapper proves nothing.
    other = by_folder(
        write(tmp_path / "other", {**app, "src/main/resources/UserMapper.xml": "<beans/>\n"})
    )
    assert names(other["."], FindingKind.ORM) == []
