"""The layout audit (#19): which folders of a multi-project repository are backends, and where
a backend's version, data layer and tests come from when they live in a parent, a catalogue or a
sibling. 69 layouts, one small tree each from the real files' shapes (manifests, an entry point,
settings), per build system, each checked for the backends reported (exactly those folders) and
for each its framework and version, data layer, engine and main test framework; then controls
(the shape each fix must leave alone).
"+" failed before this audit and passes now; "✓" was right before. The layouts' builders are in
tests/layout_fixtures.py.

One line each: build system · layout · what must be reported · before → after.
  Maven · parent BOM (`${spring-boot.version}`), common/core(JPA)/server modules · server · ✓
  Maven · spring-boot-starter-parent in the root pom · server, Boot version from it · ✓
  Maven · `-spring-boot-starter` autoconfigure module · no backend · ✓
  Maven · war module (SpringBootServletInitializer, tomcat provided) · backend · ✓
  Maven · `-it` integration-test module on the server · no backend · ✓
  Maven · profile adding a `pom` distribution module · no backend · ✓
  Maven · `-api` module of web interfaces beside the server · no backend · ✓
  Maven · nested aggregator `backend/` beside a Vite `frontend/` · backend/acme-server · ✓
  Maven · tests in a sibling `-tests` module · server, JUnit from it · ✓
  Maven · `-bootstrap` module starting `-web` and `-dao` (MyBatis-Plus) · bootstrap · ✓
  Maven · `-client-example` module with its own application, in the reactor · no backend · +
  Maven · parent module beside the modules (`<relativePath>../acme-parent`) · its BOM version · +
  Maven · Quarkus extension (runtime, deployment) beside the app, quarkus-bom property · app · ✓
  Gradle · root `subprojects {}`, Boot plugin in one module, JPA in a library · server · ✓
  Gradle · version catalogue (`alias(libs.plugins…)`, `libs.…` accessors) · server · ✓
  Gradle · buildSrc convention plugin applying Boot · version from buildSrc's plugin dep · +
  Gradle · `includeBuild("build-logic")` convention plugins · version from build-logic · +
  Gradle · Ktor `application` module, Exposed in a `db` module, catalogue · server · ✓
  Gradle · Boot plugin on every subproject, `bootJar` off in libraries · app only · ✓
  Gradle · Micronaut application/library plugins · `micronautVersion` property, not plugin's · +
  Gradle · Quarkus · `quarkusPlatformVersion` property (control test below) · +
  Gradle · Kotlin Multiplatform shared (ktor-client) and composeApp beside server · server · ✓
  Gradle · `buildscript { ext { springBootVersion } }` classpath, subprojects plugin · ✓
  Gradle · `java-platform` module imported as `platform(project(":platform"))` · version · +
  Gradle · `dependencyManagement { imports { mavenBom … } }` in subprojects, no Boot plugin · ✓
  npm/pnpm · Turborepo: Nest api, Next web (no data), packages/db (Prisma), configs · api · ✓
  npm/pnpm · Next app reaching a Drizzle package; a docs Next app without data · web · ✓
  npm · Nx, one manifest: apps/api, apps/api-e2e, libs/shared · root · ✓
  yarn · workspaces server (Koa, Knex)/client (Vite)/shared · server · ✓
  npm · api beside an SDK and an Express middleware package (peer dep) · api · ✓
  npm · root Vite UI with a `server/` Express folder · server · ✓
  npm · single Next app with Prisma route handlers · root · ✓
  pnpm · BullMQ worker beside the Nest api, both on packages/db · api · ✓
  npm · root Fastify server with `plugins/*` workspaces (fastify-plugin) · root · ✓
  npm · Nest monorepo mode (one manifest; api, createApplicationContext worker) · root · ✓
  npm · workspace api whose Jest is the root's (`projects`) · api, Jest · ✓
  npm · React package whose server.js only hands out its build (express.static) · UI · +
    (control: one with routes of its own, `/api/event`, or reaching data stays a backend)
  pnpm · `"@nestjs/core": "catalog:nest10"` from pnpm-workspace.yaml's catalogues · version · +
  Go · one module: cmd/server, cmd/migrate, internal/, pkg/, tools.go · root · ✓
  Go · go.work / `replace` of two service modules and a shared GORM module · GORM lent · +
    (control: a module requiring another application takes none of its stores)
  Go · root module with an SDK module and a Gin middleware module · root · ✓
  Go · backend/ module with a tools module, e2e Playwright and a Svelte web/ · backend · ✓
  Go · test/e2e module requiring the app (`replace => ../..`) · its tests are the app's · +
  Cargo · workspace: bin server, lib db (sqlx), lib core, xtask · server, sqlx from db · ✓
  Cargo · crate per service (Axum, Actix) using a libs/common crate · both services · ✓
  Cargo · root package with `members = [".", "entity", "migration"]` (SeaORM) · root · +
  Cargo · `api-tests` crate depending on the server crate · its tests are the server's · +
    (a RecursionError: the workspace listing itself was followed forever)
  .NET · src/ Api, Infrastructure (EF Core), Domain; tests/; Directory.Build.props · Api · ✓
  .NET · Aspire AppHost and ServiceDefaults beside the Api · Api only · ✓
  .NET · Worker SDK project beside the Api · Api only · ✓
  .NET · hosted Blazor: Server, Client (BlazorWebAssembly), Shared · Server · ✓
  .NET · controllers in a class library (FrameworkReference) referenced by the Api · Api · ✓
  Python · src layout, pyproject, tests/ · root · ✓
  Python · uv workspace: services/api, libs/db (SQLAlchemy), root dev group (pytest) · +
  Python · backend/ with manage.py and only requirements/*.txt, an sdk/ package · backend · +
    (was the root: the walk counts a folder's files before it sees its requirements/)
  Python · Poetry app, package-mode false, a Flask blueprint plugin package · root · ✓
  Python · Flask app beside a `docker/healthcheck` Flask helper · root only · ✓
  Python · Django under src/ with the root pyproject · root · ✓
  Python · Poetry app with `{ path = "../../libs/common" }` (SQLAlchemy) · data from it · +
  Python · setup.cfg `install_requires`, src/ package, Dockerfile · root · ✓
  Python · backend/ tested from the root's tests/ and requirements-dev.txt · pytest · +
    (controls: not with two services inside; not a browser app's tests through its API's package)
  Ruby · Rails app with engines/ (gemspec + Gemfile) · root · ✓
  Ruby · Rails app with components/ and gems/ path gems · root · ✓
  Ruby · Rails engine without a Gemfile · root · ✓
  Ruby · Rails app in server/ beside a React client/ · server · ✓
  PHP · Laravel with `packages/*` path repositories · root · ✓
  PHP · Symfony app/ beside a symfony-bundle library · app · ✓
  PHP · Laravel in backend/ beside a Vue frontend/ · backend · ✓
  PHP · Laravel with nwidart Modules/*/composer.json · root · ✓
  PHP · PHPUnit installed in a `vendor-bin/phpunit` namespace (bamarni) · PHPUnit · +
Gaps closed (17 layouts failed before, and Quarkus' property test):
  tests 2 · a harness project depending on the service's (Cargo, Go, Python) lends its tests;
    so does the one enclosing project (root tests/) of a service with none
  Gradle 5 · a plugin build's framework plugin version (buildSrc, included build-logic);
    micronautVersion / quarkusPlatformVersion over the plugin's; a java-platform module
  Python 3 · a project whose manifests all lie in requirements/ owns its code; another project
    of the repository it depends on, by name, lends its data layer; a uv member takes the root's
    test tools
  Go 1 · the same lending by module path (go.work, replace), never from another application
  npm 2 · a UI package's static server (express.static, index.html) is the UI's; pnpm catalogues
  Maven 2 · `-example` / `-sample` modules; a parent module beside the modules
  Cargo 1 · a build listing itself (`members = ["."]`) is not followed back
  PHP 1 · a `vendor-bin/*/composer.json` tool namespace belongs to its project
Left: nothing of these layouts; .NET takes a framework package's exact patch (8.0.10) over the
target framework's 8.0 by design (the measure reads 8.0 as any patch).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_fixtures import (
    AXUM_MAIN,
    BOOT,
    BOOT_BOM,
    BOOT_MAIN,
    BOOT_TEST,
    GIN_MAIN,
    JAVA,
    JPA_REPO,
    NET_MAIN,
    PG_YML,
    XUNIT_TEST,
    Files,
    Want,
    backend,
    composer,
    crate,
    csproj,
    dep,
    deps,
    go_main,
    go_mod,
    package_json,
    parent,
    pkg,
    pom,
    ref,
)
from test_detect_projects import write

from designer.detect import detect
from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K


def layout(name: str, files: Files, want: Want) -> object:
    return pytest.param(files, want, id=name)


SPRING = backend("Spring Boot", "3.3.5", "JPA / Hibernate", "PostgreSQL", "JUnit")

# --- Maven ---------------------------------------------------------------------------------

def reactor(*modules: str) -> str:
    """The root pom of a Maven reactor importing Spring Boot's BOM, listing `modules`."""
    return pom("acme-parent", BOOT_BOM, packaging="pom", modules=modules)


MAVEN_PARENT = reactor("acme-common", "acme-core", "acme-server")
MAVEN_CORE = pom(
    "acme-core",
    deps(
        dep(BOOT, "spring-boot-starter-data-jpa"),
        dep("org.postgresql", "postgresql"),
        dep("com.acme", "acme-common", version="${project.version}"),
    ),
    parent=parent(),
)
MAVEN_COMMON = pom("acme-common", deps(dep("org.apache.commons", "commons-lang3")), parent=parent())
MAVEN_SERVER = pom(
    "acme-server",
    deps(
        dep(BOOT, "spring-boot-starter-web"),
        dep("com.acme", "acme-core", version="${project.version}"),
        dep(BOOT, "spring-boot-starter-test", "test"),
    ),
    parent=parent(),
)
MAVEN_MULTI = {
    "pom.xml": MAVEN_PARENT,
    "acme-common/pom.xml": MAVEN_COMMON,
    "acme-common/src/main/java/com/acme/common/Strings.java": "package com.acme.common;\n",
    "acme-core/pom.xml": MAVEN_CORE,
    "acme-core/src/main/java/com/acme/core/UserRepository.java": JPA_REPO,
    "acme-server/pom.xml": MAVEN_SERVER,
    f"acme-server/{JAVA}AcmeApplication.java": BOOT_MAIN,
    "acme-server/src/main/resources/application.yml": PG_YML,
    "acme-server/src/test/java/com/acme/AcmeApplicationTests.java": BOOT_TEST,
}

MAVEN = [
    layout("maven-parent-bom-modules", MAVEN_MULTI, {"acme-server": SPRING}),
    layout(
        "maven-boot-parent-in-root",
        {
            **MAVEN_MULTI,
            "pom.xml": pom(
                "acme-parent",
                "  <properties><java.version>21</java.version></properties>\n",
                packaging="pom",
                parent=parent("spring-boot-starter-parent", BOOT, "3.3.5"),
                modules=("acme-common", "acme-core", "acme-server"),
            ),
        },
        {"acme-server": SPRING},
    ),
    layout(
        "maven-starter-autoconfigure-module",
        {
            **MAVEN_MULTI,
            "pom.xml": reactor(
                "acme-common", "acme-core", "acme-server", "acme-spring-boot-starter"
            ),
            "acme-spring-boot-starter/pom.xml": pom(
                "acme-spring-boot-starter",
                deps(
                    dep(BOOT, "spring-boot-autoconfigure"),
                    dep(BOOT, "spring-boot-starter-web", version="", scope="provided"),
                ),
                parent=parent(),
            ),
            "acme-spring-boot-starter/src/main/java/com/acme/starter/AcmeAutoConfiguration.java": (
                "package com.acme.starter;\n\n"
                "import org.springframework.boot.autoconfigure.AutoConfiguration;\n\n"
                "@AutoConfiguration\npublic class AcmeAutoConfiguration {}\n"
            ),
        },
        {"acme-server": SPRING},
    ),
    layout(
        "maven-war-module",
        {
            **MAVEN_MULTI,
            "acme-server/pom.xml": pom(
                "acme-server",
                deps(
                    dep(BOOT, "spring-boot-starter-web"),
                    dep(BOOT, "spring-boot-starter-tomcat", "provided"),
                    dep("com.acme", "acme-core", version="${project.version}"),
                    dep(BOOT, "spring-boot-starter-test", "test"),
                ),
                parent=parent(),
                packaging="war",
            ),
            f"acme-server/{JAVA}AcmeApplication.java": BOOT_MAIN.replace(
                "public class AcmeApplication {",
                "public class AcmeApplication extends SpringBootServletInitializer {",
            ),
        },
        {"acme-server": SPRING},
    ),
    layout(
        "maven-integration-test-module",
        {
            **MAVEN_MULTI,
            "pom.xml": reactor("acme-common", "acme-core", "acme-server", "acme-it"),
            "acme-it/pom.xml": pom(
                "acme-it",
                deps(
                    dep("com.acme", "acme-server", version="${project.version}"),
                    dep(BOOT, "spring-boot-starter-web"),
                    dep(BOOT, "spring-boot-starter-test", "test"),
                    dep("org.testcontainers", "postgresql", "test"),
                ),
                parent=parent(),
            ),
            "acme-it/src/test/java/com/acme/it/ApiIT.java": BOOT_TEST.replace(
                "package com.acme;", "package com.acme.it;"
            ),
        },
        {"acme-server": SPRING},
    ),
    layout(
        "maven-profile-adds-dist-module",
        {
            **MAVEN_MULTI,
            "pom.xml": MAVEN_PARENT.replace(
                "</project>",
                (
                    "  <profiles>\n    <profile>\n      <id>dist</id>\n      <modules>\n"
                    "        <module>acme-distribution</module>\n      </modules>\n    </profile>\n"
                    "  </profiles>\n</project>"
                ),
            ),
            "acme-distribution/pom.xml": pom(
                "acme-distribution",
                deps(dep("com.acme", "acme-server", version="${project.version}")),
                parent=parent(),
                packaging="pom",
            ),
        },
        {"acme-server": SPRING},
    ),
    layout(
        "maven-api-module-beside-boot",
        {
            **MAVEN_MULTI,
            "pom.xml": reactor("acme-api", "acme-common", "acme-core", "acme-server"),
            "acme-api/pom.xml": pom(
                "acme-api",
                deps(
                    dep(BOOT, "spring-boot-starter-web"),
                    dep("io.swagger.core.v3", "swagger-annotations"),
                ),
                parent=parent(),
            ),
            "acme-api/src/main/java/com/acme/api/UserApi.java": (
                "package com.acme.api;\n\nimport"
                " org.springframework.web.bind.annotation.GetMapping;\n"
                '\npublic interface UserApi {\n    @GetMapping("/users")\n    String list();\n}\n'
            ),
        },
        {"acme-server": SPRING},
    ),
]


