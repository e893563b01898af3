"""The traps: monorepos, rival frameworks, frontends, tooling manifests, multi-module builds."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import PROJECTS, dep, junit5_test, package_json, pom, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind


def frameworks(backend: DetectedBackend) -> list[str]:
    return [f.name for f in backend.findings if f.kind is FindingKind.FRAMEWORK]


def by_folder(root: Path) -> dict[str, DetectedBackend]:
    return {b.folder: b for b in detect(root).backends}


def test_monorepo_gives_one_result_per_service_and_none_for_frontend_or_tooling(
    tmp_path: Path,
) -> None:
    root = write(
        tmp_path,
        {
            "package.json": package_json(
                {}, {"turbo": "^2", "eslint": "^9", "prettier": "^3"}, workspaces=["apps/*"]
            ),
            "pyproject.toml": "[tool.ruff]\nline-length = 100\n",
            "apps/web/package.json": package_json(
                {"react": "^18", "react-dom": "^18"}, {"vite": "^5", "vitest": "^1"}
            ),
            "apps/web/src/main.ts": "import { createRoot } from 'react-dom/client'\n",
        },
    )
    write(root / "services/orders", PROJECTS["fastapi"][2])
    write(root / "services/gateway", PROJECTS["express"][2])
    found = by_folder(root)
    assert sorted(found) == ["services/gateway", "services/orders"]
    assert frameworks(found["services/orders"]) == ["FastAPI"]
    assert frameworks(found["services/gateway"]) == ["Express"]
    assert not any(b.ambiguous for b in found.values())


def test_two_frameworks_in_one_manifest_without_entry_point_is_ambiguous(tmp_path: Path) -> None:
    root = write(tmp_path, {"requirements.txt": "flask==3.0\nfastapi==0.110\n"})
    (backend,) = detect(root).backends
    assert backend.ambiguous
    assert sorted(frameworks(backend)) == ["FastAPI", "Flask"]
    assert all(f.evidence[0].line for f in backend.findings if f.kind is FindingKind.FRAMEWORK)


def test_entry_point_outweighs_a_bare_dependency(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "requirements.txt": "flask==3.0\nfastapi==0.110\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    (backend,) = detect(root).backends
    assert not backend.ambiguous
    assert frameworks(backend) == ["FastAPI", "Flask"]
    assert backend.findings[0].confidence > backend.findings[1].confidence


def test_two_entry_points_are_ambiguous(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "package.json": package_json({"express": "^4", "koa": "^2"}),
            "a.js": "const app = express();\n",
            "b.js": "const app = new Koa();\n",
        },
    )
    (backend,) = detect(root).backends
    assert backend.ambiguous
    assert sorted(frameworks(backend)) == ["Express", "Koa"]


def test_frontend_only_has_no_backend(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "package.json": package_json(
                {"react": "^18", "axios": "^1"}, {"vite": "^5", "typescript": "^5", "jest": "^29"}
            ),
            "src/main.ts": "import React from 'react'\n",
            "tsconfig.json": "{}\n",
        },
    )
    assert detect(root).backends == []


def test_framework_only_in_dev_dependencies_is_not_a_framework(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {"package.json": package_json({"react": "^18"}, {"express": "^4", "json-server": "^1"})},
    )
    assert detect(root).backends == []


def test_poetry_project_ignores_dev_group_frameworks(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "pyproject.toml": '[tool.poetry]\nname = "svc"\n\n[tool.poetry.dependencies]\n'
            'python = "^3.12"\nfastapi = "^0.111"\nsqlmodel = {version = "^0.0.16"}\n\n'
            '[tool.poetry.group.dev.dependencies]\npytest = "^8"\nflask = "^3"\n',
            "tests/test_svc.py": "def test_up():\n    assert True\n",  # a suite to run
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["FastAPI"]
    assert not backend.ambiguous
    assert backend.language_version == "^3.12"
    top = backend.findings[0]
    assert (top.version, top.evidence[0].line) == ("^0.111", 6)
    pytest_finding = next(f for f in backend.findings if f.name == "pytest")
    assert pytest_finding.evidence[0].line == 10


def test_pdm_uv_and_dependency_groups_are_development_only(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "x"\ndependencies = ["tornado>=6"]\n\n'
            '[tool.pdm.dev-dependencies]\ntest = ["flask"]\n\n[tool.uv]\n'
            'dev-dependencies = ["django"]\n\n[dependency-groups]\nlint = ["fastapi"]\n',
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["Tornado"]


def test_setup_cfg_is_read(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "setup.cfg": "[metadata]\nname = x\n\n[options]\npython_requires = >=3.11\n"
            "install_requires =\n    flask>=3\n    peewee\n\n[tool:pytest]\naddopts = -q\n",
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["Flask"]
    assert backend.language_version == ">=3.11"
    assert {"Peewee", "pytest"} <= {f.name for f in backend.findings}


def test_gradle_kotlin_dsl(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "build.gradle.kts": 'plugins {\n    id("org.springframework.boot") version "3.2.5"\n'
            '    kotlin("jvm") version "1.9.23"\n}\n\njava {\n    toolchain {\n'
            "        languageVersion.set(JavaLanguageVersion.of(17))\n    }\n}\n\n"
            "dependencies {\n"
            '    implementation("org.springframework.boot:spring-boot-starter-webflux")\n'
            "    implementation(libs.spring.boot.starter.data.redis)\n"
            '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n}\n',
            "src/main/kotlin/demo/App.kt": "package demo\n\n@SpringBootApplication\nclass App\n\n"
            "fun main(args: Array<String>) {\n    runApplication<App>(*args)\n}\n",
            "src/test/kotlin/demo/AppTests.kt": "package demo\n\n"
            "import org.junit.jupiter.api.Test\n\n@SpringBootTest\nclass AppTests {\n"
            "    @Test\n    fun contextLoads() {}\n}\n",
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["Spring Boot"]
    assert backend.language == "Kotlin"
    # The Kotlin plugin's version, not the JVM toolchain's 17 (the bytecode target).
    assert backend.language_version == "1.9.23"
    top = backend.findings[0]
    assert top.version == "3.2.5"
    assert top.evidence[0].line == 2
    names = {(f.kind, f.name) for f in backend.findings}
    assert {(FindingKind.SERVER, "Netty"), (FindingKind.CACHE, "Redis")} <= names
    assert (FindingKind.TEST, "JUnit") in names


def test_multi_module_maven_reports_the_service_module_only(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "pom.xml": pom(
                "",
                "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
                "    <artifactId>spring-boot-starter-parent</artifactId>\n"
                "    <version>3.3.0</version>\n  </parent>",
                "  <packaging>pom</packaging>\n  <modules>\n    <module>api</module>\n"
                "    <module>core</module>\n  </modules>",
            ),
            "api/pom.xml": pom(
                dep("org.springframework.boot", "spring-boot-starter-web")
                + "\n"
                + dep("com.example", "core")
            ).replace("<properties>\n    <java.version>21</java.version>\n  </properties>", ""),
            "api/src/main/java/com/example/api/ApiApplication.java": "@SpringBootApplication\n"
            "public class ApiApplication {}\n",
            "core/pom.xml": pom(
                dep("org.springframework.boot", "spring-boot-starter-data-jpa")
                + "\n"
                + dep("org.liquibase", "liquibase-core")
                + "\n"
                + dep("org.junit.jupiter", "junit-jupiter", "test")
            ),
            # The library's own test (`testless_jvm`: a declared test framework with no test in
            # the repository is none); the service module has none of its own.
            "core/src/test/java/com/example/core/CoreTest.java": junit5_test(
                "com.example.core", "CoreTest"
            ),
        },
    )
    found = by_folder(root)
    assert list(found) == ["api"]
    api = found["api"]
    assert frameworks(api) == ["Spring Boot"]
    assert not api.ambiguous
    assert api.language_version == "21", "inherited from the parent pom"
    names = {f.name for f in api.findings}
    assert {"JPA / Hibernate", "Liquibase", "JUnit"} <= names, "library module findings join"


def test_multi_module_gradle(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "settings.gradle.kts": 'rootProject.name = "shop"\ninclude("app", "lib")\n',
            "build.gradle.kts": 'plugins {\n    id("org.springframework.boot") version "3.2.0" '
            "apply false\n}\n",
            "app/build.gradle.kts": 'plugins {\n    id("org.springframework.boot")\n}\n'
            'dependencies {\n    implementation(project(":lib"))\n'
            '    implementation("org.springframework.boot:spring-boot-starter-web")\n}\n',
            "app/src/main/java/shop/App.java": "@SpringBootApplication\npublic class App {}\n",
            "lib/build.gradle.kts": "dependencies {\n"
            '    implementation("org.flywaydb:flyway-core:10.0.0")\n'
            '    testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")\n}\n',
        },
    )
    found = by_folder(root)
    assert list(found) == ["app"]
    assert frameworks(found["app"]) == ["Spring Boot"]
    assert "Flyway" in {f.name for f in found["app"].findings}


def test_nestjs_with_express_adapter_is_nestjs_only(tmp_path: Path) -> None:
    root = write(tmp_path, PROJECTS["nestjs"][2])
    write(
        root,
        {
            "src/app.middleware.ts": "import * as express from 'express';\n"
            "export const raw = express();\n"
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["NestJS"]
    assert not backend.ambiguous


def test_nestjs_on_fastify_is_nestjs_only(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "package.json": package_json(
                {"@nestjs/core": "^10", "@nestjs/platform-fastify": "^10", "fastify": "^4"}
            ),
            "src/main.ts": "const app = await NestFactory.create(\n"
            "  AppModule, new FastifyAdapter());\n",
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["NestJS"]


def test_no_framework_but_backend_signs_is_ambiguous_with_no_candidates(tmp_path: Path) -> None:
    root = write(tmp_path, {"requirements.txt": "sqlalchemy\npsycopg[binary]\n"})
    (backend,) = detect(root).backends
    assert backend.ambiguous
    assert frameworks(backend) == []
    assert backend.language == "Python"


def test_entry_point_without_manifest_is_found(tmp_path: Path) -> None:
    root = write(tmp_path, {"server.go": "package main\nfunc main() { e := echo.New() }\n"})
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["Echo"]
    assert backend.findings[0].confidence < 0.9


def test_framework_in_code_but_not_in_the_manifest_asks(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "tool"\ndependencies = ["typer"]\n',
            "tool/vendored.py": "app = FastAPI()\n",
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["FastAPI"]
    assert backend.ambiguous, "a framework the manifest does not declare is only a candidate"


def test_framework_code_in_tests_or_examples_does_not_count(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "requirements.txt": "django>=5\n",
            "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'x')\n",
            "tests/test_api.py": "app = FastAPI()\n",
            "examples/flask_app.py": "app = Flask(__name__)\n",
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["Django"]
    assert not backend.ambiguous


def test_go_indirect_requirements_do_not_make_a_framework(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "go.mod": "module x\n\ngo 1.21\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.0.0\n"
            "\tgithub.com/gin-gonic/gin v1.9.1 // indirect\n)\n",
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["Chi"]
    assert not backend.ambiguous


def test_grape_inside_rails_is_an_add_on(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "Gemfile": "gem 'rails'\ngem 'grape'\n",
            "config/application.rb": "class Application < Rails::Application\nend\n",
            "app/api/base.rb": "class Base < Grape::API\nend\n",
        },
    )
    (backend,) = detect(root).backends
    assert frameworks(backend) == ["Rails", "Grape"]
    assert not backend.ambiguous


def test_capitalised_requirements_are_recognised(tmp_path: Path) -> None:
    """Python project names are case-insensitive (PEP 503): `Django==5.0` is django."""
    root = write(tmp_path, {"requirements.txt": "Django==5.0\nCelery==5.3\nDjangoRestFramework\n"})
    (backend,) = detect(root).backends
    found = {(f.kind, f.name): f for f in backend.findings}
    django = found[(FindingKind.FRAMEWORK, "Django")]
    assert django.version == "==5.0"
    assert [(e.path, e.line) for e in django.evidence][:1] == [("requirements.txt", 1)]
    assert found[(FindingKind.BROKER, "Celery")].version == "==5.3"
    assert (FindingKind.FRAMEWORK, "Django REST framework") in found


def test_requirements_folder_belongs_to_its_project_not_a_backend_of_its_own(
    tmp_path: Path,
) -> None:
    # The layout of cookiecutter-django: pip files in requirements/, the app beside them.
    root = write(
        tmp_path,
        {
            "requirements/base.txt": "django==5.0.6\nredis==5.0.4\n",
            "requirements/production.txt": "-r base.txt\ngunicorn==22.0.0\n",
            "requirements/local.txt": "-r base.txt\npytest==8.2.0\n",
            "config/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        },
    )
    found = by_folder(root)
    assert sorted(found) == ["."]
    assert frameworks(found["."]) == ["Django"]
    assert found["."].findings[0].evidence[0].path == "requirements/base.txt"


def test_requirements_txt_elsewhere_still_makes_its_own_folder(tmp_path: Path) -> None:
    # Only a folder literally named requirements is folded; a service folder keeps its own.
    root = write(
        tmp_path, {"api/requirements.txt": "fastapi\n", "api/main.py": "app = FastAPI()\n"}
    )
    assert sorted(by_folder(root)) == ["api"]


def test_a_framework_named_in_a_comment_makes_no_backend(tmp_path: Path) -> None:
    # A library documenting its use: the framework call sits in comments only.
    root = write(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "helper"\n',
            "helper/__init__.py": "# Usage:\n#     app = FastAPI()\n#     app.include_router(r)\n",
            "helper/web.ts": "// const app = express()\n",
        },
    )
    assert detect(root).backends == []


def test_the_same_call_in_code_after_a_comment_still_counts(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "requirements.txt": "fastapi\n",
            "main.py": "# app = FastAPI()  (old)\nimport os\napp = FastAPI(title='x')\n",
        },
    )
    (backend,) = detect(root).backends
    entry = [e for e in backend.findings[0].evidence if e.path == "main.py"]
    assert [e.line for e in entry] == [3]
