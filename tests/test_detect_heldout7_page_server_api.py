"""An Express server that renders its pages from templates and also declares routes under
`/api/` (benchmarks/detect_heldout7.yaml, #19), as a small fixture of the real files' shape: a
product's front-end package (React bundled for the browser) whose `api/index.js` registers
Handlebars as the view engine, renders the index page, and declares routes under `/api/` that
its browser code calls (an event it relays, a webhook stub). Session 34 settled that a server
handing out a UI and serving that UI's own calls is part of the UI (HELDOUT.md): with no data
of its own it is a UI's server with those routes or without (`view_servers`); an earlier rule
made it a backend for them. The counter-case: the same server keeping data of its own (a
driver it opens) is a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_SERVER = (
    "const exphbs = require('express-handlebars')\nconst express = require('express')\n"
    "const bodyParser = require('body-parser')\nconst app = express()\n"
    "const port = process.env.PORT || 8080\n\n"
    "app.set('views', 'web/')\napp.use(express.static('web'))\n"
    "app.engine('handlebars', exphbs.engine({ defaultLayout: false }))\n"
    "app.set('view engine', 'handlebars')\n\n"
    "app.get('/health', (req, res) => {\n  res.send('OK')\n})\n\n"
    "app.use(bodyParser.json())\n\n"
    "{routes}"
    "app.get('/', (req, res) => {\n  return res.render('index', { linkedin: false })\n})\n\n"
    "app.listen(port, () => {\n  console.log(`Server listening on: ${port}`)\n})\n"
)
_ROUTES = (
    "app.post('/api/event', (req, res) => {\n  notify(req.body.event)\n"
    "  res.json({ ok: true })\n})\n\n"
    "app.post('/api/webflow/webhook', (req, res) => {\n  notify(req.body.data)\n"
    "  res.json({ ok: true })\n})\n\n"
)
_BROWSER = (
    "import axios from 'axios'\n\nexport const getProjects = () => axios.get('/api/projects')\n"
)


def _tree(routes: str) -> dict[str, str]:
    return {
        "frontend/package.json": package_json(
            {
                "axios": "^1.7.0",
                "body-parser": "^1.20.0",
                "express": "^4.22.2",
                "express-handlebars": "^7.1.3",
                "react": "^18.3.1",
                "react-dom": "^18.3.1",
            },
            name="product-frontend",
            scripts={"start": "node ./api/index", "bundle": "rspack build"},
        ),
        "frontend/api/index.js": _SERVER.replace("{routes}", routes),
        "frontend/web/project/api.js": _BROWSER,
        "frontend/web/index.handlebars": "<div id='app'></div>\n",
    }


def test_a_page_server_with_routes_of_the_ui_is_a_ui(tmp_path: Path) -> None:
    assert "frontend" not in by_folder(write(tmp_path, _tree(_ROUTES)))


def test_a_page_server_whose_browser_code_calls_an_api_is_a_ui(tmp_path: Path) -> None:
    # No route under /api/ of the server's own: the browser's `axios.get('/api/…')` is a call.
    assert "frontend" not in by_folder(write(tmp_path, _tree("")))


def test_a_page_server_keeping_data_of_its_own_is_a_backend(tmp_path: Path) -> None:
    files = _tree(_ROUTES)
    files["frontend/package.json"] = files["frontend/package.json"].replace(
        '"express": "^4.22.2"', '"express": "^4.22.2",\n    "pg": "^8.13.1"'
    )
    files["frontend/api/db.js"] = (
        "const { Pool } = require('pg')\n\nconst pool = new Pool()\n\n"
        "module.exports.save = (event) => pool.query('INSERT INTO events VALUES ($1)', [event])\n"
    )
    assert "frontend" in by_folder(write(tmp_path, files))
