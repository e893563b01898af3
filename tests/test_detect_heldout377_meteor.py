"""A Meteor application, the shape set 377 showed (benchmarks/detect_heldout377.yaml), as a
small fixture of the real files' shape (#19): package.json names no web framework, `.meteor/
release` pins METEOR@1.8, `.meteor/packages` lists `mongo` and a Mocha driver, and the server
code declares Mongo collections: Meteor 1.8 with Meteor's Mongo collections on MongoDB, tested
with Mocha. The same package.json with no `.meteor/` is no backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PACKAGE = {
    "name": "hangouts-v2",
    "scripts": {"test": "meteor test --once --driver-package meteortesting:mocha"},
    "dependencies": {"@babel/runtime": "^7.0.0", "bcrypt": "^1.0.3", "body-parser": "^1.15.2"},
}

PACKAGES = """\
# Meteor packages used by this project, one per line.
meteor-base@1.4.0             # Packages every Meteor app needs to have
mongo@1.6.0                   # The database Meteor supports right now
blaze-html-templates    # Compile .html files into Meteor Blaze views
ecmascript@0.12.0
kadira:flow-router
accounts-password
practicalmeteor:chai
meteortesting:browser-tests
practicalmeteor:mocha-core
"""

COLLECTION = """\
import { Mongo } from 'meteor/mongo';

export const Hangouts = new Mongo.Collection('hangouts');
"""

METHODS = """\
import { Meteor } from 'meteor/meteor';
import { Hangouts } from '../imports/api/hangouts.js';

Meteor.methods({
  createHangout(data) {
    return Hangouts.insert(data);
  },
});
"""


def _app(meteor: bool) -> dict[str, str]:
    files = {
        "package.json": json.dumps(PACKAGE, indent=2),
        "imports/api/hangouts.js": COLLECTION,
        "server/methods.js": METHODS,
    }
    if meteor:
        files |= {".meteor/release": "METEOR@1.8\n", ".meteor/packages": PACKAGES}
    return files


def test_meteor_app_from_its_meteor_folder(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(meteor=True)))
    assert set(found) == {"."}
    backend = found["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Meteor", "1.8")
    assert first(backend, K.ORM)[0] == "Meteor Mongo"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    assert first(backend, K.TEST)[0] == "Mocha"


def test_no_meteor_folder_no_meteor(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(meteor=False)))
    assert not any(first(b, K.FRAMEWORK)[0] == "Meteor" for b in found.values())
