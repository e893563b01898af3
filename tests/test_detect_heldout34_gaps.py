"""Generic gaps the thirty-fourth held-out set showed (benchmarks/detect_heldout34.yaml), each as a
small fixture of the real files' shape (#19): wither, an ODM over Rust's mongodb crate; the
Doctrine driver a Symfony parameters file gives `%database_driver%`; Ginkgo, required by a Go
module whose test files mostly are plain `go test` functions with testify, outnumbered there; a
Maven parent's own `<dependencies>` reaching its modules when it only imports Spring Boot's BOM,
and a module applying Spring Boot's plugin with `repackage` bound nowhere being a library."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, go_mod, junit5_test, write

from designer.model.stack import FindingKind as K

# --- Rust ----------------------------------------------------------------------------------------


def _keys_server(store: str) -> dict[str, str]:
    """keys-server: Axum serving, its stores written to wither's `Model` over the mongodb crate
    wither re-exports; the database URL in the env example."""
    return {
        "Cargo.toml": cargo(
            'axum = "0.7.5"',
            'tokio = { version = "1", features = ["full"] }',
            'wither = { git = "https://github.com/org/wither.git", rev = "6a70e74", features = '
            '["bson-chrono-0_4"] }',
            'wither_derive = { git = "https://github.com/org/wither.git", rev = "6a70e74" }',
        ),
        ".env.example": "PORT=8080\nDATABASE_URL=mongodb://admin:admin@mongo:27017/keys\n",
        "src/main.rs": (
            "use axum::{routing::get, Router};\n\n#[tokio::main]\nasync fn main() {\n"
            '    let app = Router::new().route("/health", get(|| async { "ok" }));\n'
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
            "    axum::serve(listener, app).await.unwrap();\n}\n"
        ),
        "src/stores/keys.rs": store,
    }


def test_wither_is_the_data_layer_over_the_mongodb_crate(tmp_path: Path) -> None:
    store = (
        "use wither::{bson::doc, mongodb::Database, Model};\n\n"
        "#[derive(Debug, Model, Serialize, Deserialize)]\n"
        '#[model(collection_name = "keys")]\npub struct MongoKeys {\n'
        "    pub id: Option<ObjectId>,\n    pub account: String,\n}\n"
    )
    backend = by_folder(write(tmp_path, _keys_server(store)))["."]
    assert first(backend, K.FRAMEWORK) == ("Axum", "0.7.5")
    assert first(backend, K.ORM)[0] == "wither"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_without_wither_the_server_keeps_no_data_layer(tmp_path: Path) -> None:
    """The other side: the same server without the ODM names no data layer of its own."""
    files = _keys_server("pub struct MongoKeys {\n    pub account: String,\n}\n")
    files["Cargo.toml"] = cargo('axum = "0.7.5"', 'tokio = { version = "1", features = ["full"] }')
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Axum"
    assert not [f for f in backend.findings if f.kind in (K.ORM, K.QUERY)]


# --- PHP -----------------------------------------------------------------------------------------


def _middleware(parameters: str) -> dict[str, str]:
    """Stepup-Middleware: a Symfony kernel over Doctrine, config/packages/doctrine.yaml reading
    every connection's driver from `%database_driver%`, which the parameters file an
    installation copies (config/openconext/parameters.yaml.dist) sets."""
    return {
        "composer.json": (
            '{\n  "name": "surfnet/stepup-middleware",\n  "type": "project",\n'
            '  "require": {\n    "php": "^8.5",\n    "doctrine/doctrine-bundle": "^2.13.2",\n'
            '    "doctrine/orm": "^3.3.2",\n    "symfony/framework-bundle": "7.4.*"\n  },\n'
            '  "require-dev": {\n    "phpunit/phpunit": "^10"\n  }\n}\n'
        ),
        "src/Kernel.php": (
            "<?php\n\nnamespace Surfnet\\StepupMiddleware;\n\n"
            "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
            "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
            "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
        ),
        "config/packages/doctrine.yaml": (
            "doctrine:\n    dbal:\n        default_connection: middleware\n"
            "        connections:\n            middleware:\n"
            '                driver:   "%database_driver%"\n'
            '                host:     "%database_host%"\n'
            '                dbname:   "%database_middleware_name%"\n'
        ),
        "config/openconext/parameters.yaml.dist": parameters,
    }


def test_a_symfony_parameters_file_names_the_doctrine_driver(tmp_path: Path) -> None:
    parameters = (
        "parameters:\n    app_env: prod\n\n    database_driver:   pdo_mysql\n"
        "    database_host:     mariadb\n    database_port:     ~\n"
        "    database_middleware_name: middleware\n"
    )
    backend = by_folder(write(tmp_path, _middleware(parameters)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert first(backend, K.ORM)[0] == "Doctrine"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_driver_outside_a_parameters_file_is_not_read_so(tmp_path: Path) -> None:
    """The other side: the same key in another YAML file (a CI matrix's notes) names nothing,
    nor does a commented-out line of the parameters file."""
    files = _middleware("parameters:\n    # database_driver: pdo_pgsql\n    app_env: prod\n")
    files["ci/matrix.yaml"] = "jobs:\n    database_driver: pdo_pgsql\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert not [f for f in backend.findings if f.kind is K.DATABASE]


# --- Go ------------------------------------------------------------------------------------------


def _testify_test(package: str, name: str) -> str:
    """A test file of rudder-server's usual shape: a `go test` function with testify."""
    return (
        f'package {package}\n\nimport (\n\t"testing"\n\n'
        '\t"github.com/stretchr/testify/require"\n)\n\n'
        f"func Test{name}(t *testing.T) {{\n\tresult, err := Run()\n"
        "\trequire.NoError(t, err)\n\trequire.NotNil(t, result)\n}\n"
    )


def _ginkgo_suite(package: str) -> dict[str, str]:
    """One package's Ginkgo suite: the `RunSpecs` file and a spec file, both importing it."""
    imports = (
        f'package {package}\n\nimport (\n\t"testing"\n\n'
        '\t. "github.com/onsi/ginkgo/v2"\n\t. "github.com/onsi/gomega"\n)\n\n'
    )
    return {
        f"{package}/{package}_suite_test.go": (
            imports + f"func TestSuite(t *testing.T) {{\n\tRegisterFailHandler(Fail)\n"
            f'\tRunSpecs(t, "{package} Suite")\n}}\n'
        ),
        f"{package}/{package}_test.go": (
            imports + f'var _ = Describe("{package}", func() {{\n'
            '\tIt("works", func() {\n\t\tExpect(Run()).To(Succeed())\n\t})\n})\n'
        ),
    }


def _gateway(plain: int, suites: tuple[str, ...]) -> dict[str, str]:
    """rudder-server: Chi serving, one go.mod requiring Ginkgo and testify, `plain` testify
    test files and a Ginkgo suite in each of `suites`."""
    files = {
        "go.mod": go_mod(
            "github.com/go-chi/chi/v5 v5.3.1",
            "github.com/lib/pq v1.12.3",
            "github.com/onsi/ginkgo/v2 v2.32.0",
            "github.com/onsi/gomega v1.38.0",
            "github.com/stretchr/testify v1.11.1",
        ),
        "main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi/v5"\n)\n\n'
            "func main() {\n\tr := chi.NewRouter()\n"
            '\thttp.ListenAndServe(":8080", r)\n}\n'
        ),
    }
    for index in range(plain):
        files[f"services/s{index}/s{index}_test.go"] = _testify_test(f"s{index}", f"S{index}")
    for package in suites:
        files.update(_ginkgo_suite(package))
    return files


