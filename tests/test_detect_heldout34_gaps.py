"""Generic gaps the thirty-fourth held-out set showed (benchmarks/detect_heldout34.yaml), each as a
small fixture of the real files' shape (#19): wither, an ODM over Rust's mongodb crate; the
Doctrine driver a Symfony parameters file gives `%database_driver%`; Ginkgo, required by a Go
module whose test files mostly are plain `go test` functions with testify, outnumbered there."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, go_mod, write

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
