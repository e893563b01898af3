"""Go: a router reached only through a tracer's wrapper of it (set 187, #19).

A Go 1.12 module requires Datadog's tracer and not gorilla/mux (a go.mod of then listed direct
requirements only); its `router/router.go` imports the tracer's wrapper
(`gopkg.in/DataDog/dd-trace-go.v1/contrib/gorilla/mux`) and calls `mux.NewRouter`, and
`main.go` imports that package and serves what it builds. With the module's shallow files
filling the walk's quota, the router's file was never read: no framework. The programs' imports
are followed now (`go_traced_routers`): the wrapper is gorilla/mux, at the one version go.sum
holds. Two versions in go.sum give no version; a router package no program imports gives no
framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = (
    "module example.com/shipper\n\ngo 1.12\n\nrequire (\n"
    "\tgithub.com/jinzhu/gorm v1.9.12\n\tgithub.com/lib/pq v1.3.0\n"
    "\tgopkg.in/DataDog/dd-trace-go.v1 v1.22.0\n)\n"
)

_SUM = (
    "github.com/gorilla/mux v1.7.4 h1:VuZ8uybHlWmqV03+zRzdwKL4tUnIp1MAQtp1mIFE1bc=\n"
    "github.com/gorilla/mux v1.7.4/go.mod h1:DVbg23sWSpFRCP0SfiEN6jmj59UnW/n46BH5rLB71So=\n"
    "github.com/gorilla/mux v1.6.2/go.mod h1:1lud6UwP+6orDFRuTfBEV8e9/aOM/c4fVVCaMa2zaAs=\n"
)

_MAIN = (
    'package main\n\nimport (\n\t"net/http"\n\n\t"example.com/shipper/router"\n)\n\n'
    'func main() {\n\thttp.ListenAndServe(":8080", router.New())\n}\n'
)

_ROUTER = (
    'package router\n\nimport (\n\t"net/http"\n\n'
    '\t"gopkg.in/DataDog/dd-trace-go.v1/contrib/gorilla/mux"\n)\n\n'
    "func New() *mux.Router {\n"
    '\tr := mux.NewRouter(mux.WithServiceName("shipper-mux")).StrictSlash(true)\n'
    '\tr.HandleFunc("/apps/{slug}", func(w http.ResponseWriter, _ *http.Request) {}).'
    'Methods("GET")\n\treturn r\n}\n'
)


def _module() -> dict[str, str]:
    files = {
        "go.mod": _GO_MOD,
        "go.sum": _SUM,
        "main.go": _MAIN,
        "router/router.go": _ROUTER,
    }
    # Shallow packages filling the walk's quota before `router/` is reached.
    for i in range(30):
        files[f"aa{i:02d}.go"] = f"package main\n\nfunc helper{i}() int {{ return {i} }}\n"
    return files


def test_a_traced_wrapper_is_its_router(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _module()))
    assert first(found["."], K.FRAMEWORK) == ("gorilla/mux", "v1.7.4")


def test_two_summed_versions_give_none(tmp_path: Path) -> None:
    # Counter-case: go.sum holds the files of two releases: which one builds is not told.
    files = _module()
    files["go.sum"] = _SUM + (
        "github.com/gorilla/mux v1.8.0 h1:i40aqfkR1h2SlN9hojwV5ZA91wcXFOvkdNIeFDP5koI=\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("gorilla/mux", "")


def test_a_router_package_no_program_imports_is_no_framework(tmp_path: Path) -> None:
    # Counter-case: the program serves on net/http alone; the router package is a leftover.
    files = _module()
    files["main.go"] = (
        'package main\n\nimport "net/http"\n\n'
        'func main() {\n\thttp.ListenAndServe(":8080", http.NotFoundHandler())\n}\n'
    )
    found = by_folder(write(tmp_path, files))
    assert "." not in found or first(found["."], K.FRAMEWORK) == ("", "")
