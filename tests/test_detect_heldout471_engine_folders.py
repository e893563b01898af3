"""A gap the 471st held-out set showed (benchmarks/detect_heldout471.yaml), as a small fixture
of the real files' shape (#19): a layered Go service whose go.mod was never tidied (every
requirement `// indirect`) keeps its repositories in a package named for the engine,
`data/mysql/`, deeper than a `domain/` package that fills the ordinary quota. That package is
read (GORM over MySQL). Two sibling packages named for two engines are a program supporting
both: neither is read on that account."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind

_GO_MOD = (
    "module apps/api\n\ngo 1.24.0\n\nrequire (\n"
    "\tgithub.com/go-sql-driver/mysql v1.7.0 // indirect\n"
    "\tgithub.com/gorilla/mux v1.8.1 // indirect\n"
    "\tgithub.com/lib/pq v1.10.9 // indirect\n"
    "\tgorm.io/driver/mysql v1.5.7 // indirect\n"
    "\tgorm.io/driver/postgres v1.5.7 // indirect\n"
    "\tgorm.io/gorm v1.25.10 // indirect\n)\n"
)

_MAIN = (
    'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
    "func main() {\n\trouter := mux.NewRouter()\n"
    '\thttp.ListenAndServe(":8000", router)\n}\n'
)


def _repo(engine: str, driver: str) -> str:
    return (
        f'package {engine}\n\nimport (\n\t"context"\n\n\t"gorm.io/driver/{driver}"\n'
        '\t"gorm.io/gorm"\n)\n\n'
        "type Repository struct {\n\tdb *gorm.DB\n}\n\n"
        f"func Open(dsn string) (*gorm.DB, error) {{\n"
        f"\treturn gorm.Open({driver}.Open(dsn), &gorm.Config{{}})\n}}\n\n"
        "func (r Repository) Ping(ctx context.Context) error { return nil }\n"
    )


def _tree(*engines: tuple[str, str]) -> dict[str, str]:
    files = {"apps/api/go.mod": _GO_MOD, "apps/api/main.go": _MAIN}
    for index in range(30):
        files[f"apps/api/domain/entity_{index:02}.go"] = (
            f"package domain\n\ntype Entity{index} struct {{\n\tID int64\n}}\n"
        )
    for folder, driver in engines:
        files[f"apps/api/data/{folder}/base_repo.go"] = _repo(folder, driver)
    return files


def _names(backend, kind: FindingKind) -> set[str]:
    return {f.name for f in backend.findings if f.kind is kind}


def test_the_one_engine_package_of_a_layered_service_is_read(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _tree(("mysql", "mysql"))))["apps/api"]
    assert _names(api, FindingKind.ORM) == {"GORM"}
    assert _names(api, FindingKind.DATABASE) == {"MySQL"}


def test_two_engine_packages_side_by_side_are_not_read_for_it(tmp_path: Path) -> None:
    tree = _tree(("mysql", "mysql"), ("postgres", "postgres"))
    api = by_folder(write(tmp_path, tree))["apps/api"]
    assert not _names(api, FindingKind.DATABASE)