# --- Gradle --------------------------------------------------------------------------------

GRADLE_SETTINGS = 'rootProject.name = "acme"\n\ninclude("common", "core", "server")\n'
GRADLE_ROOT = (
    'plugins {\n    id("org.springframework.boot") version "3.3.5" apply false\n'
    '    id("io.spring.dependency-management") version "1.1.6" apply false\n'
    '    java\n}\n\nallprojects {\n    group = "com.acme"\n    repositories { mavenCentral() }\n'
    "}\n\n"
    'subprojects {\n    apply(plugin = "java")\n    apply(plugin ='
    ' "io.spring.dependency-management")\n'
    "    tasks.withType<Test> { useJUnitPlatform() }\n}\n"
)
GRADLE_CORE = (
    "plugins {\n    `java-library`\n}\n\ndependencies {\n"
    '    api("org.springframework.boot:spring-boot-starter-data-jpa")\n'
    '    runtimeOnly("org.postgresql:postgresql")\n    implementation(project(":common"))\n}\n'
)
GRADLE_SERVER = (
    'plugins {\n    id("org.springframework.boot")\n}\n\ndependencies {\n'
    '    implementation(project(":core"))\n'
    '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
    '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n}\n'
)
GRADLE_MULTI = {
    "settings.gradle.kts": GRADLE_SETTINGS,
    "build.gradle.kts": GRADLE_ROOT,
    "common/build.gradle.kts": "plugins {\n    `java-library`\n}\n",
    "common/src/main/java/com/acme/common/Strings.java": "package com.acme.common;\n",
    "core/build.gradle.kts": GRADLE_CORE,
    "core/src/main/java/com/acme/core/UserRepository.java": JPA_REPO,
    "server/build.gradle.kts": GRADLE_SERVER,
    f"server/{JAVA}AcmeApplication.java": BOOT_MAIN,
    "server/src/main/resources/application.yml": PG_YML,
    "server/src/test/java/com/acme/AcmeApplicationTests.java": BOOT_TEST,
}
CATALOG = (
    '[versions]\nspring-boot = "3.3.5"\nktor = "2.3.12"\nexposed = "0.54.0"\n\n[libraries]\n'
    'spring-boot-starter-web = { module = "org.springframework.boot:spring-boot-starter-web" }\n'
    "spring-boot-starter-data-jpa = { module ="
    ' "org.springframework.boot:spring-boot-starter-data-jpa" }\n'
    'spring-boot-starter-test = { module = "org.springframework.boot:spring-boot-starter-test" }\n'
    'postgresql = { module = "org.postgresql:postgresql", version = "42.7.4" }\n'
    'ktor-server-core = { module = "io.ktor:ktor-server-core", version.ref = "ktor" }\n'
    'ktor-server-netty = { module = "io.ktor:ktor-server-netty", version.ref = "ktor" }\n'
    'exposed-core = { module = "org.jetbrains.exposed:exposed-core", version.ref = "exposed" }\n'
    'exposed-jdbc = { module = "org.jetbrains.exposed:exposed-jdbc", version.ref = "exposed" }\n'
    'kotlin-test = { module = "org.jetbrains.kotlin:kotlin-test-junit5" }\n\n[plugins]\n'
    'spring-boot = { id = "org.springframework.boot", version.ref = "spring-boot" }\n'
    'ktor = { id = "io.ktor.plugin", version.ref = "ktor" }\n'
)
KTOR_MAIN = (
    "package com.acme\n\nimport io.ktor.server.engine.*\nimport io.ktor.server.netty.*\n\n"
    "fun main() {\n    embeddedServer(Netty, port = 8080) { module() }.start(wait = true)\n}\n"
)
KOTLIN_TEST = (
    "package com.acme\n\nimport kotlin.test.Test\n\nclass ApplicationTest {\n"
    "    @Test\n    fun root() {}\n}\n"
)
"""A server's test (a declared test framework with no test in the repository is none,
`testless_jvm`)."""
EXPOSED_DB = (
    "package com.acme.db\n\nimport org.jetbrains.exposed.sql.Database\n\n"
    'fun connect() = Database.connect("jdbc:postgresql://localhost:5432/acme",'
    ' driver = "org.postgresql.Driver")\n'
)

GRADLE = [
    layout("gradle-subprojects-boot-in-one-module", GRADLE_MULTI, {"server": SPRING}),
    layout(
        "gradle-version-catalogue-aliases",
        {
            **GRADLE_MULTI,
            "gradle/libs.versions.toml": CATALOG,
            "build.gradle.kts": GRADLE_ROOT.replace(
                'id("org.springframework.boot") version "3.3.5" apply false',
                "alias(libs.plugins.spring.boot) apply false",
            ),
            "core/build.gradle.kts": (
                "plugins {\n    `java-library`\n}\n\ndependencies {\n"
                "    api(libs.spring.boot.starter.data.jpa)\n    runtimeOnly(libs.postgresql)\n}\n"
            ),
            "server/build.gradle.kts": (
                "plugins {\n    alias(libs.plugins.spring.boot)\n}\n\ndependencies {\n"
                '    implementation(project(":core"))\n'
                "    implementation(libs.spring.boot.starter.web)\n"
                "    testImplementation(libs.spring.boot.starter.test)\n}\n"
            ),
        },
        {"server": SPRING},
    ),
    layout(
        "gradle-buildsrc-convention-plugin",
        {
            **GRADLE_MULTI,
            "buildSrc/build.gradle.kts": (
                "plugins {\n    `kotlin-dsl`\n}\n\nrepositories { gradlePluginPortal() }\n\n"
                "dependencies {\n"
                '    implementation("org.springframework.boot:spring-boot-gradle-plugin:3.3.5")\n'
                "}\n"
            ),
            "buildSrc/src/main/kotlin/acme.spring-conventions.gradle.kts": (
                'plugins {\n    java\n    id("org.springframework.boot")\n'
                '    id("io.spring.dependency-management")\n}\n'
            ),
            "build.gradle.kts": "allprojects {\n    repositories { mavenCentral() }\n}\n",
            "server/build.gradle.kts": GRADLE_SERVER.replace(
                'id("org.springframework.boot")', 'id("acme.spring-conventions")'
            ),
        },
        {"server": SPRING},
    ),
    layout(
        "gradle-included-build-logic",
        {
            **GRADLE_MULTI,
            "settings.gradle.kts": 'pluginManagement {\n    includeBuild("build-logic")\n}\n'
            + GRADLE_SETTINGS,
            "build-logic/settings.gradle.kts": 'rootProject.name = "build-logic"\n',
            "build-logic/build.gradle.kts": (
                "plugins {\n    `kotlin-dsl`\n}\n\ndependencies {\n"
                '    implementation("org.springframework.boot:spring-boot-gradle-plugin:3.3.5")\n'
                "}\n"
            ),
            "build-logic/src/main/kotlin/acme.boot.gradle.kts": (
                'plugins {\n    java\n    id("org.springframework.boot")\n}\n'
            ),
            "build.gradle.kts": "allprojects {\n    repositories { mavenCentral() }\n}\n",
            "server/build.gradle.kts": GRADLE_SERVER.replace(
                'id("org.springframework.boot")', 'id("acme.boot")'
            ),
        },
        {"server": SPRING},
    ),
    layout(
        "gradle-ktor-application-plugin-with-db-module",
        {
            "settings.gradle.kts": 'rootProject.name = "acme"\ninclude(":server", ":db",'
            ' ":shared")\n',
            "gradle/libs.versions.toml": CATALOG,
            "build.gradle.kts": 'plugins {\n    kotlin("jvm") version "2.0.20" apply false\n}\n',
            "shared/build.gradle.kts": 'plugins {\n    kotlin("jvm")\n}\n',
            "shared/src/main/kotlin/com/acme/Model.kt": "package com.acme\n\ndata class User(val"
            " id: Long)\n",
            "db/build.gradle.kts": (
                'plugins {\n    kotlin("jvm")\n}\n\ndependencies {\n'
                "    api(libs.exposed.core)\n    api(libs.exposed.jdbc)\n"
                "    runtimeOnly(libs.postgresql)\n}\n"
            ),
            "db/src/main/kotlin/com/acme/db/Database.kt": EXPOSED_DB,
            "server/build.gradle.kts": (
                'plugins {\n    kotlin("jvm")\n    application\n    alias(libs.plugins.ktor)\n}\n\n'
                'application {\n    mainClass.set("com.acme.ApplicationKt")\n}\n\ndependencies {\n'
                '    implementation(project(":db"))\n    implementation(project(":shared"))\n'
                "    implementation(libs.ktor.server.core)\n   "
                " implementation(libs.ktor.server.netty)\n"
                "    testImplementation(libs.kotlin.test)\n}\n"
            ),
            "server/src/main/kotlin/com/acme/Application.kt": KTOR_MAIN,
            "server/src/test/kotlin/com/acme/ApplicationTest.kt": KOTLIN_TEST,
        },
        {"server": backend("Ktor", "2.3.12", "Exposed", "PostgreSQL", "kotlin.test")},
    ),
]


# --- npm / yarn / pnpm workspaces, Turborepo, Nx -------------------------------------------

NEST_MAIN = (
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
    "  await app.listen(3000);\n}\nbootstrap();\n"
)
PRISMA_SCHEMA = (
    'generator client {\n  provider = "prisma-client-js"\n}\n\n'
    'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n'
    "model User {\n  id Int @id @default(autoincrement())\n}\n"
)
DB_PACKAGE = {
    "packages/db/package.json": package_json(
        "@acme/db",
        {"@prisma/client": "^5.20.0"},
        {"prisma": "^5.20.0"},
        main="./src/index.ts",
        scripts={"db:migrate": "prisma migrate deploy"},
    ),
    "packages/db/prisma/schema.prisma": PRISMA_SCHEMA,
    "packages/db/src/index.ts": (
        "import { PrismaClient } from '@prisma/client';\n\nexport const prisma = new"
        " PrismaClient();\n"
    ),
}
NEXT_WEB = {
    "apps/web/package.json": package_json(
        "@acme/web",
        {"next": "14.2.15", "react": "18.3.1", "react-dom": "18.3.1", "@acme/ui": "workspace:*"},
        {"typescript": "^5.6.0"},
        scripts={"dev": "next dev", "build": "next build", "start": "next start"},
    ),
    "apps/web/next.config.js": "module.exports = { reactStrictMode: true };\n",
    "apps/web/app/page.tsx": "export default function Page() {\n  return <main>Acme</main>;\n}\n",
}
SHARED_PACKAGES = {
    "packages/ui/package.json": package_json(
        "@acme/ui", {"react": "18.3.1"}, main="./src/index.tsx"
    ),
    "packages/ui/src/index.tsx": "export const Button = () => <button />;\n",
    "packages/eslint-config/package.json": package_json(
        "@acme/eslint-config", {"eslint-config-next": "14.2.15"}, main="index.js"
    ),
    "packages/eslint-config/index.js": "module.exports = { extends: ['next'] };\n",
    "packages/tsconfig/package.json": package_json("@acme/tsconfig"),
    "packages/tsconfig/base.json": "{}\n",
}
NEST_API = {
    "apps/api/package.json": package_json(
        "@acme/api",
        {
            "@nestjs/common": "^10.4.4",
            "@nestjs/core": "^10.4.4",
            "@nestjs/platform-express": "^10.4.4",
            "@acme/db": "workspace:*",
        },
        {"@nestjs/cli": "^10.4.5", "@nestjs/testing": "^10.4.4", "jest": "^29.7.0"},
        scripts={"build": "nest build", "start": "node dist/main", "test": "jest"},
    ),
    "apps/api/nest-cli.json": '{\n  "collection": "@nestjs/schematics",\n  "sourceRoot": "src"\n'
    "}\n",
    "apps/api/src/main.ts": NEST_MAIN,
    "apps/api/src/app.module.ts": (
        "import { Module } from '@nestjs/common';\n\n@Module({})\nexport class AppModule {}\n"
    ),
    "apps/api/test/app.e2e-spec.ts": (
        "import { Test } from '@nestjs/testing';\n\ndescribe('app', () => {\n"
        "  it('boots', async () => {\n    await Test.createTestingModule({}).compile();\n"
        "  });\n});\n"
    ),
}
TURBO_ROOT = {
    "package.json": package_json(
        "acme",
        dev={"turbo": "^2.1.3", "prettier": "^3.3.3"},
        packageManager="pnpm@9.12.0",
        scripts={"build": "turbo run build"},
    ),
    "pnpm-workspace.yaml": 'packages:\n  - "apps/*"\n  - "packages/*"\n',
    "turbo.json": '{\n  "tasks": {\n    "build": {}\n  }\n}\n',
}
NEST = backend("NestJS", "^10.4.4", "Prisma", "PostgreSQL", "Jest")
DRIZZLE_PACKAGE = {
    "packages/database/package.json": package_json(
        "@acme/database",
        {"drizzle-orm": "^0.34.1", "postgres": "^3.4.4"},
        {"drizzle-kit": "^0.25.0"},
        main="./src/index.ts",
    ),
    "packages/database/drizzle.config.ts": (
        "import { defineConfig } from 'drizzle-kit';\n\nexport default defineConfig({\n"
        "  dialect: 'postgresql',\n  schema: './src/schema.ts',\n});\n"
    ),
    "packages/database/src/index.ts": (
        "import { drizzle } from 'drizzle-orm/postgres-js';\nimport postgres from 'postgres';\n\n"
        "export const db = drizzle(postgres(process.env.DATABASE_URL!));\n"
    ),
}
EXPRESS_SERVER = (
    "import express from 'express';\n\nconst app = express();\napp.get('/health', (_req, res) =>"
    " res.send('ok'));\napp.listen(3000);\n"
)

