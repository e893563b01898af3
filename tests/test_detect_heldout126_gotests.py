"""Held-out set 126 (#19): a root go.mod whose programs live under `backend/` (the API server's
`backend/src/apiserver/main.go` over gorilla/mux), beside a Python worker whose
requirements.txt sits in `backend/` itself. The module requires Ginkgo and testify: Ginkgo
suites run in three test packages, plain `go test` functions with testify in most others.

The walk files Go test files under the folder of the project holding them, here `backend/` (a
Python project): the go.mod's census of test tools, which asked only for test files filed
under the module's own folder, saw none, and Ginkgo stayed the main test framework. The test
files of every folder the Go module encloses (short of a nested go.mod) are its tests.
Counter-case: the plain tests of a nested Go module are that module's, and do not outnumber the
root's Ginkgo suites.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = """package main

import (
\t"net/http"

\t"github.com/gorilla/mux"
)

func main() {
\tr := mux.NewRouter()
\thttp.ListenAndServe(":8888", r)
}
"""


def _plain(package: str, name: str) -> str:
    return (
        f'package {package}\n\nimport (\n\t"testing"\n\n'
        '\t"github.com/stretchr/testify/assert"\n)\n\n'
        f"func Test{name}(t *testing.T) {{\n\tassert.Equal(t, 1, 1)\n}}\n"
    )


def _suite(folder: str, package: str) -> dict[str, str]:
    imports = (
        f'package {package}\n\nimport (\n\t"testing"\n\n'
        '\t. "github.com/onsi/ginkgo/v2"\n\t. "github.com/onsi/gomega"\n)\n\n'
    )
    return {
        f"{folder}/{package}_suite_test.go": (
            imports + "func TestSuite(t *testing.T) {\n\tRegisterFailHandler(Fail)\n"
            f'\tRunSpecs(t, "{package} Suite")\n}}\n'
        ),
    }


def _tree(plain_folder: str) -> dict[str, str]:
    files = {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.1",
            "github.com/onsi/ginkgo/v2 v2.32.0",
            "github.com/onsi/gomega v1.38.0",
            "github.com/stretchr/testify v1.11.1",
        ),
        "backend/requirements.txt": "kubernetes==25.3.0\nml-metadata==1.14.0\n",
        "backend/metadata_writer/src/writer.py": "import kubernetes\n",
        "backend/src/apiserver/main.go": _MAIN,
    }
    for package in ("compiler", "end2end", "api"):
        files.update(_suite(f"backend/test/{package}", package))
    for index in range(12):
        files[f"{plain_folder}/s{index}/s{index}_test.go"] = _plain(f"s{index}", f"S{index}")
    return files


def test_go_tests_under_a_folder_of_another_language_are_the_modules(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("backend/src/apiserver/storage")))["."]
    assert first(backend, K.TEST)[0] == "go test"
    counted = [e.text for f in backend.findings if f.name == "go test" for e in f.evidence]
    assert "Ginkgo in 3 of 15 test files" in counted


def test_a_nested_modules_tests_are_not_the_roots(tmp_path: Path) -> None:
    files = _tree("backend/tools/cleaner")
    files["backend/tools/cleaner/go.mod"] = go_mod("github.com/stretchr/testify v1.11.1")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "Ginkgo"
