"""Node servers listening on the app a workspace library builds (#19, set 67): each server
package declares Express and listens in its program (`main: dist/index.js`, read from
`src/index.ts`), while only the shared boilerplate library calls `express()`."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _workspace(program: str) -> dict[str, str]:
    return {
        "package.json": '{"name": "mono", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/boilerplate/package.json": package_json(
            {"express": "^4.21.2"}, name="@mono/boilerplate", main="dist/index.js"
        ),
        "packages/boilerplate/src/index.ts": "export { ApiBuilder } from './ApiBuilder';\n",
        "packages/boilerplate/src/ApiBuilder.ts": (
            "import express from 'express';\n\nexport class ApiBuilder {\n"
            "  app = express();\n  build() { return this.app; }\n}\n"
        ),
        "packages/entity-server/package.json": package_json(
            {"@mono/boilerplate": "workspace:*", "express": "^4.21.2"},
            name="@mono/entity-server",
            main="dist/index.js",
            scripts={"start": "node dist"},
        ),
        "packages/entity-server/src/app.ts": (
            "import { ApiBuilder } from '@mono/boilerplate';\n\n"
            "export const createApp = () => new ApiBuilder().build();\n"
        ),
        "packages/entity-server/src/index.ts": program,
    }


def test_a_server_listening_on_the_app_its_library_builds(tmp_path: Path) -> None:
    program = (
        "import http from 'http';\nimport { createApp } from './app';\n\n"
        "const app = createApp();\nhttp.createServer(app).listen(process.env.PORT || 8050);\n"
    )
    found = by_folder(write(tmp_path, _workspace(program)))
    assert set(found) == {"packages/entity-server"}
    assert first(found["packages/entity-server"], K.FRAMEWORK)[0] == "Express"


def test_a_package_that_never_listens_is_no_server(tmp_path: Path) -> None:
    program = "import { createApp } from './app';\n\nexport default createApp;\n"
    assert "packages/entity-server" not in by_folder(write(tmp_path, _workspace(program)))
