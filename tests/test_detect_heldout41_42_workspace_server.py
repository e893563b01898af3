"""A Node workspace whose server lives in a library package and ships through a thin
application package (#19): the reaction shape of held-out set 42. `packages/api-core` builds the
Express app and the MongoDB client; `apps/reaction` has the Dockerfile and a program that
imports api-core, registers plugins and starts it. The application is the backend, with the
framework and data layer the library lends it; the library is no backend of its own. A tool
that is not deployed (a CLI depending on the server package) changes nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_CORE = (
    'import express from "express";\nimport { MongoClient } from "mongodb";\n\n'
    "export default async function createApolloServer(options) {\n"
    "  const app = express();\n  app.use(express.json());\n  return { app };\n}\n"
)
_CORE_CONFIG = 'export default { MONGO_URL: "mongodb://localhost:27017/reaction" };\n'
_APP = (
    'import { importPluginsJSONFile, ReactionAPICore } from "@acme/api-core";\n'
    'import Logger from "@acme/logger";\n\n'
    "const api = new ReactionAPICore({ serveStaticPaths: [\"public\"] });\n\n"
    "async function runApp() {\n"
    '  await api.registerPlugins(await importPluginsJSONFile("../plugins.json"));\n'
    "  await api.start();\n}\n\nrunApp().catch(() => process.exit(1));\n"
)


def reaction_workspace() -> dict[str, str]:
    return {
        "package.json": package_json({}, {"jest": "^29.4.3"}, name="root", private=True),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "docker-compose.yml": "services:\n  mongo:\n    image: mongo:5.0\n",
        "packages/api-core/package.json": package_json(
            {"express": "^4.17.1", "mongodb": "4.4.1", "graphql": "~16.6.0"},
            name="@acme/api-core", main="./src/index.js",
        ),
        "packages/api-core/src/createApolloServer.js": _CORE,
        "packages/api-core/src/config.js": _CORE_CONFIG,
        "packages/api-core/src/index.js": 'export { default } from "./createApolloServer.js";\n',
        "packages/logger/package.json": package_json({}, name="@acme/logger", main="index.js"),
        "packages/logger/index.js": "export default console;\n",
        "apps/reaction/package.json": package_json(
            {"@acme/api-core": "3.0.0", "@acme/logger": "1.0.0"},
            {"jest": "^29.4.3"},
            name="reaction", main="./src/index.js", private=True,
            scripts={"start": "node ./src/index.js", "test": "jest"},
        ),
        "apps/reaction/src/index.js": _APP,
        "apps/reaction/Dockerfile": "FROM node:18\nCOPY . .\nCMD [\"node\", \"./src/index.js\"]\n",
        "apps/reaction/.env.example": "MONGO_URL=mongodb://mongo:27017/reaction\n",
    }


def test_deployed_app_starting_a_library_server_is_the_backend(tmp_path: Path) -> None:
    write(tmp_path, reaction_workspace())
    found = by_folder(tmp_path)
    assert set(found) == {"apps/reaction"}
    app = found["apps/reaction"]
    assert first(app, K.FRAMEWORK)[0] == "Express"
    assert first(app, K.QUERY)[0] == "mongodb"
    assert first(app, K.DATABASE)[0] == "MongoDB"


def test_undeployed_tool_importing_the_server_package_changes_nothing(tmp_path: Path) -> None:
    files = reaction_workspace()
    del files["apps/reaction/Dockerfile"]
    write(tmp_path, files)
    assert set(by_folder(tmp_path)) == {"packages/api-core"}
