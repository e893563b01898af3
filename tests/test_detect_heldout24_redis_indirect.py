"""Redis as the store of a Go service whose go.mod lists other databases only as `// indirect`
requirements (#19): what a dependency needs is no database the service chose."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = (
    "module github.com/example/alerts\n\ngo 1.25.0\n\nrequire (\n"
    "\tgithub.com/go-chi/chi v4.1.2+incompatible\n"
    "\tgithub.com/go-redis/redis/v8 v8.11.5\n"
    "\tgithub.com/smartystreets/goconvey v1.7.2\n"
    "\tgithub.com/lib/pq v1.10.9 // indirect\n"
    "\tgo.etcd.io/bbolt v1.4.0 // indirect\n)\n"
)
_MAIN = (
    'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi"\n)\n\n'
    "func main() {\n\trouter := chi.NewRouter()\n\thttp.ListenAndServe(\":8081\", router)\n}\n"
)
_STORE = (
    'package redis\n\nimport (\n\t"github.com/go-redis/redis/v8"\n)\n\n'
    "type DbConnector struct {\n\tclient redis.UniversalClient\n}\n"
)


def test_indirect_databases_leave_redis_the_store(tmp_path: Path) -> None:
    files = {"go.mod": _GO_MOD, "cmd/api/main.go": _MAIN, "database/redis/database.go": _STORE}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"


def test_a_direct_driver_still_names_the_engine(tmp_path: Path) -> None:
    direct = _GO_MOD.replace("github.com/lib/pq v1.10.9 // indirect", "github.com/lib/pq v1.10.9")
    files = {"go.mod": direct, "cmd/api/main.go": _MAIN, "database/redis/database.go": _STORE}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] != "Redis"