def test_ginkgo_in_a_few_packages_is_outnumbered_by_go_test(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _gateway(8, ("gateway",))))["."]
    assert first(backend, K.FRAMEWORK) == ("Chi", "v5.3.1")
    assert first(backend, K.TEST)[0] == "go test"
    tests = [f.name for f in backend.findings if f.kind is K.TEST]
    assert "Ginkgo" in tests  # still named, below the main test framework
    counted = [e.text for f in backend.findings if f.name == "go test" for e in f.evidence]
    assert "Ginkgo in 2 of 10 test files" in counted


def test_ginkgo_in_most_test_files_stays_the_main_test_framework(tmp_path: Path) -> None:
    """The other side: suites in most packages, a few plain tests beside them."""
    files = _gateway(2, ("gateway", "router", "processor"))
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "Ginkgo"


# --- JVM -----------------------------------------------------------------------------------------


def _module(name: str, dependencies: str, build: str = "") -> str:
    """A module's pom under the build's root parent."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent>\n    <groupId>com.agileboot</groupId>\n"
        "    <artifactId>agileboot</artifactId>\n    <version>1.0.0</version>\n  </parent>\n"
        f"  <artifactId>{name}</artifactId>\n  <packaging>jar</packaging>\n"
        f"  <dependencies>\n{dependencies}  </dependencies>\n{build}</project>\n"
    )


def _dependency(artifact: str, group: str = "com.agileboot", scope: str = "") -> str:
    scoped = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{scoped}</dependency>\n"
    )


_BOOT = "org.springframework.boot"
_PLUGIN = (
    "  <build>\n    <plugins>\n      <plugin>\n"
    f"        <groupId>{_BOOT}</groupId>\n"
    "        <artifactId>spring-boot-maven-plugin</artifactId>\n{executions}"
    "      </plugin>\n    </plugins>\n  </build>\n"
)
_REPACKAGE = (
    "        <executions>\n          <execution>\n"
    "            <goals><goal>repackage</goal></goals>\n          </execution>\n"
    "        </executions>\n"
)
_UNBOUND = "        <configuration><fork>true</fork></configuration>\n        <executions>\n"
_UNBOUND += "        </executions>\n"


def _application(package: str, name: str) -> str:
    return (
        f"package com.agileboot.{package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\n"
        f"public class {name} {{\n    public static void main(String[] args) {{\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )


def _agileboot(infrastructure_plugin: str = _UNBOUND) -> dict[str, str]:
    """AgileBoot: a root pom (no parent) importing spring-boot-dependencies at a property and
    declaring mybatis-plus-boot-starter in its own `<dependencies>` for every module; admin
    and api Spring Boot applications over domain and infrastructure, infrastructure holding
    the web starter, the MySQL driver and Spring Boot's plugin with no repackage bound."""
    root = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.agileboot</groupId>\n"
        "  <artifactId>agileboot</artifactId>\n  <version>1.0.0</version>\n"
        "  <properties>\n    <java.version>1.8</java.version>\n"
        "    <spring.boot.version>2.7.10</spring.boot.version>\n"
        "    <mybatis-plus.version>3.5.2</mybatis-plus.version>\n  </properties>\n"
        "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
        f"        <groupId>{_BOOT}</groupId>\n"
        "        <artifactId>spring-boot-dependencies</artifactId>\n"
        "        <version>${spring.boot.version}</version>\n"
        "        <type>pom</type>\n        <scope>import</scope>\n      </dependency>\n"
        "      <dependency>\n        <groupId>com.baomidou</groupId>\n"
        "        <artifactId>mybatis-plus-boot-starter</artifactId>\n"
        "        <version>${mybatis-plus.version}</version>\n      </dependency>\n"
        "    </dependencies>\n  </dependencyManagement>\n"
        "  <modules>\n    <module>agileboot-admin</module>\n    <module>agileboot-api</module>\n"
        "    <module>agileboot-domain</module>\n"
        "    <module>agileboot-infrastructure</module>\n  </modules>\n"
        "  <packaging>pom</packaging>\n  <dependencies>\n"
        + _dependency("junit", "junit", "test")
        + _dependency("mybatis-plus-boot-starter", "com.baomidou")
        + "  </dependencies>\n  <build>\n    <pluginManagement>\n      <plugins>\n"
        f"        <plugin>\n          <groupId>{_BOOT}</groupId>\n"
        "          <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "          <version>${spring.boot.version}</version>\n        </plugin>\n"
        "      </plugins>\n    </pluginManagement>\n  </build>\n</project>\n"
    )
    return {
        "pom.xml": root,
        "agileboot-admin/pom.xml": _module(
            "agileboot-admin",
            _dependency("agileboot-domain")
            + _dependency("spring-boot-starter-test", _BOOT, "test"),
            _PLUGIN.format(executions=_REPACKAGE),
        ),
        "agileboot-admin/src/main/java/com/agileboot/admin/AdminApplication.java": (
            _application("admin", "AdminApplication")
        ),
        # admin's context test (a repository declaring a test framework keeps a test somewhere,
        # `testless_jvm`); api has none of its own and takes the root's JUnit, its domain
        # module being tested as in the repository (a sibling application's tests alone would
        # test none of api's code: `unused_module_tests`).
        "agileboot-admin/src/test/java/com/agileboot/admin/AdminApplicationTests.java": (
            junit5_test("com.agileboot.admin", "AdminApplicationTests")
        ),
        "agileboot-domain/src/test/java/com/agileboot/domain/user/SysUserTest.java": (
            junit5_test("com.agileboot.domain.user", "SysUserTest")
        ),
        "agileboot-admin/src/main/resources/application-dev.yml": (
            "spring:\n  datasource:\n    dynamic:\n      datasource:\n        master:\n"
            "          url: jdbc:mysql://localhost:33067/agileboot?useUnicode=true\n"
        ),
        "agileboot-api/pom.xml": _module(
            "agileboot-api",
            _dependency("agileboot-infrastructure")
            + _dependency("spring-boot-starter-undertow", _BOOT)
            + _dependency("agileboot-domain"),
        ),
        "agileboot-api/src/main/java/com/agileboot/api/ApiApplication.java": (
            _application("api", "ApiApplication")
        ),
        "agileboot-api/src/main/resources/application.yml": (
            "server:\n  port: 8090\nspring:\n  profiles:\n    active: basic,dev\n"
        ),
        "agileboot-domain/pom.xml": _module(
            "agileboot-domain", _dependency("agileboot-infrastructure")
        ),
        "agileboot-domain/src/main/java/com/agileboot/domain/user/db/SysUserMapper.java": (
            "package com.agileboot.domain.user.db;\n\n"
            "import com.baomidou.mybatisplus.core.mapper.BaseMapper;\n"
            "import org.apache.ibatis.annotations.Param;\n\n"
            "public interface SysUserMapper extends BaseMapper<SysUserEntity> {\n"
            '    SysUserEntity find(@Param("id") Long id);\n}\n'
        ),
        "agileboot-infrastructure/pom.xml": _module(
            "agileboot-infrastructure",
            _dependency("spring-boot-starter-web", _BOOT)
            + _dependency("mysql-connector-java", "mysql")
            + _dependency("h2", "com.h2database", "runtime"),
            _PLUGIN.format(executions=infrastructure_plugin),
        ),
        "agileboot-infrastructure/src/main/java/com/agileboot/infrastructure/"
        "config/ApplicationConfig.java": (
            "package com.agileboot.infrastructure.config;\n\n"
            "import org.mybatis.spring.annotation.MapperScan;\n\n"
            '@MapperScan("com.agileboot.domain.**.db")\npublic class ApplicationConfig {\n}\n'
        ),
    }


def test_two_boot_applications_over_a_shared_infrastructure_module(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _agileboot()))
    assert sorted(found) == ["agileboot-admin", "agileboot-api"]
    for backend in found.values():
        assert first(backend, K.FRAMEWORK) == ("Spring Boot", "2.7.10")
        assert first(backend, K.ORM)[0] == "MyBatis-Plus"
        assert first(backend, K.DATABASE)[0] == "MySQL"
        assert first(backend, K.TEST)[0] == "JUnit"


def test_a_module_whose_boot_plugin_repackages_stays_an_application(tmp_path: Path) -> None:
    """The other side: infrastructure binding the repackage goal packages an application."""
    found = by_folder(write(tmp_path, _agileboot(_REPACKAGE)))
    assert "agileboot-infrastructure" in found
