"""The database engine of each backend: from drivers and from connection URLs (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import PROJECTS, SPRING_PARENT, dep, go_mod, package_json, pom, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, Finding, FindingKind


def databases(backend: DetectedBackend) -> list[Finding]:
    return [f for f in backend.findings if f.kind is FindingKind.DATABASE]


def only_backend(root: Path) -> DetectedBackend:
    (backend,) = detect(root).backends
    return backend


def test_python_driver_names_the_engine_with_its_line(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "requirements.txt": "fastapi==0.111.0\nsqlalchemy==2.0.30\npsycopg[binary]==3.1.19\n",
            "app/main.py": "app = FastAPI()\n",
        },
    )
    (found,) = databases(only_backend(root))
    # psycopg's release is not PostgreSQL's: the engine version comes only from configuration.
    assert (found.name, found.version) == ("PostgreSQL", "")
    assert (found.evidence[0].path, found.evidence[0].line) == ("requirements.txt", 3)


def test_no_driver_no_engine(tmp_path: Path) -> None:
    # SQLAlchemy alone can talk to any engine: no guess.
    root = write(tmp_path, PROJECTS["fastapi"][2])
    assert databases(only_backend(root)) == []


def test_node_mysql2_and_mongoose(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "package.json": package_json({"express": "^4.19.2", "mysql2": "^3.9.7"}),
            "src/index.js": "const app = express()\napp.listen(3000)\n",
        },
    )
    assert [f.name for f in databases(only_backend(root))] == ["MySQL"]
    other = write(
        tmp_path / "m",
        {
            "package.json": package_json({"express": "^4", "mongoose": "^8.4.0"}),
            "src/index.js": "const app = express()\n",
        },
    )
    backend = only_backend(other)
    assert [f.name for f in databases(backend)] == ["MongoDB"]
    assert any(f.kind is FindingKind.ORM and f.name == "Mongoose" for f in backend.findings)


def test_node_dev_only_driver_is_no_engine(tmp_path: Path) -> None:
    # A driver used only by test tooling says nothing of the service's database.
    root = write(
        tmp_path,
        {
            "package.json": package_json({"express": "^4"}, {"sqlite3": "^5"}),
            "src/index.js": "const app = express()\n",
        },
    )
    assert databases(only_backend(root)) == []


def test_go_pgx_v5_names_postgresql(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "go.mod": go_mod("github.com/gin-gonic/gin v1.10.0", "github.com/jackc/pgx/v5 v5.6.0"),
            "main.go": "package main\n\nfunc main() { r := gin.Default(); r.Run() }\n",
        },
    )
    (found,) = databases(only_backend(root))
    assert (found.name, found.version) == ("PostgreSQL", "")
    assert found.evidence[0].text == "github.com/jackc/pgx/v5 v5.6.0"


def test_spring_datasource_url_names_the_engine(tmp_path: Path) -> None:
    files = dict(PROJECTS["spring"][2])
    files["src/main/resources/application.properties"] = (
        "spring.application.name=demo\n"
        "spring.datasource.url=jdbc:postgresql://localhost:5432/demo\n"
    )
    root = write(tmp_path, files)
    (found,) = databases(only_backend(root))
    assert found.name == "PostgreSQL"
    assert found.evidence[0].line == 2
    assert found.evidence[0].path.endswith("application.properties")


def test_spring_test_scoped_h2_is_no_engine_but_the_runtime_driver_is(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "pom.xml": pom(
                "\n".join(
                    [
                        dep("org.springframework.boot", "spring-boot-starter-web"),
                        dep("org.postgresql", "postgresql", "runtime"),
                        dep("com.h2database", "h2", "test"),
                    ]
                ),
                SPRING_PARENT,
            ),
            "src/main/java/demo/App.java": "@SpringBootApplication\nclass App {}\n",
        },
    )
    assert [f.name for f in databases(only_backend(root))] == ["PostgreSQL"]


def test_a_properties_file_without_jdbc_url_names_no_engine(tmp_path: Path) -> None:
    files = dict(PROJECTS["spring"][2])
    files["src/main/resources/application.properties"] = "server.port=8080\n"
    root = write(tmp_path, files)
    assert databases(only_backend(root)) == []


def _spring(tmp_path: Path, *deps: str) -> DetectedBackend:
    root = write(
        tmp_path,
        {
            "pom.xml": pom(
                "\n".join([dep("org.springframework.boot", "spring-boot-starter-web"), *deps]),
                SPRING_PARENT,
            ),
            "src/main/java/demo/App.java": "@SpringBootApplication\nclass App {}\n",
            # A test class importing no framework: the repository has tests (`testless_jvm`
            # keeps its declarations) and the declarations alone name the framework.
            "src/test/java/demo/AppTest.java": "class AppTest {}\n",
        },
    )
    return only_backend(root)


def orms(backend: DetectedBackend) -> list[str]:
    return [f.name for f in backend.findings if f.kind is FindingKind.ORM]


def test_spring_data_layers_mybatis_data_jdbc_jdbc_komapper(tmp_path: Path) -> None:
    cases = {
        "mybatis": (
            dep("org.mybatis.spring.boot", "mybatis-spring-boot-starter", "", "3.0.3"),
            "MyBatis",
        ),
        "data-jdbc": (
            dep("org.springframework.boot", "spring-boot-starter-data-jdbc"),
            "Spring Data JDBC",
        ),
        "komapper": (dep("org.komapper", "komapper-starter-jdbc", "", "1.17.0"), "Komapper"),
    }
    for folder, (line, name) in cases.items():
        assert orms(_spring(tmp_path / folder, line)) == [name], folder
    assert orms(_spring(tmp_path / "web-only")) == []


def test_testcontainers_junit_jupiter_is_not_junit(tmp_path: Path) -> None:
    backend = _spring(tmp_path, dep("org.testcontainers", "junit-jupiter", "test", "1.19.8"))
    assert [f.name for f in backend.findings if f.kind is FindingKind.TEST] == []
    real = _spring(tmp_path / "j", dep("org.junit.jupiter", "junit-jupiter", "test", "5.10.2"))
    assert [(f.name, f.version) for f in real.findings if f.kind is FindingKind.TEST] == [
        ("JUnit", "5.10.2")
    ]


def test_sqlx_is_a_query_library_and_its_feature_names_the_engine(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "Cargo.toml": '[package]\nname = "api"\nedition = "2021"\n\n[dependencies]\n'
            'axum = "0.7"\nsqlx = { version = "0.7", features = ["runtime-tokio", "mysql"] }\n',
            "src/main.rs": "fn main() { axum::serve(listener, app); }\n",
        },
    )
    backend = only_backend(root)
    kinds = {(f.kind, f.name) for f in backend.findings}
    assert (FindingKind.QUERY, "sqlx") in kinds
    assert (FindingKind.ORM, "sqlx") not in kinds
    assert [f.name for f in databases(backend)] == ["MySQL"]
    no_feature = write(
        tmp_path / "b",
        {
            "Cargo.toml": '[package]\nname = "api"\n\n[dependencies]\naxum = "0.7"\n'
            'sqlx = { version = "0.7", features = ["runtime-tokio"] }\n',
            "src/main.rs": "fn main() { axum::serve(listener, app); }\n",
        },
    )
    assert databases(only_backend(no_feature)) == []


def test_spring_jdbc_is_a_query_library(tmp_path: Path) -> None:
    backend = _spring(tmp_path, dep("org.springframework.boot", "spring-boot-starter-jdbc"))
    assert orms(backend) == []
    assert [f.name for f in backend.findings if f.kind is FindingKind.QUERY] == ["Spring JDBC"]


def test_sequelize_through_a_sails_hook(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"sails": "^1.5", "sails-hook-sequelize": "^1.2"}),
        ".sailsrc": "{}\n",
    }
    assert orms(only_backend(write(tmp_path, files))) == ["Sequelize"]
    files["package.json"] = package_json({"sails": "^1.5", "sails-hook-orm": "^4"})
    # Sails' own hook loads Waterline, not Sequelize.
    assert orms(only_backend(write(tmp_path / "waterline", files))) == ["Waterline"]


def test_beego_orm_v2_from_its_import(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/beego/beego/v2 v2.1.0"),
        "main.go": 'package main\n\nimport "github.com/beego/beego/v2/server/web"\n\n'
        "func main() { web.Run() }\n",
    }
    assert orms(only_backend(write(tmp_path / "web", files))) == []
    files["models/user.go"] = 'package models\n\nimport "github.com/beego/beego/v2/client/orm"\n'
    assert orms(only_backend(write(tmp_path / "orm", files))) == ["Beego ORM"]


def test_quarkus_extensions_name_the_data_layer_and_engine(tmp_path: Path) -> None:
    def quarkus(folder: str, *artifacts: str) -> DetectedBackend:
        deps = "\n".join(dep("io.quarkus", a) for a in artifacts)
        files = {
            "pom.xml": pom(deps),
            "src/main/resources/application.properties": "quarkus.http.port=8080\n",
        }
        return only_backend(write(tmp_path / folder, files))

    reactive = quarkus(
        "reactive", "quarkus-hibernate-reactive-panache", "quarkus-reactive-pg-client"
    )
    assert orms(reactive) == ["JPA / Hibernate"]
    assert [f.name for f in databases(reactive)] == ["PostgreSQL"]
    mongo = quarkus("mongo", "quarkus-rest", "quarkus-mongodb-panache")
    assert orms(mongo) == ["MongoDB Panache"]
    assert [f.name for f in databases(mongo)] == ["MongoDB"]
    spring_data = quarkus("spring", "quarkus-spring-data-jpa", "quarkus-jdbc-mariadb")
    assert orms(spring_data) == ["JPA / Hibernate"]
    assert [f.name for f in databases(spring_data)] == ["MariaDB"]
    plain = quarkus("plain", "quarkus-rest", "quarkus-hibernate-validator")
    assert orms(plain) == [] and databases(plain) == []
