"""Generic gaps the fourteenth held-out set showed (benchmarks/detect_heldout14.yaml), each as a
small fixture of the real files' shape (#19): the engine a program picks when its engine
setting is unset (a test for the unset setting in its database module, an environment
lookup's default inside a call, a Go configuration constructor, a Spring base settings
file's `db:` section); a lock file a broad `.gitignore` rule covers; Gradle extra properties
set for the subprojects by the root build; hutool-db; a Maven module the root reactor leaves
out of its modules."""

from __future__ import annotations

import time
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, go_mod, write

from designer.model.stack import FindingKind as K

# --- Python: the engine the program picks when the setting is unset ------------------------------

_PYPROJECT = (
    '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.10"\n'
    "dependencies = [\n"
    '    "fastapi~=0.115",\n'
    '    "SQLAlchemy[aiomysql,aiosqlite,asyncio,postgresql_asyncpg]~=2.0",\n'
    '    "asyncpg~=0.30",\n'
    '    "psycopg2-binary~=2.9",\n'
    "]\n"
)
_DATABASE_MODULE = (
    "from app import env\n\n\n"
    "def get_connection_url() -> URL:\n"
    "    db_type = env.get_database_type()\n"
    "    database = env.get_database()\n\n"
    "    if db_type is None:\n"
    "        db_type = env.DatabaseType.SQLITE\n\n"
    '        database = str(env.get_data_dir().joinpath("app.db"))\n'
    "    elif db_type is env.DatabaseType.SQLITE:\n"
    '        database = str(env.get_data_dir().joinpath("app.db"))\n'
    "    return URL.create(drivername=db_type.to_drivername(), database=database)\n"
)
_MAIN = "from fastapi import FastAPI\n\napp = FastAPI(\n    title='app',\n)\n"


def _python_app(database: str) -> dict[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        "app/main.py": _MAIN,
        "app/database/database.py": database,
    }
    # Enough ordinary modules before it to spend the project's ordinary quota: the database
    # module is read as a configuration module.
    files.update({f"app/api/route_{i:02}.py": "VALUE = 1\n" for i in range(40)})
    return files


def test_the_branch_for_an_unset_engine_setting_names_the_default(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _python_app(_DATABASE_MODULE)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_without_that_branch_the_drivers_decide(tmp_path: Path) -> None:
    # The same database module choosing no engine when the setting is unset: the server
    # drivers decide, as before.
    module = _DATABASE_MODULE.replace("db_type = env.DatabaseType.SQLITE", "raise ValueError")
    found = by_folder(write(tmp_path, _python_app(module)))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


_FLASK_PYPROJECT = (
    '[project]\nname = "backend"\nversion = "0.1.0"\nrequires-python = ">=3.12"\n'
    'dependencies = [\n    "flask>=3.1.0",\n    "flask-sqlalchemy>=3.1.1",\n'
    '    "psycopg2-binary>=2.9.10",\n]\n'
)
_UV_LOCK = (
    'version = 1\nrevision = 3\nrequires-python = ">=3.12"\n\n'
    '[[package]]\nname = "backend"\nversion = "0.1.0"\nsource = { editable = "." }\n\n'
    '[[package]]\nname = "flask"\nversion = "3.1.3"\n'
    'source = { registry = "https://pypi.org/simple" }\n\n'
    '[[package]]\nname = "flask-sqlalchemy"\nversion = "3.1.1"\n'
    'source = { registry = "https://pypi.org/simple" }\n'
)
_FLASK_CONFIG = (
    "import os\n\nfrom flask import Flask\nfrom sqlalchemy.engine import URL\n\n"
    "DB_URL = URL.create(\n"
    '    os.getenv("DB_DRIVER", "sqlite"),\n'
    '    host=os.getenv("DB_HOST"),\n'
    '    database=os.getenv("DB_NAME", "/data/database.db"),\n)\n\n'
    "app = Flask(__name__)\n"
)
_POSTGRES_COMPOSE = (
    "services:\n  db:\n    image: postgres:15\n  back:\n    image: acme/backend\n"
    "    environment:\n      DB_DRIVER: postgresql\n"
)


def _flask_app() -> dict[str, str]:
    return {
        # The root's ignore rules are a mobile app's (`*.lock` for its package manager).
        ".gitignore": "*.lock\n*.log\n",
        "pubspec.yaml": "name: app\n",
        "docker-compose-postgres.yml": _POSTGRES_COMPOSE,
        "backend/pyproject.toml": _FLASK_PYPROJECT,
        "backend/uv.lock": _UV_LOCK,
        "backend/app/config.py": _FLASK_CONFIG,
    }


def test_an_engine_lookup_default_inside_a_call_is_the_programs_choice(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _flask_app()))
    assert first(found["backend"], K.DATABASE)[0] == "SQLite"


