"""A gap the 494th held-out set showed (benchmarks/detect_heldout494.yaml), as a small fixture of
the real files' shape (#19): a Go repository of several modules whose one `package main` lives in
a module of its own (`main/`), requiring the repository's service and library modules through
`replace` directives and linking them into one binary. The program module has no test of its
own; the modules it links in hold the `go test` functions, which test the program's code."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_MAIN_MOD = (
    "module example.com/shop/main\n\ngo 1.22\n\n"
    "replace example.com/shop/services => ../services\n\n"
    "replace example.com/shop/libs => ../libs\n\n"
    "require (\n\texample.com/shop/services v1.0.2\n)\n\n"
    "require (\n\tgithub.com/go-chi/chi v4.1.2+incompatible // indirect\n"
    "\tgithub.com/jmoiron/sqlx v1.3.5 // indirect\n\tgithub.com/lib/pq v1.10.9 // indirect\n"
    "\texample.com/shop/libs v1.0.2 // indirect\n)\n"
)

_MAIN = (
    "package main\n\nimport (\n\t\"example.com/shop/services/cmd\"\n)\n\n"
    "func main() {\n\tcmd.Execute()\n}\n"
)

_SERVICES_MOD = (
    "module example.com/shop/services\n\ngo 1.22\n\n"
    "replace example.com/shop/libs => ../libs\n\n"
    "require (\n\tgithub.com/go-chi/chi v4.1.2+incompatible\n"
    "\tgithub.com/jmoiron/sqlx v1.3.5\n\tgithub.com/lib/pq v1.10.9\n"
    "\tgithub.com/stretchr/testify v1.8.4\n\texample.com/shop/libs v1.0.2\n)\n"
)

_SERVE = (
    "package cmd\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/go-chi/chi\"\n)\n\n"
    "func Execute() {\n\tr := chi.NewRouter()\n"
    "\tr.Get(\"/health\", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(200) })\n"
    "\thttp.ListenAndServe(\":3333\", r)\n}\n"
)

_STORE = (
    "package orders\n\nimport (\n\t\"github.com/jmoiron/sqlx\"\n\t_ \"github.com/lib/pq\"\n)\n\n"
    "func Open(url string) (*sqlx.DB, error) {\n\treturn sqlx.Open(\"postgres\", url)\n}\n"
)

_TEST = (
    "package orders\n\nimport (\n\t\"testing\"\n\n\t\"github.com/stretchr/testify/assert\"\n)\n\n"
    "func TestOpen(t *testing.T) {\n\t_, err := Open(\"postgres://localhost/shop\")\n"
    "\tassert.NoError(t, err)\n}\n"
)


def _tree() -> dict[str, str]:
    return {
        "main/go.mod": _MAIN_MOD,
        "main/main.go": _MAIN,
        "services/go.mod": _SERVICES_MOD,
        "services/cmd/serve.go": _SERVE,
        "services/orders/store.go": _STORE,
        "services/orders/store_test.go": _TEST,
    }


def test_the_program_module_takes_the_tests_of_the_modules_it_links(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert set(backends) == {"main"}
    backend = backends["main"]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Chi"
    assert first(backend, FindingKind.TEST)[0] == "go test"


def test_a_program_testing_itself_keeps_its_own_tests(tmp_path: Path) -> None:
    tree = _tree()
    tree["main/main_test.go"] = (
        "package main\n\nimport \"testing\"\n\nfunc TestMain(t *testing.T) {}\n"
    )
    backend = by_folder(write(tmp_path, tree))["main"]
    assert first(backend, FindingKind.TEST)[0] == "go test"