NODE = [
    layout(
        "turbo-nest-api-next-web-db-package",
        {
            **TURBO_ROOT,
            **DB_PACKAGE,
            **NEXT_WEB,
            **SHARED_PACKAGES,
            **NEST_API,
        },
        {"apps/api": NEST},
    ),
    layout(
        "turbo-next-app-reaching-drizzle-package",
        {
            **TURBO_ROOT,
            **DRIZZLE_PACKAGE,
            **SHARED_PACKAGES,
            **NEXT_WEB,
            "apps/web/package.json": package_json(
                "@acme/web",
                {
                    "next": "14.2.15",
                    "react": "18.3.1",
                    "react-dom": "18.3.1",
                    "@acme/database": "workspace:*",
                },
                {"vitest": "^2.1.2"},
                scripts={"build": "next build", "start": "next start", "test": "vitest"},
            ),
            "apps/web/app/users/page.tsx": (
                "import { db } from '@acme/database';\n\nexport default async function Users() {\n"
                "  const users = await db.query.users.findMany();\n  return <ul />;\n}\n"
            ),
            "apps/docs/package.json": package_json(
                "@acme/docs",
                {"next": "14.2.15", "react": "18.3.1", "react-dom": "18.3.1"},
                scripts={"build": "next build", "start": "next start"},
            ),
            "apps/docs/app/page.tsx": "export default function Page() {\n  return <main />;\n}\n",
            # A test file: the runner, declared, runs something (`testless_node`).
            "apps/web/app/users/page.test.tsx": "test('ok', () => {});\n",
        },
        {"apps/web": backend("Next.js", "14.2.15", "Drizzle", "PostgreSQL", "Vitest")},
    ),
    layout(
        "nx-single-manifest-api-and-e2e",
        {
            "package.json": package_json(
                "@acme/source",
                {"express": "^4.21.0", "mongoose": "^8.7.0"},
                {"nx": "19.8.4", "@nx/jest": "19.8.4", "jest": "^29.7.0", "@nx/express": "19.8.4"},
                scripts={},
            ),
            "nx.json": '{\n  "npmScope": "acme"\n}\n',
            "apps/api/project.json": (
                '{\n  "name": "api",\n  "sourceRoot": "apps/api/src",\n  "projectType": '
                '"application"\n}\n'
            ),
            "apps/api/src/main.ts": EXPRESS_SERVER.replace(
                "import express", "import mongoose from 'mongoose';\nimport express"
            ),
            "apps/api/jest.config.ts": "export default { displayName: 'api' };\n",
            "apps/api/src/app.spec.ts": "describe('api', () => { it('works', () => {}); });\n",
            "apps/api-e2e/project.json": (
                '{\n  "name": "api-e2e",\n  "projectType": "application",\n'
                '  "implicitDependencies": ["api"]\n}\n'
            ),
            "apps/api-e2e/src/api/api.spec.ts": (
                "import axios from 'axios';\n\ndescribe('GET /', () => {\n  it('ok', async () =>"
                " {\n"
                "    await axios.get('/');\n  });\n});\n"
            ),
            "apps/api-e2e/src/support/global-setup.ts": "module.exports = async function () {};\n",
            "libs/shared/project.json": '{\n  "name": "shared",\n  "projectType": "library"\n}\n',
            "libs/shared/src/index.ts": "export const shared = 1;\n",
        },
        {".": backend("Express", "^4.21.0", "Mongoose", "MongoDB", "Jest")},
    ),
    layout(
        "yarn-workspaces-server-client-shared",
        {
            "package.json": package_json(
                "acme", private=True, workspaces=["packages/*"], dev={"typescript": "^5.6.0"}
            ),
            "yarn.lock": "",
            "packages/server/package.json": package_json(
                "@acme/server",
                {
                    "koa": "^2.15.3",
                    "@koa/router": "^13.1.0",
                    "knex": "^3.1.0",
                    "pg": "^8.13.0",
                    "@acme/shared": "*",
                },
                {"mocha": "^10.7.3"},
                scripts={"start": "node src/index.js", "test": "mocha"},
            ),
            "packages/server/src/index.js": (
                "const Koa = require('koa');\nconst knex = require('knex')({ client: 'pg' });\n\n"
                "const app = new Koa();\napp.listen(3000);\n"
            ),
            "packages/server/test/app.test.js": "describe('app', () => { it('ok', () => {}); });\n",
            "packages/client/package.json": package_json(
                "@acme/client",
                {"react": "18.3.1", "react-dom": "18.3.1", "@acme/shared": "*"},
                {"vite": "^5.4.8"},
                scripts={"dev": "vite", "build": "vite build"},
            ),
            "packages/client/src/main.tsx": "import React from 'react';\n",
            "packages/client/index.html": '<div id="root"></div>\n',
            "packages/shared/package.json": package_json(
                "@acme/shared", {"zod": "^3.23.8"}, main="index.js"
            ),
            "packages/shared/index.js": "module.exports = {};\n",
        },
        {"packages/server": backend("Koa", "^2.15.3", "Knex", "PostgreSQL", "Mocha")},
    ),
    layout(
        "npm-workspaces-express-api-with-sdk-and-server-plugin-package",
        {
            "package.json": package_json("acme", private=True, workspaces=["api", "packages/*"]),
            "api/package.json": package_json(
                "@acme/api",
                {"express": "^4.21.0", "sequelize": "^6.37.4", "mysql2": "^3.11.3"},
                {"jest": "^29.7.0"},
                scripts={"start": "node server.js", "test": "jest"},
            ),
            "api/server.js": EXPRESS_SERVER.replace(
                "import express from 'express';", "const express = require('express');"
            ),
            "api/Dockerfile": 'FROM node:20-alpine\nCOPY . .\nCMD ["node", "server.js"]\n',
            # A test file: the runner, declared, runs something (`testless_node`).
            "api/server.test.js": "test('ok', () => {});\n",
            "packages/sdk/package.json": package_json(
                "@acme/sdk", {"axios": "^1.7.7"}, main="index.js"
            ),
            "packages/sdk/index.js": "module.exports = {};\n",
            "packages/express-middleware/package.json": package_json(
                "@acme/express-middleware",
                {"@acme/sdk": "*"},
                {"express": "^4.21.0"},
                peerDependencies={"express": "^4"},
                main="index.js",
            ),
            "packages/express-middleware/index.js": (
                "const express = require('express');\n\nmodule.exports = function acme() {\n"
                "  const router = express.Router();\n  return router;\n};\n"
            ),
        },
        {"api": backend("Express", "^4.21.0", "Sequelize", "MySQL", "Jest")},
    ),
]


# --- Go ------------------------------------------------------------------------------------

GIN = "github.com/gin-gonic/gin v1.10.0"
ECHO = "github.com/labstack/echo/v4 v4.12.0"
GORM = ("gorm.io/gorm v1.25.12", "gorm.io/driver/postgres v1.5.9")
GORM_DB = (
    'package store\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\n'
    "func Open(dsn string) (*gorm.DB, error) {\n"
    "\treturn gorm.Open(postgres.Open(dsn), &gorm.Config{})\n}\n"
)
GO_TEST = 'package store\n\nimport "testing"\n\nfunc TestOpen(t *testing.T) {}\n'
ECHO_MAIN = go_main(("github.com/labstack/echo/v4",), '\te := echo.New()\n\te.Start(":8080")')

GO = [
    layout(
        "go-one-module-cmd-internal-pkg-tools",
        {
            "go.mod": go_mod(
                "github.com/acme/app",
                GIN,
                *GORM,
                "github.com/golang-migrate/migrate/v4 v4.18.1",
                "github.com/golangci/golangci-lint v1.61.0",
            ),
            "cmd/server/main.go": GIN_MAIN,
            "cmd/migrate/main.go": go_main(("github.com/golang-migrate/migrate/v4",), "\t_ = 1"),
            "internal/store/store.go": GORM_DB,
            "internal/store/store_test.go": GO_TEST,
            "pkg/client/client.go": 'package client\n\nimport "net/http"\n\nvar C ='
            " http.Client{}\n",
            "tools.go": (
                "//go:build tools\n\npackage tools\n\nimport (\n"
                '\t_ "github.com/golangci/golangci-lint/cmd/golangci-lint"\n)\n'
            ),
        },
        {".": backend("Gin", "v1.10.0", "GORM", "PostgreSQL", "go test")},
    ),
    layout(
        "go-work-services-and-shared-module",
        {
            "go.work": "go 1.22\n\nuse (\n\t./services/users\n\t./services/orders\n\t./pkg\n)\n",
            "pkg/go.mod": go_mod("github.com/acme/pkg", *GORM),
            "pkg/store/store.go": GORM_DB,
            "services/users/go.mod": go_mod(
                "github.com/acme/users", ECHO, "github.com/acme/pkg v0.0.0"
            ),
            "services/users/main.go": ECHO_MAIN,
            "services/users/Dockerfile": "FROM golang:1.22\n",
            "services/orders/go.mod": go_mod(
                "github.com/acme/orders", GIN, "github.com/acme/pkg v0.0.0"
            ),
            "services/orders/main.go": GIN_MAIN,
            "services/orders/Dockerfile": "FROM golang:1.22\n",
        },
        {
            "services/orders": backend("Gin", "v1.10.0", "GORM", "PostgreSQL"),
            "services/users": backend("Echo", "v4.12.0", "GORM", "PostgreSQL"),
        },
    ),
    layout(
        "go-module-with-library-module-beside",
        {
            "go.mod": go_mod("github.com/acme/app", GIN, *GORM),
            "main.go": GIN_MAIN,
            "store/store.go": GORM_DB,
            "sdk/go.mod": go_mod("github.com/acme/app/sdk", "github.com/go-resty/resty/v2 v2.15.3"),
            "sdk/client.go": 'package sdk\n\nimport "github.com/go-resty/resty/v2"\n\nvar C ='
            " resty.New()\n",
            "ginext/go.mod": go_mod("github.com/acme/app/ginext", GIN),
            "ginext/middleware.go": (
                'package ginext\n\nimport "github.com/gin-gonic/gin"\n\n'
                "func Auth() gin.HandlerFunc {\n\treturn func(c *gin.Context) { c.Next() }\n}\n"
            ),
        },
        {".": backend("Gin", "v1.10.0", "GORM", "PostgreSQL")},
    ),
]

# --- Cargo ---------------------------------------------------------------------------------

CARGO_WORKSPACE = (
    '[workspace]\nresolver = "2"\nmembers = ["crates/*", "xtask"]\n\n[workspace.package]\n'
    'edition = "2021"\n\n[workspace.dependencies]\naxum = "0.7.7"\ntokio = { version = "1.40",'
    ' features = ["full"] }\nsqlx = { version = "0.8.2", features = ["runtime-tokio", '
    '"postgres"] }\n'
)

RUST = [
    layout(
        "cargo-workspace-bin-lib-db-xtask",
        {
            "Cargo.toml": CARGO_WORKSPACE,
            "crates/server/Cargo.toml": crate(
                "acme-server",
                "axum.workspace = true",
                "tokio.workspace = true",
                'acme-db = { path = "../db" }',
                'acme-core = { path = "../core" }',
                workspace=True,
            ),
            "crates/server/src/main.rs": AXUM_MAIN,
            "crates/db/Cargo.toml": crate("acme-db", "sqlx.workspace = true", workspace=True),
            "crates/db/src/lib.rs": (
                "use sqlx::PgPool;\n\npub async fn connect(url: &str) -> PgPool {\n"
                "    PgPool::connect(url).await.unwrap()\n}\n\n#[cfg(test)]\nmod tests {\n"
                "    #[test]\n    fn ok() {}\n}\n"
            ),
            "crates/core/Cargo.toml": crate("acme-core", 'serde = "1"', workspace=True),
            "crates/core/src/lib.rs": "pub struct User;\n",
            "xtask/Cargo.toml": crate("xtask", 'clap = "4"', 'xshell = "0.2"'),
            "xtask/src/main.rs": 'fn main() {\n    println!("tasks");\n}\n',
        },
        {"crates/server": backend("Axum", "0.7.7", "sqlx", "PostgreSQL", "cargo test")},
    ),
    layout(
        "cargo-workspace-crate-per-service",
        {
            "Cargo.toml": '[workspace]\nmembers = ["services/*", "libs/common"]\n',
            "services/gateway/Cargo.toml": crate(
                "gateway",
                'axum = "0.7.7"',
                'tokio = "1"',
                'common = { path = "../../libs/common" }',
            ),
            "services/gateway/src/main.rs": AXUM_MAIN,
            "services/gateway/Dockerfile": "FROM rust:1.81\n",
            "services/billing/Cargo.toml": crate(
                "billing",
                'actix-web = "4.9.0"',
                'diesel = { version = "2.2.4", features = ["postgres"] }',
                'common = { path = "../../libs/common" }',
            ),
            "services/billing/src/main.rs": (
                "use actix_web::{App, HttpServer};\n\n#[actix_web::main]\n"
                "async fn main() -> std::io::Result<()> {\n"
                '    HttpServer::new(|| App::new()).bind(("0.0.0.0", 8080))?.run().await\n}\n'
            ),
            "services/billing/Dockerfile": "FROM rust:1.81\n",
            "libs/common/Cargo.toml": crate("common", 'axum = "0.7.7"', 'serde = "1"'),
            "libs/common/src/lib.rs": (
                "use axum::http::StatusCode;\n\npub fn ok() -> StatusCode { StatusCode::OK }\n"
            ),
        },
        {
            "services/billing": backend("Actix Web", "4.9.0", "Diesel", "PostgreSQL"),
            "services/gateway": backend("Axum", "0.7.7"),
        },
    ),
]

