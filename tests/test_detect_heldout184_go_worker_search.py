"""A Go product's API whose store a library lends, and its data-less worker (set 184, #19).

The API module (gorilla/mux) calls no query library: a library of the product's, required
directly, keeps its data in OpenSearch through a fork of the OpenSearch client that go.mod
lists `// indirect`; the repository's root Compose file runs `opensearchproject/opensearch`
beside the API's published image. The engine is OpenSearch (`go_lent_search`, with the fork
recognised by its name). Beside it, the execution worker, a module named `worker` in a folder
named `worker`, starts the same router only to take what the product's containers post back,
and keeps no data: a worker, no backend (`go_named_workers`).

Counter-cases: no Compose image of the engine leaves the API's engine unnamed; a worker with a
driver of its own, or one that is the tree's only service, stays a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API_MOD = """module github.com/acme/flows/backend

go 1.25.0

require (
\tgithub.com/gorilla/mux v1.8.1
\tgithub.com/acme/flows-shared v1.2.51
)

require (
\tgithub.com/acme/opensearch-go/v4 v4.0.0 // indirect
\tgolang.org/x/net v0.40.0 // indirect
)
"""

_API_MAIN = """package main

import (
\t"net/http"

\t"github.com/gorilla/mux"
\tshared "github.com/acme/flows-shared"
)

func main() {
\tshared.RunInit("onprem", "elasticsearch")
\tr := mux.NewRouter()
\tr.HandleFunc("/api/v1/workflows", shared.HandleGetWorkflows).Methods("GET", "OPTIONS")
\tr.HandleFunc("/api/v1/workflows", shared.HandleNewWorkflow).Methods("POST", "OPTIONS")
\thttp.ListenAndServe(":5001", r)
}
"""

_WORKER_MOD = """module worker

go 1.25.0

require (
\tgithub.com/gorilla/mux v1.8.1
\tgithub.com/acme/flows-shared v1.2.45
)

require github.com/acme/opensearch-go/v4 v4.0.0 // indirect
"""

_WORKER_MAIN = """package main

import (
\t"net/http"

\t"github.com/gorilla/mux"
)

func main() {
\tr := mux.NewRouter()
\tr.HandleFunc("/api/v1/streams", handleWorkflowQueue).Methods("POST", "OPTIONS")
\tr.HandleFunc("/api/v1/streams/results", handleGetStreamResults).Methods("POST", "OPTIONS")
\tr.HandleFunc("/api/v1/execute", handleRunExecution).Methods("POST", "OPTIONS")
\thttp.ListenAndServe(":33333", r)
}

func handleWorkflowQueue(w http.ResponseWriter, r *http.Request)    {}
func handleGetStreamResults(w http.ResponseWriter, r *http.Request) {}
func handleRunExecution(w http.ResponseWriter, r *http.Request)     {}
"""

_COMPOSE = """services:
  backend:
    image: ghcr.io/acme/flows-backend:latest
    ports:
      - "5001:5001"
    env_file: .env
  opensearch:
    image: opensearchproject/opensearch:3.2.0
    ports:
      - 9200:9200
"""


def _tree() -> dict[str, str]:
    return {
        "docker-compose.yml": _COMPOSE,
        "backend/go-app/go.mod": _API_MOD,
        "backend/go-app/main.go": _API_MAIN,
        "functions/onprem/worker/go.mod": _WORKER_MOD,
        "functions/onprem/worker/worker.go": _WORKER_MAIN,
    }


def test_the_api_takes_the_compose_search_engine_and_the_worker_is_none(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"backend/go-app"}
    assert first(found["backend/go-app"], K.DATABASE)[0] == "OpenSearch"


def test_no_compose_image_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: the indirect client alone is a dependency's need, no engine.
    files = _tree()
    del files["docker-compose.yml"]
    found = by_folder(write(tmp_path, files))
    assert first(found["backend/go-app"], K.DATABASE) == ("", "")


def test_a_worker_with_a_driver_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a store of its own makes it a backend, whatever its name.
    files = _tree()
    files["functions/onprem/worker/go.mod"] = _WORKER_MOD.replace(
        "\tgithub.com/gorilla/mux v1.8.1\n",
        "\tgithub.com/gorilla/mux v1.8.1\n\tgithub.com/jackc/pgx/v5 v5.7.1\n",
    )
    assert "functions/onprem/worker" in by_folder(write(tmp_path, files))


def test_a_lone_worker_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: with no other service beside it, the name alone settles nothing.
    files = {k: v for k, v in _tree().items() if k.startswith("functions/")}
    assert "functions/onprem/worker" in by_folder(write(tmp_path, files))
