"""A Node API built by a kit over restify, as set 444 showed it (#19): the package declares
only the kit (an API-definition framework) and its plugins, whose package-lock entry requires
restify at run time; `index.js` makes an instance of the kit's class (`const kit = new
Kit()`), whose `initialize(...)` hands the built server over through a promise
(`.then(function (server) {`), on which the module mounts its routes and starts it listening.
It is a backend on the restify the lock resolves. The same promise whose server is never
started lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = {
    "name": "request-api",
    "main": "index.js",
    "scripts": {"start": "node index.js", "test": "mocha"},
    "dependencies": {"@apikit/kit-core": "^3.0.0", "axios": "^1.7.7"},
    "devDependencies": {"mocha": "^10.7.3"},
}

_LOCK = {
    "name": "request-api",
    "lockfileVersion": 3,
    "packages": {
        "": _PACKAGE,
        "node_modules/@apikit/kit-core": {
            "version": "3.0.0",
            "dependencies": {"debug": "^4.3.4", "restify": "^11.1.0", "restify-errors": "^8.0.2"},
        },
        "node_modules/restify": {"version": "11.1.0", "dependencies": {"find-my-way": "^7.2.0"}},
        "node_modules/restify-errors": {"version": "8.0.2"},
        "node_modules/find-my-way": {"version": "7.2.0"},
        "node_modules/debug": {"version": "4.3.4"},
        "node_modules/axios": {"version": "1.7.7"},
        "node_modules/mocha": {"version": "10.8.2", "dev": True},
    },
}

_INDEX = """'use strict';
const Kit = require('@apikit/kit-core');
const forward = require('./forward');

const kit = new Kit();

kit
  .initialize({ name: 'request-api', version: '1.0.0' })
  .then(function(server) {
    server.get('/', function(req, res, next) {
      res.send('Request API');
      next();
    });
    server.post('/api/requests', forward.submit);
    const port = process.env.PORT || 7077;
    server.listen(port, () => console.log('listening on %s', port));
  })
  .catch(function(err) {
    console.error(err);
    process.exit(-1);
  });
"""

_FORWARD = """const axios = require('axios');
exports.submit = async (req, res, next) => {
  const answer = await axios.post(process.env.CASES_URL + '/requests', req.body);
  res.send(answer.data);
  next();
};
"""


def _tree(index: str = _INDEX) -> dict[str, str]:
    return {
        "api/package.json": json.dumps(_PACKAGE, indent=2),
        "api/package-lock.json": json.dumps(_LOCK, indent=2),
        "api/index.js": index,
        "api/forward.js": _FORWARD,
        "api/test/forward.spec.js": "describe('forward', () => { it('posts', () => {}); });\n",
    }


def test_a_server_a_kit_instance_promises_and_the_module_starts_is_on_restify(
    tmp_path: Path,
) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert first(backends["api"], K.FRAMEWORK) == ("restify", "11.1.0")


def test_a_promised_server_never_started_lends_nothing(tmp_path: Path) -> None:
    start = "    server.listen(port, () => console.log('listening on %s', port));\n"
    index = _INDEX.replace(start, "")
    assert "api" not in by_folder(write(tmp_path, _tree(index)))
