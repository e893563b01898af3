"""Held-out sets 57 and 68 (#19): servers a developer starts by hand beside a product's
deployed services.

Set 57's shape: an npm-workspaces monorepo whose API ships with a Dockerfile and a CI deploy
job, beside a package outside the workspace list holding a copy of a standard's XML schemas
and a one-route Express server (`POST /validate` running xmllint on a hard-coded port),
started by `npm run server` (no `start` script, npm's placeholder test), no Dockerfile, named
by nothing else in the repository. Set 68's shape: a Go product shipping its API from the
root Dockerfile, beside a Go module of its own (`go.mod` with gorilla/mux) serving a
text-to-speech helper for a demo setup, run by `go run main.go` from its own Makefile.

Neither keeps data, and nothing of the product builds, ships or names them: tools, not
backends. Counter-cases, each leaving the tool a backend: a CI job, a Compose file or a
workspace glob naming it, a `start` script, a Go module nothing shows run with `go run`, a
Dockerfile of its own, a data layer of its own, or a repository that ships none of its projects
(then nothing says how it deploys anything).
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_API = """import express from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.get("/patients", async (_req, res) => res.json((await pool.query("select 1")).rows));
app.listen(process.env.PORT ?? 8080);
"""

_VALIDATOR = """import express, { Request, Response } from "express";
import { exec } from "child_process";

const app = express();
const port = 8999;

app.use(express.text({ type: "application/xml", limit: "50mb" }));

app.post("/validate", async (req: Request, res: Response) => {
  exec(`xmllint --schema schema/core.xsd --noout -`, (error, _out, stderr) => {
    res.status(error ? 400 : 200).send({ valid: !error, errors: stderr });
  });
});

app.listen(port, () => {
  console.log(`Server listening at http://localhost:${port}`);
});
"""

_DEPLOY = """name: deploy
on: {push: {branches: [main]}}
jobs:
  api:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -f packages/api/Dockerfile .
"""

_TOOL = "packages/xml-checker"


def _node_tree(
    tool_scripts: dict[str, str] | None = None,
    tool_deps: dict[str, str] | None = None,
    workspaces: list[str] | None = None,
) -> dict[str, str]:
    scripts = tool_scripts if tool_scripts is not None else {
        "test": 'echo "Error: no test specified" && exit 1',
        "server": "ts-node server.ts",
    }
    return {
        "package.json": package_json(
            {}, private=True, workspaces=workspaces or ["packages/shared", "packages/api"]
        ),
        "packages/shared/package.json": package_json({}, name="shared"),
        "packages/shared/src/index.ts": "export const answer = 42;\n",
        "packages/api/package.json": package_json(
            {"express": "^4.19.2", "pg": "^8.11.3"}, name="api",
            scripts={"start": "node dist/app.js"},
        ),
        "packages/api/src/app.ts": _API,
        "packages/api/Dockerfile": 'FROM node:20\nCOPY . .\nCMD ["node", "dist/app.js"]\n',
        ".github/workflows/deploy.yml": _DEPLOY,
        f"{_TOOL}/package.json": package_json(
            {"express": "^4.19.1", **(tool_deps or {})}, name="cda-core",
            main="index.js", license="ISC", scripts=scripts,
        ),
        f"{_TOOL}/server.ts": _VALIDATOR,
        f"{_TOOL}/README.md": "To run the server on port 8999, just run `npm run server`.\n",
        f"{_TOOL}/tsconfig.json": json.dumps({"compilerOptions": {"strict": True}}),
    }


def test_a_server_nothing_builds_ships_or_names_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _node_tree()))) == {"packages/api"}


def test_a_ci_job_naming_the_tool_keeps_it(tmp_path: Path) -> None:
    files = _node_tree()
    files[".github/workflows/validate.yml"] = (
        "jobs:\n  check:\n    steps:\n      - run: cd packages/xml-checker && npm run server &\n"
    )
    assert set(by_folder(write(tmp_path, files))) == {"packages/api", _TOOL}


def test_a_workspace_glob_over_its_parent_keeps_it(tmp_path: Path) -> None:
    files = _node_tree(workspaces=["packages/*"])
    assert set(by_folder(write(tmp_path, files))) == {"packages/api", _TOOL}


def test_a_start_script_keeps_it(tmp_path: Path) -> None:
    files = _node_tree(tool_scripts={"start": "ts-node server.ts"})
    assert set(by_folder(write(tmp_path, files))) == {"packages/api", _TOOL}


def test_a_dockerfile_of_its_own_keeps_it(tmp_path: Path) -> None:
    files = _node_tree()
    files[f"{_TOOL}/Dockerfile"] = 'FROM node:20\nCOPY . .\nCMD ["npx", "ts-node", "server.ts"]\n'
    assert set(by_folder(write(tmp_path, files))) == {"packages/api", _TOOL}


def test_data_of_its_own_keeps_it(tmp_path: Path) -> None:
    files = _node_tree(tool_deps={"pg": "^8.11.3"})
    files[f"{_TOOL}/server.ts"] = _VALIDATOR.replace(
        'import { exec } from "child_process";',
        'import { exec } from "child_process";\nimport { Pool } from "pg";\n'
        "const pool = new Pool({ connectionString: process.env.DATABASE_URL });",
    )
    assert set(by_folder(write(tmp_path, files))) == {"packages/api", _TOOL}


def test_a_repository_shipping_nothing_keeps_it(tmp_path: Path) -> None:
    files = _node_tree()
    del files["packages/api/Dockerfile"]
    assert set(by_folder(write(tmp_path, files))) == {"packages/api", _TOOL}


_GO_API = """package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.Default()
	r.GET("/sessions", func(c *gin.Context) { c.JSON(200, gin.H{}) })
	r.Run(":8080")
}
"""

_TTS = """package main

