"""Generic gaps the forty-eighth held-out set showed (benchmarks/detect_heldout48.yaml), each as a
small fixture of the real files' shape (#19): a Spring Boot build declaring Kotest beside JUnit
whose test files are mostly Kotest specs (syfomotebehov); a Gradle multi-project whose
`subprojects {}` block declares jOOQ for every module while the web module's queries live in a
sibling SQL module it uses (molgenis-emx2); an Express app over Sequelize's models keeping a
Knex instance for a few raw queries (pubpub); a Maven module named for the mock server it is
(OpenConext-myconext's tiqr-mock)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

# --- JVM: Kotest specs outnumbering the JUnit tests of a build declaring both ----------------

_GRADLE_KTS = (
    "plugins {\n"
    '    id("org.springframework.boot") version "4.1.0"\n'
    '    kotlin("jvm") version "2.4.0"\n'
    "}\n\n"
    "dependencies {\n"
    '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
    '    implementation("org.postgresql:postgresql:42.7.13")\n'
    '    testImplementation("org.junit.jupiter:junit-jupiter:6.1.3")\n'
    '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n'
    '    testImplementation("io.kotest:kotest-runner-junit5:6.2.4")\n'
    "}\n"
)

_APPLICATION = (
    "package no.acme\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
    "import org.springframework.boot.runApplication\n\n"
    "@SpringBootApplication\nclass Application\n\n"
    "fun main(args: Array<String>) {\n    runApplication<Application>(*args)\n}\n"
)

_SPEC = (
    "package no.acme\n\n"
    "import io.kotest.core.spec.style.DescribeSpec\n"
    "import io.kotest.matchers.shouldBe\n\n"
    'class {name}Test : DescribeSpec({{\n    it("works") {{ 1 shouldBe 1 }}\n}})\n'
)

_JUNIT = (
    "package no.acme\n\n"
    "import org.junit.jupiter.api.Test\n\n"
    "class {name}Test {{\n    @Test\n    fun works() {{}}\n}}\n"
)

_HELPER = "package no.acme\n\nobject {name}Generator {{\n    fun make() = \"{name}\"\n}}\n"


def _kotlin_service(specs: int, junits: int, helpers: int) -> dict[str, str]:
    files = {
        "build.gradle.kts": _GRADLE_KTS,
        "src/main/kotlin/no/acme/Application.kt": _APPLICATION,
    }
    for i in range(specs):
        files[f"src/test/kotlin/no/acme/Spec{i}Test.kt"] = _SPEC.format(name=f"Spec{i}")
    for i in range(junits):
        files[f"src/test/kotlin/no/acme/Unit{i}Test.kt"] = _JUNIT.format(name=f"Unit{i}")
    for i in range(helpers):
        files[f"src/test/kotlin/no/acme/helper/H{i}.kt"] = _HELPER.format(name=f"H{i}")
    return files


def test_kotest_specs_outnumbering_junit_tests_make_kotest_the_main_test_framework(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _kotlin_service(specs=11, junits=2, helpers=7)))["."]
    assert first(backend, K.TEST)[0] == "Kotest"
    kotest = next(f for f in backend.findings if f.kind is K.TEST and f.name == "Kotest")
    assert any(e.text == "Kotest in 11 of 20 test files" for e in kotest.evidence)


def test_junit_tests_outnumbering_a_few_kotest_specs_keep_junit_first(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _kotlin_service(specs=1, junits=10, helpers=3)))["."]
    assert first(backend, K.TEST)[0] == "JUnit"


# --- JVM: jOOQ declared for every module, used by the SQL module the web module uses ---------


def _gradle_multi_project() -> dict[str, str]:
    return {
        "settings.gradle": (
            "rootProject.name = 'emx'\n"
            "include(':backend:emx-sql')\n"
            "include(':backend:emx-webapi')\n"
        ),
        "build.gradle": "plugins {\n    id 'java'\n}\n",
        "backend/build.gradle": (
            "plugins {\n    id 'java'\n}\n\n"
            "subprojects {\n"
            "    apply plugin: 'java'\n\n"
            "    dependencies {\n"
            "        implementation 'org.jooq:jooq:3.21.6'\n"
            "        implementation 'com.zaxxer:HikariCP:5.1.0'\n"
            "        implementation 'io.javalin:javalin:6.7.0'\n"
            "        testImplementation 'org.junit.jupiter:junit-jupiter:5.14.4'\n"
            "    }\n"
            "}\n"
        ),
        "backend/emx-sql/build.gradle": (
            "dependencies {\n"
            "    implementation 'org.postgresql:postgresql:42.7.13'\n"
            "}\n"
        ),
        "backend/emx-sql/src/main/java/org/emx/sql/SqlDatabase.java": (
            "package org.emx.sql;\n\n"
            "import static org.jooq.impl.DSL.*;\n\n"
            "import org.jooq.DSLContext;\n\n"
            "public class SqlDatabase {\n"
            '  static final String URL = "jdbc:postgresql:emx";\n'
            "  private DSLContext jooq;\n}\n"
        ),
        "backend/emx-webapi/build.gradle": (
            "dependencies {\n"
            "    implementation project(':backend:emx-sql')\n"
            "}\n\n"
            "tasks.register('dev', JavaExec) {\n"
            "    mainClass.set('org.emx.RunEmx')\n"
            "}\n"
        ),
        "backend/emx-webapi/src/main/java/org/emx/web/Webservice.java": (
            "package org.emx.web;\n\n"
            "import io.javalin.Javalin;\n\n"
            "public class Webservice {\n"
            "  public static void start(int port) {\n"
            "    Javalin app = Javalin.create(config -> {});\n"
            "    app.start(port);\n  }\n}\n"
        ),
        "backend/emx-webapi/src/main/java/org/emx/RunEmx.java": (
            "package org.emx;\n\n"
            "import org.emx.web.Webservice;\n\n"
            "public class RunEmx {\n"
            "  public static void main(String[] args) {\n"
            "    Webservice.start(8080);\n  }\n}\n"
        ),
    }


def test_jooq_declared_for_every_module_and_imported_by_the_sql_module_is_the_data_layer(
    tmp_path: Path,
) -> None:
    backends = by_folder(write(tmp_path, _gradle_multi_project()))
    backend = backends["backend/emx-webapi"]
    assert first(backend, K.FRAMEWORK) == ("Javalin", "6.7.0")
    assert first(backend, K.QUERY) == ("jOOQ", "3.21.6")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Node: Sequelize's models beside a Knex instance for raw queries -------------------------


def _express_over_sequelize() -> dict[str, str]:
    files = {
        "package.json": package_json(
            {
                "express": "^4.17.3",
                "knex": "^2.4.0",
                "pg": "^8.3.0",
                "sequelize": "^6.31.1",
                "sequelize-typescript": "^2.1.6",
            }
        ),
        "server/server.ts": (
            "import express from 'express';\n\n"
            "const app = express();\n"
            "app.listen(process.env.PORT || 9876);\n"
        ),
        "server/sequelize.ts": (
            "import { knex } from 'knex';\n"
            "import { DataTypes } from 'sequelize';\n"
            "import { Sequelize } from 'sequelize-typescript';\n\n"
            "export const sequelize = new Sequelize(process.env.DATABASE_URL, "
            "{ dialect: 'postgres' });\n"
            "export const knexInstance = knex({ client: 'pg' });\n"
        ),
        "server/pub/queryMany.ts": (
            "import { knex } from 'knex';\n\n"
            "export const title = knex.raw('lower(\"Pubs\".\"title\")');\n"
        ),
    }
    for name in ("pub", "member", "page", "community"):
        files[f"server/{name}/model.ts"] = (
            "import { Column, Model, Table } from 'sequelize-typescript';\n\n"
            f"@Table\nexport class {name.title()} extends Model {{\n"
            "  @Column\n  declare title: string;\n}\n"
        )
    return files


def test_sequelize_imported_by_more_files_than_knex_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _express_over_sequelize()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.ORM)[0] == "Sequelize"


# --- JVM: a module named for the mock server it is ---------------------------------------------


def _pom(artifact: str, *starters: str, module_dep: str = "") -> str:
    deps = "".join(
        "    <dependency>\n"
        "      <groupId>org.springframework.boot</groupId>\n"
        f"      <artifactId>{starter}</artifactId>\n"
        "    </dependency>\n"
        for starter in starters
    )
    if module_dep:
        deps += (
            "    <dependency>\n"
            "      <groupId>org.acme</groupId>\n"
            f"      <artifactId>{module_dep}</artifactId>\n"
            "      <version>${project.parent.version}</version>\n"
            "    </dependency>\n"
        )
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent>\n    <groupId>org.acme</groupId>\n    <artifactId>acme</artifactId>\n"
        "    <version>1.0.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n"
        f"  <dependencies>\n{deps}  </dependencies>\n"
        "  <build>\n    <plugins>\n      <plugin>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "      </plugin>\n    </plugins>\n  </build>\n</project>\n"
    )


def _main(package: str, name: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "  public static void main(String[] args) {\n"
        f"    SpringApplication.run({name}.class, args);\n  }}\n}}\n"
    )


def test_a_module_whose_name_ends_in_mock_is_no_backend(tmp_path: Path) -> None:
    files = {
        "pom.xml": (
            "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
            "  <groupId>org.acme</groupId>\n  <artifactId>acme</artifactId>\n"
            "  <version>1.0.0</version>\n  <packaging>pom</packaging>\n"
            "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
            "    <artifactId>spring-boot-starter-parent</artifactId>\n"
            "    <version>4.1.0</version>\n  </parent>\n"
            "  <modules>\n    <module>acme-server</module>\n"
            "    <module>tiqr-mock</module>\n  </modules>\n</project>\n"
        ),
        "acme-server/pom.xml": _pom(
            "acme-server", "spring-boot-starter-webmvc", "spring-boot-starter-data-mongodb"
        ),
        "acme-server/src/main/java/acme/Application.java": _main("acme", "Application"),
        "tiqr-mock/pom.xml": _pom(
            "tiqr-mock",
            "spring-boot-starter-data-mongodb",
            "spring-boot-starter-thymeleaf",
            "spring-boot-starter-webmvc",
            module_dep="acme-server",
        ),
        "tiqr-mock/src/main/java/tiqr/TiqrApplication.java": _main("tiqr", "TiqrApplication"),
    }
    backends = by_folder(write(tmp_path, files))
    assert set(backends) == {"acme-server"}
    assert first(backends["acme-server"], K.FRAMEWORK) == ("Spring Boot", "4.1.0")


def test_typeorm_running_migrations_alone_is_not_counted_as_the_data_layer(
    tmp_path: Path,
) -> None:
    """owid-grapher's shape (set 36): queries through Knex, TypeORM's migration API imported
    by the migration files and the data source its CLI is pointed at."""
    files = {
        "package.json": package_json(
            {"express": "^4.21.0", "knex": "^3.1.0", "mysql2": "^3.9.0", "typeorm": "^0.3.20"}
        ),
        "server/app.ts": (
            "import express from 'express';\n\nconst app = express();\napp.listen(3030);\n"
        ),
        "db/dataSource.ts": 'import { DataSource } from "typeorm"\n\nexport const ds = 1\n',
        "db/viewHelper.ts": 'import { QueryRunner } from "typeorm"\n\nexport const v = 1\n',
    }
    for i in range(6):
        files[f"db/migration/16000000{i}-Step.ts"] = (
            'import { MigrationInterface, QueryRunner } from "typeorm"\n\n'
            f"export class Step{i} implements MigrationInterface {{}}\n"
        )
    for name in ("db", "charts", "posts", "users"):
        files[f"db/model/{name}.ts"] = (
            'import knex, { Knex } from "knex"\n\n'
            f"export const {name} = (k: Knex) => k.table('{name}')\n"
        )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Knex"
