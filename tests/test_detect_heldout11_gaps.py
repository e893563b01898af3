"""Generic gaps the eleventh held-out set showed (benchmarks/detect_heldout11.yaml), each as a
small fixture of the real files' shape (#19): a Spring Boot application started through
`SpringApplicationBuilder` in a Gradle build whose test-harness modules are no services; a
`dotnet new` template's copies of the projects; the engine a `DatabaseProviderConfiguration`
section's `ProviderType` picks; a unit test project of libraries that bears a service's name;
a web server among the repository's tools."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import SPRING_PARENT, dep, go_mod, package_json, pom, write

from designer.model.stack import FindingKind as K

# --- Spring Boot started through its builder -------------------------------------------------

_BUILDER_MAIN = (
    "package org.example;\n\n"
    "import org.springframework.boot.builder.SpringApplicationBuilder;\n"
    "import org.springframework.boot.web.servlet.support.SpringBootServletInitializer;\n\n"
    "public class ServerApplication extends SpringBootServletInitializer {\n"
    "    public static void main(String[] args) {\n"
    "        new SpringApplicationBuilder(ServerApplication.class).run(args);\n"
    "    }\n}\n"
)


def test_an_application_started_through_the_builder_is_the_only_backend(
    tmp_path: Path,
) -> None:
    # The root applies the Boot plugin `apply false`; the provider module applies it and
    # starts the builder; test-harness modules and a custom image module only add drivers.
    files = {
        "settings.gradle": "rootProject.name='bank'\ninclude ':bank-provider'\n"
        "include ':integration-tests'\ninclude ':custom:docker'\n",
        "build.gradle": "plugins {\n    id 'org.springframework.boot' version '3.3.4' apply false\n"
        "}\n",
        "bank-provider/build.gradle": "apply plugin: 'org.springframework.boot'\n"
        "dependencies {\n    implementation 'org.mariadb.jdbc:mariadb-java-client'\n}\n",
        "bank-provider/src/main/java/org/example/ServerApplication.java": _BUILDER_MAIN,
        "integration-tests/build.gradle": "dependencies {\n"
        "    driver 'mysql:mysql-connector-java:8.0.33'\n}\n",
        "integration-tests/src/test/java/org/example/LoanTest.java": "package org.example;\n\n"
        "import org.junit.jupiter.api.Test;\n",
        "custom/docker/build.gradle": "dependencies {\n"
        "    implementation 'org.postgresql:postgresql'\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["bank-provider"]
    assert first(found["bank-provider"], K.FRAMEWORK) == ("Spring Boot", "3.3.4")
    assert not found["bank-provider"].ambiguous


def test_the_builder_in_a_comment_starts_nothing(tmp_path: Path) -> None:
    files = {
        "build.gradle": "plugins {\n    id 'org.springframework.boot' version '3.3.4'\n}\n",
        "src/main/java/org/example/Util.java": "package org.example;\n\n"
        "// new SpringApplicationBuilder(App.class).run(args) starts it elsewhere\n"
        "public class Util {}\n",
    }
    found = by_folder(write(tmp_path, files))
    framework = next(f for f in found["."].findings if f.kind is K.FRAMEWORK)
    assert all(e.path == "build.gradle" for e in framework.evidence)


# --- .NET ---------------------------------------------------------------------------------------

_HOST = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
_PROVIDERS = ("Microsoft.EntityFrameworkCore.SqlServer", "Npgsql.EntityFrameworkCore.PostgreSQL")


def test_a_dotnet_new_templates_copies_are_no_backends(tmp_path: Path) -> None:
    web = csproj(*_PROVIDERS, sdk="Microsoft.NET.Sdk.Web")
    files = {
        "src/Admin/Admin.csproj": web,
        "src/Admin/Program.cs": _HOST,
        "templates/publish/content/.template.config/template.json": '{"shortName": "admin"}\n',
        "templates/publish/content/src/MyAdmin/MyAdmin.csproj": web,
        "templates/publish/content/src/MyAdmin/Program.cs": _HOST,
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/Admin"]


def test_a_provider_type_setting_picks_the_engine(tmp_path: Path) -> None:
    # Both providers referenced (PostgreSQL's listed first); the shipped settings pick one.
    settings = (
        '{\n  "ConnectionStrings": {\n    "AdminDb": "Server=(localdb)\\\\mssqllocaldb"\n  },\n'
        '  "DatabaseProviderConfiguration": {\n    "ProviderType": "SqlServer"\n  }\n}\n'
    )
    files = {
        "Admin/Admin.csproj": csproj(*reversed(_PROVIDERS), sdk="Microsoft.NET.Sdk.Web"),
        "Admin/Program.cs": _HOST,
        "Admin/appsettings.json": settings,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["Admin"], K.DATABASE)[0] == "SQL Server"


def _references(project: str, *targets: str) -> str:
    items = "".join(f'<ProjectReference Include="..\\..\\src\\{t}\\{t}.csproj" />' for t in targets)
    return project.replace("</Project>", f"  <ItemGroup>{items}</ItemGroup>\n</Project>")


def test_a_unit_test_project_of_libraries_tests_the_service_named_like_it(
    tmp_path: Path,
) -> None:
    # Admin.UnitTests references only the business logic, which Admin.Api also references;
    # Admin (the UI host) reaches it through packages. The test bears Admin's name.
    tests = csproj("Microsoft.NET.Test.Sdk", "xunit", test=True)
    web = csproj("Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web")
    files = {
        "src/Admin/Admin.csproj": web,
        "src/Admin/Program.cs": _HOST,
        "src/Admin.Api/Admin.Api.csproj": _references(web, "Admin.Logic").replace(
            "..\\..\\src\\", "..\\"
        ),
        "src/Admin.Api/Program.cs": _HOST,
        "src/Admin.Logic/Admin.Logic.csproj": csproj("AutoMapper"),
        "tests/Admin.UnitTests/Admin.UnitTests.csproj": _references(tests, "Admin.Logic"),
        "tests/Admin.UnitTests/LogicTests.cs": "using Xunit;\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["src/Admin"], K.TEST)[0] == "xUnit"
    assert first(found["src/Admin.Api"], K.TEST)[0] == ""


# --- tools ---------------------------------------------------------------------------------------


def test_a_web_server_among_the_tools_is_no_backend(tmp_path: Path) -> None:
    crate = '[package]\nname = "{name}"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'
    main = (
        "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
        '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
        "    axum::serve(listener, Router::new()).await.unwrap();\n}\n"
    )
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["server", "tools/oauth2-tester"]\n',
        "server/Cargo.toml": crate.format(name="server"),
        "server/src/main.rs": main,
        "tools/oauth2-tester/Cargo.toml": crate.format(name="oauth2_tester"),
        "tools/oauth2-tester/src/main.rs": main,
    }
    assert list(by_folder(write(tmp_path, files))) == ["server"]


def test_a_deployed_server_among_the_tools_stays_a_backend(tmp_path: Path) -> None:
    files = {
        "api/requirements.txt": "fastapi\n",
        "api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "tools/admin/requirements.txt": "flask\n",
        "tools/admin/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "tools/admin/Procfile": "web: gunicorn app:app\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["api", "tools/admin"]


def test_a_tools_server_alone_is_still_reported(tmp_path: Path) -> None:
    files = {
        "tools/api/package.json": '{"dependencies": {"express": "4.21.2"}}\n',
        "tools/api/server.js": "const express = require('express')\nconst app = express()\n"
        "app.listen(3000)\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["tools/api"]


def test_a_template_repositorys_templates_are_its_backends(tmp_path: Path) -> None:
    # The repository is a `dotnet new` template itself, with a second, smaller one inside.
    web = csproj(*_PROVIDERS, sdk="Microsoft.NET.Sdk.Web")
    files = {
        ".template.config/template.json": '{"shortName": "clean-arch"}\n',
        "src/Clean.Web/Clean.Web.csproj": web,
        "src/Clean.Web/Program.cs": _HOST,
        "Minimal/.template.config/template.json": '{"shortName": "min-clean"}\n',
        "Minimal/src/Minimal.Web/Minimal.Web.csproj": web,
        "Minimal/src/Minimal.Web/Program.cs": _HOST,
    }
    assert list(by_folder(write(tmp_path, files))) == [
        "Minimal/src/Minimal.Web",
        "src/Clean.Web",
    ]


# --- Next.js as the whole backend ---------------------------------------------------------------

_SCHEMA = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n'
_ROUTE = (
    "import { prisma } from '@/lib/prisma';\n\n"
    "export async function GET(request: Request) {\n"
    "  return Response.json(await prisma.team.findMany());\n}\n"
)
_API_ROUTE = (
    'import type { NextApiRequest, NextApiResponse } from "next";\n'
    'import { prisma } from "@links/prisma";\n\n'
    "export default async function users(req: NextApiRequest, res: NextApiResponse) {\n"
    "  res.json(await prisma.user.findMany());\n}\n"
)


def test_a_nextjs_app_whose_route_handlers_use_a_database_is_a_backend(
    tmp_path: Path,
) -> None:
    files = {
        "package.json": package_json(
            {"next": "16.2.6", "react-dom": "19.2.5", "@prisma/client": "^7.6.0"},
            {"vitest": "^4.1.6"},
            scripts={"test": "vitest run"},
        ),
        "prisma/schema.prisma": _SCHEMA,
        "src/app/page.tsx": "export default function Home() { return null; }\n",
        "src/app/api/teams/route.ts": _ROUTE,
        # A test file: the runner, declared, runs something (`testless_node`).
        "src/app/api/teams/route.test.ts": "test('ok', () => {});\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Next.js", "16.2.6")
    assert not found["."].ambiguous
    assert first(found["."], K.ORM)[0] == "Prisma"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
    assert first(found["."], K.TEST)[0] == "Vitest"


def test_a_nextjs_workspace_app_with_api_routes_takes_its_prisma_package(
    tmp_path: Path,
) -> None:
    # The Prisma schema and client live in a workspace package; the app's API routes use it.
    files = {
        "package.json": '{"private": true, "workspaces": ["apps/*", "packages/*"]}\n',
        "apps/web/package.json": package_json(
            {"next": "15.5.21", "react-dom": "19.1.0", "@links/prisma": "*"},
            name="@links/web",
        ),
        "apps/web/pages/index.tsx": "export default function Home() { return null; }\n",
        "apps/web/pages/api/v1/users/index.ts": _API_ROUTE,
        "packages/prisma/package.json": package_json(
            {"@prisma/client": "^6.10.1", "prisma": "^6.10.1"}, name="@links/prisma"
        ),
        "packages/prisma/schema.prisma": _SCHEMA,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["apps/web"]
    assert first(found["apps/web"], K.FRAMEWORK)[0] == "Next.js"
    assert first(found["apps/web"], K.ORM)[0] == "Prisma"
    assert first(found["apps/web"], K.DATABASE)[0] == "PostgreSQL"


def test_a_nextjs_ui_whose_route_handlers_reach_no_data_is_no_backend(tmp_path: Path) -> None:
    # An auth callback route in the UI; the data lives behind the Express API.
    files = {
        "web/package.json": package_json({"next": "15.0.0", "react-dom": "19.0.0"}),
        "web/app/api/auth/route.ts": "export async function POST(request: Request) {\n"
        "  return fetch(process.env.API_URL + '/login', { method: 'POST' });\n}\n",
        "api/package.json": package_json({"express": "4.21.2", "pg": "8.13.0"}),
        "api/server.js": "const express = require('express')\nconst app = express()\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["api"]


def test_a_nextjs_ui_alone_is_no_backend(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"next": "15.0.0", "react-dom": "19.0.0"}),
        "app/page.tsx": "export default function Home() { return null; }\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_nextjs_has_stack_defaults() -> None:
    from designer.questionnaire.stacks import FRAMEWORKS

    assert FRAMEWORKS["Next.js"].language == "TypeScript"


# --- a build module that a .gitignore names -------------------------------------------------------

_CORE_APP = (
    "package io.example;\n\n@SpringBootApplication\npublic class CoreApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(CoreApplication.class, args);\n    }\n}\n"
)


def _module_pom(artifact: str, dependencies: str, modules: tuple[str, ...] = ()) -> str:
    listed = "".join(f"<module>{m}</module>" for m in modules)
    extra = f"  <modules>{listed}</modules>\n" if modules else ""
    return pom(dependencies, extra=extra).replace(
        "<artifactId>demo</artifactId>", f"<artifactId>{artifact}</artifactId>"
    )


def test_a_module_the_build_lists_counts_though_gitignore_names_it(tmp_path: Path) -> None:
    # The root ignores the folder its core build lists as a module (its files are tracked);
    # a library module beside it declares the web starter and MyBatis-Plus.
    web = dep("org.springframework.boot", "spring-boot-starter-web")
    files = {
        ".gitignore": "target/\n/core/core-backend/\n/extensions/\n",
        "pom.xml": _module_pom("root", "", ("core", "sdk/common")).replace(
            "<modelVersion>4.0.0</modelVersion>", "<modelVersion>4.0.0</modelVersion>\n"
            + SPRING_PARENT
        ),
        "core/pom.xml": _module_pom("core", "", ("core-backend",)),
        "core/core-backend/pom.xml": _module_pom(
            "core-backend",
            dep("io.example", "common") + "\n" + dep("com.mysql", "mysql-connector-j"),
        ),
        "core/core-backend/src/main/java/io/example/CoreApplication.java": _CORE_APP,
        "sdk/common/pom.xml": _module_pom(
            "common", web + "\n" + dep("com.baomidou", "mybatis-plus-boot-starter")
        ),
        # An ignored local clone no build lists stays out.
        "extensions/plugin/pom.xml": _module_pom("plugin", web),
        "extensions/plugin/src/main/java/io/example/PluginApplication.java": _CORE_APP,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["core/core-backend"]
    backend = found["core/core-backend"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.3.0")
    assert first(backend, K.ORM)[0] == "MyBatis-Plus"
    assert first(backend, K.DATABASE)[0] == "MySQL"


_GIN_MAIN = (
    'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tgin.Default().Run()\n}\n'
)

# --- Go: httprouter and a database/sql driver --------------------------------------------


def test_httprouter_under_an_own_web_package_with_lib_pq_queries_through_database_sql(
    tmp_path: Path,
) -> None:
    # The router is built deep in the application's web package; main.go only imports the
    # driver for its side effect, and the data access lives where the walk may not look.
    files = {
        "go.mod": go_mod(
            "github.com/julienschmidt/httprouter v1.3.1-0.20200921135023-fe77dd05ab5a",
            "github.com/lib/pq v1.10.9",
        ),
        "main.go": 'package main\n\nimport (\n\t_ "github.com/lib/pq"\n)\n\nfunc main() {}\n',
        "app/pkg/web/engine.go": "package web\n\nimport \"github.com/julienschmidt/httprouter\"\n\n"
        "func New() *httprouter.Router {\n\treturn httprouter.New()\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    backend = found["."]
    assert first(backend, K.FRAMEWORK) == (
        "httprouter", "v1.3.1-0.20200921135023-fe77dd05ab5a"
    )
    assert not backend.ambiguous
    assert first(backend, K.QUERY) == ("database/sql", "")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_an_orm_over_a_database_sql_driver_stays_the_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.0",
            "gorm.io/gorm v1.25.7",
            "github.com/mattn/go-sqlite3 v1.14.22",
        ),
        "main.go": _GIN_MAIN,
    }
    found = by_folder(write(tmp_path, files))
    data = [f.name for f in found["."].findings if f.kind in (K.ORM, K.QUERY)]
    assert data[0] == "GORM"


def test_an_indirect_driver_proves_no_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.0", "github.com/lib/pq v1.10.9 // indirect"
        ),
        "main.go": _GIN_MAIN,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY) == ("", "")


# --- Symfony through a Flex skeleton -------------------------------------------------------------


def _composer(require: dict[str, str], flex: dict[str, str], symfony: str) -> str:
    import json

    data = {
        "type": "project",
        "require": {"php": "^8.1", **require},
        "flex-require": flex,
        "extra": {"symfony": {"allow-contrib": False, "require": symfony}},
    }
    return json.dumps(data, indent=4) + "\n"


def test_a_flex_skeletons_star_requirements_take_flexs_symfony_version(
    tmp_path: Path,
) -> None:
    files = {
        "composer.json": _composer(
            {"symfony/flex": "^1.17|^2"},
            {"symfony/framework-bundle": "*", "symfony/orm-pack": "*", "symfony/yaml": "*"},
            "^5.4",
        ),
        ".env": "APP_ENV=prod\nDATABASE_URL=mysql://db_user:pw@127.0.0.1:3306/db_name\n",
        "public/index.php": "<?php\nuse App\\Kernel;\n",
    }
    found = by_folder(write(tmp_path, files))
    backend = found["."]
    assert first(backend, K.FRAMEWORK) == ("Symfony", "^5.4")
    symfony = next(f for f in backend.findings if f.name == "Symfony")
    assert "composer.json" in {e.path for e in symfony.evidence}
    assert any('"^5.4"' in (e.text or "") for e in symfony.evidence)
    assert first(backend, K.ORM)[0] == "Doctrine"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_an_explicit_symfony_requirement_keeps_its_version(tmp_path: Path) -> None:
    files = {
        "composer.json": _composer({"symfony/framework-bundle": "7.1.*"}, {}, "7.*"),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("Symfony", "7.1.*")


def test_the_official_mongodb_driver_is_a_go_services_data_layer(tmp_path: Path) -> None:
    # GORM is only an indirect requirement (a dependency's); the storage is MongoDB.
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.1",
            "go.mongodb.org/mongo-driver v1.14.0",
            "gorm.io/gorm v1.25.8 // indirect",
        ),
        "cmd/api/main.go": _GIN_MAIN,
    }
    found = by_folder(write(tmp_path, files))
    data = [f.name for f in found["."].findings if f.kind in (K.ORM, K.QUERY)]
    assert data == ["mongo-driver"]
    assert first(found["."], K.DATABASE)[0] == "MongoDB"


def test_the_engine_of_gorms_dialector_beats_client_drivers_beside_it(tmp_path: Path) -> None:
    # A panel keeps its own data in SQLite through GORM; the MySQL and PostgreSQL drivers
    # are clients of the databases it manages. The code opening them lies deep in the tree.
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.1",
            "github.com/glebarez/sqlite v1.10.0",
            "github.com/go-sql-driver/mysql v1.7.1",
            "github.com/jackc/pgx/v5 v5.5.4",
            "gorm.io/gorm v1.25.7",
        ),
        "cmd/server/main.go": _GIN_MAIN,
    }
    found = by_folder(write(tmp_path, files))
    engine = next(f for f in found["."].findings if f.kind is K.DATABASE)
    assert (engine.name, engine.version) == ("SQLite", "")
    assert first(found["."], K.ORM)[0] == "GORM"


def test_dialectors_for_every_engine_leave_the_server_first(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.1",
            "gorm.io/driver/postgres v1.5.7",
            "gorm.io/driver/sqlite v1.5.5",
            "gorm.io/gorm v1.25.7",
        ),
        "main.go": _GIN_MAIN,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_vitest_imports_name_the_unit_tests_playwright_the_end_to_end_ones(
    tmp_path: Path,
) -> None:
    # Vitest is installed and configured at the workspace root; the app's test files import
    # it, and the app's own manifest has Playwright for its e2e/ folder.
    files = {
        "package.json": '{"private": true, "workspaces": ["apps/*", "packages/*"],\n'
        ' "scripts": {"test": "vitest"},\n "devDependencies": {"vitest": "^4.1.0"}}\n',
        "vitest.config.ts": 'import { defineConfig } from "vitest/config";\n',
        "apps/web/package.json": package_json(
            {"next": "15.5.21", "react-dom": "19.1.0", "@prisma/client": "^6.10.1"},
            {"@playwright/test": "1.57.0"},
            scripts={"e2e": "playwright test e2e"},
        ),
        "apps/web/playwright.config.ts": 'import { defineConfig } from "@playwright/test";\n',
        "apps/web/pages/api/v1/users/index.ts": _API_ROUTE,
        "apps/web/lib/api/verify.test.ts": 'import { describe, expect, it } from "vitest";\n',
    }
    found = by_folder(write(tmp_path, files))
    tests = [f.name for f in found["apps/web"].findings if f.kind is K.TEST]
    assert tests == ["Vitest", "Playwright"]
