"""Held-out set 87 (#19): a gorilla/mux service whose unit tests are GoConvey specifications
(6 of its 9 `_test.go` files), two plain `go test` files asserting with testify, and one
`main_test.go` that only runs the Gherkin feature files of its component tests through godog
(`godog.TestSuite{…}.Run()`).

The godog runner is another layer of tests, written in neither style: the census of GoConvey
leaves it out (6 of 8, three quarters), so GoConvey is the main test framework. Without the
runner file being godog's (a plain testify test in its place) the same tree stays `go test`.
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
\t_ = http.ListenAndServe(":8080", r)
}
"""

_CONVEY = """package {package}

import (
\t"testing"

\t. "github.com/smartystreets/goconvey/convey"
)

func Test{name}(t *testing.T) {{
\tConvey("{name} succeeds", t, func() {{
\t\tSo(Run(), ShouldBeNil)
\t}})
}}
"""

_PLAIN = """package {package}

import (
\t"testing"

\t"github.com/stretchr/testify/assert"
)

func Test{name}(t *testing.T) {{
\tassert.Equal(t, 1, Run())
}}
"""

_GODOG = """package main

import (
\t"flag"
\t"os"
\t"testing"

\t"github.com/cucumber/godog"
\t"github.com/cucumber/godog/colors"
)

var componentFlag = flag.Bool("component", false, "perform component tests")

func TestComponent(t *testing.T) {
\tif !*componentFlag {
\t\tt.Skip("component flag required to run component tests")
\t}
\topts := godog.Options{Output: colors.Colored(os.Stdout), Paths: []string{"features"}}
\tstatus := godog.TestSuite{Name: "feature_tests", Options: &opts}.Run()
\tif status > 0 {
\t\tt.Fail()
\t}
}
"""

_FEATURE = """Feature: Interactives API

  Scenario: Listing interactives
    When I GET "/v1/interactives"
    Then the HTTP status code should be "200"
"""

_PACKAGES = ("config", "event", "models", "service", "data", "zip")


def _tree(runner: bool) -> dict[str, str]:
    files = {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.0",
            "github.com/smartystreets/goconvey v1.8.0",
            "github.com/stretchr/testify v1.8.1",
            "github.com/cucumber/godog v0.12.5",
        ),
        "main.go": _MAIN,
        "features/listinteractives.feature": _FEATURE,
        "api/api_test.go": _PLAIN.format(package="api", name="Api"),
        "pagination/pagination_test.go": _PLAIN.format(package="pagination", name="Page"),
        "main_test.go": _GODOG if runner else _PLAIN.format(package="main", name="Main"),
    }
    for package in _PACKAGES:
        files[f"{package}/{package}_test.go"] = _CONVEY.format(package=package, name="Unit")
    return files


def test_the_godog_runner_is_left_out_of_the_census(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(runner=True)))["."]
    assert first(backend, K.TEST)[0] == "GoConvey"


def test_a_plain_test_in_its_place_keeps_go_test(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(runner=False)))["."]
    assert first(backend, K.TEST)[0] == "go test"
