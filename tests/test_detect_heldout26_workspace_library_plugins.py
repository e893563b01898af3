"""A pnpm workspace whose whole Fastify server lives in a library package (`main` a barrel of
`export * from` lines, no start script), started by thin deployed services that each register
the library's plugins they need (held-out set 66, #19): the library is no service; a service
registering the plugin that opens MongoDB has MongoDB through the mongodb driver, one
registering only the S3 plugin has no data; a job building the server only to record usage
and exit is no backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_LIBRARY = {
    "packages/backend/package.json": json.dumps(
        {
            "name": "@acme/backend",
            "private": True,
            "main": "./src/index.ts",
            "dependencies": {
                "fastify": "^5.6.1",
                "@fastify/mongodb": "^9.0.2",
                "@aws-sdk/client-s3": "^3.507.0",
                "mongodb": "^6.20.0",
            },
        },
        indent=2,
    ),
    "packages/backend/src/index.ts": (
        'export * from "./server";\nexport * from "./plugins/database";\n'
        'export * from "./plugins/s3";\nexport * from "./lib/ids";\n'
    ),
    "packages/backend/src/server.ts": (
        'import createFastify from "fastify";\n\n'
        "const createServer = async (configure) => {\n"
        "  const server = createFastify({ logger: false });\n"
        "  if (configure) await configure(server);\n"
        "  return server;\n};\n\nexport { createServer };\n"
    ),
    "packages/backend/src/plugins/database.ts": (
        'import mongoPlugin from "@fastify/mongodb";\n\n'
        "const databasePlugin = async (fastify) => {\n"
        "  await fastify.register(mongoPlugin, { url: fastify.config.MONGO_URL });\n};\n\n"
        "export { databasePlugin };\n"
    ),
    "packages/backend/src/plugins/s3.ts": (
        'import { S3Client } from "@aws-sdk/client-s3";\n\n'
        "const s3Plugin = async (fastify) => {\n"
        '  fastify.decorate("s3", new S3Client({}));\n};\n\nexport { s3Plugin };\n'
    ),
    "packages/backend/src/lib/ids.ts": (
        'import { ObjectId } from "mongodb";\n\n'
        "export const zodId = () => new ObjectId().toHexString();\n"
    ),
}


def _service(folder: str, imports: str, body: str) -> dict[str, str]:
    manifest = {
        "name": f"@acme/{folder}",
        "private": True,
        "source": "src/index.ts",
        "scripts": {"start": "node ./dist/index.js"},
        "dependencies": {"@acme/backend": "workspace:*", "fastify": "^5.6.1"},
    }
    return {
        f"apps/{folder}/package.json": json.dumps(manifest, indent=2),
        f"apps/{folder}/Dockerfile": "FROM node:18-alpine\nCMD [\"node\", \"dist/index.js\"]\n",
        f"apps/{folder}/src/index.ts": (
            f'import {{ {imports} }} from "@acme/backend";\n\n'
            f"(async () => {{\n  const server = await createServer(async (server) => {{\n"
            f"{body}  }});\n}})();\n"
        ),
    }


def _tree() -> dict[str, str]:
    listen = "  });\n  await server.listen({ port: 3000 });\n  (() => {\n"
    return {
        "package.json": json.dumps({"name": "acme", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        **_LIBRARY,
        **_service("api", "createServer, databasePlugin, zodId",
                   "    await server.register(databasePlugin);\n" + listen),
        **_service("assets", "createServer, s3Plugin, zodId",
                   "    await server.register(s3Plugin);\n" + listen),
        **_service("usage", "createServer, databasePlugin",
                   "    await server.register(databasePlugin);\n    process.exit(0);\n"),
    }


def test_only_the_service_registering_the_store_plugin_has_the_data(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["apps/api"], K.QUERY)[0] == "mongodb"
    assert first(found["apps/api"], K.DATABASE)[0] == "MongoDB"
    assert first(found["apps/assets"], K.QUERY) == ("", "")
    assert first(found["apps/assets"], K.DATABASE) == ("", "")


def test_the_library_and_the_exiting_job_are_no_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["apps/api", "apps/assets"]
