"""Generic gaps the sixth held-out set showed (benchmarks/detect_heldout6.yaml), each as a
small fixture of the real files' shape (#19): data layers built on another (Objection on Knex,
MyBatis-Plus on MyBatis), jOOQ, the xorm-io fork, the ORM more of the code imports, Ts.ED,
an exact pin beside a Pipfile's range, the raw mongodb crate behind a default feature, Python
code under a CSS-building package.json, and `require('express')()`."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

EXPRESS_APP = "const express = require('express')\nconst app = express()\napp.listen(3000)\n"


def data_layer(backend: object) -> str:
    """What the data stage takes: the first ORM, else the first query library."""
    return first(backend, K.ORM)[0] or first(backend, K.QUERY)[0]  # type: ignore[arg-type]


def test_objection_is_the_data_layer_over_knex(tmp_path: Path) -> None:
    # Wiki.js: models are Objection classes; Knex is the query builder beneath them.
    files = {
        "package.json": package_json({"express": "4.18.2", "knex": "0.21.7",
                                      "objection": "2.2.18", "pg": "8.8.0"}),
        "server/index.js": EXPRESS_APP,
    }
    assert data_layer(by_folder(write(tmp_path, files))["."]) == "Objection"


def test_knex_alone_stays_the_data_layer(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"express": "4.18.2", "knex": "3.1.0", "pg": "8.8.0"}),
        "index.js": EXPRESS_APP,
    }
    assert data_layer(by_folder(write(tmp_path, files))["."]) == "Knex"


POM = (
    "<project><artifactId>api</artifactId>\n<parent><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-parent</artifactId><version>3.3.4</version></parent>\n"
    "<dependencies>\n{deps}</dependencies></project>\n"
)
SPRING_APP = (
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
    "@SpringBootApplication\npublic class ApiApplication {}\n"
)


def _dependency(group: str, artifact: str) -> str:
    return (f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
            "</dependency>\n")


def test_mybatis_plus_is_named_over_the_mybatis_it_extends(tmp_path: Path) -> None:
    # PlayEdu: the MyBatis-Plus starter; mappers still import org.apache.ibatis annotations.
    deps = (_dependency("org.springframework.boot", "spring-boot-starter-web")
            + _dependency("com.baomidou", "mybatis-plus-spring-boot3-starter")
            + _dependency("com.mysql", "mysql-connector-j"))
    files = {
        "pom.xml": POM.format(deps=deps),
        "src/main/java/ApiApplication.java": SPRING_APP,
        "src/main/java/UserMapper.java": "import org.apache.ibatis.annotations.Mapper;\n"
        "@Mapper\npublic interface UserMapper {}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert data_layer(backend) == "MyBatis-Plus"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_jooq_starter_is_a_query_library(tmp_path: Path) -> None:
    # komga: spring-boot-starter-jooq with sqlite-jdbc.
    deps = (_dependency("org.springframework.boot", "spring-boot-starter-web")
            + _dependency("org.springframework.boot", "spring-boot-starter-jooq")
            + _dependency("org.xerial", "sqlite-jdbc"))
    files = {"pom.xml": POM.format(deps=deps), "src/main/java/ApiApplication.java": SPRING_APP}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "jOOQ"
    assert first(backend, K.ORM) == ("", "")


GO_MAIN = (
    'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
    "func main() { gin.Default().Run() }\n"
)


def test_xorm_fork_outranks_squirrel(tmp_path: Path) -> None:
    # casdoor: github.com/xorm-io/xorm beside Masterminds/squirrel.
    files = {
        "go.mod": go_mod("github.com/gin-gonic/gin v1.10.0",
                         "github.com/Masterminds/squirrel v1.5.3",
                         "github.com/xorm-io/xorm v1.1.6"),
        "main.go": GO_MAIN,
    }
    assert data_layer(by_folder(write(tmp_path, files))["."]) == "XORM"


def test_the_orm_more_files_import_is_the_data_layer(tmp_path: Path) -> None:
    # Cloudreve: ent everywhere, jinzhu/gorm kept for a migrator of the old schema.
    ent = 'package inventory\n\nimport "entgo.io/ent"\n\nvar _ ent.Schema\n'
    files = {
        "go.mod": go_mod("github.com/gin-gonic/gin v1.10.0", "entgo.io/ent v0.13.0",
                         "github.com/jinzhu/gorm v1.9.11"),
        "main.go": GO_MAIN,
        "migrator/model.go": 'package model\n\nimport "github.com/jinzhu/gorm"\n\nvar _ gorm.DB\n',
        **{f"inventory/f{i}.go": ent for i in range(3)},
    }
    assert data_layer(by_folder(write(tmp_path, files))["."]) == "ent"


def test_tsed_absorbs_the_express_it_runs_on(tmp_path: Path) -> None:
    # growi's pdf-converter: @tsed/platform-express pinned, express beside it.
    files = {
        "package.json": package_json({"@tsed/common": "=8.5.0",
                                      "@tsed/platform-express": "=8.5.0",
                                      "express": "^4.19.2"}),
        "src/index.ts": "import { PlatformExpress } from '@tsed/platform-express';\n"
        "const platform = await PlatformExpress.bootstrap(Server);\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    frameworks = [f.name for f in backend.findings if f.kind is K.FRAMEWORK]
    assert frameworks == ["Ts.ED"]
    assert first(backend, K.FRAMEWORK) == ("Ts.ED", "=8.5.0")


def test_exact_pin_outranks_a_pipfile_range(tmp_path: Path) -> None:
    # babybuddy: Pipfile `django = "~=5.0"`, requirements.txt its locked export.
    files = {
        "Pipfile": '[packages]\ndjango = "~=5.0"\n',
        "requirements.txt": "django==5.2.15; python_version >= '3.10'\n",
        "manage.py": "import django\n",
        "app/wsgi.py": "from django.core.wsgi import get_wsgi_application\n"
        "application = get_wsgi_application()\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "==5.2.15")


def test_mongodb_crate_behind_a_default_feature(tmp_path: Path) -> None:
    # revolt: the database crate's `default = ["mongodb"]` turns the optional driver on.
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["api", "database"]\n',
        "api/Cargo.toml": '[package]\nname = "api"\nversion = "0.1.0"\n\n[dependencies]\n'
        'axum = "0.7.9"\ndatabase = { path = "../database" }\n',
        "api/src/main.rs": "fn main() { let app = axum::Router::new(); }\n",
        "database/Cargo.toml": '[package]\nname = "database"\nversion = "0.1.0"\n\n'
        '[features]\nmongodb = ["dep:mongodb"]\ndefault = ["mongodb"]\n\n'
        '[dependencies]\nmongodb = { optional = true, version = "3.1.0" }\n',
        "database/src/lib.rs": "pub struct Db;\n",
    }
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    assert data_layer(backend) == "mongodb"


def test_optional_crate_off_by_default_is_not_the_data_layer(tmp_path: Path) -> None:
    files = {
        "Cargo.toml": '[package]\nname = "api"\nversion = "0.1.0"\n\n[features]\n'
        'mongo = ["dep:mongodb"]\n\n[dependencies]\naxum = "0.7.9"\n'
        'mongodb = { optional = true, version = "3.1.0" }\n',
        "src/main.rs": "fn main() { let app = axum::Router::new(); }\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE) == ("", "")


def test_python_code_under_a_css_package_json_belongs_to_its_python_project(
    tmp_path: Path,
) -> None:
    # polar: server/polar/backoffice has a package.json for tailwind and its own FastAPI app.
    fastapi = "from fastapi import FastAPI\n\napp = FastAPI()\n"
    files = {
        "server/pyproject.toml": '[project]\nname = "polar"\ndependencies = ["fastapi==0.136.3"]\n',
        "server/polar/app.py": fastapi,
        "server/polar/backoffice/package.json": package_json({"tailwindcss": "^4.3.0"}),
        "server/polar/backoffice/__init__.py": fastapi,
    }
    assert list(by_folder(write(tmp_path, files))) == ["server"]


def test_express_made_where_it_is_required(tmp_path: Path) -> None:
    # growi's apps/app, in a pnpm workspace: `const express = require('express')();` beside
    # Next.js; a library package that only depends on express is no backend.
    files = {
        "package.json": package_json({}, workspaces=["apps/*", "packages/*"]),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "apps/app/package.json": package_json({"express": "^4.20.0", "next": "^14.2.0",
                                               "react-dom": "^18.2.0",
                                               "mongoose": "^6.13.6"}),
        "apps/app/src/server/crowi/index.js": "const express = require('express')();\n"
        "express.listen(3000);\n",
        "packages/remark-lsx/package.json": package_json({"express": "^4.20.0"}),
        "packages/remark-lsx/src/server/routes.js": "module.exports = (req, res) => {};\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["apps/app"]
    assert first(found["apps/app"], K.FRAMEWORK)[0] == "Express"
    assert data_layer(found["apps/app"]) == "Mongoose"


def test_gradle_plugin_version_from_the_catalogue(tmp_path: Path) -> None:
    # komga: `id("org.springframework.boot") version libs.versions.springboot.get()`.
    files = {
        "settings.gradle.kts": 'include("komga")\n',
        "gradle/libs.versions.toml": '[versions]\nspringboot = "3.5.16"\n',
        "komga/build.gradle.kts": 'plugins {\n  kotlin("jvm")\n'
        '  id("org.springframework.boot") version libs.versions.springboot.get()\n}\n'
        "dependencies {\n"
        '  implementation("org.springframework.boot:spring-boot-starter-web")\n}\n',
        "komga/src/main/kotlin/Application.kt": "import org.springframework.boot.autoconfigure."
        "SpringBootApplication\n\n@SpringBootApplication\nclass Application\n",
    }
    backend = by_folder(write(tmp_path, files))["komga"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.5.16")
