"""go-json-rest as a Go service's framework (#19): the tidepool platform shape of held-out set
42, one go.mod (github.com/ant0ine/go-json-rest at a `+incompatible` version) whose services
build a `rest.NewApi()` and set its app to a router `rest.MakeRouter(routes...)` made, over
mongo-driver on MongoDB."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K
from designer.questionnaire.stacks import FRAMEWORKS

_API = (
    'package api\n\nimport (\n\t"github.com/ant0ine/go-json-rest/rest"\n)\n\n'
    "type API struct {\n\tapi *rest.Api\n}\n\n"
    "func New() *API {\n\treturn &API{api: rest.NewApi()}\n}\n\n"
    "func (a *API) InitializeRouter(routes []*rest.Route) error {\n"
    "\trouter, err := rest.MakeRouter(routes...)\n\tif err != nil {\n\t\treturn err\n\t}\n"
    "\ta.api.SetApp(router)\n\treturn nil\n}\n"
)


def test_go_json_rest_api_is_the_framework(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/ant0ine/go-json-rest v3.3.2+incompatible",
            "go.mongodb.org/mongo-driver v1.17.3",
        ),
        "services/auth/main.go": "package main\n\nfunc main() { run() }\n",
        "service/api/api.go": _API,
        "store/structured/mongo/config.go": (
            'package mongo\n\nfunc (c *Config) AsConnectionString() string {\n'
            '\treturn "mongodb://" + c.Addresses\n}\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("go-json-rest", "v3.3.2+incompatible")
    assert first(backend, K.QUERY)[0] == "mongo-driver"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_go_json_rest_has_stack_facts() -> None:
    assert "go-json-rest" in FRAMEWORKS