def test_a_url_lookup_default_stays_a_fallback(tmp_path: Path) -> None:
    # A database URL's lookup default is a development connection, not the program's choice
    # among engines: the server driver and the alternative compose decide.
    files = _flask_app()
    files["backend/app/config.py"] = _FLASK_CONFIG.replace(
        'os.getenv("DB_DRIVER", "sqlite")', 'os.getenv("DATABASE_URL", "sqlite:///dev.db")'
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["backend"], K.DATABASE)[0] == "PostgreSQL"


def test_a_lock_a_broad_ignore_rule_covers_still_resolves(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _flask_app()))
    assert first(found["backend"], K.FRAMEWORK) == ("Flask", "3.1.3")


# --- Go: a configuration constructor's default ---------------------------------------------------

_GO_METADATA = (
    "package metadata\n\n"
    "// NewConfig instantiate a new default configuration\n"
    "// and override it with configuration passed as argument\n"
    "func NewConfig(params map[string]interface{}) (config *Config) {\n"
    "\tconfig = new(Config)\n"
    '\tconfig.Driver = "sqlite3"\n'
    '\tconfig.ConnectionString = "app.db"\n'
    "\tutils.Assign(config, params)\n"
    "\treturn\n}\n"
)


def _go_app(metadata: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.0",
            "gorm.io/gorm v1.25.2",
            "gorm.io/driver/mysql v1.5.1",
            "gorm.io/driver/postgres v1.5.2",
            "gorm.io/driver/sqlite v1.5.2",
        ),
        "main.go": 'package main\n\nimport "github.com/gorilla/mux"\n\n'
        "func main() {\n\trouter := mux.NewRouter()\n\t_ = router\n}\n",
        "metadata/config.go": metadata,
    }


def test_a_config_constructor_setting_the_driver_names_the_default(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _go_app(_GO_METADATA)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_driver_set_outside_a_constructor_chooses_nothing(tmp_path: Path) -> None:
    code = _GO_METADATA.replace("func NewConfig(", "func Apply(")
    found = by_folder(write(tmp_path, _go_app(code)))
    assert first(found["."], K.DATABASE)[0] != "SQLite"


# --- JVM: a base settings file's database section, hutool-db ---------------------------------

_STORAGE_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <artifactId>storage</artifactId>\n  <dependencies>\n"
    f"{dep('cn.hutool', 'hutool-db')}\n{dep('com.h2database', 'h2')}\n"
    f"{dep('org.mariadb.jdbc', 'mariadb-java-client')}\n"
    f"{dep('com.mysql', 'mysql-connector-j')}\n"
    "  </dependencies>\n</project>\n"
)
_SERVER_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <parent><artifactId>app-parent</artifactId></parent>\n"
    "  <artifactId>server</artifactId>\n  <dependencies>\n"
    f"{dep('org.springframework.boot', 'spring-boot-starter-web')}\n"
    f"{dep('com.example', 'storage')}\n"
    "  </dependencies>\n</project>\n"
)
_ROOT_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>2.7.18</version>\n  </parent>\n"
    "  <artifactId>app-parent</artifactId>\n  <packaging>pom</packaging>\n"
    "  <modules>\n    <module>server</module>\n    <module>storage</module>\n"
    "  </modules>\n</project>\n"
)
_APPLICATION_YML = (
    "app:\n  db:\n    # the engines supported: H2, MYSQL, MARIADB\n    mode: H2\n"
    "    url:\n    user-name: app\n"
)
_SPRING_MAIN = (
    "package app;\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ServerApplication {\n"
    "    public static void main(String[] args) {}\n}\n"
)


