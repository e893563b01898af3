"""Held-out set 163 (#19): an LTI tool provider whose web framework comes from the kit it is
built on. Its package.json declares only the kit (`@acme/lti-kit`) and the kit's Sequelize
plugin; the pnpm lock shows the kit requiring Express 4.21.1. The code neither extends a class of
the kit nor takes an application from it: the kit's export is the server itself, set up by the
module and started on a port it is handed (`Provider.setup(key, db, options)` … `await
Provider.deploy({ port: 4000 })`). A framework a library lends the application is the
application's (`lent_frameworks`). Counter-case: a kit export started with no port (a job
runner's `Queue.start()`) lends nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANIFEST = {
    "name": "lti-service",
    "main": "dist/index.js",
    "scripts": {"build": "tsc", "start": "node dist/index.js"},
    "dependencies": {"@acme/lti-kit": "5.9.5", "jsonwebtoken": "9.0.2"},
    "devDependencies": {"typescript": "~5.6.3"},
}

_LOCK = """lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      '@acme/lti-kit':
        specifier: 5.9.5
        version: 5.9.5
      jsonwebtoken:
        specifier: 9.0.2
        version: 9.0.2

packages:

  '@acme/lti-kit@5.9.5':
    resolution: {integrity: sha512-aaaa}

  express@4.21.1:
    resolution: {integrity: sha512-bbbb}

  jsonwebtoken@9.0.2:
    resolution: {integrity: sha512-cccc}

snapshots:

  '@acme/lti-kit@5.9.5':
    dependencies:
      express: 4.21.1
      jsonwebtoken: 9.0.2

  express@4.21.1: {}

  jsonwebtoken@9.0.2: {}
"""

_SERVER = """import JWT from 'jsonwebtoken'
import { Provider } from '@acme/lti-kit'

Provider.setup(process.env.LTI_KEY as string, { url: process.env.DB_URL }, { appRoute: '/' })

Provider.onConnect((token, req, res) => {
  res.cookie('lti-token', JWT.sign({ sub: token.user }, 'secret'))
  res.end()
})

const setup = async () => {
  await Provider.deploy({
    port: Number(process.env.LTI_PORT) ?? 4000,
  })
}

setup()
"""


def _tree(server: str) -> dict[str, str]:
    return {
        "package.json": json.dumps(_MANIFEST, indent=2),
        "pnpm-lock.yaml": _LOCK,
        "tsconfig.json": '{"compilerOptions": {"outDir": "dist"}}\n',
        "src/index.ts": server,
    }


def test_a_kit_started_on_a_port_lends_its_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_SERVER)))["."]
    assert first(backend, K.FRAMEWORK) == ("Express", "4.21.1")


def test_a_kit_started_without_a_port_lends_nothing(tmp_path: Path) -> None:
    # Counter-case: `start()` with no port may start anything (a job runner, a client).
    server = _SERVER.replace(
        "await Provider.deploy({\n    port: Number(process.env.LTI_PORT) ?? 4000,\n  })",
        "await Provider.start()",
    )
    backend = by_folder(write(tmp_path, _tree(server))).get(".")
    assert backend is None or first(backend, K.FRAMEWORK)[0] != "Express"
