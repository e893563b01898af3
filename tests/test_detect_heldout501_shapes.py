"""Shapes the 501st held-out set showed (benchmarks/detect_heldout501.yaml), as small fixtures
of the real files' shape (#19): a Cargo workspace whose server crate picks its storage crate by
feature, SQLite by default and PostgreSQL only when built with another feature; a Grails 2
application, built by the `grails` command from `application.properties` and
`grails-app/conf/BuildConfig.groovy`, with no Maven or Gradle build; an old Django site whose
root setup.py chains a vendored framework bundle's pip lists and its own, then pins over them."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K


def _names(backend: DetectedBackend, *kinds: K) -> list[str]:
    return [f.name for f in backend.findings if f.kind in kinds]


# --- A server crate choosing its storage crate by feature ----------------------------------

_SERVER_MAIN = (
    "use actix_web::{App, HttpServer};\n\n#[actix_web::main]\n"
    "async fn main() -> std::io::Result<()> {\n"
    '    HttpServer::new(|| App::new()).bind(("0.0.0.0", 8080))?.run().await\n}\n'
)


def _feature_storage() -> dict[str, str]:
    return {
        "Cargo.toml": (
            '[workspace]\nresolver = "2"\nmembers = ["core", "server", "sqlite", "postgres"]\n\n'
            "[workspace.dependencies]\n"
            'actix-web = "^4.13.0"\n'
            'rusqlite = { version = "0.37", features = ["bundled"] }\n'
            'tokio-postgres = { version = "0.7.13", features = ["with-uuid-1"] }\n'
            'bb8-postgres = "0.9.0"\n'
        ),
        "core/Cargo.toml": '[package]\nname = "sync-core"\nversion = "0.1.0"\nedition = "2021"\n',
        "core/src/lib.rs": "pub trait Storage {}\n",
        "sqlite/Cargo.toml": (
            '[package]\nname = "sync-storage-sqlite"\nversion = "0.1.0"\nedition = "2021"\n\n'
            '[dependencies]\nsync-core = { path = "../core" }\nrusqlite.workspace = true\n'
        ),
        "sqlite/src/lib.rs": "use rusqlite::Connection;\npub struct SqliteStorage;\n",
        "postgres/Cargo.toml": (
            '[package]\nname = "sync-storage-postgres"\nversion = "0.1.0"\nedition = "2021"\n\n'
            '[dependencies]\nsync-core = { path = "../core" }\n'
            "tokio-postgres.workspace = true\nbb8-postgres.workspace = true\n"
        ),
        "postgres/src/lib.rs": "use tokio_postgres::NoTls;\npub struct PostgresStorage;\n",
        "server/Cargo.toml": (
            '[package]\nname = "sync-server"\nversion = "0.1.0"\nedition = "2021"\n\n'
            "[features]\n# By default, only build the SQLite backend.\n"
            'default = ["sqlite"]\nsqlite = ["dep:sync-storage-sqlite"]\n'
            'postgres = ["dep:sync-storage-postgres"]\n\n'
            '[[bin]]\nname = "sync-server"\nrequired-features = ["sqlite"]\n\n'
            '[[bin]]\nname = "sync-server-postgres"\nrequired-features = ["postgres"]\n\n'
            "[dependencies]\n"
            'sync-core = { path = "../core" }\n'
            'sync-storage-sqlite = { path = "../sqlite", optional = true }\n'
            'sync-storage-postgres = { path = "../postgres", optional = true }\n'
            "actix-web.workspace = true\n"
        ),
        "server/src/lib.rs": "pub mod web;\n",
        "server/src/web.rs": "pub fn routes() {}\n",
        "server/src/bin/sync-server.rs": _SERVER_MAIN,
        "server/src/bin/sync-server-postgres.rs": _SERVER_MAIN,
    }


def test_feature_chosen_storage_crate_is_the_default_ones(tmp_path: Path) -> None:
    """The server depends on both storage crates optionally; its `default` feature turns on
    the SQLite one. The PostgreSQL crate is built only when asked for: its tokio-postgres is
    no data layer of the server as it is built by default, and PostgreSQL no engine of it."""
    backend = by_folder(write(tmp_path, _feature_storage()))["server"]
    assert _names(backend, K.FRAMEWORK) == ["Actix Web"]
    assert _names(backend, K.ORM, K.QUERY) == ["rusqlite"]
    assert _names(backend, K.DATABASE) == ["SQLite"]


def test_default_feature_turning_on_the_other_crate_lends_it(tmp_path: Path) -> None:
    """The same server whose `default` feature names the PostgreSQL crate runs on it."""
    files = _feature_storage()
    files["server/Cargo.toml"] = files["server/Cargo.toml"].replace(
        'default = ["sqlite"]', 'default = ["postgres"]'
    )
    backend = by_folder(write(tmp_path, files))["server"]
    assert _names(backend, K.ORM, K.QUERY) == ["tokio-postgres"]
    assert _names(backend, K.DATABASE) == ["PostgreSQL"]


# --- A Grails 2 application: no Maven or Gradle build -----------------------------------------

_DATA_SOURCE = (
    "hibernate {\n    cache.use_second_level_cache = true\n}\n\n"
    "dataSource {\n    configClass = 'org.example.core.domain.GormConfiguration'\n}\n\n"
    "environments {\n    development {\n        dataSource {\n"
    '            dbCreate = "create-drop"\n            driverClassName = "org.h2.Driver"\n'
    '            url = "jdbc:h2:mem:devDb"\n        }\n    }\n'
    "    production {\n        dataSource {\n            pooled = true\n"
    '            username = "sa"\n            driverClassName = "org.h2.Driver"\n'
    '            url = "jdbc:h2:prodDb"\n        }\n    }\n}\n'
    "//    production {\n//        dataSource {\n"
    '//            driverClassName = "com.mysql.jdbc.Driver"\n//        }\n//    }\n'
)

_BUILD_CONFIG = (
    'grails.servlet.version = "3.0"\ngrails.project.dependency.resolver = "maven"\n'
    "grails.project.dependency.resolution = {\n"
    '    inherits("global") {\n    }\n    repositories {\n        grailsCentral()\n'
    "        mavenCentral()\n    }\n    dependencies {\n"
    "        runtime 'mysql:mysql-connector-java:5.1.49'\n    }\n    plugins {\n"
    "        compile ':asset-pipeline:2.14.1.1'\n        runtime ':hibernate4:4.3.10'\n"
    "        runtime 'org.grails.plugins:database-migration:1.4.1'\n"
    "        build ':tomcat:7.0.70'\n    }\n}\n"
)


def _grails2() -> dict[str, str]:
    return {
        "application.properties": (
            "#Grails Metadata file\napp.grails.version=2.5.6\napp.name=boards\napp.version=7.55\n"
        ),
        "grails-app/conf/BuildConfig.groovy": _BUILD_CONFIG,
        "grails-app/conf/DataSource.groovy": _DATA_SOURCE,
        "grails-app/conf/UrlMappings.groovy": (
            'class UrlMappings {\n    static mappings = {\n        "/"(view: "/index")\n    }\n}\n'
        ),
        "grails-app/controllers/org/example/BoardController.groovy": (
            "package org.example\n\nclass BoardController {\n    def index() {\n"
            "        render Board.list() as JSON\n    }\n}\n"
        ),
        "web-app/js/app.js": "console.log('board');\n",
    }


def test_grails2_application_is_read_from_its_metadata(tmp_path: Path) -> None:
    """`application.properties` naming `app.grails.version` beside `grails-app/` is the
    application's manifest: Grails at that release, GORM through the Hibernate plugin of
    BuildConfig.groovy, and the engine of DataSource.groovy's production environment (H2,
    though a MySQL driver is declared and a commented block names MySQL)."""
    backend = by_folder(write(tmp_path, _grails2()))["."]
    assert first(backend, K.FRAMEWORK) == ("Grails", "2.5.6")
    assert first(backend, K.ORM)[0] == "GORM"
    assert first(backend, K.DATABASE)[0] == "H2"


def test_spring_settings_named_alike_are_no_grails_application(tmp_path: Path) -> None:
    """A Spring Boot application's `application.properties` (no Grails version, no
    `grails-app/`) is its settings, not a manifest: the Maven build stays the application."""
    files = {
        "pom.xml": (
            "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
            "<artifactId>app</artifactId><version>1</version><dependencies><dependency>"
            "<groupId>org.springframework.boot</groupId>"
            "<artifactId>spring-boot-starter-web</artifactId><version>3.2.0</version>"
            "</dependency></dependencies></project>\n"
        ),
        "application.properties": "server.port=8080\n",
        "src/main/java/x/App.java": (
            "package x;\n@SpringBootApplication\npublic class App {\n"
            "    public static void main(String[] a) { SpringApplication.run(App.class, a); }\n}\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK)[0] == "Spring Boot"


# --- A setup.py chaining pip lists, one of them a vendored framework bundle's -----------------

_CHAINING_SETUP = (
    "import os\nfrom setuptools import setup, find_packages\n"
    "from pkg_resources import parse_requirements\n\n\n"
    "def read_requirements(path):\n    with open(os.path.join(*path)) as stream:\n"
    "        for line in stream:\n            yield line.strip()\n\n\n"
    "def get_requirements(requirements_files, extras=[], remove=[]):\n"
    "    requirements = []\n    for path in requirements_files:\n"
    "        requirements.extend(read_requirements(path))\n"
    "    requirements.extend(extras)\n    return requirements\n\n\n"
    "install_requires = get_requirements(\n    [\n"
    "        ['Bundle-0.7.3', 'requirements', 'libs.txt'],\n"
    "        ['Bundle-0.7.3', 'requirements', 'external_apps.txt'],\n"
    "        ['requirements.txt']\n    ],\n"
    "    extras = [\n        'django-timezones==0.2.dev1',\n        'Django==1.1.4',\n"
    "        'Pillow',\n    ],\n    remove = ['pil']\n)\n\n"
    "setup(\n    name='Stories',\n    packages=find_packages('web'),\n"
    "    package_dir = { '': 'web' },\n    install_requires = install_requires,\n)\n"
)


def _chaining() -> dict[str, str]:
    return {
        "setup.py": _CHAINING_SETUP,
        "requirements.txt": "django-tastypie\nmysql-python\nWerkzeug\n",
        "Bundle-0.7.3/README": "The framework bundle.\n",
        "Bundle-0.7.3/requirements/libs.txt": "Django==1.0.4\nMarkdown==2.0\n",
        "Bundle-0.7.3/requirements/external_apps.txt": "django-notification==0.1.4\n",
        "Bundle-0.7.3/requirements/__init__.py": "",
        "web/__init__.py": "",
        "web/manage.py": (
            "from django.core.management import execute_manager\nimport settings\n\n"
            'if __name__ == "__main__":\n    execute_manager(settings)\n'
        ),
        "web/settings.py": "DATABASE_ENGINE = 'mysql'\nDATABASE_NAME = 'stories'\n",
        "web/urls.py": "from django.conf.urls.defaults import *\n\nurlpatterns = patterns('')\n",
    }


def test_setup_py_chaining_pip_lists_owns_them(tmp_path: Path) -> None:
    """The root setup.py reads the bundle's pip lists (named by their path's parts) and its
    own, then adds pins that override theirs: the lists are the root project's, no project of
    the bundle's folder, and Django runs at the setup.py's pin."""
    backends = by_folder(write(tmp_path, _chaining()))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==1.1.4")
    assert first(backends["."], K.DATABASE)[0] == "MySQL"
