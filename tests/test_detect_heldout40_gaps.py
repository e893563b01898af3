"""Generic gaps the fortieth held-out set showed (benchmarks/detect_heldout40.yaml), each as a
small fixture of the real files' shape (#19): an sbt build whose dependency groups are a val
or interpolate one (`hmrc %% s"bootstrap-backend-$playVersion"`, `s"$hmrc.mongo" %%
s"hmrc-mongo-$playVersion"`), as help-to-save's project/AppDependencies.scala writes them; a
workspace of Next.js apps whose `pg` dependency only its end-to-end library opens
(cas-registration's bciers)."""

from __future__ import annotations

from pathlib import Path

from test_detect_clojure import _play
from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_GROUPS_AS_VALS = (
    '    ws,\n'
    '    hmrc            %% s"bootstrap-backend-$playVersion" % bootstrapVer,\n'
    '    s"$hmrc.mongo"  %% s"hmrc-mongo-$playVersion"        % mongoVer,\n'
    '    "org.typelevel" %% "cats-core"                       % "2.10.0"'
)


def test_a_group_written_as_a_val_or_interpolating_one_is_read(tmp_path: Path) -> None:
    files = _play(
        _GROUPS_AS_VALS, '  val hmrc = "uk.gov.hmrc"\n  val playVersion = "play-30"\n'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.10")
    assert first(backend, K.QUERY) == ("hmrc-mongo", "2.12.0")
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    hmrc = next(f for f in backend.findings if f.name == "hmrc-mongo")
    assert any("hmrc-mongo-$playVersion" in e.text for e in hmrc.evidence)


def test_an_sbt_plugin_whose_group_is_a_val_still_names_play(tmp_path: Path) -> None:
    """The group read through its val keeps telling Play's sbt plugin from another's."""
    files = _play(_GROUPS_AS_VALS, '  val hmrc = "uk.gov.hmrc"\n  val playVersion = "play-30"\n')
    files["project/plugins.sbt"] = (
        'val play = "org.playframework"\n\naddSbtPlugin(play % "sbt-plugin" % "3.0.6")\n'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.6")


# --- Node: a driver only the end-to-end suites open ------------------------------------------

_POOL = (
    'import { Pool } from "pg";\n\n'
    "export const pool = new Pool({ connectionString: process.env.DB_URL });\n"
    "export async function resetDatabase() {\n  await pool.query('select reset()');\n}\n"
)


def _workspace(route: str = "") -> dict[str, str]:
    """cas-registration's shape: the Django API beside an Nx workspace of Next.js apps whose
    root package.json lists `pg` for the e2e library that resets the API's database."""
    files = {
        "api/package.json": package_json({"express": "4.21.2", "pg": "8.13.0"}),
        "api/server.js": (
            "const express = require('express')\nconst { Pool } = require('pg')\n"
            "const app = express()\napp.listen(8000)\n"
        ),
        "bciers/package.json": package_json(
            {"next": "16.2.12", "react-dom": "19.2.0", "pg": "^8.11.3"},
            {"@playwright/test": "^1.50.0"},
        ),
        "bciers/apps/administration/app/page.tsx": (
            "export default function Page() { return null; }\n"
        ),
        "bciers/apps/administration/app/api/health/route.ts": (
            "export async function GET() {\n  return Response.json({ ok: true });\n}\n"
        ),
        "bciers/apps/administration-e2e/tests/setup.ts": (
            'import { pool } from "@bciers/e2e/utils/pool";\n'
        ),
        "bciers/libs/e2e/src/utils/pool.ts": _POOL,
        "bciers/libs/e2e/src/reset.spec.ts": 'import { Pool } from "pg";\n',
    }
    if route:
        files["bciers/apps/administration/app/api/facilities/route.ts"] = route
    return files


def test_a_driver_only_the_e2e_suites_import_gives_the_ui_no_data(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert list(found) == ["api"]
    assert first(found["api"], K.QUERY)[0] == "pg"


def test_a_route_handler_opening_the_driver_keeps_the_backend(tmp_path: Path) -> None:
    """The other side: a route handler querying through `pg` is the app's own data."""
    route = (
        'import { Pool } from "pg";\n\nconst pool = new Pool();\n\n'
        "export async function GET() {\n"
        "  return Response.json((await pool.query('select * from facility')).rows);\n}\n"
    )
    found = by_folder(write(tmp_path, _workspace(route)))
    assert list(found) == ["api", "bciers"]
    assert first(found["bciers"], K.QUERY)[0] == "pg"
    assert first(found["bciers"], K.DATABASE)[0] == "PostgreSQL"
