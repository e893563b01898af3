"""Node: a server answering a mobile application's over-the-air update requests is part of that
UI (set 228, #19).

A Fastify server hands an Expo application the manifest of its latest bundle (the expo-updates
protocol: `reply.header("expo-protocol-version", "1")`, a `launchAsset` under `/public/`, served
by `@fastify/static`) and the layouts of its server-driven screens, built from what the
product's GraphQL API returns: it delivers the UI, it keeps no data. One with a data layer of
its own stays a backend, and so does an API merely reading the headers the application sends.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_INDEX = (
    'import Fastify from "fastify";\nimport fastifyStatic from "@fastify/static";\n'
    'import path from "path";\nimport { manifestHandler } from "./ota/manifest";\n\n'
    "const fastify = Fastify({ logger: true });\n\n"
    'fastify.register(fastifyStatic, { root: path.join(__dirname, "../public"), prefix: '
    '"/public/" });\n'
    'fastify.get("/updates/manifest", manifestHandler);\n\n'
    "fastify.listen({ port: 4000 });\n"
)


def _handler(answers: bool) -> str:
    header = (
        '  reply.header("expo-protocol-version", "1");\n'
        if answers
        else '  const platform = req.headers["expo-platform"] || "ios";\n'
    )
    return (
        'import { FastifyRequest, FastifyReply } from "fastify";\n\n'
        "export const manifestHandler = async (req: FastifyRequest, reply: FastifyReply) => {\n"
        + header
        + '  return { id: "1.0.0", launchAsset: { url: "/public/bundles/index.bundle" } };\n'
        "};\n"
    )


def _server(answers: bool, extra: dict[str, str]) -> dict[str, str]:
    manifest = {
        "name": "updates-server",
        "private": True,
        "scripts": {"build": "tsc", "start": "node dist/index.js"},
        "dependencies": {"fastify": "^5.0.0", "@fastify/static": "^8.0.0", **extra},
    }
    return {
        "apps/updates/package.json": json.dumps(manifest, indent=2),
        "apps/updates/src/index.ts": _INDEX,
        "apps/updates/src/ota/manifest.ts": _handler(answers),
    }


def test_an_update_server_is_no_backend(tmp_path: Path) -> None:
    assert "apps/updates" not in by_folder(write(tmp_path, _server(True, {})))


def test_one_keeping_data_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a data layer of its own.
    found = by_folder(write(tmp_path, _server(True, {"mongoose": "^8.0.0"})))
    assert first(found["apps/updates"], K.FRAMEWORK)[0] == "Fastify"


def test_reading_the_apps_headers_answers_no_update(tmp_path: Path) -> None:
    # Counter-case: a server reading the application's platform header only.
    found = by_folder(write(tmp_path, _server(False, {})))
    assert first(found["apps/updates"], K.FRAMEWORK)[0] == "Fastify"
