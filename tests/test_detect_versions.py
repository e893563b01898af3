"""Versions where real projects keep them: Gradle version catalogues and properties, Maven
BOMs with property coordinates, MSBuild central package management, version pin files, Go
major-version paths, and each library versioned from its own package (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import go_mod, package_json, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind


def version_of(backend: DetectedBackend, kind: FindingKind) -> tuple[str, str]:
    found = next(f for f in backend.findings if f.kind is kind)
    return found.name, found.version


def only(root: Path) -> DetectedBackend:
    (backend,) = detect(root).backends
    return backend


SPRING_APP = "package demo\n\n@SpringBootApplication\nclass App\n"


def test_gradle_version_catalogue_plugins_libraries_and_bundles(tmp_path: Path) -> None:
    files = {
        "settings.gradle.kts": 'rootProject.name = "demo"\n',
        "gradle/libs.versions.toml": "[versions]\nboot = \"3.3.1\"\njunit = \"5.10.2\"\n\n"
        "[libraries]\nspring-boot-starter-data-jpa = { module = "
        '"org.springframework.boot:spring-boot-starter-data-jpa" }\n'
        'junit-jupiter = { group = "org.junit.jupiter", name = "junit-jupiter", '
        'version.ref = "junit" }\n'
        'flyway-core = "org.flywaydb:flyway-core:10.15.0"\n\n'
        '[bundles]\ndata = ["spring-boot-starter-data-jpa", "flyway-core"]\n\n'
        '[plugins]\nspring-boot = { id = "org.springframework.boot", version.ref = "boot" }\n',
        "build.gradle.kts": "plugins {\n    alias(libs.plugins.spring.boot)\n}\n\n"
        "dependencies {\n    implementation(libs.bundles.data)\n"
        "    testImplementation(libs.junit.jupiter)\n}\n",
        "src/main/kotlin/demo/App.kt": SPRING_APP,
        "src/test/kotlin/demo/AppTests.kt": "package demo\n\nimport org.junit.jupiter.api.Test\n\n"
        "class AppTests {\n    @Test\n    fun works() {}\n}\n",
    }
    backend = only(write(tmp_path, files))
    assert version_of(backend, FindingKind.FRAMEWORK) == ("Spring Boot", "3.3.1")
    framework = backend.findings[0]
    assert (framework.evidence[0].path, framework.evidence[0].line) == ("build.gradle.kts", 2)
    assert version_of(backend, FindingKind.ORM) == ("JPA / Hibernate", "")
    assert version_of(backend, FindingKind.MIGRATIONS) == ("Flyway", "10.15.0")
    assert version_of(backend, FindingKind.TEST) == ("JUnit", "5.10.2")


def test_gradle_properties_and_legacy_buildscript(tmp_path: Path) -> None:
    files = {
        "gradle.properties": "# versions\nspringBootVersion=3.2.5\n",
        "build.gradle": "plugins {\n"
        "  id 'org.springframework.boot' version \"${springBootVersion}\"\n}\n"
        "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
        "src/main/java/demo/App.java": SPRING_APP,
    }
    assert version_of(only(write(tmp_path / "props", files)), FindingKind.FRAMEWORK) == (
        "Spring Boot",
        "3.2.5",
    )
    legacy = {
        "build.gradle": "buildscript {\n  ext {\n    springBootVersion = '2.7.18'\n  }\n"
        "  dependencies {\n    classpath(\"org.springframework.boot:spring-boot-gradle-plugin:"
        '${springBootVersion}")\n  }\n}\n'
        "apply plugin: 'org.springframework.boot'\n"
        "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
        "src/main/java/demo/App.java": SPRING_APP,
    }
    backend = only(write(tmp_path / "legacy", legacy))
    assert version_of(backend, FindingKind.FRAMEWORK) == ("Spring Boot", "2.7.18")


def test_maven_bom_with_property_coordinates(tmp_path: Path) -> None:
    pom = """<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>demo</artifactId>
  <properties>
    <quarkus.platform.artifact-id>quarkus-bom</quarkus.platform.artifact-id>
    <quarkus.platform.group-id>io.quarkus.platform</quarkus.platform.group-id>
    <quarkus.platform.version>3.8.4</quarkus.platform.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>${quarkus.platform.group-id}</groupId>
        <artifactId>${quarkus.platform.artifact-id}</artifactId>
        <version>${quarkus.platform.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency>
  </dependencies>
</project>
"""
    files = {"pom.xml": pom, "src/main/java/demo/Main.java": "@QuarkusMain\nclass Main {}\n"}
    backend = only(write(tmp_path, files))
    assert version_of(backend, FindingKind.FRAMEWORK) == ("Quarkus", "3.8.4")
    assert any(e.line == 14 for e in backend.findings[0].evidence)


def test_msbuild_central_package_management(tmp_path: Path) -> None:
    files = {
        "Directory.Build.props": "<Project>\n  <PropertyGroup>\n"
        "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n",
        "Directory.Packages.props": "<Project>\n  <ItemGroup>\n"
        '    <PackageVersion Include="Microsoft.EntityFrameworkCore" Version="8.0.6" />\n'
        '    <PackageVersion Include="xunit" Version="2.8.1" />\n  </ItemGroup>\n</Project>\n',
        "src/Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n'
        '    <PackageReference Include="Microsoft.EntityFrameworkCore" />\n'
        "  </ItemGroup>\n</Project>\n",
        "src/Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        "tests/Api.Tests/Api.Tests.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n'
        '    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.10.0" />\n'
        '    <PackageReference Include="xunit" />\n  </ItemGroup>\n</Project>\n',
    }
    backend = only(write(tmp_path, files))
    assert backend.language_version == "net8.0"
    language = next(f for f in backend.findings if f.kind is FindingKind.LANGUAGE)
    assert (language.evidence[0].path, language.evidence[0].line) == ("Directory.Build.props", 3)
    assert version_of(backend, FindingKind.ORM) == ("EF Core", "8.0.6")
    assert version_of(backend, FindingKind.TEST) == ("xUnit", "2.8.1")


def test_version_pin_files(tmp_path: Path) -> None:
    python = {
        "pyproject.toml": '[project]\nname = "a"\nrequires-python = ">=3.10"\n'
        'dependencies = ["fastapi"]\n',
        ".python-version": "3.12.4\n",
        "main.py": "app = FastAPI()\n",
    }
    backend = only(write(tmp_path / "py", python))
    assert backend.language_version == "3.12.4"
    language = next(f for f in backend.findings if f.kind is FindingKind.LANGUAGE)
    assert (language.evidence[0].path, language.evidence[0].line) == (".python-version", 1)
    ruby = {
        "Gemfile": "source 'https://rubygems.org'\nruby file: '.ruby-version'\ngem 'sinatra'\n",
        ".ruby-version": "ruby-3.3.1\n",
        "app.rb": "require 'sinatra'\n",
    }
    assert only(write(tmp_path / "rb", ruby)).language_version == "3.3.1"
    node = {
        ".nvmrc": "v20.14.0\n",
        "services/api/package.json": package_json({"express": "^4"}, engines={"node": ">=18"}),
        "services/api/index.js": "const app = express()\n",
    }
    assert only(write(tmp_path / "js", node)).language_version == "Node 20.14.0"


def test_go_v2_path_wins_over_the_legacy_path(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/labstack/echo v3.3.10+incompatible",
            "github.com/labstack/echo/v4 v4.12.0",
        ),
        "main.go": 'package main\n\nimport "github.com/labstack/echo/v4"\n\n'
        "func main() { e := echo.New(); e.Start(\":1\") }\n",
    }
    assert version_of(only(write(tmp_path, files)), FindingKind.FRAMEWORK) == ("Echo", "v4.12.0")


def test_each_library_is_versioned_from_its_own_package(tmp_path: Path) -> None:
    nest = {
        "package.json": package_json(
            {"@nestjs/core": "^10.3.0", "@nestjs/typeorm": "^10.0.2", "typeorm": "^0.3.20"},
            {"ts-jest": "^29.1.0", "jest": "^29.7.0"},
        ),
        "src/main.ts": "const app = await NestFactory.create(AppModule)\n",
        # A test file: the runner, declared, runs something (`testless_node`).
        "src/app.spec.ts": "test('ok', () => {});\n",
    }
    backend = only(write(tmp_path / "nest", nest))
    assert version_of(backend, FindingKind.ORM) == ("TypeORM", "^0.3.20")
    assert version_of(backend, FindingKind.TEST) == ("Jest", "^29.7.0")
    symfony = {
        "composer.json": '{\n  "require": {\n    "symfony/framework-bundle": "^7.1",\n'
        '    "doctrine/doctrine-bundle": "^2.12",\n    "doctrine/orm": "^3.2"\n  }\n}\n',
        "src/Kernel.php": "<?php\nclass Kernel extends BaseKernel { use MicroKernelTrait; }\n",
    }
    assert version_of(only(write(tmp_path / "sf", symfony)), FindingKind.ORM) == (
        "Doctrine",
        "^3.2",
    )
    django = {
        "requirements.txt": "django==5.0.6\n",
        "requirements-dev.txt": "pytest-django==4.8.0\npytest==8.2.2\n",
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 's')\n",
        "tests/test_views.py": "def test_index():\n    assert True\n",  # a suite to run
    }
    assert version_of(only(write(tmp_path / "dj", django)), FindingKind.TEST) == (
        "pytest",
        "==8.2.2",
    )
