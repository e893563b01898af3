"""The leftovers of the tuned held-out sets (#19), each fixed by a generic rule and kept here
as a small fixture of the real files' shape: the primary Go framework decided by following
the programs' imports, needles for the Go ORM rules, Jersey on an embedded Jetty over plain
JDBC with its engine in a Java properties XML file, and a Gradle root build configuring its
subprojects in map notation."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, go_mod, junit5_test, pom, write

from designer.detect.ecosystems import go, gradle_text
from designer.model.stack import FindingKind as K

# --- Go: the framework the programs' code is written to -----------------------------------

_ECHO = "github.com/labstack/echo/v4"


def _handler(package: str) -> str:
    return (
        f'package {package}\n\nimport (\n\t"net/http"\n\n\t"{_ECHO}"\n)\n\n'
        "func List(c echo.Context) error { return c.JSON(http.StatusOK, nil) }\n"
    )


def _two_routers() -> dict[str, str]:
    # hatchet: the API server (cmd/app-api) builds its Echo router in a deep package and its
    # handlers take echo.Context; a static file server (cmd/app-static) runs Chi in a shallow
    # `server.go`, which an entry-point name alone would rank first.
    return {
        "go.mod": go_mod(f"{_ECHO} v4.15.1", "github.com/go-chi/chi v1.5.5"),
        "cmd/app-api/main.go": 'package main\n\nimport (\n\t"os"\n\n'
        '\t"example.com/app/cmd/app-api/api"\n)\n\nfunc main() { api.Start(os.Args) }\n',
        "cmd/app-api/api/start.go": 'package api\n\nimport "example.com/app/internal/run"\n\n'
        "func Start(args []string) { run.Serve() }\n",
        "internal/run/run.go": f'package run\n\nimport (\n\t"{_ECHO}"\n\n'
        '\t"example.com/app/internal/handlers/users"\n'
        '\t"example.com/app/internal/handlers/teams"\n)\n\n'
        'func Serve() {\n\te := echo.New()\n\te.GET("/users", users.List)\n'
        '\te.GET("/teams", teams.List)\n\te.Start(":8080")\n}\n',
        "internal/handlers/users/users.go": _handler("users"),
        "internal/handlers/teams/teams.go": _handler("teams"),
        "cmd/app-static/main.go": 'package main\n\nimport (\n\t"net/http"\n\n'
        '\t"example.com/app/cmd/app-static/static"\n)\n\n'
        'func main() { http.ListenAndServe(":80", static.New(".")) }\n',
        "cmd/app-static/static/server.go": 'package static\n\nimport (\n\t"net/http"\n\n'
        '\t"github.com/go-chi/chi"\n)\n\nfunc New(dir string) http.Handler {\n'
        '\tr := chi.NewRouter()\n\tr.Handle("/*", http.FileServer(http.Dir(dir)))\n'
        "\treturn r\n}\n",
    }


def test_go_primary_framework_is_the_one_the_programs_packages_import(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _two_routers()))["."]
    assert first(backend, K.FRAMEWORK) == ("Echo", "v4.15.1")
    assert not backend.ambiguous
    echo = next(f for f in backend.findings if f.name == "Echo")
    assert any(e.path.startswith("internal/") for e in echo.evidence)


def test_go_frameworks_imported_alike_decide_nothing_new(tmp_path: Path) -> None:
    # One package each: no count decides, and the entry-point name still ranks Chi first.
    files = _two_routers()
    del files["internal/handlers/users/users.go"], files["internal/handlers/teams/teams.go"]
    files["internal/run/run.go"] = (
        f'package run\n\nimport "{_ECHO}"\n\nfunc Serve() {{ echo.New().Start(":8080") }}\n'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Chi"


def test_go_test_and_example_programs_are_not_followed(tmp_path: Path) -> None:
    files = _two_routers()
    for name in ("a", "b", "c"):
        files[f"examples/{name}/main.go"] = (
            f'package main\n\nimport "example.com/app/examples/{name}/web"\n\n'
            "func main() { web.Run() }\n"
        )
        files[f"examples/{name}/web/web.go"] = (
            'package web\n\nimport "github.com/go-chi/chi"\n\n'
            "func Run() { chi.NewRouter() }\n"
        )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Echo"


def test_go_beego_v2_counts_by_its_web_sub_package(tmp_path: Path) -> None:
    # harbor: core is the Beego v2 app (controllers import beego/v2/server/web), two smaller
    # programs run gorilla/mux routers; an import of Beego's ORM alone is not its web layer.
    web = "github.com/beego/beego/v2/server/web"
    controller = f'package {{0}}\n\nimport "{web}"\n\ntype C struct {{{{ web.Controller }}}}\n'
    files = {
        "go.mod": go_mod("github.com/beego/beego/v2 v2.3.10", "github.com/gorilla/mux v1.8.1"),
        "core/main.go": f'package main\n\nimport (\n\t"{web}"\n\n'
        '\t"example.com/app/core/api"\n\t"example.com/app/core/pages"\n)\n\n'
        "func main() { api.Init(); pages.Init(); web.Run() }\n",
        "core/api/api.go": controller.format("api"),
        "core/pages/pages.go": controller.format("pages"),
        "jobs/main.go": 'package main\n\nimport "example.com/app/jobs/server"\n\n'
        "func main() { server.Run() }\n",
        "jobs/server/server.go": 'package server\n\nimport (\n\t"net/http"\n\n'
        '\t"github.com/gorilla/mux"\n\t"github.com/beego/beego/v2/client/orm"\n)\n\n'
        'func Run() { _ = orm.NewOrm(); http.ListenAndServe(":80", mux.NewRouter()) }\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Beego"


# --- Needles of the Go ORM rules ----------------------------------------------------------


def test_go_orm_rules_have_a_needle_for_every_import_path() -> None:
    clauses: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
    for r in go.RULES:
        if r.kind is K.ORM and r.needles:
            clauses.setdefault(r.name, []).append(r.needles.clauses)
    # The import rule's one clause: a file holding either import path is searched, a file with
    # neither is not (GORM has a second rule, for its struct tags, with a needle of its own).
    assert (('"github.com/jinzhu/gorm"', '"gorm.io/gorm"'),) in clauses["GORM"]
    assert clauses["XORM"] == [
        (('"github.com/go-xorm/xorm"', '"github.com/xorm-io/xorm"', '"xorm.io/xorm"'),),
    ]


def test_go_orm_import_paths_still_prove_the_orm(tmp_path: Path) -> None:
    for path, name in (("github.com/jinzhu/gorm", "GORM"), ("github.com/xorm-io/xorm", "XORM")):
        root = tmp_path / name
        main = (
            f'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\tdb "{path}"\n)\n\n'
            "func main() { _ = db.Open; gin.Default().Run() }\n"
        )
        files = {
            "go.mod": go_mod("github.com/gin-gonic/gin v1.9.1"),
            "main.go": main,
        }
        backend = by_folder(write(root, files))["."]
        assert first(backend, K.ORM)[0] == name


# --- Jersey on an embedded Jetty, plain JDBC, the engine in a properties XML file ----------

_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>\n<properties>\n"
    "    <entry key='database.driver'>org.h2.Driver</entry>\n"
    "    <entry key='database.url'>jdbc:h2:{where}</entry>\n"
    "    <entry key='database.user'>sa</entry>\n</properties>\n"
)


def _jersey_on_jetty(**extra: str) -> dict[str, str]:
    # traccar: a Gradle build without Spring (Jersey's servlet container on Jetty, versions
    # in `ext`), every JDBC driver bundled, HikariCP, and H2 in the shipped setup/*.xml.
    return {
        "build.gradle": "plugins {\n    id 'java'\n}\n"
        'ext {\n    jettyVersion = "12.1.8"\n    jerseyVersion = "4.0.2"\n}\n'
        "dependencies {\n"
        '    implementation "com.h2database:h2:2.4.240"\n'
        '    implementation "com.mysql:mysql-connector-j:9.7.0"\n'
        '    implementation "org.mariadb.jdbc:mariadb-java-client:3.5.8"\n'
        '    implementation "org.postgresql:postgresql:42.7.11"\n'
        '    implementation "com.zaxxer:HikariCP:7.0.2"\n'
        '    implementation "org.eclipse.jetty:jetty-server:$jettyVersion"\n'
        '    implementation "org.glassfish.jersey.containers:jersey-container-servlet:'
        '$jerseyVersion"\n'
        '    implementation "org.glassfish.jersey.core:jersey-client:$jerseyVersion"\n'
        '    testImplementation "org.junit.jupiter:junit-jupiter:6.1.0"\n}\n',
        "setup/server.xml": _PROPERTIES.format(where="./data/database"),
        "setup/server.service": "ExecStart=/usr/bin/java -jar server.jar conf/server.xml\n",
        "debug.xml": _PROPERTIES.format(where="./target/database").replace("h2:", "mysql:"),
        "src/main/java/org/app/Main.java": "package org.app;\n"
        "public final class Main {\n    public static void main(String[] args) {}\n}\n",
        **extra,
    }


def test_jersey_container_is_the_framework_with_its_property_version(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _jersey_on_jetty()))["."]
    assert first(backend, K.FRAMEWORK) == ("Jersey", "4.0.2")
    assert not backend.ambiguous


def test_jersey_client_alone_is_no_framework(tmp_path: Path) -> None:
    files = _jersey_on_jetty()
    files["build.gradle"] = files["build.gradle"].replace("jersey-container-servlet", "jersey-hk2")
    backend = by_folder(write(tmp_path, files)).get(".")
    assert backend is None or first(backend, K.FRAMEWORK)[0] != "Jersey"


def test_a_jdbc_pool_without_an_orm_is_plain_jdbc(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _jersey_on_jetty()))["."]
    assert first(backend, K.QUERY) == ("JDBC", "")  # the pool's release is not JDBC's


def test_a_jdbc_pool_under_an_orm_or_spring_jdbc_is_not_the_data_layer(tmp_path: Path) -> None:
    for artifact, layer in (
        ("org.hibernate.orm:hibernate-core:7.1.0", "JPA / Hibernate"),
        ("org.springframework.boot:spring-boot-starter-jdbc:3.5.0", "Spring JDBC"),
    ):
        files = _jersey_on_jetty()
        files["build.gradle"] = files["build.gradle"].replace(
            "dependencies {\n", f'dependencies {{\n    implementation "{artifact}"\n'
        )
        backend = by_folder(write(tmp_path / layer.replace(" ", ""), files))["."]
        data = next(f for f in backend.findings if f.kind in (K.ORM, K.QUERY))
        assert data.name == layer


def test_a_shipped_properties_xml_names_the_engine_over_bundled_drivers(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _jersey_on_jetty()))["."]
    engine = next(f for f in backend.findings if f.kind is K.DATABASE)
    assert engine.name == "H2"
    assert any(e.path == "setup/server.xml" for e in engine.evidence)


def test_a_debug_properties_xml_is_only_a_development_fallback(tmp_path: Path) -> None:
    files = _jersey_on_jetty()
    del files["setup/server.xml"]
    files["debug.xml"] = _PROPERTIES.format(where="./target/database")
    files["build.gradle"] = files["build.gradle"].replace(
        '    implementation "com.h2database:h2:2.4.240"\n', ""
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] != "H2"


def test_other_xml_and_deep_properties_files_name_no_engine(tmp_path: Path) -> None:
    files = _jersey_on_jetty()
    del files["setup/server.xml"], files["debug.xml"]
    files["checkstyle.xml"] = "<module name='Checker'>jdbc:h2:mem:x</module>\n"
    files["src/main/resources/server.xml"] = _PROPERTIES.format(where="mem:x")
    files["tools/deep/server.xml"] = _PROPERTIES.format(where="mem:x")
    backend = by_folder(write(tmp_path, files))["."]
    engines = [f for f in backend.findings if f.kind is K.DATABASE]
    assert engines and not any(e.path.endswith(".xml") for f in engines for e in f.evidence)


# --- A Gradle root build configuring its subprojects in map notation ----------------------

_BOOT = (
    "@SpringBootApplication\npublic class {0} {{\n    public static void main(String[] a) {{\n"
    "        SpringApplication.run({0}.class, a);\n    }}\n}}\n"
)


def _dependency(artifact: str, group: str = "org.springframework.boot") -> str:
    return (
        f'        implementation group: "{group}", name: "{artifact}", '
        'version: "${springBootVersion}"\n'
    )


_SHARED = (
    '        testImplementation group: "org.junit.jupiter", name: "junit-jupiter", '
    'version: "5.11.0"\n'
    + _dependency("spring-boot-starter-web")
    + _dependency("spring-boot-starter-jdbc")
    + "        implementation group: 'com.mysql', name: 'mysql-connector-j', version: '9.1.0'\n"
    + "        implementation group: 'org.mybatis', name: 'mybatis', version: '3.5.19'\n"
)


def _blanket_build(opening: str = "subprojects {", **extra: str) -> dict[str, str]:
    # MaxKey: the root build gives every module the web starters, MyBatis and the MySQL
    # driver in map notation; the web app uses them, the gateway module (a router to the web
    # apps) has only its application class, a library module nothing of its own.
    return {
        "settings.gradle": "rootProject.name = 'idp'\ninclude ('common')\n"
        "include ('webs:web-app')\ninclude ('webs:gateway')\n",
        "gradle.properties": "springBootVersion=4.1.0\n",
        "build.gradle": "allprojects {\n    apply plugin: 'java'\n}\n"
        f"{opening}\n    processResources {{\n"
        "        from ('src/main/resources') {\n            include 'src/main/resources/*.*'\n"
        "        }\n    }\n"
        f"    dependencies {{\n{_SHARED}    }}\n}}\n",
        "common/build.gradle": "description = 'common'\n",
        "common/src/main/java/idp/Strings.java": "package idp;\nclass Strings {}\n",
        "webs/web-app/build.gradle": "plugins {\n    id 'java'\n"
        "    id 'org.springframework.boot' version \"${springBootVersion}\"\n}\n"
        "dependencies {\n    implementation project(':common')\n}\n",
        "webs/web-app/src/main/java/idp/WebApplication.java": "package idp;\n"
        + _BOOT.format("WebApplication"),
        "webs/web-app/src/main/java/idp/UserMapper.java": "package idp;\n"
        "import org.apache.ibatis.annotations.Mapper;\n@Mapper\ninterface UserMapper {}\n",
        "webs/web-app/src/main/resources/application.properties": (
            "spring.datasource.url=jdbc:mysql://localhost:3306/idp\n"
        ),
        # The web app's test (a declared test framework with no test in the repository is none,
        # `testless_jvm`); the gateway has none of its own and takes the block's JUnit.
        "webs/web-app/src/test/java/idp/WebApplicationTests.java": junit5_test(
            "idp", "WebApplicationTests"
        ),
        "webs/gateway/build.gradle": "description = 'gateway'\n"
        "dependencies {\n    implementation project(':common')\n    /*\n"
        "    implementation group: 'org.postgresql', name: 'postgresql', version: '42.7.4'\n"
        "    */\n"
        "    // implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n}\n",
        "webs/gateway/src/main/java/idp/GatewayApplication.java": "package idp;\n"
        + _BOOT.format("GatewayApplication"),
        **extra,
    }


def test_gradle_map_notation_in_a_subprojects_block_versions_every_module(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _blanket_build()))
    assert sorted(found) == ["webs/gateway", "webs/web-app"]
    for backend in found.values():
        assert first(backend, K.FRAMEWORK) == ("Spring Boot", "4.1.0")
        assert not backend.ambiguous


def test_a_subprojects_block_lends_data_only_to_modules_using_data(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _blanket_build()))
    web, gateway = found["webs/web-app"], found["webs/gateway"]
    assert first(web, K.ORM) == ("MyBatis", "3.5.19")
    assert first(web, K.DATABASE)[0] == "MySQL"
    kinds = {f.kind for f in gateway.findings}
    assert not kinds & {K.ORM, K.QUERY, K.DATABASE}  # nor the commented-out PostgreSQL
    assert first(gateway, K.TEST)[0] == "JUnit"


def test_a_configure_subprojects_block_is_a_subprojects_block(tmp_path: Path) -> None:
    opening = "configure(subprojects.findAll { it.name != 'docs' }) {"
    found = by_folder(write(tmp_path, _blanket_build(opening)))
    assert first(found["webs/gateway"], K.FRAMEWORK) == ("Spring Boot", "4.1.0")
    assert not {f.kind for f in found["webs/gateway"].findings} & {K.ORM, K.DATABASE}


def test_a_project_block_gives_its_dependencies_to_that_project_only(tmp_path: Path) -> None:
    files = _blanket_build()
    files["build.gradle"] += (
        "project(':webs:gateway') {\n    dependencies {\n"
        + _dependency("spring-boot-starter-data-mongodb")
        + "    }\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["webs/gateway"], K.DATABASE)[0] == "MongoDB"
    assert "MongoDB" not in {f.name for f in found["webs/web-app"].findings}


def test_gradle_comments_are_blanked_but_strings_holding_comment_marks_kept() -> None:
    text = (
        "include 'src/main/resources/*.*' // a glob, not a comment\n"
        'url = "https://repo.example/maven2"\n/* one\n two */ x = 1\n'
    )
    blanked = gradle_text.blank_comments(text)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert "'src/main/resources/*.*'" in blanked and "a glob" not in blanked
    assert '"https://repo.example/maven2"' in blanked
    assert "one" not in blanked and "two" not in blanked and "x = 1" in blanked


def test_gradle_project_blocks_end_at_their_own_closing_brace() -> None:
    code = (
        "subprojects {\n    version = \"${v}\"\n    dependencies { a }\n}\n"
        "project(':web') {\n    dependencies { b }\n}\n"
        "dependencies { c }\n"
    )
    blocks = gradle_text.project_blocks(code)
    assert gradle_text.target(blocks, code.index("a }")) == gradle_text.EVERY
    assert gradle_text.target(blocks, code.index("b }")) == ":web"
    assert gradle_text.target(blocks, code.index("c }")) == ""


# --- Files of a build root's own folder, above several services -------------------------


def _maven_services(*services: str) -> dict[str, str]:
    # HertzBeat: the root pom (parent of every module) keeps copies of the main app's
    # configuration in script/ (a MySQL URL); the main app runs on H2 from its own
    # application.yml, a log-reading MCP server beside it keeps no data.
    modules = "".join(f"<module>{m}</module>" for m in services)
    files = {
        "pom.xml": pom(
            dep("org.springframework.boot", "spring-boot-starter-web"),
            SPRING_PARENT,
            f"  <modules>{modules}</modules>",
        ),
        "script/application.yml": "spring:\n  datasource:\n"
        "    url: jdbc:mysql://mysql:3306/app\n",
        "app/pom.xml": pom(
            dep("org.springframework.boot", "spring-boot-starter-data-jpa")
            + "\n"
            + dep("com.h2database", "h2"),
            SPRING_PARENT,
        ),
        "app/src/main/resources/application.yml": "spring:\n  datasource:\n"
        "    url: jdbc:h2:./data/app\n",
        "app/src/main/java/app/App.java": "package app;\n" + _BOOT.format("App"),
    }
    if "logs" in services:
        files["logs/pom.xml"] = pom("", SPRING_PARENT)
        files["logs/src/main/java/logs/LogServer.java"] = "package logs;\n" + _BOOT.format(
            "LogServer"
        )
    return files


def test_a_root_folders_files_describe_no_service_of_several(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _maven_services("app", "logs")))
    assert sorted(found) == ["app", "logs"]
    assert first(found["app"], K.DATABASE)[0] == "H2"
    assert not [f for f in found["logs"].findings if f.kind is K.DATABASE]


def test_a_root_folders_files_describe_its_one_service(tmp_path: Path) -> None:
    files = _maven_services("app")
    del files["app/src/main/resources/application.yml"]
    files["app/pom.xml"] = files["app/pom.xml"].replace("com.h2database", "com.mysql")
    files["app/pom.xml"] = files["app/pom.xml"].replace(">h2<", ">mysql-connector-j<")
    backend = by_folder(write(tmp_path, files))["app"]
    engine = next(f for f in backend.findings if f.kind is K.DATABASE)
    assert engine.name == "MySQL"
    assert any(e.path == "script/application.yml" for e in engine.evidence)
