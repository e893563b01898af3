"""Held-out set 350 (#19): a Goa v3 service whose go.mod also requires Chi and an OpenSearch
client, and keeps its records in NATS JetStream key-value buckets. Its `cmd/<api>/main.go`
mounts the generated server on `goahttp.NewMuxer()` (a Chi router underneath) and imports Chi
only to read the route context; its nats package opens one bucket per kind of record
(`js.KeyValue(ctx, "projects")`); a CLI beside it reindexes them in OpenSearch.

Goa absorbs Chi (its muxer is one), and a service naming no store but JetStream buckets its code
opens keeps its data there: data nats.go, engine NATS. Counter-case: the same service with a
PostgreSQL driver keeps its data in PostgreSQL, NATS being its broker.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _go_mod(*extra: str) -> str:
    lines = "".join(f"\t{line}\n" for line in extra)
    return f"""module github.com/acme/project-service

go 1.25.0

require (
\tgithub.com/go-chi/chi/v5 v5.2.3
\tgithub.com/nats-io/nats.go v1.47.0
\tgithub.com/opensearch-project/opensearch-go/v2 v2.3.0
\tgoa.design/goa/v3 v3.22.6
{lines})
"""


_MAIN = """package main

import (
\t"context"
\t"net/http"

\t"github.com/go-chi/chi/v5"
\tgoahttp "goa.design/goa/v3/http"

\tinternalnats "github.com/acme/project-service/internal/infrastructure/nats"
)

func main() {
\tctx := context.Background()
\trepo, _ := internalnats.Open(ctx)
\t_ = repo
\tmux := goahttp.NewMuxer()
\tmux.Use(func(h http.Handler) http.Handler {
\t\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
\t\t\t_ = chi.RouteContext(r.Context())
\t\t\th.ServeHTTP(w, r)
\t\t})
\t})
\t_ = http.ListenAndServe(":8080", mux)
}
"""

_STORE = """package nats

import (
\t"context"

\t"github.com/nats-io/nats.go"
\t"github.com/nats-io/nats.go/jetstream"
)

type Repository struct{ Projects jetstream.KeyValue }

func Open(ctx context.Context) (*Repository, error) {
\tnc, err := nats.Connect(nats.DefaultURL)
\tif err != nil {
\t\treturn nil, err
\t}
\tjs, _ := jetstream.New(nc)
\tprojectsKV, err := js.KeyValue(ctx, "projects")
\treturn &Repository{Projects: projectsKV}, err
}
"""


def _tree() -> dict[str, str]:
    return {
        "go.mod": _go_mod(),
        "cmd/project-api/main.go": _MAIN,
        "internal/infrastructure/nats/repository.go": _STORE,
        "internal/infrastructure/opensearch/client.go": (
            'package opensearch\n\nimport _ "github.com/opensearch-project/opensearch-go/v2"\n'
        ),
    }


def test_goa_absorbs_the_chi_muxer_it_runs_on(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK) == ("Goa", "v3.22.6")


def test_jetstream_buckets_are_the_store_of_a_service_naming_no_other(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, FindingKind.QUERY)[0] == "nats.go"
    assert first(backend, FindingKind.DATABASE)[0] == "NATS"


def test_nats_beside_a_database_driver_is_no_store(tmp_path: Path) -> None:
    files = _tree()
    files["go.mod"] = _go_mod("github.com/jackc/pgx/v5 v5.6.0")
    files["internal/db/db.go"] = (
        'package db\n\nimport "github.com/jackc/pgx/v5/pgxpool"\n\nvar _ = pgxpool.New\n'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"
    assert "NATS" not in {f.name for f in backend.findings}
