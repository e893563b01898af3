"""Held-out set 350 (#19): a Go monorepo of Gin services over upper/db's older import path.
Each service's go.mod requires `upper.io/db.v3` (upper/db before v4 moved it to GitHub, here
swapped for a fork by a `replace`) beside a common module of the repository, `replace`d from a
local folder, that sets up the MySQL connection (`upper.io/db.v3/mysql`); the services' DAOs
import `upper.io/db.v3`. A gateway over the services requires the common module too but no data
layer, and imports only its errors and view models: it keeps no data of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMMON_MOD = """module example.com/product/common

go 1.13

require (
\tgithub.com/gin-gonic/gin v1.8.1
\tupper.io/db.v3 v3.7.1+incompatible
)
"""

_COMMON_DB = """package mysql

import (
\t"upper.io/db.v3/lib/sqlbuilder"
\t"upper.io/db.v3/mysql"
)

func Open(url string) (sqlbuilder.Database, error) {
\tsettings, err := mysql.ParseURL(url)
\tif err != nil {
\t\treturn nil, err
\t}
\treturn mysql.Open(settings)
}
"""

_COMMON_ERRS = """package errs

type Code struct{ Value int }
"""

_SERVICE_MOD = """module example.com/product/service/{name}

go 1.13

replace example.com/product/common => ./../../common

require (
\tgithub.com/gin-gonic/gin v1.8.1
\texample.com/product/common v0.0.0-00010101000000-000000000000
{upper})

replace upper.io/db.v3 v3.7.1+incompatible => example.com/fork/db v0.3.75
"""

_SERVICE_MAIN = """package main

import (
\t"github.com/gin-gonic/gin"
\t"example.com/product/common/db/mysql"
)

func main() {
\t_, _ = mysql.Open("mysql://root@tcp(localhost:3306)/app")
\tr := gin.New()
\tr.Run(":8080")
}
"""

_SERVICE_DAO = """package dao

import (
\tdb "upper.io/db.v3"
)

func ByID(id int64) db.Cond {
\treturn db.Cond{"id": id}
}
"""

_GATEWAY_MAIN = """package main

import (
\t"github.com/gin-gonic/gin"
\t"example.com/product/common/errs"
)

func main() {
\t_ = errs.Code{Value: 0}
\tr := gin.New()
\tr.Run(":8000")
}
"""


def _service(name: str, upper: bool = True) -> dict[str, str]:
    folder = f"service/{name}"
    requires = "\tupper.io/db.v3 v3.7.1+incompatible\n" if upper else ""
    files = {
        f"{folder}/go.mod": _SERVICE_MOD.replace("{name}", name).replace("{upper}", requires),
        f"{folder}/main.go": _SERVICE_MAIN,
    }
    if upper:
        files[f"{folder}/dao/dao.go"] = _SERVICE_DAO
    return files


def _repository(gateway: bool) -> dict[str, str]:
    files = {
        "common/go.mod": _COMMON_MOD,
        "common/db/mysql/mysql.go": _COMMON_DB,
        "common/errs/errs.go": _COMMON_ERRS,
        **_service("orders"),
        **_service("users"),
    }
    if gateway:
        files["app/go.mod"] = (
            _SERVICE_MOD.replace("service/{name}", "app")
            .replace("./../../common", "./../common")
            .replace("{upper}", "")
        )
        files["app/main.go"] = _GATEWAY_MAIN
    return files


def test_upper_db_v3_path_is_the_data_layer_on_the_adapter_engine(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _repository(gateway=False)))
    for folder in ("service/orders", "service/users"):
        assert first(backends[folder], K.ORM)[0] == "upper/db"
        assert first(backends[folder], K.DATABASE)[0] == "MySQL"


def test_gateway_requiring_no_layer_its_siblings_require_takes_no_data(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _repository(gateway=True)))
    assert first(backends["app"], K.ORM) == ("", "")
    assert first(backends["app"], K.DATABASE) == ("", "")
    assert first(backends["service/orders"], K.ORM)[0] == "upper/db"


def test_common_module_lends_its_layer_when_no_user_requires_it(tmp_path: Path) -> None:
    files = {
        "common/go.mod": _COMMON_MOD,
        "common/db/mysql/mysql.go": _COMMON_DB,
        **_service("orders", upper=False),
        **_service("users", upper=False),
    }
    backends = by_folder(write(tmp_path, files))
    for folder in ("service/orders", "service/users"):
        assert first(backends[folder], K.ORM)[0] == "upper/db"
        assert first(backends[folder], K.DATABASE)[0] == "MySQL"
