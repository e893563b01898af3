"""Go: a Cosmos SDK chain node whose only router is the one the SDK's API server lends it is
no backend (set 432, #19).

The chain's go.mod requires the Cosmos SDK and gorilla/mux; app/app.go's `RegisterAPIRoutes(
apiSvr *api.Server, …)` registers the modules' gRPC-gateway routes and the Swagger page on the
SDK's router. Nothing of the program builds a router of its own: its REST surface is the SDK's
gateway over the node's own state, not a web framework it sets up."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_SDK = "github.com/cosmos/cosmos-sdk v0.50.11"

_APP = (
    "package app\n\nimport (\n\t\"net/http\"\n\n"
    '\t"github.com/cosmos/cosmos-sdk/server/api"\n'
    '\t"github.com/cosmos/cosmos-sdk/server/config"\n\t"github.com/gorilla/mux"\n)\n\n'
    "type App struct{}\n\n"
    "// RegisterAPIRoutes registers all application module routes with the provided\n"
    "// API server.\n"
    "func (app *App) RegisterAPIRoutes(apiSvr *api.Server, apiConfig config.APIConfig) {\n"
    "\tif apiConfig.Swagger {\n\t\tRegisterSwaggerAPI(apiSvr.Router)\n\t}\n}\n\n"
    "func RegisterSwaggerAPI(rtr *mux.Router) {\n"
    '\trtr.PathPrefix("/swagger/").Handler(http.FileServer(http.Dir("docs")))\n}\n'
)

_MAIN = (
    "package main\n\nimport (\n\t\"os\"\n\n\t\"example.com/app/app\"\n)\n\n"
    "func main() {\n\t_ = app.App{}\n\tos.Exit(0)\n}\n"
)

_STREAM = (
    "package ws\n\nimport \"net/http\"\n\n"
    "// Start serves the optional order-book stream over a WebSocket.\n"
    "func Start(handler http.HandlerFunc) {\n\thttp.HandleFunc(\"/ws\", handler)\n"
    "\tserver := &http.Server{Addr: \":9092\"}\n\t_ = server.ListenAndServe()\n}\n"
)

_INDEXER = {
    "indexer/package.json": '{"name": "api", "version": "1.0.0", "dependencies": '
    '{"express": "^4.18.1", "pg": "^8.7.3"}}\n',
    "indexer/src/index.js": "const express = require('express');\nconst { Pool } = "
    "require('pg');\nconst pool = new Pool();\nconst app = express();\n"
    "app.get('/height', async (req, res) => res.json((await pool.query('SELECT 1')).rows));\n"
    "app.listen(8080);\n",
}


def _tree(*requires: str, main: str = _MAIN) -> dict[str, str]:
    return {
        "protocol/go.mod": go_mod(*requires, "github.com/gorilla/mux v1.8.1"),
        "protocol/app/app.go": _APP,
        "protocol/cmd/noded/main.go": main,
        "protocol/streaming/ws/server.go": _STREAM,
        **_INDEXER,
    }


def test_a_chain_node_on_the_sdk_api_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_SDK)))
    assert "protocol" not in found
    assert first(found["indexer"], K.FRAMEWORK)[0] == "Express"


def test_without_the_sdk_the_router_module_stays(tmp_path: Path) -> None:
    # Counter-case: the same module without the Cosmos SDK is left to the other rules.
    found = by_folder(write(tmp_path, _tree()))
    assert "protocol" in found


def test_a_chain_serving_a_router_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: a router the program builds and serves is a web framework it sets up.
    main = (
        "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gorilla/mux\"\n)\n\n"
        "func main() {\n\tr := mux.NewRouter()\n"
        '\tr.HandleFunc("/status", func(w http.ResponseWriter, _ *http.Request) {})\n'
        '\t_ = http.ListenAndServe(":8080", r)\n}\n'
    )
    found = by_folder(write(tmp_path, _tree(_SDK, main=main)))
    assert first(found["protocol"], K.FRAMEWORK)[0] == "gorilla/mux"
