"""Node services keeping data in the Firebase Realtime Database, as set 392 showed them (#19):
a Koa server rendering Next.js pages whose search history it writes there
(`firebase.database().ref().child(key).update(…)`) is a backend on that engine, and so is a
Fastify service made where it is required (`require('fastify')()`) caching sizes there. The
SDK alone names no engine: a module only signing users in keeps nothing in the database."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT_SERVER = """import Koa from 'koa'
import next from 'next'
import firebaseUtils from './utils/firebase.utils'

const app = next({ dev: false })
app.prepare().then(() => {
  const server = new Koa()
  server.use(async ctx => { ctx.body = await firebaseUtils.getRecentSearches(10) })
  server.listen(5400)
})
"""

_ROOT_STORE = """import firebaseSDK from 'firebase'

firebaseSDK.initializeApp({ databaseURL: process.env.FIREBASE_DATABASE_URL })

class FirebaseUtils {
  getRecentSearches(limit: number) {
    const searches = this.firebase.database().ref().child('searches-v2')
    return searches.limitToLast(limit).once('value')
  }
}
export default new FirebaseUtils()
"""

_CACHE = """const firebase = require('firebase')
const fastify = require('fastify')()
const { getSize } = require('./middlewares/size.middleware')

firebase.initializeApp({ databaseURL: process.env.FIREBASE_DATABASE_URL })
fastify.get('/package-cache', getSize)
fastify.listen({ port: 7001 })
"""

_MIDDLEWARE = """const firebase = require('firebase')

async function getSize(request, reply) {
  const snapshot = await firebase
    .database()
    .ref()
    .child('modules-v2')
    .child(request.query.key)
    .once('value')
  reply.send(snapshot.val())
}
module.exports = { getSize }
"""


def _tree() -> dict[str, str]:
    root = {
        "name": "sizes",
        "private": True,
        "workspaces": ["cache-service"],
        "scripts": {"start": "node index.js", "test": "jest"},
        "dependencies": {"firebase": "^8.10.1", "koa": "^2.15.0", "next": "^13.5.6"},
        "devDependencies": {"jest": "^24.9.0"},
    }
    cache = {
        "name": "cache",
        "main": "index.js",
        "dependencies": {"fastify": "^4.25.2", "firebase": "^8.10.1"},
        "scripts": {"start": "node index"},
    }
    return {
        "package.json": json.dumps(root, indent=2),
        "index.ts": _ROOT_SERVER,
        "utils/firebase.utils.ts": _ROOT_STORE,
        "pages/index.tsx": "export default function Home() { return null }\n",
        "__tests__/utils.test.ts": "test('sizes', () => { expect(1).toBe(1) })\n",
        "cache-service/package.json": json.dumps(cache, indent=2),
        "cache-service/index.js": _CACHE,
        "cache-service/middlewares/size.middleware.js": _MIDDLEWARE,
    }


def _names(backend: object) -> set[tuple[K, str]]:
    return {(f.kind, f.name) for f in backend.findings}  # type: ignore[attr-defined]


def test_realtime_database_paths_name_the_engine(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    for folder in (".", "cache-service"):
        names = _names(backends[folder])
        assert (K.DATABASE, "Firebase Realtime Database") in names
        assert (K.QUERY, "firebase") in names
    assert (K.FRAMEWORK, "Fastify") in _names(backends["cache-service"])
    assert (K.FRAMEWORK, "Koa") in _names(backends["."])


def test_firebase_auth_alone_names_no_engine(tmp_path: Path) -> None:
    tree = _tree()
    tree["cache-service/middlewares/size.middleware.js"] = (
        "const firebase = require('firebase')\n"
        "async function getSize(request, reply) {\n"
        "  const user = await firebase.auth().verifyIdToken(request.query.token)\n"
        "  reply.send({ user })\n}\nmodule.exports = { getSize }\n"
    )
    backend = by_folder(write(tmp_path, tree)).get("cache-service")
    assert backend is None or (K.DATABASE, "Firebase Realtime Database") not in _names(backend)