import (
	"fmt"
	"net/http"
	"os/exec"

	"github.com/gorilla/mux"
)

func handleSpeak(w http.ResponseWriter, r *http.Request) {
	_ = exec.Command("tts", "--text", r.FormValue("text")).Run()
	fmt.Fprint(w, "ok")
}

func main() {
	router := mux.NewRouter()
	router.HandleFunc("/speak", handleSpeak).Methods("POST")
	http.ListenAndServe(":8080", router)
}
"""


def _go_tree() -> dict[str, str]:
    return {
        "go.mod": "module github.com/example/agents\n\ngo 1.22\n\n"
        "require github.com/gin-gonic/gin v1.10.0\n",
        "main.go": _GO_API,
        "Dockerfile": 'FROM golang:1.22\nCOPY . .\nRUN go build -o /agents .\nCMD ["/agents"]\n',
        "speech-server/go.mod": (
            "module speech\n\ngo 1.21\n\nrequire github.com/gorilla/mux v1.8.1\n"
        ),
        "speech-server/main.go": _TTS,
        "speech-server/Makefile": "run:\n\tgo run main.go\n",
        "speech-server/README.md": "Run the server: `go run main.go`.\n",
    }


def test_a_go_helper_run_by_hand_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _go_tree()))) == {"."}


def test_a_compose_service_building_the_go_helper_keeps_it(tmp_path: Path) -> None:
    files = _go_tree()
    files["docker-compose.yaml"] = "services:\n  speech:\n    build: ./speech-server\n"
    assert set(by_folder(write(tmp_path, files))) == {".", "speech-server"}


def test_a_go_module_nothing_shows_run_by_hand_keeps_it(tmp_path: Path) -> None:
    # Without a README, Makefile or script running it from source (`go run`), nothing says a
    # developer starts it: a small service the repository deploys some other way stays.
    files = _go_tree()
    del files["speech-server/Makefile"], files["speech-server/README.md"]
    assert set(by_folder(write(tmp_path, files))) == {".", "speech-server"}
