"""A Go service whose search engine a wrapper library of the product's lends (set 349, #19).

The service (gorilla/mux) calls no search client itself: it imports a library of its owner's,
required directly and named for the engine (`acme/dp-elasticsearch/v3`), which wraps the
official Elasticsearch client; go.mod lists that client only `// indirect`, and go.sum holds the
client's full `h1:` checksum, so the build compiles it. No Compose file runs the engine. The
engine is Elasticsearch (`go_lent_search`, the wrapper witness).

Counter-cases: a wrapper the code never imports, a client go.sum knows only by its go.mod, or a
direct library not named for the engine leave the engine unnamed.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MOD = """module github.com/acme/dp-search-api

go 1.24

require (
\tgithub.com/acme/dp-elasticsearch/v3 v3.0.4
\tgithub.com/gorilla/mux v1.8.1
)

require (
\tgithub.com/elastic/go-elasticsearch/v7 v7.10.0 // indirect
\tgolang.org/x/net v0.40.0 // indirect
)
"""

_SUM_COMPILED = """github.com/acme/dp-elasticsearch/v3 v3.0.4 h1:abc=
github.com/acme/dp-elasticsearch/v3 v3.0.4/go.mod h1:def=
github.com/elastic/go-elasticsearch/v7 v7.10.0 h1:ghi=
github.com/elastic/go-elasticsearch/v7 v7.10.0/go.mod h1:jkl=
github.com/gorilla/mux v1.8.1 h1:mno=
github.com/gorilla/mux v1.8.1/go.mod h1:pqr=
"""

_MAIN = """package main

import (
\t"net/http"

\t"github.com/gorilla/mux"
\t"github.com/acme/dp-search-api/service"
)

func main() {
\tr := mux.NewRouter()
\tservice.Routes(r)
\thttp.ListenAndServe(":23900", r)
}
"""

_SERVICE = """package service

import (
\t"github.com/gorilla/mux"

\tdpEs "github.com/acme/dp-elasticsearch/v3"
\tdpEsClient "github.com/acme/dp-elasticsearch/v3/client"
)

func Routes(r *mux.Router) {
\tvar c dpEsClient.Client = dpEs.NewClient(dpEsClient.Config{Address: "http://localhost:11200"})
\tr.HandleFunc("/search", search(c)).Methods("GET")
}
"""


def _tree(**override: str) -> dict[str, str]:
    tree = {
        "go.mod": _MOD,
        "go.sum": _SUM_COMPILED,
        "main.go": _MAIN,
        "service/service.go": _SERVICE,
    }
    tree.update(override)
    return {path: text for path, text in tree.items() if text}


def _engine(tmp_path: Path, **override: str) -> str:
    found = by_folder(write(tmp_path, _tree(**override)))
    return first(found["."], K.DATABASE)[0]


def test_a_wrapper_named_for_the_engine_lends_it(tmp_path: Path) -> None:
    assert _engine(tmp_path) == "Elasticsearch"


def test_a_client_the_build_only_resolves_lends_nothing(tmp_path: Path) -> None:
    sums = "\n".join(
        line for line in _SUM_COMPILED.splitlines()
        if not line.startswith("github.com/elastic/go-elasticsearch/v7 v7.10.0 h1:")
    )
    assert _engine(tmp_path, **{"go.sum": sums + "\n"}) == ""


def test_a_wrapper_the_code_never_imports_lends_nothing(tmp_path: Path) -> None:
    service = _SERVICE.replace('\tdpEs "github.com/acme/dp-elasticsearch/v3"\n', "").replace(
        '\tdpEsClient "github.com/acme/dp-elasticsearch/v3/client"\n', ""
    )
    assert _engine(tmp_path, **{"service/service.go": service}) == ""


def test_a_library_not_named_for_the_engine_lends_nothing(tmp_path: Path) -> None:
    mod = _MOD.replace("dp-elasticsearch", "dp-storage")
    service = _SERVICE.replace("dp-elasticsearch", "dp-storage")
    sums = _SUM_COMPILED.replace("dp-elasticsearch", "dp-storage")
    assert (
        _engine(tmp_path, **{"go.mod": mod, "service/service.go": service, "go.sum": sums})
        == ""
    )