# --- .NET ----------------------------------------------------------------------------------

DIRECTORY_PROPS = (
    "<Project>\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n"
    "    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n"
)
CLEAN = {
    "Acme.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
    "Directory.Build.props": DIRECTORY_PROPS,
    "src/Acme.Api/Acme.Api.csproj": csproj(
        "Microsoft.NET.Sdk.Web",
        pkg("Swashbuckle.AspNetCore", "6.8.1"),
        ref("../Acme.Infrastructure/Acme.Infrastructure.csproj"),
        tfm="",
    ),
    "src/Acme.Api/Program.cs": NET_MAIN,
    "src/Acme.Api/appsettings.json": (
        '{\n  "ConnectionStrings": {\n    "Default": "Host=localhost;Database=acme"\n  }\n}\n'
    ),
    "src/Acme.Infrastructure/Acme.Infrastructure.csproj": csproj(
        "Microsoft.NET.Sdk",
        pkg("Npgsql.EntityFrameworkCore.PostgreSQL"),
        ref("../Acme.Domain/Acme.Domain.csproj"),
        tfm="",
    ),
    "src/Acme.Infrastructure/AcmeDbContext.cs": (
        "using Microsoft.EntityFrameworkCore;\n\nnamespace Acme.Infrastructure;\n\n"
        "public class AcmeDbContext : DbContext\n{\n}\n"
    ),
    "src/Acme.Domain/Acme.Domain.csproj": csproj("Microsoft.NET.Sdk", tfm=""),
    "src/Acme.Domain/User.cs": "namespace Acme.Domain;\n\npublic class User {}\n",
    "tests/Acme.Api.Tests/Acme.Api.Tests.csproj": csproj(
        "Microsoft.NET.Sdk",
        pkg("xunit", "2.9.2"),
        pkg("Microsoft.NET.Test.Sdk", "17.11.1"),
        pkg("Microsoft.AspNetCore.Mvc.Testing"),
        ref("../../src/Acme.Api/Acme.Api.csproj"),
        tfm="",
    ),
    "tests/Acme.Api.Tests/HealthTests.cs": XUNIT_TEST,
}
NET_API = backend("ASP.NET Core", "8.0", "EF Core", "PostgreSQL", "xUnit")

DOTNET = [
    layout("dotnet-clean-architecture-directory-build-props", CLEAN, {"src/Acme.Api": NET_API}),
    layout(
        "dotnet-aspire-apphost-and-service-defaults",
        {
            **CLEAN,
            "src/Acme.AppHost/Acme.AppHost.csproj": csproj(
                "Microsoft.NET.Sdk",
                "<IsAspireHost>true</IsAspireHost>"
                if False
                else pkg("Aspire.Hosting.AppHost", "8.2.1"),
                pkg("Aspire.Hosting.PostgreSQL", "8.2.1"),
                ref("../Acme.Api/Acme.Api.csproj"),
                tfm="",
            ),
            "src/Acme.AppHost/Program.cs": (
                "var builder = DistributedApplication.CreateBuilder(args);\n"
                'var db = builder.AddPostgres("pg").AddDatabase("acme");\n'
                'builder.AddProject<Projects.Acme_Api>("api").WithReference(db);\n'
                "builder.Build().Run();\n"
            ),
            "src/Acme.ServiceDefaults/Acme.ServiceDefaults.csproj": csproj(
                "Microsoft.NET.Sdk",
                '<FrameworkReference Include="Microsoft.AspNetCore.App" />',
                pkg("OpenTelemetry.Extensions.Hosting", "1.9.0"),
                tfm="",
            ),
            "src/Acme.ServiceDefaults/Extensions.cs": (
                "using Microsoft.AspNetCore.Builder;\n\nnamespace Microsoft.Extensions.Hosting;\n\n"
                "public static class Extensions\n{\n    public static WebApplication "
                "MapDefaultEndpoints(this WebApplication app) {\n"
                '        app.MapHealthChecks("/health");\n        return app;\n    }\n}\n'
            ),
        },
        {"src/Acme.Api": NET_API},
    ),
    layout(
        "dotnet-worker-beside-web-api",
        {
            **CLEAN,
            "src/Acme.Worker/Acme.Worker.csproj": csproj(
                "Microsoft.NET.Sdk.Worker",
                pkg("Microsoft.Extensions.Hosting"),
                ref("../Acme.Infrastructure/Acme.Infrastructure.csproj"),
                tfm="",
            ),
            "src/Acme.Worker/Program.cs": (
                "var builder = Host.CreateApplicationBuilder(args);\n"
                "builder.Services.AddHostedService<Worker>();\nbuilder.Build().Run();\n"
            ),
        },
        {"src/Acme.Api": NET_API},
    ),
]

# --- Python --------------------------------------------------------------------------------

FASTAPI_MAIN = (
    "from fastapi import FastAPI\n\nfrom acme.db import engine\n\napp = FastAPI()\n\n\n"
    "@app.get('/health')\ndef health() -> dict:\n    return {'ok': True}\n"
)
SQLA_DB = (
    "from sqlalchemy import create_engine\n\n"
    "engine = create_engine('postgresql+psycopg://acme@localhost/acme')\n"
)
FASTAPI = backend("FastAPI", "==0.115.0", "SQLAlchemy", "PostgreSQL", "pytest")


def pyproject(name: str, deps: list[str], dev: list[str] | None = None, extra: str = "") -> str:
    lines = "".join(f'    "{d}",\n' for d in deps)
    text = f'[project]\nname = "{name}"\nversion = "0.1.0"\nrequires-python = ">=3.12"\n'
    text += f"dependencies = [\n{lines}]\n"
    if dev is not None:
        group = "".join(f'    "{d}",\n' for d in dev)
        text += f"\n[dependency-groups]\ndev = [\n{group}]\n"
    return text + extra


PYTHON = [
    layout(
        "python-src-layout",
        {
            "pyproject.toml": pyproject(
                "acme",
                ["fastapi==0.115.0", "sqlalchemy>=2.0", "psycopg[binary]>=3.2"],
                ["pytest>=8.3"],
                '\n[build-system]\nrequires = ["hatchling"]\n',
            ),
            "src/acme/__init__.py": "",
            "src/acme/main.py": FASTAPI_MAIN,
            "src/acme/db.py": SQLA_DB,
            "tests/test_health.py": "def test_health():\n    assert True\n",
        },
        {".": FASTAPI},
    ),
    layout(
        "python-uv-workspace-service-and-library",
        {
            "pyproject.toml": pyproject(
                "acme-workspace",
                [],
                ["pytest>=8.3"],
                '\n[tool.uv.workspace]\nmembers = ["services/*", "libs/*"]\n',
            ),
            "uv.lock": "version = 1\n",
            "services/api/pyproject.toml": pyproject(
                "acme-api",
                ["fastapi==0.115.0", "uvicorn>=0.30", "acme-db"],
                extra="\n[tool.uv.sources]\nacme-db = { workspace = true }\n",
            ),
            "services/api/src/acme/main.py": FASTAPI_MAIN,
            "services/api/Dockerfile": "FROM python:3.12-slim\n",
            "services/api/tests/test_health.py": "def test_health():\n    assert True\n",
            "libs/db/pyproject.toml": pyproject(
                "acme-db", ["sqlalchemy>=2.0", "psycopg[binary]>=3.2", "pydantic>=2.9"]
            ),
            "libs/db/src/acme/db.py": SQLA_DB,
        },
        {"services/api": FASTAPI},
    ),
    layout(
        "python-django-project-beside-sdk-package",
        {
            "backend/manage.py": (
                "import os\nimport sys\n\nif __name__ == '__main__':\n"
                "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'acme.settings')\n"
                "    from django.core.management import execute_from_command_line\n"
                "    execute_from_command_line(sys.argv)\n"
            ),
            "backend/requirements/base.txt": "Django==5.1.2\npsycopg[binary]==3.2.3\n",
            "backend/requirements/prod.txt": "-r base.txt\ngunicorn==23.0.0\n",
            "backend/requirements/dev.txt": "-r base.txt\npytest-django==4.9.0\npytest==8.3.3\n",
            "backend/acme/settings.py": (
                "DATABASES = {\n    'default': {\n        'ENGINE':"
                " 'django.db.backends.postgresql',\n"
                "        'NAME': 'acme',\n    }\n}\n"
            ),
            "backend/acme/wsgi.py": (
                "from django.core.wsgi import get_wsgi_application\n\n"
                "application = get_wsgi_application()\n"
            ),
            "backend/tests/test_views.py": "def test_ok():\n    assert True\n",
            "sdk/pyproject.toml": pyproject("acme-sdk", ["httpx>=0.27", "pydantic>=2.9"]),
            "sdk/src/acme_sdk/__init__.py": "import httpx\n",
            "docker/nginx/Dockerfile": "FROM nginx:1.27\n",
        },
        {"backend": backend("Django", "==5.1.2", "Django ORM", "PostgreSQL", "pytest")},
    ),
    layout(
        "python-poetry-app-with-django-plugin-package",
        {
            "pyproject.toml": (
                '[tool.poetry]\nname = "acme"\nversion = "1.0.0"\npackage-mode = false\n\n'
                '[tool.poetry.dependencies]\npython = "^3.12"\nflask = "3.0.3"\n'
                'flask-sqlalchemy = "^3.1"\npymysql = "^1.1"\n\n'
                '[tool.poetry.group.dev.dependencies]\npytest = "^8.3"\n'
            ),
            "app.py": (
                "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
                "app = Flask(__name__)\ndb = SQLAlchemy(app)\n"
            ),
            "tests/test_app.py": "def test_ok():\n    assert True\n",
            "plugins/acme-flask-auth/pyproject.toml": pyproject("acme-flask-auth", ["flask>=3.0"]),
            "plugins/acme-flask-auth/acme_flask_auth/__init__.py": (
                "from flask import Blueprint\n\nbp = Blueprint('auth', __name__)\n"
            ),
        },
        {".": backend("Flask", "3.0.3", "SQLAlchemy", "MySQL", "pytest")},
    ),
]

# --- Ruby ----------------------------------------------------------------------------------

RAILS_GEMFILE = (
    "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.2.1'\ngem 'pg', '~> 1.5'\n"
    "gem 'puma', '>= 5.0'\ngem 'billing', path: 'engines/billing'\n\n"
    "group :development, :test do\n  gem 'rspec-rails', '~> 7.0'\nend\n"
)
RAILS_FILES = {
    "Gemfile": RAILS_GEMFILE,
    "config/application.rb": (
        "require_relative 'boot'\nrequire 'rails/all'\n\nmodule Acme\n"
        "  class Application < Rails::Application\n  end\nend\n"
    ),
    "config/database.yml": "production:\n  adapter: postgresql\n  database: acme\n",
    "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
    "spec/models/user_spec.rb": "require 'rails_helper'\n\nRSpec.describe User do\nend\n",
}
ENGINE = {
    "engines/billing/billing.gemspec": (
        "Gem::Specification.new do |spec|\n  spec.name = 'billing'\n  spec.version = '0.1.0'\n"
        "  spec.add_dependency 'rails', '>= 7.2'\nend\n"
    ),
    "engines/billing/Gemfile": "source 'https://rubygems.org'\ngemspec\n",
    "engines/billing/lib/billing/engine.rb": (
        "module Billing\n  class Engine < ::Rails::Engine\n    isolate_namespace Billing\n"
        "  end\nend\n"
    ),
}
RAILS = backend("Rails", "~> 7.2.1", "ActiveRecord", "PostgreSQL", "RSpec")

RUBY = [
    layout("rails-app-with-engines", {**RAILS_FILES, **ENGINE}, {".": RAILS}),
    layout(
        "rails-app-with-components-and-gem",
        {
            **RAILS_FILES,
            "Gemfile": RAILS_GEMFILE.replace("engines/billing", "components/billing")
            + "gem 'acme-client', path: 'gems/acme-client'\n",
            **{k.replace("engines/", "components/"): v for k, v in ENGINE.items()},
            "gems/acme-client/acme-client.gemspec": (
                "Gem::Specification.new do |spec|\n  spec.name = 'acme-client'\n"
                "  spec.add_dependency 'faraday', '~> 2.12'\nend\n"
            ),
            "gems/acme-client/lib/acme/client.rb": "require 'faraday'\n",
        },
        {".": RAILS},
    ),
    layout(
        "rails-engine-without-gemfile",
        {
            **RAILS_FILES,
            "engines/billing/billing.gemspec": ENGINE["engines/billing/billing.gemspec"],
            "engines/billing/lib/billing/engine.rb": ENGINE[
                "engines/billing/lib/billing/engine.rb"
            ],
            "engines/billing/app/models/billing/invoice.rb": (
                "module Billing\n  class Invoice < ApplicationRecord\n  end\nend\n"
            ),
        },
        {".": RAILS},
    ),
]

# --- PHP -----------------------------------------------------------------------------------

LARAVEL = {
    "composer.json": composer(
        "acme/app",
        {"php": "^8.2", "laravel/framework": "^11.9", "acme/blog": "*"},
        {"phpunit/phpunit": "^11.0.1"},
        repositories=[{"type": "path", "url": "packages/*"}],
    ),
    "artisan": "#!/usr/bin/env php\n<?php\n",
    "public/index.php": "<?php\n\nuse Illuminate\\Http\\Request;\n",
    "config/database.php": (
        "<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'pgsql'),\n];\n"
    ),
    "tests/Feature/ExampleTest.php": (
        "<?php\n\nnamespace Tests\\Feature;\n\nuse Tests\\TestCase;\n\n"
        "class ExampleTest extends TestCase\n{\n}\n"
    ),
}
LARAVEL_APP = backend("Laravel", "^11.9", "Eloquent", "PostgreSQL", "PHPUnit")

