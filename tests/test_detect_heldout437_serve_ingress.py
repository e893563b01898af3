"""A model service whose FastAPI apps are served through a runtime's ingress (`@serve.ingress(api)`
under Ray Serve, started by `serve run`) beside a FastAPI backend of the same repository (#19):
its manifest declares only the runtime (`ray[serve]`), whose extra its own uv.lock resolves
FastAPI for, so the framework it starts is its own install, not the backend's — a backend of its
own, at the release its lock resolved."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

BACKEND_PYPROJECT = (
    '[project]\nname = "app-backend"\nversion = "1.0.0"\nrequires-python = "==3.11.*"\n'
    'dependencies = [\n    "fastapi==0.115.12",\n    "uvicorn==0.23.2",\n]\n'
)
BACKEND_MAIN = (
    "import uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
    '@app.get("/health")\ndef health():\n    return {}\n\n\n'
    'if __name__ == "__main__":\n    uvicorn.run(app)\n'
)
SERVE_PYPROJECT = (
    '[project]\nname = "app-models"\nversion = "1.0.0"\nrequires-python = "==3.11.*"\n'
    'dependencies = [\n    "ray[serve]==2.44.1",\n    "spacy==3.8.4",\n]\n'
)
SERVE_LOCK = (
    'version = 1\nrequires-python = "==3.11.*"\n\n'
    '[[package]]\nname = "app-models"\nversion = "1.0.0"\nsource = { virtual = "." }\n'
    'dependencies = [\n    { name = "ray", extra = ["serve"] },\n    { name = "spacy" },\n]\n\n'
    '[[package]]\nname = "fastapi"\nversion = "0.116.1"\n'
    'source = { registry = "https://pypi.org/simple" }\n'
    'dependencies = [\n    { name = "pydantic" },\n    { name = "starlette" },\n]\n\n'
    '[[package]]\nname = "ray"\nversion = "2.44.1"\n'
    'source = { registry = "https://pypi.org/simple" }\n'
    'dependencies = [\n    { name = "click" },\n]\n\n'
    "[package.optional-dependencies]\n"
    'serve = [\n    { name = "fastapi" },\n    { name = "uvicorn" },\n]\n\n'
    '[[package]]\nname = "spacy"\nversion = "3.8.4"\n'
    'source = { registry = "https://pypi.org/simple" }\n'
)
SERVE_APP = (
    "from fastapi import FastAPI\nfrom ray import serve\n\napi = FastAPI()\n\n\n"
    "@serve.deployment\n@serve.ingress(api)\nclass SpacyApi:\n"
    '    @api.post("/pipeline")\n    async def pipeline(self, text: str) -> dict:\n'
    "        return {}\n\n\napp = SpacyApi.bind()\n"
)


def _files(lock: bool) -> dict[str, str]:
    files = {
        "backend/pyproject.toml": BACKEND_PYPROJECT,
        "backend/src/main.py": BACKEND_MAIN,
        "backend/Dockerfile": "FROM python:3.11\nCOPY . .\nCMD python src/main.py\n",
        "models/pyproject.toml": SERVE_PYPROJECT,
        "models/src/apps/spacy.py": SERVE_APP,
        "models/Dockerfile": "FROM python:3.11\nCOPY . .\nCMD serve run /tmp/spec.yaml\n",
    }
    if lock:
        files["models/uv.lock"] = SERVE_LOCK
    return files


def test_ingress_service_on_its_own_locked_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(lock=True)))
    assert sorted(found) == ["backend", "models"]
    assert first(found["models"], K.FRAMEWORK) == ("FastAPI", "0.116.1")
    assert first(found["backend"], K.FRAMEWORK) == ("FastAPI", "==0.115.12")


def test_unlocked_start_stays_on_the_other_application(tmp_path: Path) -> None:
    # With no lock of its own, nothing shows the folder installs the framework it starts.
    found = by_folder(write(tmp_path, _files(lock=False)))
    assert sorted(found) == ["backend"]
