"""A documentation site on aiohttp beside the services of its repository, as set 111 showed it
(benchmarks/detect_heldout111.yaml, #19): its setup.py declares nothing, its Dockerfile installs
the pinned list of the repository's `gear/` library (aiohttp, aiomysql, PyMySQL) like every
service's, and its code renders Jinja templates with `gear`'s session helpers and never opens
the database. The data layers of the installed list are a service's only where its code reaches
them (itself, or through a name of the library defined in a module importing them), and an
aiohttp server rendering templates with no data of its own is a UI."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout111_images import _DOCKERFILE, _service
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEAR = {
    "gear/gear/__init__.py": "from .database import Database\n"
    "from .session import setup_aiohttp_session\n",
    "gear/gear/session.py": "import aiohttp_session\n\nfrom .auth_utils import max_age\n\n\n"
    "def setup_aiohttp_session(app):\n    aiohttp_session.setup(app, max_age)\n",
    "gear/gear/auth_utils.py": "from .database import Database\n\nmax_age = 30 * 86400\n",
}

_SITE = (
    "import jinja2\nimport aiohttp_jinja2\nfrom aiohttp import web\n\n"
    "from gear import setup_aiohttp_session\n\nroutes = web.RouteTableDef()\n\n\n"
    "@routes.get('/')\n@aiohttp_jinja2.template('index.html')\nasync def index(request):\n"
    "    return {}\n\n\n"
    "def run():\n    app = web.Application()\n    setup_aiohttp_session(app)\n"
    "    aiohttp_jinja2.setup(app, loader=jinja2.PackageLoader('website', 'pages'))\n"
    "    app.add_routes(routes)\n    web.run_app(app, host='0.0.0.0', port=443)\n"
)

_API = (
    "from aiohttp import web\n\nfrom gear import setup_aiohttp_session\n\n"
    "routes = web.RouteTableDef()\n\n\n@routes.get('/api/v1/status')\n"
    "async def status(request):\n    return web.json_response({'ok': True})\n\n\n"
    "def run():\n    app = web.Application()\n    setup_aiohttp_session(app)\n"
    "    app.add_routes(routes)\n    web.run_app(app, host='0.0.0.0', port=443)\n"
)

_SITE_DOCKERFILE = _DOCKERFILE.replace("auth", "website")


def _tree(site: str) -> dict[str, str]:
    return {
        **_service(_DOCKERFILE),
        **_GEAR,
        "website/setup.py": "from setuptools import find_packages, setup\n\n"
        "setup(name='website', version='0.0.1', packages=find_packages())\n",
        "website/Dockerfile": _SITE_DOCKERFILE,
        "website/website/__init__.py": "",
        "website/website/website.py": site,
        "website/website/__main__.py": "from .website import run\n\nrun()\n",
    }


def test_a_docs_site_rendering_templates_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_SITE)))
    assert set(backends) == {"auth"}
    # The service reaching `gear.Database` keeps the data layer its image installs.
    assert first(backends["auth"], K.QUERY)[0] == "aiomysql"
    assert first(backends["auth"], K.DATABASE)[0] == "MySQL"


def test_an_api_reaching_no_data_layer_gets_none_from_the_image(tmp_path: Path) -> None:
    # Counter-case: no templates, so a backend; its image's aiomysql is not reached (the
    # session helper opens the database only through another module of the library).
    backends = by_folder(write(tmp_path, _tree(_API)))
    assert set(backends) == {"auth", "website"}
    assert first(backends["website"], K.QUERY) == ("", "")
    assert first(backends["website"], K.DATABASE) == ("", "")


def test_a_page_server_opening_the_database_itself_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a classic web application rendering templates over its own data.
    site = _SITE.replace("import jinja2\n", "import jinja2\nimport aiomysql\n")
    backends = by_folder(write(tmp_path, _tree(site)))
    assert set(backends) == {"auth", "website"}
    assert first(backends["website"], K.QUERY)[0] == "aiomysql"


def test_a_page_server_using_the_librarys_database_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the name it imports is defined in the library's database module.
    site = _SITE.replace("import setup_aiohttp_session", "import Database, setup_aiohttp_session")
    backends = by_folder(write(tmp_path, _tree(site)))
    assert set(backends) == {"auth", "website"}
    assert first(backends["website"], K.DATABASE)[0] == "MySQL"


def test_a_layer_is_looked_for_under_the_modules_it_is_imported_as() -> None:
    # pip names that are not the module's name, and layers imported through an integration
    # (`flask_sqlalchemy` for SQLAlchemy): a service importing them reaches the layer.
    from designer.detect.image_layers import module_of

    assert module_of("tortoise-orm") == "tortoise"
    assert module_of("cassandra-driver") == "cassandra"
    assert module_of("psycopg[binary]") == "psycopg"
    assert module_of("Flask-SQLAlchemy") == "flask_sqlalchemy"


def test_a_service_importing_an_orm_through_its_integration_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the image's list names SQLAlchemy; the service imports flask_sqlalchemy
    # only, which is SQLAlchemy's, so the layer is reached and kept.
    site = "import flask_sqlalchemy\n" + _API
    tree = _tree(site)
    tree["gear/pinned-requirements.txt"] += "SQLAlchemy==2.0.36\n"
    backends = by_folder(write(tmp_path, tree))
    assert "website" in backends
    assert first(backends["website"], K.ORM)[0] == "SQLAlchemy"