PHP = [
    layout(
        "laravel-with-path-packages",
        {
            **LARAVEL,
            "packages/blog/composer.json": composer(
                "acme/blog",
                {"php": "^8.2", "illuminate/support": "^11.0"},
                type="library",
                autoload={"psr-4": {"Acme\\Blog\\": "src/"}},
            ),
            "packages/blog/src/BlogServiceProvider.php": (
                "<?php\n\nnamespace Acme\\Blog;\n\nuse Illuminate\\Support\\ServiceProvider;\n\n"
                "class BlogServiceProvider extends ServiceProvider\n{\n}\n"
            ),
        },
        {".": LARAVEL_APP},
    ),
    layout(
        "symfony-app-beside-bundle-library",
        {
            "app/composer.json": composer(
                "acme/app",
                {
                    "php": ">=8.2",
                    "symfony/framework-bundle": "7.1.*",
                    "doctrine/orm": "^3.2",
                    "doctrine/doctrine-bundle": "^2.13",
                },
                {"phpunit/phpunit": "^11.3"},
                extra={"symfony": {"require": "7.1.*"}},
            ),
            "app/public/index.php": (
                "<?php\n\nuse App\\Kernel;\n\nrequire_once dirname(__DIR__)"
                ".'/vendor/autoload_runtime.php';\n\nreturn function (array $context) {\n"
                "    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n"
            ),
            "app/src/Kernel.php": (
                "<?php\n\nnamespace App;\n\nuse"
                " Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;"
                "\nuse Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
                "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
            ),
            "app/config/packages/doctrine.yaml": (
                "doctrine:\n    dbal:\n        url: '%env(resolve:DATABASE_URL)%'\n"
            ),
            "app/.env": 'DATABASE_URL="postgresql://app:pw@127.0.0.1:5432/app?serverVersion=16"\n',
            "app/tests/KernelTest.php": (
                "<?php\n\nuse PHPUnit\\Framework\\TestCase;\n\nclass KernelTest extends TestCase"
                " {}\n"
            ),
            "bundles/AcmeAuthBundle/composer.json": composer(
                "acme/auth-bundle",
                {
                    "php": ">=8.2",
                    "symfony/framework-bundle": "^7.0",
                    "symfony/security-bundle": "^7.0",
                },
                type="symfony-bundle",
            ),
            "bundles/AcmeAuthBundle/src/AcmeAuthBundle.php": (
                "<?php\n\nnamespace Acme\\AuthBundle;\n\nuse"
                " Symfony\\Component\\HttpKernel\\Bundle\\"
                "Bundle;\n\nclass AcmeAuthBundle extends Bundle {}\n"
            ),
        },
        {"app": backend("Symfony", "7.1.*", "Doctrine", "PostgreSQL", "PHPUnit")},
    ),
]


# --- second batch: shapes beside the main ones ------------------------------------------------

BOOT_ALL = (
    "plugins {\n    id 'org.springframework.boot' version '3.3.5' apply false\n"
    "    id 'io.spring.dependency-management' version '1.1.6' apply false\n}\n\n"
    "subprojects {\n    apply plugin: 'java'\n    apply plugin: 'org.springframework.boot'\n"
    "    apply plugin: 'io.spring.dependency-management'\n\n    dependencies {\n"
    "        implementation 'org.springframework.boot:spring-boot-starter'\n"
    "        testImplementation 'org.springframework.boot:spring-boot-starter-test'\n"
    "    }\n}\n"
)
MICRONAUT_MAIN = (
    "package com.acme;\n\nimport io.micronaut.runtime.Micronaut;\n\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        Micronaut.run(Application.class, args);\n    }\n}\n"
)
MICRONAUT_TEST = (
    "package com.acme;\n\nimport io.micronaut.test.extensions.junit5.annotation.MicronautTest;\n"
    "import org.junit.jupiter.api.Test;\n\n@MicronautTest\nclass ApplicationTest {\n"
    "    @Test\n    void runs() {}\n}\n"
)
NEXT_PRISMA_ROUTE = (
    "import { PrismaClient } from '@prisma/client';\n\nconst prisma = new PrismaClient();\n\n"
    "export async function GET() {\n  return Response.json(await prisma.user.findMany());\n}\n"
)

SECOND = [
    layout(
        "gradle-boot-plugin-on-every-subproject-bootjar-off-in-libraries",
        {
            "settings.gradle": "rootProject.name = 'acme'\ninclude 'acme-common', 'acme-core', "
            "'acme-app'\n",
            "build.gradle": BOOT_ALL,
            "acme-common/build.gradle": "bootJar { enabled = false }\njar { enabled = true }\n",
            "acme-common/src/main/java/com/acme/common/Strings.java": "package com.acme.common;\n",
            "acme-core/build.gradle": (
                "bootJar { enabled = false }\njar { enabled = true }\n\ndependencies {\n"
                "    api project(':acme-common')\n"
                "    api 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
                "    runtimeOnly 'org.postgresql:postgresql'\n}\n"
            ),
            "acme-core/src/main/java/com/acme/core/UserRepository.java": JPA_REPO,
            "acme-app/build.gradle": (
                "dependencies {\n    implementation project(':acme-core')\n"
                "    implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n"
            ),
            f"acme-app/{JAVA}AcmeApplication.java": BOOT_MAIN,
            "acme-app/src/main/resources/application.yml": PG_YML,
            "acme-app/src/test/java/com/acme/AcmeApplicationTests.java": BOOT_TEST,
        },
        {"acme-app": SPRING},
    ),
    layout(
        "gradle-micronaut-application-and-library-plugins",
        {
            "settings.gradle.kts": 'rootProject.name = "acme"\ninclude("app", "data")\n',
            "gradle.properties": "micronautVersion=4.6.3\n",
            "data/build.gradle.kts": (
                'plugins {\n    id("io.micronaut.library") version "4.4.2"\n}\n\ndependencies {\n'
                '    implementation("io.micronaut.data:micronaut-data-jdbc")\n'
                '    runtimeOnly("org.postgresql:postgresql")\n}\n'
            ),
            "data/src/main/java/com/acme/data/UserRepository.java": (
                "package com.acme.data;\n\nimport"
                " io.micronaut.data.jdbc.annotation.JdbcRepository;\n"
                "\n@JdbcRepository\npublic interface UserRepository {}\n"
            ),
            "app/build.gradle.kts": (
                'plugins {\n    id("io.micronaut.application") version "4.4.2"\n}\n\n'
                'application {\n    mainClass = "com.acme.Application"\n}\n\ndependencies {\n'
                '    implementation(project(":data"))\n   '
                ' implementation("io.micronaut:micronaut-http-server-netty")\n'
                '    testImplementation("io.micronaut.test:micronaut-test-junit5")\n}\n'
            ),
            f"app/{JAVA}Application.java": MICRONAUT_MAIN,
            "app/src/test/java/com/acme/ApplicationTest.java": MICRONAUT_TEST,
            "app/src/main/resources/application.yml": (
                "datasources:\n  default:\n    url: jdbc:postgresql://localhost:5432/acme\n"
            ),
        },
        {"app": backend("Micronaut", "4.6.3", "Micronaut Data JDBC", "PostgreSQL", "JUnit")},
    ),
    layout(
        "maven-nested-aggregator-backend-folder",
        {
            "pom.xml": pom("acme", packaging="pom", modules=("backend",)),
            "backend/pom.xml": pom(
                "acme-backend",
                BOOT_BOM,
                packaging="pom",
                parent=parent("acme"),
                modules=("acme-common", "acme-core", "acme-server"),
            ),
            **{f"backend/{k}": v for k, v in MAVEN_MULTI.items() if k != "pom.xml"},
            "frontend/package.json": package_json(
                "acme-ui",
                {"react": "18.3.1", "react-dom": "18.3.1"},
                {"vite": "^5.4.8"},
                scripts={"dev": "vite", "build": "vite build"},
            ),
            "frontend/src/main.tsx": "import React from 'react';\n",
        },
        {"backend/acme-server": SPRING},
    ),
    layout(
        "node-root-ui-with-server-folder",
        {
            "package.json": package_json(
                "acme-ui",
                {"react": "18.3.1", "react-dom": "18.3.1", "axios": "^1.7.7"},
                {"vite": "^5.4.8", "vitest": "^2.1.2"},
                scripts={"dev": "vite", "build": "vite build", "test": "vitest"},
            ),
            "src/main.tsx": "import React from 'react';\n",
            "index.html": '<div id="root"></div>\n',
            "server/package.json": package_json(
                "acme-server",
                {"express": "^4.21.0", "pg": "^8.13.0"},
                {"jest": "^29.7.0"},
                scripts={"start": "node index.js", "test": "jest"},
            ),
            "server/index.js": EXPRESS_SERVER.replace(
                "import express from 'express';", "const express = require('express');"
            ),
            "server/db.js": "const { Pool } = require('pg');\n\nmodule.exports = new Pool();\n",
            # A test file: the runner, declared, runs something (`testless_node`).
            "server/db.test.js": "test('ok', () => {});\n",
        },
        {"server": backend("Express", "^4.21.0", "pg", "PostgreSQL", "Jest")},
    ),
    layout(
        "node-next-app-with-prisma-route-handlers",
        {
            "package.json": package_json(
                "acme",
                {
                    "next": "14.2.15",
                    "react": "18.3.1",
                    "react-dom": "18.3.1",
                    "@prisma/client": "^5.20.0",
                },
                {"prisma": "^5.20.0", "jest": "^29.7.0"},
                scripts={
                    "dev": "next dev",
                    "build": "next build",
                    "start": "next start",
                    "test": "jest",
                },
            ),
            "next.config.mjs": "export default {};\n",
            "prisma/schema.prisma": PRISMA_SCHEMA,
            "app/api/users/route.ts": NEXT_PRISMA_ROUTE,
            "app/page.tsx": "export default function Page() {\n  return <main />;\n}\n",
            # A test file: the runner, declared, runs something (`testless_node`).
            "app/api/users/route.test.ts": "test('ok', () => {});\n",
        },
        {".": backend("Next.js", "14.2.15", "Prisma", "PostgreSQL", "Jest")},
    ),
    layout(
        "node-api-beside-queue-worker-package",
        {
            **TURBO_ROOT,
            **DB_PACKAGE,
            **NEST_API,
            "apps/worker/package.json": package_json(
                "@acme/worker",
                {"bullmq": "^5.15.0", "@acme/db": "workspace:*"},
                scripts={"start": "node dist/index.js"},
            ),
            "apps/worker/src/index.ts": (
                "import { Worker } from 'bullmq';\nimport { prisma } from '@acme/db';\n\n"
                "new Worker('emails', async () => prisma.user.count());\n"
            ),
        },
        {"apps/api": NEST},
    ),
    layout(
        "node-root-server-with-plugin-workspaces",
        {
            "package.json": package_json(
                "acme",
                {"fastify": "^4.28.1", "@fastify/postgres": "^5.2.2", "pg": "^8.13.0"},
                {"tap": "^21.0.1"},
                workspaces=["plugins/*"],
                scripts={"start": "node server.js", "test": "tap"},
            ),
            "server.js": (
                "const fastify = require('fastify')({ logger: true });\n\n"
                "fastify.register(require('@fastify/postgres'));\nfastify.listen({ port: 3000 });\n"
            ),
            "plugins/auth/package.json": package_json(
                "@acme/plugin-auth",
                {"fastify-plugin": "^5.0.1"},
                {"fastify": "^4.28.1"},
                main="index.js",
            ),
            "plugins/auth/index.js": (
                "const fp = require('fastify-plugin');\n\nmodule.exports = fp(async (fastify) =>"
                " {\n"
                "  fastify.decorate('auth', () => true);\n});\n"
            ),
            # A test file: the runner, declared, runs something (`testless_node`).
            "test/server.test.js": "test('ok', () => {});\n",
        },
        {".": backend("Fastify", "^4.28.1", "pg", "PostgreSQL", "tap")},
    ),
    layout(
        "dotnet-hosted-blazor-server-client-shared",
        {
            "Acme.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
            "Server/Acme.Server.csproj": csproj(
                "Microsoft.NET.Sdk.Web",
                pkg("Microsoft.AspNetCore.Components.WebAssembly.Server"),
                pkg("Microsoft.EntityFrameworkCore.SqlServer"),
                ref("../Client/Acme.Client.csproj"),
                ref("../Shared/Acme.Shared.csproj"),
            ),
            "Server/Program.cs": NET_MAIN,
            "Client/Acme.Client.csproj": csproj(
                "Microsoft.NET.Sdk.BlazorWebAssembly",
                pkg("Microsoft.AspNetCore.Components.WebAssembly"),
                ref("../Shared/Acme.Shared.csproj"),
            ),
            "Client/Program.cs": (
                "var builder = WebAssemblyHostBuilder.CreateDefault(args);\n"
                "await builder.Build().RunAsync();\n"
            ),
            "Shared/Acme.Shared.csproj": csproj("Microsoft.NET.Sdk"),
            "Shared/User.cs": "namespace Acme.Shared;\n\npublic record User(int Id);\n",
        },
        {"Server": backend("ASP.NET Core", "8.0.10", "EF Core", "SQL Server")},
    ),
    layout(
        "python-app-beside-docker-helper-image",
        {
            "requirements.txt": "flask==3.0.3\nflask-sqlalchemy==3.1.1\npsycopg2-binary==2.9.9\n",
            "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
            "Dockerfile": "FROM python:3.12-slim\n",
            "docker/healthcheck/requirements.txt": "flask==3.0.3\n",
            "docker/healthcheck/server.py": (
                "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get('/healthz')\n"
                "def ok():\n    return 'ok'\n"
            ),
        },
        {".": backend("Flask", "==3.0.3", "SQLAlchemy", "PostgreSQL")},
    ),
    layout(
        "kotlin-multiplatform-ktor-server-and-shared-client",
        {
            "settings.gradle.kts": 'rootProject.name = "acme"\ninclude(":server", ":shared", '
            '":composeApp")\n',
            "gradle/libs.versions.toml": CATALOG + ("\n[libraries.extra]\n" if False else ""),
            "build.gradle.kts": "plugins {\n    alias(libs.plugins.ktor) apply false\n}\n",
            "shared/build.gradle.kts": (
                'plugins {\n    kotlin("multiplatform")\n}\n\nkotlin {\n    sourceSets {\n'
                "        commonMain.dependencies {\n"
                '            implementation("io.ktor:ktor-client-core:2.3.12")\n        }\n'
                "    }\n}\n"
            ),
            "shared/src/commonMain/kotlin/com/acme/Api.kt": (
                "package com.acme\n\nimport io.ktor.client.*\n\nval client = HttpClient()\n"
            ),
            "composeApp/build.gradle.kts": (
                'plugins {\n    kotlin("multiplatform")\n    id("org.jetbrains.compose")\n}\n\n'
                "kotlin {\n    sourceSets {\n        commonMain.dependencies {\n"
                "            implementation(projects.shared)\n        }\n    }\n}\n"
            ),
            "composeApp/src/commonMain/kotlin/com/acme/App.kt": (
                "package com.acme\n\nimport androidx.compose.runtime.Composable\n\n"
                "@Composable\nfun App() {}\n"
            ),
            "server/build.gradle.kts": (
                'plugins {\n    kotlin("jvm")\n    alias(libs.plugins.ktor)\n    application\n}\n\n'
                "dependencies {\n    implementation(projects.shared)\n"
                "    implementation(libs.ktor.server.core)\n   "
                " implementation(libs.ktor.server.netty)\n"
                "    implementation(libs.exposed.core)\n    implementation(libs.exposed.jdbc)\n"
                "    implementation(libs.postgresql)\n    testImplementation(libs.kotlin.test)\n}\n"
            ),
            "server/src/main/kotlin/com/acme/Application.kt": KTOR_MAIN,
            "server/src/test/kotlin/com/acme/ApplicationTest.kt": KOTLIN_TEST,
        },
        {"server": backend("Ktor", "2.3.12", "Exposed", "PostgreSQL", "kotlin.test")},
    ),
    layout(
        "cargo-root-package-with-migration-and-entity-crates",
        {
            "Cargo.toml": (
                '[package]\nname = "acme"\nversion = "0.1.0"\nedition = "2021"\n\n[workspace]\n'
                'members = [".", "entity", "migration"]\n\n[dependencies]\naxum = "0.7.7"\n'
                'tokio = { version = "1", features = ["full"] }\nentity = { path = "entity" }\n'
                'migration = { path = "migration" }\nsea-orm = { version = "1.0.1", features = '
                '["sqlx-postgres", "runtime-tokio-rustls"] }\n'
            ),
            "src/main.rs": AXUM_MAIN,
            "entity/Cargo.toml": crate("entity", 'sea-orm = "1.0.1"'),
            "entity/src/lib.rs": "pub mod user;\n",
            "migration/Cargo.toml": crate(
                "migration",
                'async-std = { version = "1", features = ["attributes"] }',
                'sea-orm-migration = { version = "1.0.1", features = ["sqlx-postgres"] }',
            ),
            "migration/src/main.rs": (
                "use sea_orm_migration::prelude::*;\n\n#[async_std::main]\nasync fn main() {\n"
                "    cli::run_cli(migration::Migrator).await;\n}\n"
            ),
            "migration/src/lib.rs": "pub use sea_orm_migration::prelude::*;\npub struct"
            " Migrator;\n",
        },
        {".": backend("Axum", "0.7.7", "SeaORM", "PostgreSQL")},
    ),
    layout(
        "laravel-in-backend-folder-beside-vue-frontend",
        {
            **{f"backend/{k}": v for k, v in LARAVEL.items()},
            "backend/composer.json": composer(
                "acme/app",
                {"php": "^8.2", "laravel/framework": "^11.9"},
                {"phpunit/phpunit": "^11.0.1"},
            ),
            "backend/package.json": package_json(
                "acme-backend",
                dev={"vite": "^5.4.8", "laravel-vite-plugin": "^1.0.5"},
                scripts={"build": "vite build"},
            ),
            "frontend/package.json": package_json(
                "acme-frontend",
                {"vue": "^3.5.11", "axios": "^1.7.7"},
                {"vite": "^5.4.8"},
                scripts={"dev": "vite", "build": "vite build"},
            ),
            "frontend/src/main.ts": "import { createApp } from 'vue';\n",
        },
        {"backend": LARAVEL_APP},
    ),
]


