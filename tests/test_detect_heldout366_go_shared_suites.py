"""Held-out set 366 (#19): a gorilla/mux server module whose specifications are GoConvey's,
and whose shared integration suite is written once, in a non-test file of its `backend`
package (`func IntegrationTest(t *testing.T, …)` over `Convey(…)`); each implementation's
`integration_test.go` only calls it (`backend.IntegrationTest(t, factory)`), importing the
suite's package, not GoConvey. Those files run GoConvey specifications too: with them the
census finds GoConvey in every test file (without them, 5 of 8 — under three quarters). The
same calls into a package written in plain `testing` stay plain `go test` files.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout28_godog_runner import _CONVEY, _MAIN
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_SUITE = """package backend

import (
\t"testing"
{extra}
)

type factory func() (Backend, error)

func IntegrationTest(t *testing.T, f factory) {{
\t{body}
}}
"""

_CALLER = """package {package}_test

import (
\t"testing"

\t"example.com/app/backend"
\t"example.com/app/backend/mock"
)

func TestIntegration(t *testing.T) {{
\tbackend.IntegrationTest(t, func() (backend.Backend, error) {{ return &mock.Backend{{}}, nil }})
}}
"""


def _tree(convey_suite: bool) -> dict[str, str]:
    if convey_suite:
        extra, body = (
            '\n\t. "github.com/smartystreets/goconvey/convey"',
            'Convey("x", t, func() {})',
        )
    else:
        extra, body = "", "if _, err := f(); err != nil { t.Fatal(err) }"
    files = {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.6.2", "github.com/smartystreets/goconvey v1.6.3"
        ),
        "cmd/server/main.go": _MAIN,
        "backend/integration.go": _SUITE.format(extra=extra, body=body),
        "backend/backend.go": "package backend\n\ntype Backend interface{}\n",
        "backend/mock/mock.go": "package mock\n\ntype Backend struct{}\n",
    }
    for package in ("backend", "proto", "cluster"):
        files[f"{package}/integration_test.go"] = _CALLER.format(package=package)
    for package in ("backend", "proto", "cluster", "psql", "handlers"):
        files[f"{package}/{package}_unit_test.go"] = _CONVEY.format(package=package, name="Unit")
    return files


def test_files_calling_a_goconvey_suite_count_as_goconvey(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(convey_suite=True)))["."]
    assert first(backend, K.TEST)[0] == "GoConvey"


def test_calls_into_a_plain_testing_suite_stay_go_test(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(convey_suite=False)))["."]
    assert first(backend, K.TEST)[0] == "go test"