def _jvm_reactor(settings: str = _APPLICATION_YML) -> dict[str, str]:
    return {
        "pom.xml": _ROOT_POM,
        "server/pom.xml": _SERVER_POM,
        "server/src/main/java/app/ServerApplication.java": _SPRING_MAIN,
        "server/src/main/resources/application.yml": settings,
        # A profile's alternative: not what runs by default.
        "server/src/main/resources/application-mariadb.yml": settings.replace(
            "mode: H2", "mode: MARIADB"
        ),
        "storage/pom.xml": _STORAGE_POM,
    }


def test_the_base_settings_db_section_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _jvm_reactor()))
    assert list(found) == ["server"]
    assert first(found["server"], K.DATABASE)[0] == "H2"


def test_a_db_section_naming_no_engine_leaves_the_drivers(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _jvm_reactor(_APPLICATION_YML.replace("H2", "AUTO"))))
    assert first(found["server"], K.DATABASE)[0] != "H2"


def test_a_long_db_section_is_read_in_linear_time(tmp_path: Path) -> None:
    # Deeply indented keys and blank lines naming no engine: each line is read one way only
    # (the first form of the rule tried every split of each line's indentation).
    section = "app:\n  db:\n" + "".join(f"          key{i}: value\n" for i in range(6))
    settings = (section + "\n\n\n  other: 1\n") * 200
    files = _jvm_reactor(settings)
    start = time.thread_time()
    by_folder(write(tmp_path, files))
    assert time.thread_time() - start < 3.0


def test_hutool_db_is_a_query_library(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _jvm_reactor()))
    assert first(found["server"], K.QUERY)[0] == "hutool-db"
    assert first(found["server"], K.ORM) == ("", "")


# --- Gradle: extra properties the root build sets for its subprojects --------------------------

_ROOT_GRADLE = (
    "subprojects {\n    apply plugin: 'java'\n\n"
    "    project(':api') {\n        apply plugin: 'application'\n    }\n\n"
    "    ext {\n        dropwizardVersion = '2.1.12'\n        junit5Version = '5.10.2'\n    }\n\n"
    "    dependencies {\n"
    '        testImplementation "org.junit.jupiter:junit-jupiter:${junit5Version}"\n'
    "    }\n}\n"
)
_API_GRADLE = (
    "plugins {\n    id 'maven-publish'\n}\n\n"
    "ext {\n    jdbi3Version = '3.40.0'\n}\n\n"
    "dependencies {\n"
    '    implementation "io.dropwizard:dropwizard-core:${dropwizardVersion}"\n'
    '    implementation "io.dropwizard:dropwizard-jdbi3:${dropwizardVersion}"\n'
    '    implementation "org.jdbi:jdbi3-core:${jdbi3Version}"\n'
    "}\n"
)
_DROPWIZARD_MAIN = (
    "package app;\n\nimport io.dropwizard.Application;\n\n"
    "public final class AppApp extends Application<AppConfig> {\n"
    "    public static void main(String[] args) {}\n}\n"
)


def _gradle_build(api: str = _API_GRADLE) -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'app'\n\ninclude 'api'\n",
        "build.gradle": _ROOT_GRADLE,
        "api/build.gradle": api,
        "api/src/main/java/app/AppApp.java": _DROPWIZARD_MAIN,
    }