# --- third batch: versions and tests kept elsewhere ------------------------------------------

NEST_WORKER = (
    "import { NestFactory } from '@nestjs/core';\nimport { WorkerModule } from './worker.module';"
    "\n\nasync function bootstrap() {\n"
    "  const app = await NestFactory.createApplicationContext(WorkerModule);\n  await app.init();\n"
    "}\nbootstrap();\n"
)

THIRD = [
    layout(
        "maven-tests-in-a-sibling-test-module",
        {
            **MAVEN_MULTI,
            "pom.xml": reactor("acme-common", "acme-core", "acme-server", "acme-tests"),
            "acme-server/pom.xml": pom(
                "acme-server",
                deps(
                    dep(BOOT, "spring-boot-starter-web"),
                    dep("com.acme", "acme-core", version="${project.version}"),
                ),
                parent=parent(),
            ),
            "acme-server/src/test/java/com/acme/AcmeApplicationTests.java": None,
            "acme-tests/pom.xml": pom(
                "acme-tests",
                deps(
                    dep("com.acme", "acme-server", version="${project.version}"),
                    dep(BOOT, "spring-boot-starter-test", "test"),
                    dep("io.rest-assured", "rest-assured", "test"),
                ),
                parent=parent(),
            ),
            "acme-tests/src/test/java/com/acme/tests/ApiTest.java": BOOT_TEST.replace(
                "package com.acme;", "package com.acme.tests;"
            ),
        },
        {"acme-server": SPRING},
    ),
    layout(
        "gradle-buildscript-ext-version-and-subprojects-plugin",
        {
            "settings.gradle": "include 'acme-core', 'acme-web'\n",
            "build.gradle": (
                "buildscript {\n    ext {\n        springBootVersion = '2.7.18'\n    }\n"
                "    repositories { mavenCentral() }\n    dependencies {\n"
                '        classpath("org.springframework.boot:spring-boot-gradle-plugin:'
                "${springBootVersion}\")\n    }\n}\n\nsubprojects {\n    apply plugin: 'java'\n"
                "    apply plugin: 'org.springframework.boot'\n"
                "    apply plugin: 'io.spring.dependency-management'\n}\n"
            ),
            "acme-core/build.gradle": (
                "bootJar.enabled = false\njar.enabled = true\n\ndependencies {\n"
                "    api 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
                "    runtimeOnly 'org.postgresql:postgresql'\n}\n"
            ),
            "acme-core/src/main/java/com/acme/core/UserRepository.java": JPA_REPO,
            "acme-web/build.gradle": (
                "dependencies {\n    implementation project(':acme-core')\n"
                "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
                "    testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
            ),
            f"acme-web/{JAVA}AcmeApplication.java": BOOT_MAIN,
            "acme-web/src/main/resources/application.yml": PG_YML,
            "acme-web/src/test/java/com/acme/AcmeApplicationTests.java": BOOT_TEST,
        },
        {"acme-web": backend("Spring Boot", "2.7.18", "JPA / Hibernate", "PostgreSQL", "JUnit")},
    ),
    layout(
        "nest-monorepo-mode-api-worker-and-library",
        {
            "package.json": package_json(
                "acme",
                {
                    "@nestjs/common": "^10.4.4",
                    "@nestjs/core": "^10.4.4",
                    "@nestjs/platform-express": "^10.4.4",
                    "@nestjs/typeorm": "^10.0.2",
                    "typeorm": "^0.3.20",
                    "pg": "^8.13.0",
                },
                {"@nestjs/cli": "^10.4.5", "jest": "^29.7.0"},
                scripts={"start:prod": "node dist/apps/api/main", "test": "jest"},
            ),
            "nest-cli.json": (
                '{\n  "monorepo": true,\n  "root": "apps/api",\n  "projects": {\n'
                '    "api": {"type": "application", "root": "apps/api"},\n'
                '    "worker": {"type": "application", "root": "apps/worker"},\n'
                '    "database": {"type": "library", "root": "libs/database"}\n  }\n}\n'
            ),
            "apps/api/src/main.ts": NEST_MAIN,
            "apps/api/src/app.controller.spec.ts": "describe('api', () => { it('ok', () => {});"
            " });\n",
            "apps/worker/src/main.ts": NEST_WORKER,
            "libs/database/src/database.module.ts": (
                "import { TypeOrmModule } from '@nestjs/typeorm';\n\n"
                "export const Database = TypeOrmModule.forRoot({ type: 'postgres' });\n"
            ),
        },
        {".": backend("NestJS", "^10.4.4", "TypeORM", "PostgreSQL", "Jest")},
    ),
    layout(
        "node-workspace-tests-run-from-the-roots-jest",
        {
            "package.json": package_json(
                "acme",
                dev={"jest": "^29.7.0", "ts-jest": "^29.2.5", "turbo": "^2.1.3"},
                workspaces=["apps/*"],
                scripts={"test": "jest"},
            ),
            "jest.config.js": "module.exports = { projects: ['<rootDir>/apps/*'] };\n",
            "apps/api/package.json": package_json(
                "@acme/api",
                {"express": "^4.21.0", "mongoose": "^8.7.0"},
                scripts={"start": "node src/index.js", "test": "jest"},
            ),
            "apps/api/src/index.js": EXPRESS_SERVER.replace(
                "import express from 'express';", "const express = require('express');"
            ),
            "apps/api/src/index.test.js": (
                "describe('api', () => {\n  it('starts', () => {\n    expect(1).toBe(1);\n"
                "  });\n});\n"
            ),
        },
        {"apps/api": backend("Express", "^4.21.0", "Mongoose", "MongoDB", "Jest")},
    ),
    layout(
        "python-django-under-src-with-root-pyproject",
        {
            "pyproject.toml": pyproject(
                "acme",
                ["django==5.1.2", "psycopg[binary]>=3.2"],
                ["pytest-django>=4.9", "pytest>=8.3"],
                '\n[tool.pytest.ini_options]\nDJANGO_SETTINGS_MODULE = "acme.settings"\n',
            ),
            "src/manage.py": (
                "import os\nimport sys\n\nif __name__ == '__main__':\n"
                "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'acme.settings')\n"
                "    from django.core.management import execute_from_command_line\n"
                "    execute_from_command_line(sys.argv)\n"
            ),
            "src/acme/settings.py": (
                "DATABASES = {\n    'default': {\n        'ENGINE':"
                " 'django.db.backends.postgresql',\n"
                "    }\n}\n"
            ),
            "src/acme/urls.py": "from django.urls import path\n\nurlpatterns = []\n",
            "src/users/tests.py": "from django.test import TestCase\n\nclass T(TestCase):\n   "
            " pass\n",
        },
        {".": backend("Django", "==5.1.2", "Django ORM", "PostgreSQL", "pytest")},
    ),
    layout(
        "python-poetry-app-with-path-library",
        {
            "apps/api/pyproject.toml": (
                '[tool.poetry]\nname = "acme-api"\nversion = "1.0.0"\n\n'
                '[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "0.115.0"\n'
                'uvicorn = "^0.30"\nacme-common = { path = "../../libs/common", develop = true }\n'
                "\n"
                '[tool.poetry.group.dev.dependencies]\npytest = "^8.3"\n'
            ),
            "apps/api/acme_api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
            "apps/api/tests/test_main.py": "def test_ok():\n    assert True\n",
            "libs/common/pyproject.toml": (
                '[tool.poetry]\nname = "acme-common"\nversion = "1.0.0"\n\n'
                '[tool.poetry.dependencies]\npython = "^3.12"\nsqlalchemy = "^2.0"\n'
                'asyncpg = "^0.29"\n'
            ),
            "libs/common/acme_common/db.py": (
                "from sqlalchemy.ext.asyncio import create_async_engine\n\n"
                "engine = create_async_engine('postgresql+asyncpg://localhost/acme')\n"
            ),
        },
        {"apps/api": backend("FastAPI", "0.115.0", "SQLAlchemy", "PostgreSQL", "pytest")},
    ),
    layout(
        "laravel-with-module-packages",
        {
            **LARAVEL,
            "composer.json": composer(
                "acme/app",
                {"php": "^8.2", "laravel/framework": "^11.9", "nwidart/laravel-modules": "^11.1"},
                {"phpunit/phpunit": "^11.0.1"},
                extra={"merge-plugin": {"include": ["Modules/*/composer.json"]}},
            ),
            "Modules/Blog/composer.json": composer(
                "acme/blog-module", {}, autoload={"psr-4": {"Modules\\Blog\\": "app/"}}
            ),
            "Modules/Blog/module.json": '{\n  "name": "Blog",\n  "providers": []\n}\n',
            "Modules/Blog/routes/api.php": (
                "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
                "Route::get('/posts', fn () => []);\n"
            ),
        },
        {".": LARAVEL_APP},
    ),
    layout(
        "rails-app-in-server-folder-beside-react-client",
        {
            **{f"server/{k}": v for k, v in RAILS_FILES.items()},
            "server/Gemfile": RAILS_GEMFILE.replace("gem 'billing', path: 'engines/billing'\n", ""),
            "client/package.json": package_json(
                "acme-client",
                {"react": "18.3.1", "react-dom": "18.3.1"},
                {"vite": "^5.4.8"},
                scripts={"dev": "vite"},
            ),
            "client/src/main.tsx": "import React from 'react';\n",
        },
        {"server": RAILS},
    ),
]


