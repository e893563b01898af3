"""Held-out set 89 (#19): a Next.js app started by a custom server, `server.js`, whose Express
app hands every request to Next's request handler (`server.all("*", …)`) and schedules a timer;
every route is a `pages/api/` module, which queries SQL Server through mssql.

Express there is only the host: the framework is Next.js alone. A server that routes a path of
its own (`server.get("/health", …)`) or mounts a router keeps Express beside Next.js, and with
no route of Next.js's own seen Express stays the framework, as before.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = """const next = require("next");
const express = require("express");
const cron = require("node-cron");

const port = process.env.PORT || 3000;
const dev = process.env.NODE_ENV !== "production";
const app = next({ dev });
const handle = app.getRequestHandler();

app
  .prepare()
  .then(() => {
    const server = express();
%(routes)s
    server.all("*", (req, res) => {
      return handle(req, res);
    });

    server.listen(port, (err) => {
      if (err) throw err;
    });

    cron.schedule("0 0 * * *", async () => {
      await fetch(`http://localhost:${port}/api/clear`, { method: "PATCH" });
    });
  });
"""

_ROUTE = """import sql from "mssql";

export default async function handler(req, res) {
  const pool = await sql.connect(process.env.DATABASE_URL);
  const result = await pool.request().query("SELECT id FROM visits");
  res.status(200).json(result.recordset);
}
"""


def _frameworks(tmp_path: Path, routes: str = "") -> list[str]:
    files = {
        "package.json": package_json(
            {"express": "^4.17.1", "mssql": "^6.3.1", "next": "^11.1.0", "node-cron": "^3.0.0"},
            scripts={"start": "node server.js"},
        ),
        "server.js": _SERVER % {"routes": routes},
        "pages/api/visits.js": _ROUTE,
        "pages/index.js": "export default function Home() {\n  return null;\n}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    return [f.name for f in backend.findings if f.kind is K.FRAMEWORK]


def test_a_server_handing_every_path_to_next_is_next(tmp_path: Path) -> None:
    assert _frameworks(tmp_path) == ["Next.js"]


def test_middleware_before_the_handler_keeps_next_alone(tmp_path: Path) -> None:
    routes = '    server.use(compression());\n    server.use(express.static("public"));\n'
    assert _frameworks(tmp_path, routes) == ["Next.js"]


def test_a_route_of_its_own_keeps_express(tmp_path: Path) -> None:
    routes = '    server.get("/health", (req, res) => res.send("ok"));\n'
    assert "Express" in _frameworks(tmp_path, routes)


def test_a_mounted_router_keeps_express(tmp_path: Path) -> None:
    routes = '    server.use("/api/v1", routes);\n'
    assert "Express" in _frameworks(tmp_path, routes)


def test_without_a_route_of_nexts_own_express_stays(tmp_path: Path) -> None:
    files = {
        "package.json": package_json(
            {"express": "^4.17.1", "mssql": "^6.3.1", "next": "^11.1.0"},
            scripts={"start": "node server.js"},
        ),
        "server.js": _SERVER % {"routes": ""},
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
