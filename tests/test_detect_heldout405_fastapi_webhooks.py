"""Python: a FastAPI service receiving webhooks stays a backend beside its one rendered page
(set 405, #19).

A sync service between two trackers takes the events one sends on a POST route named for
webhooks, calls both trackers' APIs through requests, and renders a single status page with
`Jinja2Templates`. No data layer: yet the events it answers are another system's, not the
calls of a UI's own forms (`view_servers`). Without the webhook route, the same shape is the
UI of set 170's rule."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[tool.poetry]\nname = "sync"\nversion = "0"\n\n'
    '[tool.poetry.dependencies]\npython = ">=3.12, <3.14"\nfastapi = "^0.115.7"\n'
    'uvicorn = {extras = ["standard"], version = "^0.34.0"}\nJinja2 = "^3.1.5"\n'
    'requests = "^2.32.3"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^8.3.4"\n'
)

_APP = (
    '"""Core FastAPI app."""\n\nfrom fastapi import FastAPI\n'
    "from fastapi.staticfiles import StaticFiles\n\nfrom sync.router import router\n\n"
    "app = FastAPI(title='sync')\napp.include_router(router)\n"
    "app.mount('/static', StaticFiles(directory='static'), name='static')\n"
)

_ROUTER = (
    "from fastapi import APIRouter, Request\nfrom fastapi.responses import HTMLResponse\n"
    "from fastapi.templating import Jinja2Templates\n\nfrom sync import tracker\n\n"
    "router = APIRouter()\n\n\n"
    "@router.post(\n    '/tracker_webhook',\n)\nasync def tracker_webhook(request: Request):\n"
    "    return tracker.apply(await request.json())\n\n\n"
    "templates = Jinja2Templates(directory='templates')\n\n\n"
    "@router.get('/powered_by', response_class=HTMLResponse)\n"
    "def powered_by(request: Request):\n"
    "    return templates.TemplateResponse('powered_by.html', {'request': request})\n"
)

_TRACKER = (
    "import requests\n\n\ndef apply(event):\n"
    "    return requests.post('https://tracker.example/api/issue', json=event).json()\n"
)


def _service(router: str = _ROUTER) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "sync/__init__.py": "",
        "sync/app.py": _APP,
        "sync/router.py": router,
        "sync/tracker.py": _TRACKER,
        "sync/templates/powered_by.html": "<p>ok</p>\n",
        "tests/test_app.py": "def test_ok():\n    assert True\n",
    }


def test_a_webhook_receiver_with_a_page_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.FRAMEWORK)[0] == "FastAPI"


def test_without_the_webhook_route_the_pages_are_a_ui(tmp_path: Path) -> None:
    # Counter-case: its only other route relays a form: set 170's UI rule still holds.
    router = _ROUTER.replace("'/tracker_webhook'", "'/issues/submit'")
    found = by_folder(write(tmp_path, _service(router)))
    assert "." not in found
