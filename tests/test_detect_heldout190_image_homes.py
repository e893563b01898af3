"""A repository with no manifest at its root whose only Python program is a manifest-less Flask
script in a folder building its own image (`elasticsearch/spacy-ner/Dockerfile`: `RUN pip
install spacy flask`, `COPY ./py/ ...`), inside a folder whose Dockerfile builds a database's
image, beside Maven services with manifests of their own, as held-out set 190 showed
(benchmarks/detect_heldout190.yaml, #19). The root ships nothing: the script's home is the
nearest folder building an image, not the root.
Counter-cases: with a manifest at the root, code below it stays the root's; a manifest-less
script in a folder without a Dockerfile stays with the root.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROUTER = (
    "import flask\n\napp = flask.Flask(__name__)\n\n\n"
    "@app.route('/ner/fields', methods=['POST'])\ndef fields():\n    return {}\n"
)
_INDEXER = {
    "indexers/Dockerfile": "FROM docker.elastic.co/elasticsearch/elasticsearch:7.6.0\n",
    "indexers/ner/Dockerfile": (
        "FROM python:3.8\nRUN pip install spacy flask\nWORKDIR /indexer\n"
        "COPY ./py/ /indexer/py/\nCMD [\"python\", \"./py/main.py\"]\n"
    ),
    "indexers/ner/py/main.py": "from app.router import app\n\napp.run(host='0.0.0.0')\n",
    "indexers/ner/py/app/__init__.py": "",
    "indexers/ner/py/app/router.py": _ROUTER,
    "examples/docker-compose.yml": (
        "services:\n  postgres:\n    image: postgres:11-alpine\n"
    ),
}


def test_a_manifestless_script_is_homed_at_its_image(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _INDEXER))
    assert list(backends) == ["indexers/ner"]
    assert first(backends["indexers/ner"], K.FRAMEWORK)[0] == "Flask"


def test_code_below_a_root_project_stays_the_roots(tmp_path: Path) -> None:
    files = dict(_INDEXER, **{"requirements.txt": "flask==3.0.0\n"})
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK) == ("Flask", "==3.0.0")


def test_a_script_without_an_image_stays_with_the_root(tmp_path: Path) -> None:
    files = {
        path.replace("indexers/ner/", "tools/ner/"): text
        for path, text in _INDEXER.items()
        if path != "indexers/ner/Dockerfile"
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
