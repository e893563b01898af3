"""A load-test harness's stub server kept under `experiments/` beside the product's service
(held-out set 63, #19): experiments and load-test harnesses, like examples and benchmarks,
are never one of the product's backends."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_SERVER = """const express = require('express');
const app = express();
app.get('/api/users', (req, res) => res.json([]));
app.listen(9000);
"""


def _tree(stub: str) -> dict[str, str]:
    return {
        "services/orders/package.json": package_json({"express": "^4.18.2"}),
        "services/orders/src/index.js": _SERVER,
        f"{stub}/package.json": package_json({"express": "^4.16.2"}, main="server.js"),
        f"{stub}/server.js": _SERVER,
    }


def test_a_stub_server_under_experiments_is_no_backend(tmp_path: Path) -> None:
    root = write(tmp_path, _tree("experiments/load-testing/drill/example/server"))
    assert list(by_folder(root)) == ["services/orders"]


def test_a_load_test_harness_server_is_no_backend(tmp_path: Path) -> None:
    root = write(tmp_path, _tree("tools/load-testing/server"))
    assert list(by_folder(root)) == ["services/orders"]


def test_a_service_in_an_ordinary_folder_stays(tmp_path: Path) -> None:
    root = write(tmp_path, _tree("services/users"))
    assert sorted(by_folder(root)) == ["services/orders", "services/users"]
