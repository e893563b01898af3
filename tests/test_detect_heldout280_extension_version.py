"""Python: an extension's pinned release is not the framework's version (set 280, #19).

A Flask service declares only Flask-RESTful (`Flask-RESTful==0.3.9`), which requires Flask and
brings it in, and starts `Flask(__name__)`: the framework is Flask, but 0.3.9 is the extension's
release, not Flask's. With neither Flask pinned nor a lock resolving it, the framework has no
version (`assemble._version`). Counter-cases: Flask pinned beside the extension gives its own
pin, and a lock resolving Flask beneath the extension gives the lock's release."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = (
    "from flask import Flask\nfrom flask_restful import Api, Resource\n\n"
    "app = Flask(__name__)\napi = Api(app)\n\n\n"
    "class Lookup(Resource):\n    def get(self, name):\n        return {'name': name}\n\n\n"
    "api.add_resource(Lookup, '/lookup/<name>')\n\n"
    "if __name__ == '__main__':\n    app.run()\n"
)


def _service(requirements: str) -> dict[str, str]:
    return {"requirements.txt": requirements, "service/api.py": _APP}


def test_an_extension_pin_is_not_the_frameworks_version(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service("Flask-RESTful==0.3.9\nnumpy==1.16.4\n")))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "")


def test_flask_pinned_beside_the_extension_keeps_its_pin(tmp_path: Path) -> None:
    # Counter-case: the framework's own package pinned.
    requirements = "Flask==1.1.2\nFlask-RESTful==0.3.9\n"
    found = by_folder(write(tmp_path, _service(requirements)))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==1.1.2")


def test_a_lock_resolving_flask_beneath_the_extension_gives_its_release(tmp_path: Path) -> None:
    # Counter-case: a Pipfile.lock resolving Flask under the extension.
    files = {
        "Pipfile": '[packages]\nflask-restful = "==0.3.9"\n',
        "Pipfile.lock": json.dumps(
            {
                "_meta": {"pipfile-spec": 6},
                "default": {
                    "flask": {"version": "==2.0.3"},
                    "flask-restful": {"version": "==0.3.9"},
                },
                "develop": {},
            },
            indent=4,
        ),
        "service/api.py": _APP,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "2.0.3")