FOURTH = [
    layout(
        "maven-bootstrap-module-starting-web-and-dao-modules",
        {
            "pom.xml": reactor("acme-dao", "acme-web", "acme-bootstrap"),
            "acme-dao/pom.xml": pom(
                "acme-dao",
                deps(
                    dep("com.baomidou", "mybatis-plus-spring-boot3-starter", version="3.5.8"),
                    dep("com.mysql", "mysql-connector-j"),
                ),
                parent=parent(),
            ),
            "acme-dao/src/main/java/com/acme/dao/UserMapper.java": (
                "package com.acme.dao;\n\nimport"
                " com.baomidou.mybatisplus.core.mapper.BaseMapper;\n\n"
                "public interface UserMapper extends BaseMapper<Object> {}\n"
            ),
            "acme-web/pom.xml": pom(
                "acme-web",
                deps(
                    dep(BOOT, "spring-boot-starter-web"),
                    dep("com.acme", "acme-dao", version="${project.version}"),
                ),
                parent=parent(),
            ),
            "acme-web/src/main/java/com/acme/web/UserController.java": (
                "package com.acme.web;\n\nimport"
                " org.springframework.web.bind.annotation.RestController;"
                "\n\n@RestController\npublic class UserController {}\n"
            ),
            "acme-bootstrap/pom.xml": pom(
                "acme-bootstrap",
                deps(
                    dep("com.acme", "acme-web", version="${project.version}"),
                    dep(BOOT, "spring-boot-starter-test", "test"),
                )
                + "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
                "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n",
                parent=parent(),
            ),
            f"acme-bootstrap/{JAVA}AcmeApplication.java": BOOT_MAIN,
            "acme-bootstrap/src/main/resources/application.yml": (
                "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/acme\n"
            ),
            "acme-bootstrap/src/test/java/com/acme/AcmeApplicationTests.java": BOOT_TEST,
        },
        {"acme-bootstrap": backend("Spring Boot", "3.3.5", "MyBatis-Plus", "MySQL", "JUnit")},
    ),
    layout(
        "python-setup-cfg-src-package-app",
        {
            "setup.cfg": (
                "[metadata]\nname = acme\n\n[options]\npackage_dir =\n    = src\npackages = find:\n"
                "install_requires =\n    flask==3.0.3\n    flask-sqlalchemy>=3.1\n   "
                " psycopg2>=2.9\n\n"
                "[options.extras_require]\ntest =\n    pytest>=8.3\n"
            ),
            "setup.py": "from setuptools import setup\n\nsetup()\n",
            "src/acme/__init__.py": (
                "from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n"
                "    return app\n"
            ),
            "src/acme/wsgi.py": "from acme import create_app\n\napp = create_app()\n",
            "Dockerfile": "FROM python:3.12-slim\n",
            "tests/test_app.py": "import pytest\n\n\ndef test_ok():\n    assert True\n",
        },
        {".": backend("Flask", "==3.0.3", "SQLAlchemy", "PostgreSQL", "pytest")},
    ),
    layout(
        "go-backend-folder-with-tools-module-and-e2e-package",
        {
            "backend/go.mod": go_mod("github.com/acme/backend", GIN, *GORM),
            "backend/main.go": GIN_MAIN,
            "backend/store/store.go": GORM_DB,
            "backend/store/store_test.go": GO_TEST,
            "backend/tools/go.mod": go_mod(
                "github.com/acme/backend/tools", "github.com/sqlc-dev/sqlc v1.27.0"
            ),
            "backend/tools/tools.go": (
                "//go:build tools\n\npackage tools\n\nimport _"
                ' "github.com/sqlc-dev/sqlc/cmd/sqlc"\n'
            ),
            "e2e/package.json": package_json(
                "acme-e2e", dev={"@playwright/test": "^1.48.0"}, scripts={"test": "playwright test"}
            ),
            "e2e/tests/login.spec.ts": (
                "import { test } from '@playwright/test';\n\ntest('login', async () => {});\n"
            ),
            "web/package.json": package_json(
                "acme-web", {"svelte": "^4.2.19"}, {"vite": "^5.4.8"}, scripts={"dev": "vite"}
            ),
        },
        {"backend": backend("Gin", "v1.10.0", "GORM", "PostgreSQL", "go test")},
    ),
]


# --- fifth batch: probes after the first fixes ------------------------------------------------

STATIC_SERVER = (
    "const express = require('express');\nconst path = require('path');\n\n"
    "const app = express();\napp.use(express.static(path.join(__dirname, 'dist')));\n"
    "app.get('*', (_req, res) => res.sendFile(path.join(__dirname, 'dist', 'index.html')));\n"
    "app.listen(process.env.PORT || 8080);\n"
)
WEB_WITH_SERVER = {
    "web/package.json": package_json(
        "acme-web",
        {"react": "18.3.1", "react-dom": "18.3.1", "express": "^4.21.0"},
        {"vite": "^5.4.8"},
        scripts={"build": "vite build", "start": "node server.js"},
    ),
    "web/server.js": STATIC_SERVER,
    "web/src/main.tsx": "import React from 'react';\n",
    "web/Dockerfile": 'FROM node:20-alpine\nCMD ["node", "server.js"]\n',
}
API_SERVER = {
    "server/package.json": package_json(
        "acme-server",
        {"express": "^4.21.0", "pg": "^8.13.0"},
        {"jest": "^29.7.0"},
        scripts={"start": "node index.js", "test": "jest"},
    ),
    "server/index.js": EXPRESS_SERVER.replace(
        "import express from 'express';", "const express = require('express');"
    ),
    "server/db.js": "const { Pool } = require('pg');\n\nmodule.exports = new Pool();\n",
    # A test file: the runner, declared, runs something (`testless_node`).
    "server/db.test.js": "test('ok', () => {});\n",
}
PLATFORM_MODULE = (
    "plugins {\n    `java-platform`\n}\n\njavaPlatform { allowDependencies() }\n\n"
    "dependencies {\n"
    '    api(platform("org.springframework.boot:spring-boot-dependencies:3.3.5"))\n}\n'
)

FIFTH = [
    layout(
        "node-ui-package-serving-its-build-with-express-beside-the-api",
        {**WEB_WITH_SERVER, **API_SERVER},
        {"server": backend("Express", "^4.21.0", "pg", "PostgreSQL", "Jest")},
    ),
    layout(
        "maven-client-example-module-in-the-reactor",
        {
            **MAVEN_MULTI,
            "pom.xml": reactor(
                "acme-common", "acme-core", "acme-server", "acme-client", "acme-client-example"
            ),
            "acme-client/pom.xml": pom(
                "acme-client", deps(dep("org.springframework", "spring-web")), parent=parent()
            ),
            "acme-client-example/pom.xml": pom(
                "acme-client-example",
                deps(
                    dep(BOOT, "spring-boot-starter-web"),
                    dep("com.acme", "acme-client", version="${project.version}"),
                ),
                parent=parent(),
            ),
            "acme-client-example/src/main/java/com/acme/example/ExampleApplication.java": (
                BOOT_MAIN.replace("AcmeApplication", "ExampleApplication")
            ),
        },
        {"acme-server": SPRING},
    ),
    layout(
        "gradle-java-platform-module-imported-by-the-app",
        {
            **GRADLE_MULTI,
            "settings.gradle.kts": 'rootProject.name = "acme"\n\n'
            'include("platform", "common", "core", "server")\n',
            "build.gradle.kts": "allprojects {\n    repositories { mavenCentral() }\n}\n",
            "platform/build.gradle.kts": PLATFORM_MODULE,
            "core/build.gradle.kts": GRADLE_CORE.replace(
                "dependencies {\n", 'dependencies {\n    api(platform(project(":platform")))\n'
            ),
            "server/build.gradle.kts": (
                "plugins {\n    java\n    application\n}\n\ndependencies {\n"
                '    implementation(platform(project(":platform")))\n'
                '    implementation(project(":core"))\n'
                '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
                '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n}\n'
            ),
        },
        {"server": SPRING},
    ),
    layout(
        "pnpm-catalog-versions",
        {
            **TURBO_ROOT,
            **DB_PACKAGE,
            **NEST_API,
            "pnpm-workspace.yaml": TURBO_ROOT["pnpm-workspace.yaml"]
            + 'catalog:\n  "@nestjs/common": ^10.4.4\n\ncatalogs:\n  nest10:\n'
            '    "@nestjs/core": ^10.4.5\n',
            "apps/api/package.json": NEST_API["apps/api/package.json"]
            .replace('"@nestjs/common": "^10.4.4"', '"@nestjs/common": "catalog:"')
            .replace('"@nestjs/core": "^10.4.4"', '"@nestjs/core": "catalog:nest10"'),
        },
        {"apps/api": backend("NestJS", "^10.4.5", "Prisma", "PostgreSQL", "Jest")},
    ),
]


# --- sixth batch: parents and tests kept beside the service -----------------------------------

SIXTH = [
    layout(
        "maven-parent-module-beside-the-modules",
        {
            **MAVEN_MULTI,
            "pom.xml": pom(
                "acme",
                packaging="pom",
                modules=("acme-parent", "acme-common", "acme-core", "acme-server"),
            ),
            "acme-parent/pom.xml": pom("acme-parent", BOOT_BOM, packaging="pom"),
            **{
                path: MAVEN_MULTI[path].replace(
                    "  </parent>", "    <relativePath>../acme-parent/pom.xml</relativePath>\n"
                    "  </parent>"
                )
                for path in ("acme-common/pom.xml", "acme-core/pom.xml", "acme-server/pom.xml")
            },
        },
        {"acme-server": SPRING},
    ),
    layout(
        "cargo-test-crate-depending-on-the-server",
        {
            "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
            "crates/server/Cargo.toml": crate(
                "acme-server",
                'axum = "0.7.7"',
                'tokio = { version = "1", features = ["full"] }',
                'sqlx = { version = "0.8.2", features = ["postgres"] }',
            ),
            "crates/server/src/main.rs": AXUM_MAIN,
            "crates/api-tests/Cargo.toml": crate(
                "api-tests", 'acme-server = { path = "../server" }', 'reqwest = "0.12"'
            ),
            "crates/api-tests/tests/health.rs": (
                "#[tokio::test]\nasync fn health() {\n    assert!(true);\n}\n"
            ),
        },
        {"crates/server": backend("Axum", "0.7.7", "sqlx", "PostgreSQL", "cargo test")},
    ),
    layout(
        "python-backend-folder-tested-from-the-root",
        {
            "backend/pyproject.toml": pyproject(
                "acme", ["fastapi==0.115.0", "sqlalchemy>=2.0", "psycopg[binary]>=3.2"]
            ),
            "backend/acme/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
            "requirements-dev.txt": "pytest==8.3.3\nhttpx==0.27.2\n",
            "tests/test_api.py": "import pytest\n\n\ndef test_ok():\n    assert True\n",
            "frontend/package.json": package_json("acme-web", {"react-dom": "18.3.1"}),
        },
        {"backend": FASTAPI},
    ),
]


SEVENTH = [
    layout(
        "gradle-mavenbom-in-subprojects-without-the-boot-plugin",
        {
            **{k: v for k, v in GRADLE_MULTI.items() if not k.endswith(".gradle.kts")},
            "settings.gradle": "rootProject.name = 'acme'\ninclude 'common', 'core', 'server'\n",
            "build.gradle": (
                "subprojects {\n    apply plugin: 'java'\n"
                "    apply plugin: 'io.spring.dependency-management'\n\n"
                "    dependencyManagement {\n        imports {\n"
                '            mavenBom "org.springframework.boot:spring-boot-dependencies:3.3.5"\n'
                "        }\n    }\n}\n"
            ),
            "common/build.gradle.kts": GRADLE_MULTI["common/build.gradle.kts"],
            "core/build.gradle.kts": GRADLE_CORE,
            "server/build.gradle.kts": (
                "plugins {\n    application\n}\n\ndependencies {\n"
                '    implementation(project(":core"))\n'
                '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
                '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n}\n'
            ),
        },
        {"server": SPRING},
    ),
    layout(
        "go-e2e-test-module-requiring-the-app",
        {
            **{
                k: v
                for k, v in GO[0].values[0].items()
                if k != "internal/store/store_test.go"
            },
            "test/e2e/go.mod": go_mod(
                "github.com/acme/app/test/e2e",
                "github.com/acme/app v0.0.0",
                "github.com/stretchr/testify v1.9.0",
            )
            + "\nreplace github.com/acme/app => ../..\n",
            "test/e2e/api_test.go": (
                'package e2e\n\nimport (\n\t"testing"\n\n\t"github.com/stretchr/testify/require"\n'
                ")\n\nfunc TestAPI(t *testing.T) { require.True(t, true) }\n"
            ),
        },
        {".": backend("Gin", "v1.10.0", "GORM", "PostgreSQL", "go test")},
    ),
    layout(
        "php-phpunit-in-a-vendor-bin-namespace",
        {
            "composer.json": composer(
                "acme/app",
                {"php": ">=8.2", "symfony/framework-bundle": "7.1.*", "doctrine/orm": "^3.2"},
                {"bamarni/composer-bin-plugin": "^1.8"},
            ),
            "public/index.php": (
                "<?php\n\nuse App\\Kernel;\n\nreturn function (array $context) {\n"
                "    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n"
            ),
            "vendor-bin/phpunit/composer.json": composer(
                "acme/phpunit-bin", {"phpunit/phpunit": "^11.3"}
            ),
            "tests/KernelTest.php": (
                "<?php\n\nnamespace App\\Tests;\n\nclass KernelTest extends "
                "\\PHPUnit\\Framework\\TestCase {}\n"
            ),
        },
        {".": backend("Symfony", "7.1.*", "Doctrine", test="PHPUnit")},
    ),
]


QUARKUS_BOM = (
    "  <properties><quarkus.platform.version>3.15.1</quarkus.platform.version></properties>\n"
    "  <dependencyManagement><dependencies><dependency><groupId>io.quarkus.platform</groupId>"
    "<artifactId>quarkus-bom</artifactId><version>${quarkus.platform.version}</version>"
    "<type>pom</type><scope>import</scope></dependency></dependencies>"
    "</dependencyManagement>\n"
)
QUARKUS_PLUGIN = (
    "  <build><plugins><plugin><groupId>io.quarkus.platform</groupId>"
    "<artifactId>quarkus-maven-plugin</artifactId></plugin></plugins></build>\n"
)
QUARKUS_TEST = (
    "package com.acme;\n\nimport io.quarkus.test.junit.QuarkusTest;\n"
    "import org.junit.jupiter.api.Test;\n\n@QuarkusTest\nclass GreetingResourceTest {\n"
    "    @Test\n    void hello() {}\n}\n"
)
CONTROLLERS = "src/Acme.Api.Controllers/"

