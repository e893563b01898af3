"""A gap the 496th held-out set showed (benchmarks/detect_heldout496.yaml), as a small fixture of
the real files' shape (#19): a Flask service (requirements.txt Flask, gunicorn, firebase-admin,
google-cloud-storage; a route rendering a camp's PDF) whose modules open Cloud Firestore
through Firebase's Admin SDK (`from firebase_admin import firestore`, `firestore.client(app)`)
and write an export document there: its engine is Firestore, with no data layer named, as for
Node's Admin SDK. A service importing only the SDK's auth module keeps no documents there.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind

_REQUIREMENTS = (
    "pylatex==1.4.1\ngoogle-cloud-storage==2.3.0\nfirebase-admin==5.2.0\nFlask==2.3.2\n"
    "gunicorn==20.1.0\nflask-cors==3.0.10\n"
)

_APP = """from flask import Flask
from flask_cors import CORS

from pdf_generator import generate

app = Flask(__name__)
CORS(app)


@app.route('/export/camp/<camp_id>/user/<user_id>/')
def export(camp_id, user_id):
    return generate(camp_id, user_id)
"""

_GENERATOR = """import firebase_admin
from firebase_admin import {module}
from google.cloud import storage


def generate(camp_id, user_id):
    cred = firebase_admin.credentials.Certificate('keys/firebase-adminsdk.json')
    app = firebase_admin.initialize_app(cred)
    storage.Client(project='emeal').bucket('exports')
    {body}
    return 'ok'
"""


def _engines(tmp_path: Path, module: str, body: str) -> list[str]:
    files = {
        "script/requirements.txt": _REQUIREMENTS,
        "script/app.py": _APP,
        "script/pdf_generator.py": _GENERATOR.format(module=module, body=body),
        "Dockerfile": "FROM python:3.10\nCOPY script script\n"
        'CMD ["gunicorn", "--chdir", "script", "app:app"]\n',
    }
    backend = by_folder(write(tmp_path, files))["script"]
    return [f.name for f in backend.findings if f.kind is FindingKind.DATABASE]


def test_a_flask_service_writing_firestore_through_the_admin_sdk(tmp_path: Path) -> None:
    body = "firestore.client(app).collection('exports').add({'camp': camp_id})"
    assert _engines(tmp_path, "firestore", body) == ["Firestore"]


def test_a_service_using_only_the_sdks_auth_keeps_no_documents(tmp_path: Path) -> None:
    assert _engines(tmp_path, "auth", "auth.verify_id_token(user_id, app=app)") == []
