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


def csproj(*packages: str, sdk: str = "Microsoft.NET.Sdk") -> str:
    items = "".join(f'    <PackageReference Include="{p}" />\n' for p in packages)
    return f'<Project Sdk="{sdk}">\n  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n'


WEB_MAIN = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
CENTRAL = """<Project>
  <ItemGroup>
    <PackageVersion Include="Microsoft.EntityFrameworkCore" Version="8.0.4" />
    <PackageVersion Include="Microsoft.EntityFrameworkCore.Sqlite" Version="8.0.4" />
    <PackageVersion Include="xunit" Version="2.9.0" />
    <PackageVersion Include="Microsoft.NET.Test.Sdk" Version="17.8.0" />
  </ItemGroup>
  <ItemGroup>
    <GlobalPackageReference Include="StyleCop.Analyzers" Version="1.1.118" />
  </ItemGroup>
  <ItemGroup Condition="$(MSBuildProjectName.EndsWith('Infrastructure'))">
    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="8.0.4" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.4" />
  </ItemGroup>
  <ItemGroup Condition="$(MSBuildProjectFullPath.Contains('Tests')) and '$(Flavour)' == 'x'">
    <PackageReference Include="nunit" Version="4.0.1" />
  </ItemGroup>
  <ItemGroup Condition="$(MSBuildProjectFullPath.Contains('Tests')) or '$(Unknown)' == 'x'">
    <PackageReference Include="nunit" Version="4.0.1" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.8.0" />
  </ItemGroup>
  <ItemGroup Condition="'$(Configuration)' == 'Release'">
    <PackageReference Include="MongoDB.Driver" Version="2.25.0" />
  </ItemGroup>
</Project>
"""
BUILD = """<Project>
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Flavour>y</Flavour>
  </PropertyGroup>
</Project>
"""


def test_directory_packages_props_references_count_for_the_projects_they_pick(
    tmp_path: Path,
) -> None:
    found = by_folder(
        write(
            tmp_path,
            {
                "src/Directory.Build.props": BUILD,
                "src/Directory.Packages.props": CENTRAL,
                "src/Api/Api.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
                "src/Api/Program.cs": WEB_MAIN,
                "src/Shop.Infrastructure/Shop.Infrastructure.csproj": csproj(),
                "src/Tests/Api.Tests/Api.Tests.csproj": csproj(),
            },
        )
    )
    assert set(found) == {"src/Api"}
    api = found["src/Api"]
    orm = next(f for f in api.findings if f.kind is FindingKind.ORM)
    assert (orm.name, orm.version) == ("EF Core", "8.0.4")
    assert orm.evidence[0].path == "src/Directory.Packages.props"
    assert names(api, FindingKind.DATABASE) == ["SQL Server"]
    assert names(api, FindingKind.TEST) == ["NUnit"]  # the test project is a test project
    framework = api.findings[0]
    assert (framework.name, framework.confidence) == ("ASP.NET Core", 0.95)
    # A package under a condition that cannot be told (the build configuration) is left out.
    assert "MongoDB" not in names(api, FindingKind.DATABASE)


def test_directory_build_props_references_apply_below_with_central_versions(
    tmp_path: Path,
) -> None:
    tests_props = (
        "<Project>\n  <ItemGroup>\n"
        '    <PackageReference Include="Microsoft.NET.Test.Sdk" />\n'
        '    <PackageReference Include="xunit" />\n'
        "  </ItemGroup>\n</Project>\n"
    )
    unconditional = CENTRAL.split("  <ItemGroup Condition")[0] + "</Project>\n"
    targets = (
        "<Project>\n  <ItemGroup>\n"
        '    <PackageReference Include="Microsoft.EntityFrameworkCore" />\n'
        '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" />\n'
        "  </ItemGroup>\n</Project>\n"
    )
    found = by_folder(
        write(
            tmp_path,
            {
                "Directory.Build.props": BUILD,
                "Directory.Packages.props": unconditional,
                "src/Directory.Build.targets": targets,
                "src/Web/Web.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
                "src/Web/Program.cs": WEB_MAIN,
                "tests/Directory.Build.props": tests_props,
                "tests/Web.Tests/Web.Tests.csproj": csproj(),
            },
        )
    )
    web = found["src/Web"]
    orm = next(f for f in web.findings if f.kind is FindingKind.ORM)
    assert (orm.name, orm.version) == ("EF Core", "8.0.4")
    assert names(web, FindingKind.DATABASE) == ["SQLite"]
    test = next(f for f in web.findings if f.kind is FindingKind.TEST)
    assert (test.name, test.version) == ("xUnit", "2.9.0")  # tests/ props, root versions


def test_msbuild_conditions() -> None:
    from designer.detect.msbuild import applies

    project = {"MSBuildProjectName": "Shop.Api", "MSBuildProjectFullPath": "/src/Shop.Api/x"}
    assert applies("$(MSBuildProjectName.EndsWith('Api'))", project)
    assert not applies("$(MSBuildProjectName.StartsWith('Api'))", project)
    assert applies("!$(MSBuildProjectName.Contains('Tests'))", project)
    assert applies("'$(MSBuildProjectName)' == 'shop.api'", project)
    assert applies(
        "($(MSBuildProjectName.EndsWith('X')) or $(MSBuildProjectFullPath.Contains('src')))"
        " and '$(MSBuildProjectName)' != ''",
        project,
    )
    # Unknown properties, functions and malformed text never apply.
    assert not applies("'$(Configuration)' == 'Debug'", project)
    assert not applies("Exists('x.props')", project)
    assert not applies("$(MSBuildProjectFullPath.Contains('a$([System.IO.Path]::X)b'))", project)
    assert not applies("$(MSBuildProjectName.EndsWith('Api')) and (", project)
    assert applies("", project)