EIGHTH = [
    layout(
        "maven-quarkus-extension-runtime-and-deployment-beside-the-app",
        {
            "pom.xml": pom("acme-parent", QUARKUS_BOM, packaging="pom",
                           modules=("acme-ext", "acme-app")),
            "acme-ext/pom.xml": pom(
                "acme-ext", packaging="pom", parent=parent(), modules=("runtime", "deployment")
            ),
            "acme-ext/runtime/pom.xml": pom(
                "acme-ext-runtime",
                deps(dep("io.quarkus", "quarkus-arc"), dep("io.quarkus", "quarkus-rest")),
                parent=parent("acme-ext"),
            ),
            "acme-ext/runtime/src/main/java/com/acme/ext/AcmeRecorder.java": (
                "package com.acme.ext;\n\nimport io.quarkus.runtime.annotations.Recorder;\n\n"
                "@Recorder\npublic class AcmeRecorder {}\n"
            ),
            "acme-ext/deployment/pom.xml": pom(
                "acme-ext-deployment",
                deps(
                    dep("io.quarkus", "quarkus-arc-deployment"),
                    dep("io.quarkus", "quarkus-junit5-internal", "test"),
                ),
                parent=parent("acme-ext"),
            ),
            "acme-app/pom.xml": pom(
                "acme-app",
                deps(
                    dep("io.quarkus", "quarkus-rest"),
                    dep("io.quarkus", "quarkus-hibernate-orm-panache"),
                    dep("io.quarkus", "quarkus-jdbc-postgresql"),
                    dep("io.quarkus", "quarkus-junit5", "test"),
                )
                + QUARKUS_PLUGIN,
                parent=parent(),
            ),
            f"acme-app/{JAVA}GreetingResource.java": (
                'package com.acme;\n\nimport jakarta.ws.rs.Path;\n\n@Path("/hello")\n'
                "public class GreetingResource {}\n"
            ),
            "acme-app/src/main/resources/application.properties": (
                "quarkus.datasource.db-kind=postgresql\n"
            ),
            "acme-app/src/test/java/com/acme/GreetingResourceTest.java": QUARKUS_TEST,
        },
        {"acme-app": backend("Quarkus", "3.15.1", "JPA / Hibernate", "PostgreSQL", "JUnit")},
    ),
    layout(
        "dotnet-controllers-in-a-class-library",
        {
            **CLEAN,
            f"{CONTROLLERS}Acme.Api.Controllers.csproj": csproj(
                "Microsoft.NET.Sdk", '<FrameworkReference Include="Microsoft.AspNetCore.App" />',
                tfm="",
            ),
            f"{CONTROLLERS}UsersController.cs": (
                "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"users\")]\n"
                "public class UsersController : ControllerBase {}\n"
            ),
            "src/Acme.Api/Acme.Api.csproj": CLEAN["src/Acme.Api/Acme.Api.csproj"].replace(
                "</ItemGroup>",
                f'    {ref("../Acme.Api.Controllers/Acme.Api.Controllers.csproj")}\n  </ItemGroup>',
            ),
        },
        {"src/Acme.Api": NET_API},
    ),
]


# --- the check ------------------------------------------------------------------------------

_KINDS = {
    "framework": (K.FRAMEWORK,),
    "data": (K.ORM, K.QUERY),
    "engine": (K.DATABASE,),
    "test": (K.TEST,),
}


def _first(found: DetectedBackend, kinds: tuple[K, ...]) -> tuple[str, str]:
    return next(((f.name, f.version) for f in found.findings if f.kind in kinds), ("none", ""))


def summary(found: DetectedBackend) -> dict[str, str]:
    """What the audit compares of one backend: the first finding of each aspect."""
    name, version = _first(found, _KINDS["framework"])
    result = {"framework": name, "version": version}
    for aspect in ("data", "engine", "test"):
        result[aspect] = _first(found, _KINDS[aspect])[0]
    return result


LAYOUTS = [
    *MAVEN,
    *GRADLE,
    *NODE,
    *GO,
    *RUST,
    *DOTNET,
    *PYTHON,
    *RUBY,
    *PHP,
    *SECOND,
    *THIRD,
    *FOURTH,
    *FIFTH,
    *SIXTH,
    *SEVENTH,
    *EIGHTH,
]


@pytest.mark.parametrize(("files", "want"), LAYOUTS)
def test_layout_audit(tmp_path: Path, files: Files, want: Want) -> None:
    # A path given None is left out (a shared shape without one of its files).
    tree = {path: text for path, text in files.items() if text is not None}
    found = {b.folder: summary(b) for b in detect(write(tmp_path, tree)).backends}
    assert sorted(found) == sorted(want), found
    for folder, aspects in want.items():
        got = {aspect: found[folder][aspect] for aspect in aspects}
        assert got == aspects, folder


# --- controls: the shapes the fixes must leave alone -----------------------------------------


def _found(root: Path, files: Files) -> dict[str, dict[str, str]]:
    return {b.folder: summary(b) for b in detect(write(root, files)).backends}


def test_a_plugin_build_versions_only_its_own_builds_modules(tmp_path: Path) -> None:
    other = {
        f"billing/{path}": text
        for path, text in GRADLE_MULTI.items()
        if path.startswith(("server/", "settings"))
    }
    other["billing/settings.gradle.kts"] = 'rootProject.name = "billing"\ninclude("server")\n'
    other["billing/server/build.gradle.kts"] = GRADLE_SERVER.replace(
        'id("org.springframework.boot")', 'id("org.springframework.boot") version "3.1.12"'
    )
    files = {
        "acme/buildSrc/build.gradle.kts": (
            "plugins {\n    `kotlin-dsl`\n}\n\ndependencies {\n"
            '    implementation("org.springframework.boot:spring-boot-gradle-plugin:3.3.5")\n}\n'
        ),
        **{f"acme/{path}": text for path, text in GRADLE_MULTI.items()},
        **other,
    }
    found = _found(tmp_path, files)
    assert found["acme/server"]["version"] == "3.3.5"
    assert found["billing/server"]["version"] == "3.1.12"


def test_a_root_requirements_folder_keeps_the_root_project(tmp_path: Path) -> None:
    files = {
        "requirements/base.txt": "Django==5.1.2\n",
        "requirements/local.txt": "-r base.txt\npytest==8.3.3\n",
        "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 's')\n",
        "docs/requirements.txt": "sphinx==8.0.2\n",
    }
    assert list(_found(tmp_path, files)) == ["."]


def test_a_workspace_member_takes_only_the_data_of_members_it_depends_on(tmp_path: Path) -> None:
    layouts = {p.id: p.values[0] for p in LAYOUTS}
    files = dict(layouts["python-uv-workspace-service-and-library"])
    files["services/api/pyproject.toml"] = pyproject(
        "acme-api", ["fastapi==0.115.0", "uvicorn>=0.30"], ["unittest-xml-reporting>=3.2"]
    )
    found = _found(tmp_path, files)["services/api"]
    assert (found["data"], found["engine"]) == ("none", "none")


def test_a_workspace_member_keeps_its_own_test_tool(tmp_path: Path) -> None:
    layouts = {p.id: p.values[0] for p in LAYOUTS}
    files = dict(layouts["python-uv-workspace-service-and-library"])
    files["pyproject.toml"] = pyproject(
        "acme-workspace", [], ["nose2>=0.15"], '\n[tool.uv.workspace]\nmembers = ["services/*"]\n'
    )
    files["services/api/pyproject.toml"] += '\n[dependency-groups]\ndev = ["pytest>=8.3"]\n'
    assert _found(tmp_path, files)["services/api"]["test"] == "pytest"


def test_quarkus_takes_its_platform_version_property(tmp_path: Path) -> None:
    files = {
        "settings.gradle": "rootProject.name = 'acme'\n",
        "gradle.properties": (
            "quarkusPluginVersion=3.15.1\nquarkusPlatformGroupId=io.quarkus.platform\n"
            "quarkusPlatformArtifactId=quarkus-bom\nquarkusPlatformVersion=3.15.1.1\n"
        ),
        "build.gradle": (
            "plugins {\n    id 'java'\n    id 'io.quarkus' version \"${quarkusPluginVersion}\"\n"
            "}\n\n"
            'dependencies {\n    implementation enforcedPlatform("${quarkusPlatformGroupId}:'
            '${quarkusPlatformArtifactId}:${quarkusPlatformVersion}")\n'
            "    implementation 'io.quarkus:quarkus-rest'\n}\n"
        ),
        "src/main/java/com/acme/GreetingResource.java": (
            'package com.acme;\n\nimport jakarta.ws.rs.Path;\n\n@Path("/hello")\n'
            "public class GreetingResource {}\n"
        ),
    }
    found = _found(tmp_path, files)
    assert found["."]["framework"] == "Quarkus"
    assert found["."]["version"] == "3.15.1.1"


def test_micronaut_without_its_version_property_keeps_the_plugins(tmp_path: Path) -> None:
    layouts = {p.id: p.values[0] for p in LAYOUTS}
    files = dict(layouts["gradle-micronaut-application-and-library-plugins"])
    del files["gradle.properties"]
    assert _found(tmp_path, files)["app"]["version"] == "4.4.2"



def test_a_ui_package_whose_server_reaches_data_stays_a_backend(tmp_path: Path) -> None:
    files = dict(WEB_WITH_SERVER)
    files["web/package.json"] = files["web/package.json"].replace(
        '"express": "^4.21.0"', '"express": "^4.21.0",\n    "mongoose": "^8.7.0"'
    )
    files["web/server.js"] = "const mongoose = require('mongoose');\n" + STATIC_SERVER
    found = _found(tmp_path, files)
    assert list(found) == ["web"]
    assert (found["web"]["data"], found["web"]["engine"]) == ("Mongoose", "MongoDB")


def test_a_go_service_not_requiring_the_shared_module_keeps_no_data(tmp_path: Path) -> None:
    layouts = {p.id: p.values[0] for p in LAYOUTS}
    files = dict(layouts["go-work-services-and-shared-module"])
    files["services/orders/go.mod"] = go_mod("github.com/acme/orders", GIN)
    found = _found(tmp_path, files)
    assert found["services/orders"]["data"] == "none"
    assert found["services/users"]["data"] == "GORM"


def test_a_ui_package_whose_server_has_routes_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    files = dict(WEB_WITH_SERVER)
    files["web/server.js"] = STATIC_SERVER.replace(
        "app.get('*'", "app.post('/api/event', (req, res) => res.sendStatus(204));\napp.get('*'"
    )
    assert list(_found(tmp_path, files)) == ["web"]


def test_a_go_module_requiring_another_application_takes_none_of_its_stores(
    tmp_path: Path,
) -> None:
    files = {
        "go.mod": go_mod("github.com/acme/app", GIN, *GORM),
        "main.go": GIN_MAIN,
        "store/store.go": GORM_DB,
        "deploy/lambda/go.mod": go_mod(
            "github.com/acme/app/deploy/lambda",
            GIN,
            "github.com/acme/app v0.0.0",
            "github.com/akrylysov/algnhsa v1.1.0",
        )
        + "\nreplace github.com/acme/app => ../../\n",
        "deploy/lambda/main.go": GIN_MAIN,
        "deploy/lambda/Dockerfile": "FROM golang:1.22\n",
    }
    found = _found(tmp_path, files)
    assert (found["."]["data"], found["."]["engine"]) == ("GORM", "PostgreSQL")
    assert (found["deploy/lambda"]["data"], found["deploy/lambda"]["engine"]) == ("none", "none")



def test_a_browser_app_depending_on_its_apis_package_lends_it_no_tests(tmp_path: Path) -> None:
    files = {
        **TURBO_ROOT,
        **DB_PACKAGE,
        **NEST_API,
        "apps/api/package.json": NEST_API["apps/api/package.json"].replace(
            '"jest": "^29.7.0"', '"mocha": "^10.7.3"'
        ),
        "apps/web/package.json": package_json(
            "@acme/web",
            {"react": "18.3.1", "react-dom": "18.3.1", "@acme/api": "workspace:*"},
            {"vitest": "^2.1.2"},
            scripts={"test": "vitest"},
        ),
        "apps/web/src/App.test.tsx": "import { test } from 'vitest';\n\ntest('ok', () => {});\n",
    }
    assert _found(tmp_path, files)["apps/api"]["test"] == "Mocha"


def test_root_tests_beside_two_services_go_to_neither(tmp_path: Path) -> None:
    layouts = {p.id: p.values[0] for p in LAYOUTS}
    files = dict(layouts["python-backend-folder-tested-from-the-root"])
    files["worker/pyproject.toml"] = pyproject("acme-worker", ["flask==3.0.3"])
    files["worker/app.py"] = "from flask import Flask\n\napp = Flask(__name__)\n"
    found = _found(tmp_path, files)
    assert sorted(found) == ["backend", "worker"]
    assert found["backend"]["test"] == found["worker"]["test"] == "none"


def test_an_independent_build_beside_lends_no_plugin_version(tmp_path: Path) -> None:
    files = {
        **{f"backend/{path}": text for path, text in GRADLE_MULTI.items()},
        "gateway/settings.gradle": "rootProject.name = 'gateway'\n",
        "gateway/build.gradle": (
            "buildscript {\n    dependencies {\n"
            '        classpath("org.springframework.boot:spring-boot-gradle-plugin:3.1.12")\n'
            "    }\n}\n"
        ),
    }
    files["backend/build.gradle.kts"] = "allprojects {\n    repositories { mavenCentral() }\n}\n"
    assert _found(tmp_path, files)["backend/server"]["version"] != "3.1.12"
