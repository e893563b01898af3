"""The layouts of the layout audit (tests/test_detect_layout_audit.py): one small tree per shape
real multi-module products use, from the real files' shapes, and what `designer detect` must
report for it (the backend folders, and for each its framework and version, data layer, engine
and main test framework)."""

from __future__ import annotations

import json

Files = dict[str, str]
Want = dict[str, dict[str, str]]

# --- shared file shapes --------------------------------------------------------------------

BOOT = "org.springframework.boot"


def pom(
    artifact: str,
    body: str = "",
    *,
    parent: str = "",
    packaging: str = "",
    modules: tuple[str, ...] = (),
) -> str:
    """A pom.xml: `parent` is a `<parent>` element, `body` what follows the coordinates."""
    mods = "".join(f"    <module>{m}</module>\n" for m in modules)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        f"{parent}"
        "  <groupId>com.acme</groupId>\n"
        f"  <artifactId>{artifact}</artifactId>\n"
        "  <version>1.0.0-SNAPSHOT</version>\n"
        + (f"  <packaging>{packaging}</packaging>\n" if packaging else "")
        + (f"  <modules>\n{mods}  </modules>\n" if modules else "")
        + body
        + "</project>\n"
    )


def parent(
    artifact: str = "acme-parent", group: str = "com.acme", version: str = "1.0.0-SNAPSHOT"
) -> str:
    return (
        f"  <parent>\n    <groupId>{group}</groupId>\n    <artifactId>{artifact}</artifactId>\n"
        f"    <version>{version}</version>\n  </parent>\n"
    )


def deps(*items: str) -> str:
    return "  <dependencies>\n" + "".join(items) + "  </dependencies>\n"


def dep(group: str, artifact: str, scope: str = "", version: str = "") -> str:
    parts = f"<groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
    if version:
        parts += f"<version>{version}</version>"
    if scope:
        parts += f"<scope>{scope}</scope>"
    return f"    <dependency>{parts}</dependency>\n"


BOOT_BOM = (
    "  <properties>\n    <java.version>21</java.version>\n"
    "    <spring-boot.version>3.3.5</spring-boot.version>\n  </properties>\n"
    "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
    "        <groupId>org.springframework.boot</groupId>\n"
    "        <artifactId>spring-boot-dependencies</artifactId>\n"
    "        <version>${spring-boot.version}</version>\n        <type>pom</type>\n"
    "        <scope>import</scope>\n      </dependency>\n    </dependencies>\n"
    "  </dependencyManagement>\n"
)

BOOT_MAIN = (
    "package com.acme;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class AcmeApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(AcmeApplication.class, args);\n    }\n}\n"
)
JAVA = "src/main/java/com/acme/"
BOOT_TEST = (
    "package com.acme;\n\nimport org.junit.jupiter.api.Test;\n"
    "import org.springframework.boot.test.context.SpringBootTest;\n\n"
    "@SpringBootTest\nclass AcmeApplicationTests {\n    @Test\n    void loads() {}\n}\n"
)
JPA_REPO = (
    "package com.acme.core;\n\nimport org.springframework.data.jpa.repository.JpaRepository;\n\n"
    "public interface UserRepository extends JpaRepository<User, Long> {}\n"
)
PG_YML = (
    "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/acme\n"
    "  jpa:\n    hibernate:\n      ddl-auto: validate\n"
)


def package_json(
    name: str,
    deps: dict[str, str] | None = None,
    dev: dict[str, str] | None = None,
    **extra: object,
) -> str:
    data: dict[str, object] = {"name": name, "version": "1.0.0", "private": True, **extra}
    if deps:
        data["dependencies"] = deps
    if dev:
        data["devDependencies"] = dev
    return json.dumps(data, indent=2) + "\n"


def go_mod(module: str, *requires: str) -> str:
    body = "".join(f"\t{r}\n" for r in requires)
    return f"module {module}\n\ngo 1.22\n\nrequire (\n{body})\n"


def go_main(imports: tuple[str, ...], body: str) -> str:
    lines = "".join(f'\t"{i}"\n' for i in imports)
    return f"package main\n\nimport (\n{lines})\n\nfunc main() {{\n{body}\n}}\n"


GIN_MAIN = go_main(("github.com/gin-gonic/gin",), "\tr := gin.Default()\n\tr.Run()")


def csproj(sdk: str, *items: str, tfm: str = "net8.0") -> str:
    group = "".join(f"    {i}\n" for i in items)
    frame = f"    <TargetFramework>{tfm}</TargetFramework>\n" if tfm else ""
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n{frame}  </PropertyGroup>\n'
        f"  <ItemGroup>\n{group}  </ItemGroup>\n</Project>\n"
    )


def pkg(name: str, version: str = "8.0.10") -> str:
    return f'<PackageReference Include="{name}" Version="{version}" />'


def ref(path: str) -> str:
    return f'<ProjectReference Include="{path}" />'


NET_MAIN = (
    "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
    'app.MapGet("/", () => "ok");\napp.Run();\n'
)
XUNIT_TEST = (
    "using Xunit;\n\nnamespace Api.Tests;\n\npublic class HealthTests\n{\n"
    "    [Fact]\n    public void Ok() => Assert.True(true);\n}\n"
)


def crate(name: str, *deps: str, workspace: bool = False) -> str:
    lines = "".join(f"{d}\n" for d in deps)
    edition = "edition.workspace = true\n" if workspace else 'edition = "2021"\n'
    return f'[package]\nname = "{name}"\nversion = "0.1.0"\n{edition}\n[dependencies]\n{lines}'


AXUM_MAIN = (
    "use axum::{routing::get, Router};\n\n#[tokio::main]\nasync fn main() {\n"
    '    let app = Router::new().route("/", get(|| async { "ok" }));\n'
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();\n'
    "    axum::serve(listener, app).await.unwrap();\n}\n"
)


def composer(
    name: str, require: dict[str, str], dev: dict[str, str] | None = None, **extra: object
) -> str:
    data: dict[str, object] = {
        "name": name,
        "type": "project",
        "require": require,
        "require-dev": dev or {},
        **extra,
    }
    return json.dumps(data, indent=4) + "\n"


def backend(
    framework: str = "", version: str = "", data: str = "", engine: str = "", test: str = ""
) -> dict[str, str]:
    """What one backend must show (an empty aspect is not checked)."""
    found = {
        "framework": framework,
        "version": version,
        "data": data,
        "engine": engine,
        "test": test,
    }
    return {k: v for k, v in found.items() if v}
