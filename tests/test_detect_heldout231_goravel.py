"""Go: a Goravel application is a Goravel backend, its ORM the data layer (set 231, #19).

Goravel is a Laravel-like framework: `go.mod` requires `github.com/goravel/framework` with an
HTTP driver (`github.com/goravel/gin`, which brings Gin only `// indirect`) and the database
drivers of its ORM (`github.com/goravel/mysql`), and `main.go` only calls the application's
`bootstrap` package, where `foundation.Setup()` builds the application. The framework is
Goravel, the data layer Goravel's ORM. Counter-cases: a module requiring no Goravel database
driver has no Goravel ORM, and a library requiring the framework without building an
application is no backend of it by code.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GOMOD = (
    "module shop\n\ngo 1.23.0\n\nrequire (\n"
    "\tgithub.com/goravel/framework v1.15.2\n"
    "\tgithub.com/goravel/gin v1.3.1\n"
    "{drivers}"
    ")\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.10.0 // indirect\n"
    "\tgorm.io/gorm v1.25.12 // indirect\n"
    ")\n"
)


def _app(drivers: str = "\tgithub.com/goravel/mysql v1.3.0\n") -> dict[str, str]:
    return {
        "go.mod": _GOMOD.replace("{drivers}", drivers),
        "main.go": 'package main\n\nimport "shop/bootstrap"\n\n'
        "func main() {\n\tbootstrap.Boot()\n\tselect {}\n}\n",
        "bootstrap/app.go": "package bootstrap\n\nimport (\n"
        '\tcontractsfoundation "github.com/goravel/framework/contracts/foundation"\n'
        '\t"github.com/goravel/framework/foundation"\n\n\t"shop/routes"\n)\n\n'
        "func Boot() contractsfoundation.Application {\n"
        "\treturn foundation.Setup().\n\t\tWithRouting(func() {\n\t\t\troutes.Api()\n"
        "\t\t}).\n\t\tCreate()\n}\n",
        "routes/api.go": "package routes\n\nimport (\n"
        '\t"github.com/goravel/framework/contracts/http"\n'
        '\t"github.com/goravel/framework/facades"\n)\n\n'
        "func Api() {\n"
        '\tfacades.Route().Get("/products", func(ctx http.Context) http.Response {\n'
        "\t\treturn ctx.Response().Success().Json(http.Json{})\n\t})\n}\n",
        ".env.example": "DB_CONNECTION=mysql\n",
    }


def test_a_goravel_application_is_goravel_over_its_orm(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert first(found["."], K.FRAMEWORK) == ("Goravel", "v1.15.2")
    assert first(found["."], K.ORM)[0] == "Goravel ORM"


def test_no_database_driver_no_goravel_orm(tmp_path: Path) -> None:
    # Counter-case: an application with no database driver of Goravel's ORM keeps no data
    # through it.
    found = by_folder(write(tmp_path, _app(drivers="")))
    assert first(found["."], K.FRAMEWORK)[0] == "Goravel"
    assert first(found["."], K.ORM) == ("", "")


def test_a_gin_application_stays_gin(tmp_path: Path) -> None:
    # Counter-case: a plain Gin service is not taken for Goravel.
    files = {
        "go.mod": "module api\n\ngo 1.23.0\n\nrequire github.com/gin-gonic/gin v1.10.0\n",
        "main.go": 'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
        'func main() {\n\tr := gin.Default()\n\tr.Run(":8080")\n}\n',
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Gin"