def test_a_version_the_root_build_sets_for_subprojects_resolves(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _gradle_build()))
    assert list(found) == ["api"]
    assert first(found["api"], K.FRAMEWORK) == ("Dropwizard", "2.1.12")


def test_a_modules_own_extra_property_wins_over_its_parents(tmp_path: Path) -> None:
    api = _API_GRADLE.replace(
        "jdbi3Version = '3.40.0'", "jdbi3Version = '3.40.0'\n    dropwizardVersion = '4.0.7'"
    )
    found = by_folder(write(tmp_path, _gradle_build(api)))
    assert first(found["api"], K.FRAMEWORK) == ("Dropwizard", "4.0.7")


# --- Maven: a module the root reactor leaves out ------------------------------------------------

_IOT_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n'
    "  <parent>\n    <artifactId>app-parent</artifactId>\n  </parent>\n"
    "  <modules>\n    <module>iot-gateway</module>\n  </modules>\n"
    "  <modelVersion>4.0.0</modelVersion>\n  <artifactId>iot</artifactId>\n"
    "  <packaging>pom</packaging>\n</project>\n"
)
_GATEWAY_POM = _SERVER_POM.replace("app-parent", "iot").replace(
    "<artifactId>server</artifactId>", "<artifactId>iot-gateway</artifactId>"
)


def _reactor_with_iot(root: str) -> dict[str, str]:
    files = _jvm_reactor()
    files["pom.xml"] = root
    files["iot/pom.xml"] = _IOT_POM
    files["iot/iot-gateway/pom.xml"] = _GATEWAY_POM
    files["iot/iot-gateway/src/main/java/gw/GatewayServerApplication.java"] = _SPRING_MAIN
    return files


def test_a_module_commented_out_of_the_reactor_is_no_backend(tmp_path: Path) -> None:
    root = _ROOT_POM.replace(
        "  </modules>", "<!--        <module>iot</module>-->\n  </modules>"
    )
    found = by_folder(write(tmp_path, _reactor_with_iot(root)))
    assert list(found) == ["server"]


def test_a_module_the_reactor_lists_is_a_backend(tmp_path: Path) -> None:
    root = _ROOT_POM.replace("  </modules>", "    <module>iot</module>\n  </modules>")
    found = by_folder(write(tmp_path, _reactor_with_iot(root)))
    assert list(found) == ["iot/iot-gateway", "server"]


def test_a_module_a_profile_lists_is_a_backend(tmp_path: Path) -> None:
    root = _ROOT_POM.replace(
        "</project>",
        "  <profiles>\n    <profile>\n      <id>iot</id>\n"
        "      <modules>\n        <module>iot</module>\n      </modules>\n"
        "    </profile>\n  </profiles>\n</project>",
    )
    found = by_folder(write(tmp_path, _reactor_with_iot(root)))
    assert list(found) == ["iot/iot-gateway", "server"]


def test_a_module_no_pom_lists_stays_a_backend(tmp_path: Path) -> None:
    # Its parent is the reactor, but no pom lists it, not even in a comment: a project built
    # on its own (`mvn -f mcp/log-server`), not one the build switched off.
    files = _jvm_reactor()
    files["mcp/log-server/pom.xml"] = _SERVER_POM.replace(
        "<artifactId>server</artifactId>", "<artifactId>log-server</artifactId>"
    )
    files["mcp/log-server/src/main/java/ls/LogServerApplication.java"] = _SPRING_MAIN
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["mcp/log-server", "server"]


def test_a_module_commented_out_in_a_block_is_no_backend(tmp_path: Path) -> None:
    root = _ROOT_POM.replace(
        "  </modules>", "    <!--\n    <module>iot</module>\n    <module>mes</module>\n    -->\n"
        "  </modules>"
    )
    found = by_folder(write(tmp_path, _reactor_with_iot(root)))
    assert list(found) == ["server"]
