"""A Go service's graph database, or clientless search engine, lent by a wrapper (set 349, #19).

Graph: the service (gorilla/mux) imports its product's wrapper (`acme/dp-graph/v2`, required
directly), which picks a driver at run time; go.mod lists the drivers only `// indirect` (a
product's fork of the community Neo4j Bolt driver, the Gremlin client written for Neptune) and
go.sum holds their full `h1:` checksums. The wrapper is named for the kind of store (`graph`):
it lends the service a graph engine and the driver as its data layer.

Search with no client: the service imports a wrapper named for the engine
(`acme/dp-elasticsearch/v2`: the engine is its name's last part) for the request signer and
health check, and speaks Elasticsearch's REST API through its own HTTP client: go.mod names no
client at all. The wrapper lends Elasticsearch.

Counter-cases: a wrapper the code never imports, or a direct library named for neither the
engine nor its kind, lends nothing; a library whose name only starts with the engine's word
(`elasticsearch-hook`) is not a wrapper of it.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GRAPH_MOD = """module github.com/acme/dp-hierarchy-api

go 1.24

require (
\tgithub.com/acme/dp-graph/v2 v2.18.0
\tgithub.com/gorilla/mux v1.8.1
)

require (
\tgithub.com/acme/golang-neo4j-bolt-driver v0.0.0-20241121114036-9f4b82bb9d37 // indirect
\tgithub.com/acme/gremgo-neptune v1.1.0 // indirect
)
"""

_GRAPH_SUM = """github.com/acme/dp-graph/v2 v2.18.0 h1:abc=
github.com/acme/dp-graph/v2 v2.18.0/go.mod h1:def=
github.com/acme/golang-neo4j-bolt-driver v0.0.0-20241121114036-9f4b82bb9d37 h1:ghi=
github.com/acme/golang-neo4j-bolt-driver v0.0.0-20241121114036-9f4b82bb9d37/go.mod h1:jkl=
github.com/acme/gremgo-neptune v1.1.0 h1:mno=
github.com/acme/gremgo-neptune v1.1.0/go.mod h1:pqr=
"""

_GRAPH_MAIN = """package main

import (
\t"net/http"

\t"github.com/acme/dp-graph/v2/graph"
\t"github.com/gorilla/mux"
)

func main() {
\tstore, _ := graph.NewHierarchyStore(nil)
\tr := mux.NewRouter()
\tr.HandleFunc("/hierarchies/{instance}/{dimension}", get(store)).Methods("GET")
\thttp.ListenAndServe(":22600", r)
}
"""

_SEARCH_MOD = """module github.com/acme/dp-dimension-search-api

go 1.24

require (
\tgithub.com/acme/dp-elasticsearch/v2 v2.3.0
\tgithub.com/gorilla/mux v1.8.1
)
"""

_SEARCH_MAIN = """package main

import (
\t"net/http"

\tesauth "github.com/acme/dp-elasticsearch/v2/awsauth"
\t"github.com/gorilla/mux"
)

func main() {
\tsigner, _ := esauth.NewAwsSigner("", "", "eu-west-2", "es")
\tr := mux.NewRouter()
\tr.HandleFunc("/search/instances/{id}/dimensions/{name}", search(signer)).Methods("GET")
\thttp.ListenAndServe(":23100", r)
}
"""


def _found(tmp_path: Path, files: dict[str, str]) -> tuple[str, str]:
    backend = by_folder(write(tmp_path, files))["."]
    data = next((f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "")
    return data, first(backend, K.DATABASE)[0]


def _graph(**override: str) -> dict[str, str]:
    files = {"go.mod": _GRAPH_MOD, "go.sum": _GRAPH_SUM, "main.go": _GRAPH_MAIN}
    files.update(override)
    return files


def test_a_graph_wrapper_lends_its_driver_and_engine(tmp_path: Path) -> None:
    data, engine = _found(tmp_path, _graph())
    assert engine in ("Neo4j", "Neptune")
    assert data in ("golang-neo4j-bolt-driver", "gremgo-neptune")


def test_a_graph_wrapper_the_code_never_imports_lends_nothing(tmp_path: Path) -> None:
    main = _GRAPH_MAIN.replace('\t"github.com/acme/dp-graph/v2/graph"\n', "").replace(
        "store, _ := graph.NewHierarchyStore(nil)", "store := 0"
    )
    assert _found(tmp_path, _graph(**{"main.go": main})) == ("", "")


def test_a_library_named_for_neither_lends_nothing(tmp_path: Path) -> None:
    files = {
        path: text.replace("dp-graph", "dp-storage") for path, text in _graph().items()
    }
    assert _found(tmp_path, files) == ("", "")


def test_a_search_wrapper_lends_its_engine_without_a_client(tmp_path: Path) -> None:
    files = {"go.mod": _SEARCH_MOD, "main.go": _SEARCH_MAIN}
    assert _found(tmp_path, files)[1] == "Elasticsearch"


def test_a_library_only_starting_with_the_engines_word_lends_nothing(tmp_path: Path) -> None:
    files = {
        path: text.replace("dp-elasticsearch", "elasticsearch-hook")
        for path, text in {"go.mod": _SEARCH_MOD, "main.go": _SEARCH_MAIN}.items()
    }
    assert _found(tmp_path, files)[1] == ""
