"""A Next.js product whose API is a Pages Router route (`pages/api/graphql.js` mounting Apollo
through an integration package, no `NextApiRequest` import) below folders that fill the walk's
quota, beside a small Express service of its own in a sub-folder (held-out set 70, #19): the
root is found as the Next.js backend, with its data, and the service keeps none of it."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GRAPHQL = """import { ApolloServer } from '@apollo/server'
import { startServerAndCreateNextHandler } from '@as-integrations/next'
import resolvers from '@/api/resolvers'

const apolloServer = new ApolloServer({ resolvers })

export default startServerAndCreateNextHandler(apolloServer)
"""

_CAPTURE = """import express from 'express'

const app = express()
app.get('/*', async (req, res) => res.send('ok'))
app.listen(5678)
"""

_SCHEMA = """datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
"""


def _tree(routes: str) -> dict[str, str]:
    root = {
        "name": "news",
        "scripts": {"start": "next start"},
        "dependencies": {"next": "^16.2.11", "@prisma/client": "^5.20.0", "react-dom": "19.0.0"},
    }
    capture = {"name": "capture", "main": "index.js", "dependencies": {"express": "^4.20.0"}}
    files = {
        "package.json": json.dumps(root, indent=2),
        "Dockerfile": "FROM node:22\nCMD [\"npm\", \"start\"]\n",
        "prisma/schema.prisma": _SCHEMA,
        f"{routes}/graphql.js": _GRAPHQL,
        "capture/package.json": json.dumps(capture, indent=2),
        "capture/Dockerfile": "FROM node:22\nCMD [\"node\", \"index.js\"]\n",
        "capture/index.js": _CAPTURE,
    }
    # Shallow modules enough to spend the root's quota of ordinary files.
    for index in range(30):
        files[f"lib/module{index:02}.js"] = f"export const value{index} = {index}\n"
    return files


def test_a_pages_api_route_makes_the_next_app_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("pages/api")))
    assert first(found["."], K.FRAMEWORK)[0] == "Next.js"
    assert first(found["."], K.ORM)[0] == "Prisma"
    assert first(found["capture"], K.ORM) == ("", "")


def test_a_module_elsewhere_is_no_api_route(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("pages/feeds")))
    assert "." not in found
