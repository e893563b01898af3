"""gorp, Go's struct-to-table mapper, is a data layer (#19, set 70): a module keeping its
models in PostgreSQL through gorp, with mgo beside it for a search index, is on gorp."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MODEL = (
    'package models\n\nimport (\n\t"github.com/go-gorp/gorp"\n\t_ "github.com/lib/pq"\n)\n\n'
    'func Map(db *gorp.DbMap) { db.AddTableWithName(Clan{}, "clans") }\n'
)


def test_gorp_is_the_data_layer_beside_a_search_index_driver(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/globalsign/mgo v0.0.0-20180615134936-113d3961e731",
            "github.com/go-gorp/gorp v2.2.0+incompatible",
            "github.com/labstack/echo v2.2.0+incompatible",
            "github.com/lib/pq v1.0.0",
        ),
        "api/app.go": (
            'package api\n\nimport "github.com/labstack/echo"\n\nfunc New() { echo.New() }\n'
        ),
        "models/clan.go": _MODEL,
        "models/player.go": _MODEL.replace("Clan{}, \"clans\"", "Player{}, \"players\""),
        "mongo/search.go": (
            'package mongo\n\nimport "github.com/globalsign/mgo"\n\nvar S *mgo.Session\n'
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.ORM) == ("gorp", "v2.2.0+incompatible")
