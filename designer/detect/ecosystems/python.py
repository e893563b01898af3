"""Python: requirements*.txt, pyproject.toml (PEP 621, Poetry, PDM, uv), Pipfile, setup.cfg,
setup.py, and the entry points of FastAPI, Flask, Django, Tornado, Pyramid."""

from __future__ import annotations

import re
from typing import Any

from designer.detect import defaults, extra_drivers, tomlfile
from designer.detect.engines import env_test_rules, redis_store_rules, setting_rules, url_rules
from designer.detect.locks import LockFiles
from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestError,
    ManifestResult,
    Scope,
    Signal,
    SourceRule,
    Strength,
    clip,
    dependency_signals,
    entries,
    integrated,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "Python"

CATALOG: Catalog = {
    "fastapi": entries((K.FRAMEWORK, "FastAPI")),
    "flask": entries((K.FRAMEWORK, "Flask")),
    # APIFlask: Flask's own app class extended with OpenAPI (`APIFlask(__name__)`), which
    # requires Flask: the application is a Flask app, on the Flask release the lock resolves.
    "apiflask": entries((K.FRAMEWORK, "Flask")),
    # Flask-RESTX and Flask-RESTful: resource classes routed on a Flask app, which they
    # require. A project may declare only the extension (a relay of flask-restx resources
    # whose lock resolves Flask beneath it): it still runs Flask, on the lock's release.
    "flask-restx": entries((K.FRAMEWORK, "Flask")),
    "flask-restful": entries((K.FRAMEWORK, "Flask")),
    "django": entries(
        (K.FRAMEWORK, "Django"), (K.ORM, "Django ORM"), (K.MIGRATIONS, "Django migrations")
    ),
    "djangorestframework": entries((K.FRAMEWORK, "Django REST framework")),
    "tornado": entries((K.FRAMEWORK, "Tornado")),
    "pyramid": entries((K.FRAMEWORK, "Pyramid")),
    # ASGI and WSGI frameworks a backend is written to directly (the entry point's rule
    # proves the application; aiohttp is a client as often: see `CLIENTS`).
    "litestar": entries((K.FRAMEWORK, "Litestar")),
    "sanic": entries((K.FRAMEWORK, "Sanic")),
    "quart": entries((K.FRAMEWORK, "Quart")),
    "falcon": entries((K.FRAMEWORK, "Falcon")),
    "starlette": entries((K.FRAMEWORK, "Starlette")),
    "aiohttp": entries((K.FRAMEWORK, "aiohttp")),
    "bottle": entries((K.FRAMEWORK, "Bottle")),
    "robyn": entries((K.FRAMEWORK, "Robyn")),
    "cherrypy": entries((K.FRAMEWORK, "CherryPy")),
    # CherryPy-Foundation: CherryPy's application, tools and plugins packaged as a kit, which
    # requires CherryPy (an application declaring only the kit runs on CherryPy; its release is
    # CherryPy's, which only a lock resolves).
    "cherrypy-foundation": entries((K.FRAMEWORK, "CherryPy")),
    # Cliquet: a toolkit of Pyramid services (storage backends, auth, pagination) that an
    # application initialises on its own Configurator (`cliquet.initialize(config)`); it
    # requires Pyramid, whose release only a lock resolves.
    "cliquet": entries((K.FRAMEWORK, "Pyramid")),
    # Pando: a WSGI framework of simplates served by Gunicorn (`pando.Website()`).
    "pando": entries((K.FRAMEWORK, "Pando")),
    # Masonite (a Laravel-like framework), BlackSheep and Emmett (ASGI), hug, Klein (on
    # Twisted).
    "masonite": entries((K.FRAMEWORK, "Masonite")),
    "blacksheep": entries((K.FRAMEWORK, "BlackSheep")),
    "emmett": entries((K.FRAMEWORK, "Emmett")),
    "hug": entries((K.FRAMEWORK, "hug")),
    "klein": entries((K.FRAMEWORK, "Klein")),
    # AWS Chalice: routes decorated on a `Chalice(app_name=...)` app, deployed as Lambda
    # functions (`chalice deploy`) unless something else serves it (see `chalice_apps`).
    "chalice": entries((K.FRAMEWORK, "Chalice")),
    # Werkzeug: the WSGI toolkit under Flask, a framework of its own where the program routes
    # on its URL `Map` with nothing above it (Flask absorbs it: `assemble.ABSORBED`).
    "werkzeug": entries((K.FRAMEWORK, "Werkzeug")),
    "sqlalchemy": entries((K.ORM, "SQLAlchemy")),
    "flask-sqlalchemy": entries((K.ORM, "SQLAlchemy")),
    # FastAPI's session middleware over SQLAlchemy (`from fastapi_sqlalchemy import db`).
    "fastapi-sqlalchemy": entries((K.ORM, "SQLAlchemy")),
    # SQLAlchemy-Utils: column types and helpers for SQLAlchemy models, which it requires.
    "sqlalchemy-utils": entries((K.ORM, "SQLAlchemy")),
    "sqlmodel": entries((K.ORM, "SQLModel")),
    "tortoise-orm": entries((K.ORM, "Tortoise ORM")),
    "peewee": entries((K.ORM, "Peewee")),
    "pony": entries((K.ORM, "Pony ORM")),
    # SQLObject: an ORM older than SQLAlchemy (`class User(SQLObject)`, `connectionForURI`).
    "sqlobject": entries((K.ORM, "SQLObject")),
    "piccolo": entries((K.ORM, "Piccolo"), (K.MIGRATIONS, "Piccolo migrations")),
    "ormar": entries((K.ORM, "ormar")),
    "mongoengine": entries((K.ORM, "MongoEngine"), (K.DATABASE, "MongoDB")),
    "flask-mongoengine": entries((K.ORM, "MongoEngine"), (K.DATABASE, "MongoDB")),
    "odmantic": entries((K.ORM, "ODMantic"), (K.DATABASE, "MongoDB")),
    # PyMODM: MongoDB's own ODM (`MongoModel` classes over `pymodm.connection.connect`).
    "pymodm": entries((K.ORM, "pymodm"), (K.DATABASE, "MongoDB")),
    # PynamoDB: models (`class Credential(Model)` with a `Meta.table_name`) over DynamoDB, the
    # one store it speaks to: the data layer and its engine.
    "pynamodb": entries((K.ORM, "PynamoDB"), (K.DATABASE, "DynamoDB")),
    "aiosql": entries((K.QUERY, "aiosql")),
    "pypika": entries((K.QUERY, "PyPika")),
    # postgres.py: SQL written by hand run over a psycopg2 pool (its small `orm` maps rows to
    # classes): a query library, PostgreSQL only.
    "postgres": entries((K.QUERY, "postgres.py"), (K.DATABASE, "PostgreSQL")),
    "databases": entries((K.QUERY, "databases")),
    "records": entries((K.QUERY, "Records")),
    "alembic": entries((K.MIGRATIONS, "Alembic")),
    "flask-migrate": entries((K.MIGRATIONS, "Alembic")),
    "aerich": entries((K.MIGRATIONS, "Aerich")),
    # The PostgreSQL drivers are also the data layer of a service that writes its own SQL
    # (raw access: an ORM or query library beside them is named first).
    "psycopg": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "psycopg")),
    "psycopg-binary": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "psycopg")),
    "psycopg2": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "psycopg2")),
    "psycopg2-binary": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "psycopg2")),
    "asyncpg": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "asyncpg")),
    # aiopg: asyncio's connections and cursors over psycopg2, the layer the SQL is run through.
    "aiopg": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "aiopg")),
    "pg8000": entries((K.DATABASE, "PostgreSQL")),
    "oracledb": entries((K.DATABASE, "Oracle")),
    # cx_Oracle, Oracle's driver: the data layer of a service running its own SQL through its
    # cursors (an ORM beside it is named first).
    "cx-oracle": entries((K.DATABASE, "Oracle"), (K.QUERY, "cx_Oracle")),
    # pymssql, the SQL Server driver: the data layer of a service running its own SQL through
    # its connections and cursors, as cx_Oracle is (an ORM beside it is named first).
    "pymssql": entries((K.DATABASE, "SQL Server"), (K.QUERY, "pymssql")),
    # mssql-python, Microsoft's own SQL Server driver (DB API connections and cursors over its
    # bundled ODBC layer): the data layer of a service running its SQL through it, as pymssql.
    "mssql-python": entries((K.DATABASE, "SQL Server"), (K.QUERY, "mssql-python")),
    "mariadb": entries((K.DATABASE, "MariaDB")),
    "pymysql": entries((K.DATABASE, "MySQL")),
    "mysqlclient": entries((K.DATABASE, "MySQL")),
    "mysql-python": entries((K.DATABASE, "MySQL")),
    "mysql-connector-python": entries((K.DATABASE, "MySQL")),
    # aiomysql: asyncio's connections, cursors and pools over PyMySQL, the layer a service's
    # hand-written SQL runs through (as aiopg is over psycopg2).
    "aiomysql": entries((K.DATABASE, "MySQL"), (K.QUERY, "aiomysql")),
    "asyncmy": entries((K.DATABASE, "MySQL")),
    # PyMongo, MongoDB's driver, is the data layer of a service that queries its collections
    # itself (as the mongodb driver is Node's); an ODM beside it is named first.
    "pymongo": entries((K.DATABASE, "MongoDB"), (K.QUERY, "PyMongo")),
    # crate, CrateDB's DB API driver: SQL written by hand and run through its cursors, so the
    # driver is the data layer (as pymssql and cx_Oracle are) and CrateDB the engine.
    "crate": entries((K.DATABASE, "CrateDB"), (K.QUERY, "crate")),
    # Supabase's Python client, as its JavaScript one: tables read and written over PostgREST
    # in front of the project's PostgreSQL database. The client is the data layer only where
    # the code queries tables through it (`py_supabase_tables`): it is the auth client too.
    "supabase": entries((K.DATABASE, "PostgreSQL")),
    # python-arango, ArangoDB's driver: AQL and collections queried through the client.
    "python-arango": entries((K.DATABASE, "ArangoDB"), (K.QUERY, "python-arango")),
    # Neo4j's official driver (`neo4j`, published as `neo4j-driver` before 5.0): Cypher written
    # by hand and run through its sessions, so the driver is the data layer (as Java's
    # neo4j-java-driver and Rust's neo4rs are) and Neo4j the engine.
    "neo4j": entries((K.DATABASE, "Neo4j"), (K.QUERY, "neo4j")),
    "neo4j-driver": entries((K.DATABASE, "Neo4j"), (K.QUERY, "neo4j")),
    # Google Cloud Datastore's client: entities put and queried through the client itself.
    "google-cloud-datastore": entries(
        (K.DATABASE, "Google Cloud Datastore"), (K.QUERY, "google-cloud-datastore")
    ),
    # Motor, MongoDB's asyncio driver (PyMongo's async face): a service awaiting its
    # collections' queries through it has it for its data layer, as PyMongo is for a
    # synchronous one; an ODM over it (Beanie) is named first.
    "motor": entries((K.DATABASE, "MongoDB"), (K.QUERY, "Motor")),
    # aiomongo, an asyncio MongoDB driver of its own (not Motor's wrapper of PyMongo:
    # `aiomongo.create_client(url)`, its Collection and GridFS), mostly installed from its
    # repository (`git+https://…/aiomongo`): the data layer as Motor is, over MongoDB.
    "aiomongo": entries((K.DATABASE, "MongoDB"), (K.QUERY, "aiomongo")),
    "beanie": entries((K.ORM, "Beanie"), (K.DATABASE, "MongoDB")),
    "aiosqlite": entries((K.DATABASE, "SQLite")),
    # Azure Cosmos DB's client (`CosmosClient(url, key)`, containers' items read and upserted
    # through it, synchronous or `azure.cosmos.aio`): the data layer, named by its package as
    # PyMongo is, over Azure Cosmos DB.
    "azure-cosmos": entries((K.DATABASE, "Azure Cosmos DB"), (K.QUERY, "azure-cosmos")),
    # Search-engine clients: the engine of a service whose documents live in the index (see
    # SEARCH_STORES for why they weigh less than any other driver).
    "elasticsearch": entries((K.DATABASE, "Elasticsearch")),
    "elasticsearch-dsl": entries((K.DATABASE, "Elasticsearch")),
    "opensearch-py": entries((K.DATABASE, "OpenSearch")),
    # ClickHouse's HTTP client: SQL run through `client.query(…)` against the column store
    # (the driver is the data layer). An analytics store beside a relational one far more
    # often than the only store, so it weighs as a search client does (SEARCH_STORES).
    "clickhouse-connect": entries((K.DATABASE, "ClickHouse"), (K.QUERY, "clickhouse-connect")),
    # CouchDB's Python client (`couchdb`, couchdb-python: `Server(url)[name]`, views through
    # `couchdb.design`) and the schematics documents mapped over it (couchdb-schematics'
    # `SchematicsDocument`, the model layer, named first).
    "couchdb": entries((K.DATABASE, "CouchDB"), (K.QUERY, "couchdb-python")),
    "couchdb-schematics": entries((K.DATABASE, "CouchDB"), (K.ORM, "couchdb-schematics")),
    # SurrealDB's Python SDK (`AsyncSurreal(url)`, `RecordID`): SurrealQL and records queried
    # through the client itself, the data layer (named by its package, as Node's and Rust's
    # clients are) over SurrealDB.
    "surrealdb": entries((K.DATABASE, "SurrealDB"), (K.QUERY, "surrealdb")),
    "redis": entries((K.CACHE, "Redis")),
    "django-redis": entries((K.CACHE, "Redis")),
    "aioredis": entries((K.CACHE, "Redis")),
    # RQ (Redis Queue) keeps its queues, jobs and results in Redis alone and brings redis-py
    # with it: a service depending on it reaches Redis through that client, whether or not
    # its list names redis-py too (`redis_only` then reads what the code opens).
    "rq": entries((K.CACHE, "Redis")),
    "pymemcache": entries((K.CACHE, "Memcached")),
    "python-memcached": entries((K.CACHE, "Memcached")),
    "pylibmc": entries((K.CACHE, "Memcached")),
    "kafka-python": entries((K.BROKER, "Kafka")),
    "confluent-kafka": entries((K.BROKER, "Kafka")),
    "aiokafka": entries((K.BROKER, "Kafka")),
    "pika": entries((K.BROKER, "RabbitMQ")),
    "aio-pika": entries((K.BROKER, "RabbitMQ")),
    "celery": entries((K.BROKER, "Celery")),
    "pytest": entries((K.TEST, "pytest")),
    "pytest-asyncio": entries((K.TEST, "pytest")),
    "pytest-django": entries((K.TEST, "pytest")),
    "nose2": entries((K.TEST, "nose2")),
    # behave runs Gherkin features (`features/*.feature`) through step modules in Python.
    "behave": entries((K.TEST, "behave")),
    "behave-django": entries((K.TEST, "behave")),
    "ward": entries((K.TEST, "ward")),
    "uvicorn": entries((K.SERVER, "Uvicorn")),
    "gunicorn": entries((K.SERVER, "Gunicorn")),
    "hypercorn": entries((K.SERVER, "Hypercorn")),
    "daphne": entries((K.SERVER, "Daphne")),
    "waitress": entries((K.SERVER, "Waitress")),
}

INTEGRATED = {
    "pytest-django": "pytest",
    "pytest-asyncio": "pytest",
    "behave-django": "behave",
    "flask-sqlalchemy": "sqlalchemy",
    "apiflask": "flask",
    "flask-restx": "flask",
    "flask-restful": "flask",
    "fastapi-sqlalchemy": "sqlalchemy",
    "sqlalchemy-utils": "sqlalchemy",
    "flask-migrate": "alembic",
    "cherrypy-foundation": "cherrypy",
    "cliquet": "pyramid",
}
"""Glue packages that bring the package they integrate as their own dependency: its version,
which a lock file resolves, is the finding's (pytest 9.0.3 beneath pytest-django 4.12.0, not
4.12.0)."""

GLUE = frozenset({*INTEGRATED, "django-redis", "rq"})
"""Integration packages: the version of what they integrate is its own package's. (django-redis
and rq bring redis-py, whose release is not the Redis server's: nothing to ask a lock for.)"""

_PY = (".py",)

BOTO3_DYNAMODB = r"""\b(?:boto3|session|Session\(\))\.(?:client|resource)\(\s*["']dynamodb["']"""
"""The DynamoDB client or resource a module asks boto3 for (`boto3.resource("dynamodb")`)."""

_DJANGO_BACKENDS = (
    ("postgresql", "PostgreSQL"),
    ("postgresql_psycopg2", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("sqlite3", "SQLite"),
    ("oracle", "Oracle"),
    ("postgis", "PostgreSQL"),
    ("spatialite", "SQLite"),
)
"""Django's database backends (`django.db.backends.<name>`, GeoDjango's
`django.contrib.gis.db.backends.<name>`) and the engine each runs on."""
DJANGO_BACKENDS = dict(_DJANGO_BACKENDS)
"""Django's backend module name → the engine it runs on."""
_DJANGO_PACKAGE = r"django(?:_prometheus)?\.(?:contrib\.gis\.)?db\.backends\."
"""The package of Django's backends and of GeoDjango's, which extend them for spatial data, and
django-prometheus' wrappers of them (`django_prometheus.db.backends.postgresql`), which export
each query's metrics and run on the engine of the backend they wrap."""
_LOCAL_SETTINGS_EXAMPLES = tuple(
    f"{stem}.{form}"
    for stem in ("local_settings", "localsettings")
    for form in ("example.py", "py.example", "sample.py", "py.sample")
)
"""Examples of Django's local settings, spelled with or without the underscore
(`localsettings.py.example` beside a settings module ending `from .localsettings import *`)."""
_LOCAL_SETTINGS_TEMPLATES = (
    "local_settings.py.jinja2",
    "local_settings.py.jinja",
    "local_settings.py.j2",
)
"""Jinja templates of Django's local settings, which deployment tools (Fabric, Ansible) render."""
RULES: tuple[SourceRule, ...] = (
    rule(K.FRAMEWORK, "FastAPI", r"\bFastAPI\s*\(", endings=_PY),
    # A FastAPI app that mounts Django's ASGI (or WSGI) application (`app.mount("/server",
    # get_asgi_application())`): the program serves the FastAPI app; Django, started in the
    # same file, supplies the ORM and admin beneath it.
    rule(
        K.FRAMEWORK,
        "FastAPI",
        r"\bFastAPI\s*\([\s\S]{0,8000}?\bget_(?:asgi|wsgi)_application\s*\(\s*\)"
        r"[\s\S]{0,8000}?\.mount\s*\(",
        endings=_PY,
        primary=True,
    ),
    # The same, where the module that starts the program only imports the ASGI entry of a
    # FastAPI app built elsewhere (`from proj.fastapi.main import create_application`) and
    # mounts Django's application on it.
    rule(
        K.FRAMEWORK,
        "FastAPI",
        r"\bget_(?:asgi|wsgi)_application\s*\(\s*\)[\s\S]{0,8000}?"
        r"\bfrom[ \t]+[\w.]*\bfastapi\b[\w.]*[ \t]+import\b[\s\S]{0,8000}?\.mount\s*\(",
        endings=_PY,
        primary=True,
    ),
    # Flask's app, or APIFlask's subclass of it (`APIFlask(__name__, title=...)`). Flask's
    # import name may also be a literal (`Flask("Shop-API")`, `Flask("shop")`): the same app,
    # named by hand instead of by its module.
    rule(
        K.FRAMEWORK,
        "Flask",
        r"\b(?:API)?Flask\s*\(\s*(?:__name__|[\"'][\w.-]+[\"']\s*[,)])",
        endings=_PY,
    ),
    # A house subclass of Flask's app from a shared Flask library of the organisation's
    # (`from org.flask_base.app import FlaskBase` … `app = FlaskBase(__name__, "site")`),
    # installed by URL or from a private index, so no manifest names Flask: the class named
    # for Flask, imported from a `flask_…` module, builds the application.
    rule(
        K.FRAMEWORK,
        "Flask",
        r"^[ \t]*from[ \t]+(?:\w+\.)*flask_\w+(?:\.\w+)*[ \t]+import[ \t][^\n]*\b\w*Flask\w*\b"
        r"[\s\S]{0,8000}?\b\w*Flask\w*\s*\(\s*__name__\b",
        endings=_PY,
    ),
    # Connexion's Flask-backed app (`FlaskApp(__name__, …)`, and `connexion.App(__name__)`,
    # the same class under its older name): the program's routes are a Flask application's
    # (`.app` is the Flask app), whatever ASGI stack Connexion 3 runs it on (Starlette's
    # middleware, uvicorn). Connexion's `AsyncApp` has no Flask and is not matched.
    rule(
        K.FRAMEWORK,
        "Flask",
        r"\b(?:FlaskApp|connexion\.App)\s*\(\s*__name__",
        endings=_PY,
    ),
    # A manage.py running a Flask app's commands (Flask-Script's `Manager(app)`, Flask's own
    # `FlaskGroup`): the program starts from the Flask app, whatever else it also serves (a
    # FastAPI side app in an `asgi.py`).
    rule(
        K.FRAMEWORK,
        "Flask",
        r"^[ \t]*from[ \t]+flask_script[ \t]+import\b"
        r"|^[ \t]*from[ \t]+flask\.cli[ \t]+import\b[^\n]*\bFlaskGroup\b",
        names=("manage.py",),
    ),
    rule(K.FRAMEWORK, "Django", r"DJANGO_SETTINGS_MODULE|django\.core\.(?:wsgi|asgi)", endings=_PY),
    rule(K.FRAMEWORK, "Django REST framework", r"""^[ \t]*['"]rest_framework['"]""", endings=_PY),
    # Tornado's application made, or subclassed by the server's own (`class
    # CellServer(tornado.web.Application):`, its handlers passed up in `__init__`).
    rule(
        K.FRAMEWORK,
        "Tornado",
        r"\btornado\.web\.Application\s*\("
        r"|^class[ \t]+\w+[ \t]*\([ \t]*tornado\.web\.Application[ \t]*\)[ \t]*:",
        endings=_PY,
    ),
    # A Bokeh server the program starts itself with routes of its own beside the plots
    # (`Server(applications, extra_patterns=[(r"/upload", UploadHandler), …])`): Bokeh's
    # server is a Tornado application, and the extra patterns are the program's own Tornado
    # handlers, whatever manifest lists only bokeh (which installs Tornado). A Bokeh server
    # with no routes of its own serves only its plots: a dashboard, not matched.
    rule(
        K.FRAMEWORK,
        "Tornado",
        r"^[ \t]*from[ \t]+bokeh\.server\.server[ \t]+import\b[^\n]*\bServer\b"
        r"[\s\S]{0,20000}?\bServer\s*\([^)]{0,2000}?\bextra_patterns\s*=",
        endings=_PY,
    ),
    # Pyramid's application is the WSGI app its Configurator makes (`config.make_wsgi_app()`).
    rule(K.FRAMEWORK, "Pyramid", r"\.make_wsgi_app\s*\(\s*\)", endings=_PY),
    rule(K.FRAMEWORK, "Litestar", r"\bLitestar\s*\(", endings=_PY),
    rule(K.FRAMEWORK, "Sanic", r"\bSanic\s*\(", endings=_PY),
    rule(K.FRAMEWORK, "Quart", r"\bQuart\s*\(\s*__name__", endings=_PY),
    rule(K.FRAMEWORK, "Falcon", r"\bfalcon\.(?:asgi\.)?(?:App|API)\s*\(", endings=_PY),
    rule(K.FRAMEWORK, "Starlette", r"\bStarlette\s*\(", endings=_PY),
    # aiohttp's server started by the program (an `AppRunner` embedded in a library serves
    # its health checks, not an application).
    rule(K.FRAMEWORK, "aiohttp", r"\bweb\.run_app\s*\(", endings=_PY),
    # Or started by hand on the module's own application: `web.Application(...)` run by an
    # `AppRunner` that a `TCPSite` (or `UnixSite`) binds. A library's health-check server does
    # the same, which is why the folder's manifest must declare aiohttp too (`CLIENTS`): code
    # starting an undeclared framework is only a choice offered to the user.
    rule(
        K.FRAMEWORK,
        "aiohttp",
        r"\bweb\.Application\s*\([\s\S]*?\bweb\.AppRunner\s*\([\s\S]*?"
        r"\bweb\.(?:TCP|Unix)Site\s*\(",
        endings=_PY,
    ),
    # Or aiohttp's older hand start: the module's application's `make_handler()` (the protocol
    # factory aiohttp 2 and 3 offer for it), which exists only to be handed to the event loop's
    # `create_server` (that call often sits in a helper defined earlier in the module).
    rule(
        K.FRAMEWORK,
        "aiohttp",
        r"\bweb\.Application\s*\([\s\S]*?\.make_handler\s*\(",
        endings=_PY,
    ),
    rule(K.FRAMEWORK, "Bottle", r"\bBottle\s*\(\s*\)", endings=_PY),
    # Chalice's app, or a subclass of it named so (`CustomChalice(app_name="api")`).
    rule(K.FRAMEWORK, "Chalice", r"Chalice\s*\(\s*app_name\s*=", endings=_PY),
    # Or Bottle's default application, routed by the module-level decorators (`@bottle.get`)
    # and started by the program with `run(...)` imported from bottle. Not `bottle.run(...)`
    # on its own: a repository's deployment webhook, a lone script at its root with no
    # manifest, starts Bottle that way beside the product's server.
    rule(
        K.FRAMEWORK,
        "Bottle",
        r"^[ \t]*from[ \t]+bottle[ \t]+import\b[^\n]*\brun\b[\s\S]*?^[ \t]*run\s*\(",
        endings=_PY,
    ),
    # A WSGI application routed on Werkzeug's URL map directly (`from werkzeug.routing import
    # Map`): what a framework would do for it, done with the toolkit.
    rule(
        K.FRAMEWORK,
        "Werkzeug",
        r"^[ \t]*from[ \t]+werkzeug\.routing[ \t]+import\b[^\n]*\bMap\b",
        endings=_PY,
    ),
    rule(K.FRAMEWORK, "Robyn", r"\bRobyn\s*\(\s*__file__", endings=_PY),
    # CherryPy's application tree mounted or started (`cherrypy.tree.mount(Root(), "/")`).
    rule(K.FRAMEWORK, "CherryPy", r"\bcherrypy\.(?:tree\.mount|quickstart)\s*\(", endings=_PY),
    # Masonite's `wsgi.py` builds its application (`Application(base_path())` in 4, the
    # container `App()` before).
    rule(
        K.FRAMEWORK,
        "Masonite",
        r"^[ \t]*from[ \t]+masonite\.(?:foundation|app)[ \t]+import\b[^\n]*\bApp(?:lication)?\b"
        r"[\s\S]*?\bApp(?:lication)?\s*\(",
        endings=_PY,
    ),
    rule(
        K.FRAMEWORK,
        "BlackSheep",
        r"^[ \t]*from[ \t]+blacksheep(?:\.server)?[ \t]+import\b[^\n]*\bApplication\b"
        r"[\s\S]*?\bApplication\s*\(",
        endings=_PY,
    ),
    rule(
        K.FRAMEWORK,
        "Emmett",
        r"^[ \t]*from[ \t]+emmett[ \t]+import\b[^\n]*\bApp\b[\s\S]*?\bApp\s*\(\s*__name__",
        endings=_PY,
    ),
    # hug's routes are functions under its decorators, served by `hug -f` or `__hug_wsgi__`.
    rule(K.FRAMEWORK, "hug", r"^@hug\.(?:get|post|put|patch|delete|http)\s*\(", endings=_PY),
    rule(K.FRAMEWORK, "Klein", r"\bKlein\s*\(\s*\)", endings=_PY),
    # The standard library's SQLite module opened by the program's own code: an engine no
    # dependency names.
    rule(K.DATABASE, "SQLite", r"\bsqlite3\.connect\s*\(", endings=_PY),
    # Cloud Firestore through Firebase's Admin SDK or Google's client (`from firebase_admin
    # import credentials, firestore` / `firestore.client(app)`, `from google.cloud import
    # firestore`): one package for all of Firebase's services, so only the Firestore module
    # imported says the program keeps documents there. The engine only, as for Node's Admin
    # SDK: a document store's SDK is no data layer (the held-out sets write `none` for it).
    rule(
        K.DATABASE,
        "Firestore",
        r"^[ \t]*from[ \t]+(?:firebase_admin|google\.cloud)[ \t]+import\b[^\n]*\bfirestore\b"
        r"|^[ \t]*(?:from|import)[ \t]+(?:firebase_admin|google\.cloud)\.firestore\b",
        endings=_PY,
    ),
    # boto3, the AWS SDK, names no service in the manifest: the DynamoDB client or resource the
    # code asks it for does.
    rule(
        K.DATABASE,
        "DynamoDB",
        BOTO3_DYNAMODB,
        endings=_PY,
    ),
    # boto3's DynamoDB helpers imported (`from boto3.dynamodb.types import TypeSerializer`,
    # `from boto3.dynamodb.conditions import Key`): items marshalled or queried for DynamoDB
    # alone, even when the client comes from a factory of the program's own
    # (`get_aws_client("dynamodb")`) that the rule above cannot see.
    rule(
        K.DATABASE,
        "DynamoDB",
        r"^[ \t]*(?:from[ \t]+boto3\.dynamodb(?:\.\w+)*[ \t]+import\b"
        r"|import[ \t]+boto3\.dynamodb\b)",
        endings=_PY,
    ),
    # The engine a settings module configures: a DATABASE_URL default, Django's ENGINE.
    *url_rules(_PY),
    *env_test_rules(_PY),
    # settings.py is named so that a deep one is read whatever the folder's file count.
    *setting_rules(_PY, names=("settings.py",)),
    *defaults.unset_url_rules(_PY),
    *defaults.unset_env_rules(_PY),
    *defaults.returned_url_rules(_PY),
    *defaults.env_lookup_default_rules(_PY),
    *defaults.section_lookup_default_rules(_PY),
    *defaults.settings_url_rules(_PY),
    *defaults.defaults_table_rules(_PY),
    *defaults.unset_setting_rules(_PY),
    # The database section of the INI file the program reads its settings from, as shipped
    # (`[database]` … `engine = sqlite`; ConfigParser, whose lookup's fallback is often the
    # same engine): what an installation runs on until the operator edits it.
    # So is a `.cfg` file the program ships with such a section (`config/<program>.cfg`, read
    # by ConfigParser as its own settings).
    *defaults.ini_section_rules((".cfg",), names=defaults.PROGRAM_INI),
    *defaults.schema_default_rules(_PY),
    *defaults.option_default_rules(_PY),
    *defaults.example_settings_rules(),
    *(
        rule(K.DATABASE, engine, rf"""["']{_DJANGO_PACKAGE}{backend}["']""", endings=_PY)
        for backend, engine in _DJANGO_BACKENDS
    ),
    # Django's database configured in memory (`"ENGINE": "django.db.backends.sqlite3",
    # "NAME": ":memory:"`): no one runs a site on a database that vanishes with the process
    # unless the site keeps no data of its own. It is the setting the program ships with,
    # whatever server driver its requirements carry and no settings module configures.
    rule(
        K.DATABASE,
        "SQLite",
        rf"""["']ENGINE["'][ \t]*:[ \t]*["']{_DJANGO_PACKAGE}(?:sqlite3|spatialite)["'][ \t]*,"""
        r"""\s*["']NAME["'][ \t]*:[ \t]*["']:memory:["']""",
        endings=_PY,
        scope=Scope.CHOSEN,
    ),
    # Django's ENGINE joined from the backends' package and a configured name whose default
    # is a backend's (`"django.db.backends." + config_get(config, "sqlite3", "database",
    # "backend")`, `+ os.getenv("DB_ENGINE", "postgresql")`): with nothing configured, the
    # program runs on that default, whatever drivers it carries for the others.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""["']{_DJANGO_PACKAGE}["'][ \t]*\+[^\n]*?["']{backend}["']""",
            endings=_PY,
            scope=Scope.CHOSEN,
        )
        for backend, engine in _DJANGO_BACKENDS
    ),
    # Django's engines kept in names (`postgres_engine = "django.db.backends.postgresql"`,
    # one per database alias) and the `default` alias given one of them: every model is read
    # and written through the default alias unless a router sends it elsewhere, so its engine
    # is the one the program runs on, over a second alias's (a leftover `mysql` entry) and
    # over a SQLite literal another settings class keeps for development.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]*(\w+)[ \t]*=[ \t]*["']{_DJANGO_PACKAGE}{backend}["'][ \t]*$"""
            r"""[\s\S]{0,8000}?["']default["'][ \t]*:[ \t]*\{\s*["']ENGINE["'][ \t]*:[ \t]*\1\b""",
            endings=_PY,
            scope=Scope.CHOSEN,
        )
        for backend, engine in _DJANGO_BACKENDS
    ),
    # The local settings a deployment copies from the example the repository ships
    # (`local_settings.example.py`), star-imported last by the settings module they override:
    # the engine they set (uncommented) is the deployment's, as an env example's value is.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]*["']ENGINE["'][ \t]*:[ \t]*["']{_DJANGO_PACKAGE}{backend}["']""",
            names=_LOCAL_SETTINGS_EXAMPLES,
            scope=Scope.PRODUCTION,
        )
        for backend, engine in _DJANGO_BACKENDS
    ),
    # The local settings a deployment tool renders from a Jinja template the repository ships
    # (`etc/conf_templates/local_settings.py.jinja2`, written out by the fabfile or an Ansible
    # role), star-imported by the settings module: where the tool fills in the database entry
    # (`'NAME': '{{ db_name }}'`), the engine beside it is the one every deployment runs on,
    # over the settings module's own fallback for a developer's machine. A template whose
    # entry is fixed text (a SQLite file for a development box) is no deployment's choice.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]*["']ENGINE["'][ \t]*:[ \t]*["']{_DJANGO_PACKAGE}{backend}["'][ \t]*,"""
            r"""[ \t]*\n(?:[ \t]*["']\w+["'][ \t]*:[^\n{]*\n){0,4}?"""
            r"""[ \t]*["']\w+["'][ \t]*:[ \t]*["']?\{\{""",
            names=_LOCAL_SETTINGS_TEMPLATES,
            scope=Scope.PRODUCTION,
        )
        for backend, engine in _DJANGO_BACKENDS
    ),
    # A Django database entry's InnoDB option (`'STORAGE_ENGINE': 'INNODB'`, `'init_command':
    # 'SET default_storage_engine=INNODB'`): a storage engine only MySQL (and MariaDB) has, so
    # settings (or the local settings template a deployment fills in, `local_settings.py.dist`)
    # that leave the ENGINE blank were written for MySQL. A hint, not a choice: a development
    # fallback, below any driver, URL or Compose database that names an engine.
    rule(
        K.DATABASE,
        "MySQL",
        r"""(?i)^[ \t]*["']STORAGE_ENGINE["'][ \t]*:[ \t]*["']INNODB["']"""
        r"""|\bSET[ \t]+(?:default_)?storage_engine[ \t]*=[ \t]*INNODB\b""",
        endings=_PY,
        names=(*_LOCAL_SETTINGS_EXAMPLES, "local_settings.py.dist"),
        scope=Scope.FALLBACK,
    ),
    # The engine an ORM's database object is made for: Peewee's database classes, Pony's
    # `bind(provider=…)`, Piccolo's engines, SQLObject's `connectionForURI('sqlite:' + path)`.
    *(
        rule(K.DATABASE, engine, "|".join(patterns), endings=_PY)
        for engine, patterns in (
            ("PostgreSQL", (r"\b(?:Pooled)?PostgresqlExtDatabase\s*\(",
                            r"\b(?:Pooled)?PostgresqlDatabase\s*\(",
                            r"""\.bind\s*\(\s*(?:provider\s*=\s*)?['"]postgres['"]""",
                            r"\bPostgresEngine\s*\(",
                            r"""\bconnectionForURI\s*\(\s*['"]postgres(?:ql)?:""")),
            ("MySQL", (r"\b(?:Pooled)?MySQLDatabase\s*\(",
                       r"""\.bind\s*\(\s*(?:provider\s*=\s*)?['"]mysql['"]""",
                       r"""\bconnectionForURI\s*\(\s*['"]mysql:""")),
            ("SQLite", (r"\b(?:Pooled)?Sqlite(?:Ext)?Database\s*\(",
                        r"""\.bind\s*\(\s*(?:provider\s*=\s*)?['"]sqlite['"]""",
                        r"\bSQLiteEngine\s*\(",
                        r"""\bconnectionForURI\s*\(\s*['"]sqlite:""")),
            ("CockroachDB", (r"\bCockroachDatabase\s*\(", r"\bCockroachEngine\s*\(")),
        )
    ),
    # Column types or statements of one SQLAlchemy dialect imported by the code (`from
    # sqlalchemy.dialects.postgresql import ARRAY, JSONB`, `from sqlalchemy.dialects import
    # mysql`): the schema is written for that engine, whether or not the manifest names its
    # driver (a base image may bring it). Only a module's own imports: one nested in a branch
    # (`if postgresql: from sqlalchemy.dialects.postgresql import insert` beside the same for
    # sqlite) is a program choosing its engine at run time, which its settings decide.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^(?:from[ \t]+sqlalchemy\.dialects\.{name}\b[\w.]*[ \t]+import\b"
            rf"|from[ \t]+sqlalchemy\.dialects[ \t]+import[ \t]+\(?[ \t]*{name}\b"
            rf"|import[ \t]+sqlalchemy\.dialects\.{name}\b)",
            endings=_PY,
        )
        for name, engine in (("postgresql", "PostgreSQL"), ("mysql", "MySQL"))
    ),
    *redis_store_rules("python", r"^[ \t]*(?:import[ \t]+redis\b|from[ \t]+redis\b)"),
    rule(K.MIGRATIONS, "Alembic", None, names=("alembic.ini",)),
    # Files only pytest reads (its settings file, its per-folder plugin modules): the suite is
    # run by pytest, whatever test classes it holds (Django's `TestCase`s run by pytest-django).
    rule(K.TEST, "pytest", None, names=("pytest.ini", "conftest.py"), primary=True),
    # Files only behave reads (its settings file): its Gherkin suite is run by behave, as
    # pytest's settings file says of pytest. Its section of setup.cfg or tox.ini says as much.
    rule(K.TEST, "behave", None, names=("behave.ini", ".behaverc"), primary=True),
    rule(K.TEST, "behave", r"^\[behave\][ \t]*$", names=("setup.cfg", "tox.ini")),
    # A step module (`from behave import given, when, then`): the features' steps, each one a
    # file of the suite behave runs (a module reading feature files with `behave.parser` for
    # another runner's tests is not one).
    rule(
        K.TEST,
        "behave",
        r"^[ \t]*from[ \t]+behave[ \t]+import\b[^\n]*\b(?:given|when|then|step)\b",
        endings=_PY,
    ),
    # pytest's section of tox.ini (tox.ini alone may run any command).
    rule(K.TEST, "pytest", r"^\[pytest\]", names=("tox.ini",)),
    # A tox environment's commands running pytest (`commands =` then `pytest --cov=app
    # {posargs}` on it or a continuation line below): the suite's runner, installed by the
    # environment's deps rather than by a manifest. A bare `pytest` among the deps is no run.
    # (Each continuation line's indentation is taken whole: one way to read it.) The command
    # names the runner as a package's `test` script does (`primary`): `unittest.TestCase`
    # classes collected by it are pytest's suite, and the two tie no more.
    rule(
        K.TEST,
        "pytest",
        r"^commands[ \t]*=[ \t]*(?:[^\r\n]*\r?\n[ \t]+(?![ \t])){0,20}?"
        r"(?:python[\d.]*[ \t]+-m[ \t]+)?(?:py\.test|pytest)(?![\w.-])",
        names=("tox.ini",),
        primary=True,
    ),
    # Django's test runner set to django-nose's (`TEST_RUNNER =
    # 'django_nose.NoseTestSuiteRunner'`): `manage.py test` runs the suite through nose.
    rule(
        K.TEST,
        "nose",
        r"""^[ \t]*TEST_RUNNER[ \t]*=[ \t]*["']django_nose\.""",
        endings=_PY,
    ),
    # nose's own section of setup.cfg (`[nosetests]` with its coverage and doctest options):
    # the file configures the runner the project's suite is run by (`bin/nosetests`); no
    # other tool reads the section.
    rule(K.TEST, "nose", r"^\[nosetests\][ \t]*$", names=("setup.cfg",)),
    # Test modules written to nose's helpers (`from nose.tools import raises`): nose runs them.
    rule(
        K.TEST,
        "nose",
        r"^[ \t]*(?:from[ \t]+nose(?:\.tools)?[ \t]+import\b|import[ \t]+nose(?:\.tools)?[ \t]*$)",
        endings=_PY,
    ),
    # A module written to pytest's own API (its fixtures, its `parametrize` and `raises`
    # helpers) is run by pytest whether or not any manifest declares it (a service whose
    # requirements list only what it runs, its test module importing pytest): pytest is the
    # runner. Where the unit's other test files are unittest's, `pytest_modules` counts it as
    # outnumbered (one pytest-style file among Django TestCases run by `manage.py test`).
    # (`with pytest.raises(...)` is that helper's only use: a test of the module's errors).
    rule(
        K.TEST,
        "pytest",
        r"^[ \t]*@pytest\.(?:fixture|mark\.parametrize)\b|^[ \t]*with[ \t]+pytest\.raises[ \t]*\(",
        endings=_PY,
    ),
    # A test module's function at its top level asserting with a bare `assert` (`def
    # test_roundtrip():` … `assert j["id"] == "abc"`) is written in pytest's style: unittest
    # collects only `TestCase` methods, so pytest is the one runner that runs it, declared or
    # not. `pytest_modules` keeps it only where nothing else in the unit names a test tool,
    # in a module named for collection and not run as a script. (A body line is blank or
    # starts indented with a non-blank: the two never match the same line.)
    rule(
        K.TEST,
        "pytest",
        r"^(?:async[ \t]+)?def[ \t]+test_\w*[ \t]*\([^)\n]*\)[^\n]*:[ \t]*\n"
        r"(?:[ \t]*\n|[ \t]+\S[^\n]*\n)*?[ \t]+assert\b",
        endings=_PY,
    ),
    # A test module's function at its top level taking arguments (`def
    # test_upgrade(alembic_runner):`) takes fixtures: pytest is the one runner that passes a
    # function its fixtures by their names (unittest's methods take `self` alone). Read as the
    # bare function above is (`pytest_modules`): a fallback where nothing else names a tool.
    rule(
        K.TEST,
        "pytest",
        r"^(?:async[ \t]+)?def[ \t]+test_\w*[ \t]*\([ \t]*(?!self\b|cls\b)[A-Za-z_]\w*",
        endings=_PY,
    ),
    rule(K.TEST, "unittest", r"\bunittest\.TestCase\b", endings=_PY),
    rule(K.TEST, "unittest", r"^[ \t]*from[ \t]+unittest[ \t]+import\b.*\bTestCase\b", endings=_PY),
    # Django's and Tornado's test cases are unittest's, run by their own runners. A module
    # importing Django's test tools with no class nor function after the import is the stub
    # `startapp` writes into every app (`from django.test import TestCase` / `# Create your
    # tests here.`): no test of the project's, so it names no test framework. The look for a
    # class or function stops at the next such import, whose own look goes on from there: each
    # import looking to the end of the module read a module of many imports again from each.
    rule(
        K.TEST,
        "unittest",
        r"^[ \t]*from[ \t]+django\.test[ \t]+import\b"
        r"(?=(?:(?!^[ \t]*from[ \t]+django\.test[ \t]+import\b)[\s\S])*?"
        r"^[ \t]*(?:class|def|async[ \t]+def)[ \t])",
        endings=_PY,
    ),
    rule(K.TEST, "unittest", r"\bAsyncHTTPTestCase\b", endings=_PY),
    # A test class derived from any *TestCase (Django's, Wagtail's, a project's base class)
    # is unittest-style, run by the framework's runner unless pytest is declared.
    rule(K.TEST, "unittest", r"^[ \t]*class[ \t]+\w+\([\w.]*TestCase\b", endings=_PY),
)

CLIENTS = frozenset({"aiohttp"})
"""Packages that are an HTTP client as often as a server framework: their dependency only names
the framework's version (a development-strength signal, as a BOM's), and only the server
started in code (`web.run_app`) makes the framework."""

CARRIERS = {"ariadne": "starlette"}
"""Packages that require a framework their own application class is built on (Ariadne's ASGI
`GraphQL` app is a Starlette app, and ariadne requires starlette): a service declaring the
carrier has the framework installed through it, so code building that framework's application
(`Starlette(routes=[Mount("/", GraphQL(schema))])`) is the service's own, not vendored code.
The carrier's release is not the framework's: only a lock tells that (a development-strength
signal with no version, as `CLIENTS`' are: it names nothing without the code)."""

FUNCTION_HOSTS = frozenset({"functions-framework"})
"""Google's Functions Framework: the host of a Cloud Function, which calls the project's
decorated handlers (`@functions_framework.http`, `@functions_framework.cloud_event`). A
project needing it at run time is deployed as a function, as an AWS Lambda or an Azure
Functions app is: whatever web framework it also declares (a FastAPI app its HTTP handler
forwards requests to, Flask's request type) serves through the function, no server of its
own."""

SEARCH_STORES = frozenset({"elasticsearch", "elasticsearch-dsl", "opensearch-py",
                           "clickhouse-connect"})
"""Search-engine clients (and ClickHouse's, an analytics store kept the same way). Most
services declaring one keep their records in a relational or document store and index (or
aggregate) them beside it; the search engine is the engine only of a service
with no other store (an API serving the documents of an index it is handed). Their engine is
therefore ranked with development fallbacks: any other driver, setting or Compose database
outranks it, and it names the engine only where nothing else does."""

DEV_GROUPS = frozenset({"dev", "test", "tests", "testing", "lint", "docs", "doc", "typing"})
"""Extra and group names whose dependencies are development-only."""

PRODUCTION_EXTRAS = frozenset({"prod", "production"})
"""Extra names of the deployment's own install (`pip install ".[prod]"` in the production
image): not an optional engine's or feature's, but what the service runs with — its driver,
its WSGI server, its own shared library from the repository (`name @ git+…#subdirectory=…`),
read as the package's dependencies are."""

DEV_PIP_PREFIXES = ("test_requirements", "test-requirements", "dev-requirements",
                    "dev_requirements")
"""How the pip files of a project's tests and development tools may be named beside its
`requirements.txt` (`test_requirements.txt` pinning pytest): read as development files."""

SHORT_PIP_LIST = re.compile(r"reqs(?:[-_][\w.-]*)?\.txt")
"""A pip list named by the word's short form (`reqs.txt`, with `reqs_dev.txt` and `reqs_ci.txt`
beside it): some projects name all their lists so, and then `reqs.txt` is the application's
only list — its framework, its driver and their pins. The development ones are told apart by
their path as `requirements-dev.txt` is (`is_dev_list`)."""

_DEV_PIP_PATH = re.compile(
    r"dev|test|lint(?:ing|ers?)?(?![a-z])|(?<![a-z])doc(?:s|umentation)?(?![a-z])|(?<![a-z])import(?:s|er)?(?![a-z])"
    r"|(?<![a-z])(?:sonar)?cov(?:erage)?(?![a-z])"
)
"""A pip file of development tools, tests, linters or documentation, by its path
(`requirements-dev.txt`, `tests/requirements.txt`, `docs/requirements.txt`): "doc" as a word
of its own, so that `docker/requirements.txt` (the image's list) stays the application's. A
list named for a data import (`requirements/data_import.txt`) is read the same way: it holds
the import scripts' tools, the driver of the source they read, not the application's. "lint"
ends its word (`lint`, `linting`, `linters`, `pylint`): a folder whose name only begins with
those letters (`lintuasema-backend/`) is an application's. A coverage run's list
(`requirements.sonarcov.txt`, `requirements-coverage.txt`) is its tools' too."""
_INCLUDE = LazyPattern(r"(?:-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)")
_COMMENTED_INCLUDE = LazyPattern(r"#+[ \t]*(?:-r|--requirement)(?:[ \t]+|=)(\S+)")
"""An include switched off by a comment (`# -r ../sql_db.txt`)."""
_COMPILE = LazyPattern(r"\bcompile\b")
_OUTPUT_FILE = LazyPattern(r"(?:--output-file|-o)(?:\s++|=)(\S+)")
"""pip-compile's (or `uv pip compile`'s) header: the command that wrote the file, run from the
project's folder, names the file by its path from there. Found in two searches, the option
after the command's name: one pattern holding both read a line of many `compile` words again
from each of them."""
_HEADER_LINES = 8
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;#]*)")


PIP_COMPILED = ".pip"
"""How some projects name their pip lists: the pinned ones pip-compile writes into their
`requirements/` folder (`base.in` compiled to `base.pip`), or hand-written lists named as the
`.txt` ones are (`dep/requirements.pip` including `-r base-requirements.pip`): pip files like
the `.txt` ones."""


CONDA_ENVIRONMENTS = ("environment.yml", "environment.yaml")
"""A conda environment file: the packages `conda env create` installs, the manifest of a
project that installs its dependencies with conda (and locks them with conda-lock)."""

_NOT_CONDA_PROJECTS = frozenset(
    {"docs", "doc", "binder", ".binder", "ci", ".ci", "conda", "config", "defaults"}
)
"""Folders whose conda environment serves documentation, a notebook binder or CI, not a
project of the folder above; and folders of an application's settings, whose
`environment.yml` is that application's configuration (a Rails app's `config/defaults/`)."""


_OS_PACKAGE_LIST = re.compile(
    r"requirements[-_.](?:apt|apk|deb|debian|rpm|yum|dnf|brew)\.txt", re.IGNORECASE
)
"""A list of the operating system's packages a server's installer or image needs, named for
its package manager (`requirements-deb.txt` feeding a Debian `control` file,
`requirements-rpm.txt` an RPM spec, `requirements-apt.txt` an image's `apt-get install`): no
pip list, so no Python project of its folder (its lines, `gcc`, `libssl-dev`, would otherwise
make one there and draw the project's code away from the manifest that declares it)."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether a file called `name` in a folder called `parent` is a Python manifest."""
    if name in ("pyproject.toml", "Pipfile", "setup.cfg", "setup.py"):
        return True
    if name in CONDA_ENVIRONMENTS:
        return parent not in _NOT_CONDA_PROJECTS
    if name.endswith(PIP_COMPILED):
        # In a `requirements/` folder any `.pip` list; elsewhere one named as a `.txt` pip
        # list would be (`dep/requirements.pip`, `dev-requirements.pip`): the same list
        # under pip's other extension.
        return parent == "requirements" or is_manifest(name[: -len(PIP_COMPILED)] + ".txt", parent)
    if not name.endswith(".txt") or _OS_PACKAGE_LIST.fullmatch(name):
        return False
    return (
        name.startswith("requirements")
        or parent == "requirements"
        or name.startswith(DEV_PIP_PREFIXES)
        or SHORT_PIP_LIST.fullmatch(name) is not None
    )


def normalise(name: str) -> str:
    """PEP 503 normalised project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


_DIST_INFO = re.compile(r"([A-Za-z0-9][\w.]*?)-(\d[\w.+!]*)\.dist-info")
"""An installed distribution's metadata folder: its name (`-` escaped as `_`) and release."""


def installed(path: str) -> list[Signal]:
    """The signals of a distribution installed into the tree, from its metadata folder's
    name (`libs/flask-3.0.3.dist-info`: Flask 3.0.3), as a runtime dependency."""
    match = _DIST_INFO.fullmatch(path.rsplit("/", 1)[-1])
    if match is None:
        return []
    name, version = match.groups()
    return dependency_signals(CATALOG, normalise(name), version, False, Evidence(path=path), GLUE)


def parse(lines: Lines) -> ManifestResult:
    """Read one Python manifest."""
    name = lines.path.rsplit("/", 1)[-1]
    result = ManifestResult(language=LANGUAGE)
    if name == "pyproject.toml":
        _pyproject(lines, result)
    elif name == "Pipfile":
        _pipfile(lines, result)
    elif name == "setup.cfg":
        _setup_cfg(lines, result)
    elif name == "setup.py":
        _setup_py(lines, result)
    elif name in CONDA_ENVIRONMENTS:
        _conda_environment(lines, result)
    else:
        dev = is_dev_pip(lines.path)
        result.written_as = _written_as(lines)
        for number, line in enumerate(lines.lines):
            stripped = line.strip()
            include = _INCLUDE.match(stripped)
            if include:
                result.includes.append(include.group(1))
                if stripped.startswith("-c") or stripped.startswith("--constraint"):
                    result.constraints.append(include.group(1))
                continue
            if not stripped or stripped.startswith(("#", "-")):
                if off := _COMMENTED_INCLUDE.match(stripped):
                    result.commented_includes.append(off.group(1))
                continue
            _requirement(lines, result, stripped, dev, start=number)
        if any(_INSTALLS_ITSELF.match(line) for line in lines.lines):
            # The project installed beside every pin: the file resolves its dependencies as a
            # lock does (a compiled development list), whatever ranges its setup.py states.
            result.signals = [
                s.replace(locked=True) if _EXACT_PIN.match(s.version) else s
                for s in result.signals
            ]
    return result


_INSTALLS_ITSELF = LazyPattern(
    r"^[ \t]*(?:(?:-e|--editable)[ \t]+)?(?:file:)?\.(?:\[[^\]]*\])?[ \t]*$"
)
"""A pip file's line installing the project of its own folder, editable (`-e .`) or not (`.`:
pip takes a bare local path as a requirement too)."""
_EXACT_PIN = LazyPattern(r"^===?[ \t]*\d[\w.+!-]*$")


_CONDA_ITEM = LazyPattern(r"^([ \t]*)-[ \t]+(?:[\w.-]+::)?([A-Za-z0-9][\w.-]*)(.*?)[ \t]*(?:#.*)?$")
"""One item of a conda environment's `dependencies:` (`- fastapi`, `- conda-forge::pytest`,
`- pytest~=8.4.2`, `- sqlalchemy=2.0`, `- numpy 1.26.*`), its indent kept."""


def _conda_environment(lines: Lines, result: ManifestResult) -> None:
    """Read a conda environment file's `dependencies:`, conda packages and the PEP 508
    strings of its nested `- pip:` list alike. conda's `name=1.2` (one `=`, a release prefix)
    and `name 1.2` are read as `name==1.2`; conda names that are no Python package (`python`,
    C libraries) match nothing in the catalogue."""
    inside = False
    for number, line in enumerate(lines.lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace() and not line.startswith("-"):
            inside = line.startswith("dependencies:")
            continue
        if not inside:
            continue
        item = _CONDA_ITEM.match(line)
        if item is None or (item.group(2) == "pip" and item.group(3).strip() == ":"):
            continue  # the `- pip:` header: its items follow, read as they come
        name, rest = item.group(2), item.group(3).strip()
        if rest.startswith("=") and not rest.startswith("=="):
            rest = "=" + rest
        elif rest[:1].isdigit():
            rest = "==" + rest
        _requirement(lines, result, name + rest, False, start=number)


def _written_as(lines: Lines) -> str:
    """The path a compiled pip file's header gives it, when that is a longer path ending with
    its own name (`dependencies/pip/requirements.txt`), else ""."""
    name = lines.path.rsplit("/", 1)[-1]
    for line in lines.lines[:_HEADER_LINES]:
        if not line.startswith("#"):
            break
        command = _COMPILE.search(line)
        found = _OUTPUT_FILE.search(line, command.end()) if command is not None else None
        if found is not None:
            path = found.group(1).strip("'\"").removeprefix("./")
            return path if path.endswith("/" + name) else ""
    return ""


def installed_by_name(lines: Lines, specs: list[tuple[int, str]]) -> ManifestResult:
    """Read the packages a Dockerfile's `pip install` names (`RUN pip install bottle spacy`):
    each (line index, PEP 508 string) as a pip list's line, its evidence that Dockerfile line.
    The image is what ships them: the result is deployable."""
    result = ManifestResult(language=LANGUAGE, deployable=True)
    for number, spec in specs:
        _requirement(lines, result, spec, False, start=number)
    return result


def _requirement(
    lines: Lines,
    result: ManifestResult,
    spec: str,
    dev: bool,
    start: int = 0,
    optional: bool = False,
) -> None:
    """Record one PEP 508 requirement string (or a requirements.txt line)."""
    found = _name_and_version(spec)
    if found is not None:
        # A VCS line's name is in its URL, which `Lines.evidence` cannot find as a token.
        at = _line_at(lines, start) if _VCS_URL.match(spec.strip()) else None
        _dependency(lines, result, *found, dev, start, optional, at)
        _driver_extras(lines, result, spec, found[0], dev, start, optional)
        _layer_extras(lines, result, spec, found[0], dev, start, optional)


_EXTRAS = LazyPattern(r"^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*\[([^\]]*)\]")


def _driver_extras(
    lines: Lines,
    result: ManifestResult,
    spec: str,
    name: str,
    dev: bool,
    start: int,
    optional: bool,
) -> None:
    """Record the database drivers a requirement's extras install: SQLAlchemy's extras are
    named for its drivers (`sqlalchemy[aiomysql,aiosqlite]` installs both), the engines the
    project supports; `databases[mysql]` names the engine, whose driver `extra_drivers` maps.
    Only a database driver of the catalog counts (an extra named `redis` or `binary` says
    nothing of the engine). Where the manifest also lists a driver by itself,
    that one is its choice and the extras' are alternatives; where it lists none, the extras'
    drivers are the only ones it installs."""
    extras = _EXTRAS.match(spec)
    if extras is None:
        return
    evidence = lines.evidence(name, start)
    found: list[Signal] = []
    for extra in extras.group(1).split(","):
        named = normalise(extra.strip())
        key = extra_drivers.driver_of(normalise(name), named)
        # An extra named for the engine installs that engine's driver, whatever else the
        # driver is (asyncpg is a query layer too): only the engine is taken from it.
        if key in _DRIVERS or (key != named and key in _ENGINES):
            found += [
                s
                for s in dependency_signals(CATALOG, key, "", dev, evidence)
                if s.kind is K.DATABASE
            ]
    if found and not dev and (optional or _lists_driver(lines)):
        found = [s.replace(scope=Scope.FALLBACK) for s in found]
    result.signals += found


LAYER_EXTRAS: dict[str, dict[str, str]] = {
    "cherrypy-foundation": {"db": "sqlalchemy"},
    "cliquet": {"postgresql": "psycopg2"},
}
"""Per kit, the data layer an extra of its installs (CherryPy-Foundation's `db` extra brings
SQLAlchemy, whose engine and session its database plugin opens; Cliquet's `postgresql` extra
brings psycopg2, over which its PostgreSQL storage backends run their SQL): an application
requiring the kit with that extra writes its records on that layer, and declares it nowhere
else."""


def _layer_extras(
    lines: Lines,
    result: ManifestResult,
    spec: str,
    name: str,
    dev: bool,
    start: int,
    optional: bool,
) -> None:
    """Record the data layer a kit's extra installs (`cherrypy-foundation[db]`), as if the
    manifest required it itself, with no release (the kit's is not the layer's)."""
    extras = _EXTRAS.match(spec)
    lent = LAYER_EXTRAS.get(normalise(name))
    if extras is None or lent is None or optional:
        return
    evidence = lines.evidence(name, start)
    for extra in extras.group(1).split(","):
        package = lent.get(normalise(extra.strip()))
        if package is not None:
            result.signals += dependency_signals(CATALOG, package, "", dev, evidence, GLUE)


_ENGINES = frozenset(
    name
    for name, entries in CATALOG.items()
    if name not in SEARCH_STORES and any(kind is K.DATABASE for kind, _ in entries)
)
"""Packages that give a database engine (a search client aside)."""

_DRIVERS = frozenset(
    name for name in _ENGINES if all(kind is K.DATABASE for kind, _ in CATALOG[name])
) | {"aiomysql"}
"""Drivers: packages that give a database engine and nothing else (an ODM and a driver that is
also its service's query layer aside), and aiomysql: named a query layer only for the SQL a
service runs through it by hand, it is the driver SQLAlchemy's `aiomysql` extra installs."""


def _lists_driver(lines: Lines) -> bool:
    """Whether a line of the manifest requires a database driver by itself (`"asyncpg~=0.30",`,
    `asyncpg = "^0.30"`, `psycopg2-binary==2.9.9`)."""
    for line in lines.lines:
        match = _REQUIREMENT.match(line.strip().strip("'\","))
        if match and normalise(match.group(1)) in _ENGINES:
            return True
    return False


_VCS_URL = re.compile(
    r"^(?:git|hg|svn|bzr)\+[a-z]+://\S*?/(?P<repo>[A-Za-z0-9][\w.-]*?)(?:\.git)?/?"
    r"(?:@[^#\s]*)?(?:#(?:\S*&)?egg=(?P<egg>[A-Za-z0-9][\w.-]*))?(?:[&#]\S*)?$"
)
"""A pip requirements line that installs a repository by VCS URL without a `name @` prefix
(`git+https://github.com/owner/name.git@ref`, `…#egg=name`)."""


def _line_at(lines: Lines, start: int) -> Evidence:
    """Evidence for the requirement on line `start` (0-based)."""
    text = lines.lines[start] if start < len(lines.lines) else ""
    return Evidence(path=lines.path, line=start + 1, text=clip(text.strip()))


def _name_and_version(spec: str) -> tuple[str, str] | None:
    """The project name and the version constraint as written, or None for no requirement.

    packaging reads the PEP 508 grammar (extras, markers, `name @ URL`, whose URL is no
    version); pip-only lines it refuses (`--hash=` options after the spec) keep the prefix the
    regex finds.
    """
    text = spec.split(" #", 1)[0].strip().removesuffix("\\").strip()
    vcs = _VCS_URL.match(text)
    if vcs:
        # pip's bare VCS line names no project: `#egg=` does when written, else the
        # repository's own name (`git+https://host/owner/mongoengine.git@v0.8.9`). A URL is
        # no version.
        return (vcs.group("egg") or vcs.group("repo")), ""
    match = _REQUIREMENT.match(text)
    if match and "@" not in text and "(" not in text:
        # Without a URL (`@`) packaging's answer is the regex's either way: the name it reads
        # is the same identifier, and a line it refuses keeps the regex's prefix. Without
        # parentheses no marker nests. Importing packaging was a fifth of `detect`'s start.
        return match.group(1), match.group(2).strip()
    # packaging when a requirement needs it: most scans never load it.
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        requirement = Requirement(text)
    except InvalidRequirement:
        return (match.group(1), match.group(2).strip()) if match else None
    version = "" if requirement.url or not match else match.group(2).strip()
    return requirement.name, version


def _dependency(
    lines: Lines,
    result: ManifestResult,
    name: str,
    version: str,
    dev: bool,
    start: int = 0,
    optional: bool = False,
    at: Evidence | None = None,
) -> None:
    if normalise(name) == "python":
        return
    if not dev:
        result.runtime_dependencies += 1
        result.event_function = result.event_function or normalise(name) in FUNCTION_HOSTS
        if not optional:
            # A project of the same repository, perhaps (a uv workspace member, a Poetry path
            # dependency): its data layer is this one's (see monorepo).
            result.uses.append(normalise(name))
    evidence = at or lines.evidence(name, start)
    signals = dependency_signals(CATALOG, normalise(name), version, dev, evidence, GLUE)
    own = INTEGRATED.get(normalise(name))
    if own is not None:
        # Asked of the lock beside the glue package (see `inheritance.lock_versions`); a lock
        # that does not list it leaves the glue's version as the only one.
        signals += integrated(signals, own)
        # But an extension's release is never the framework's (Flask-RESTful 0.3.9 beside an
        # unpinned Flask): a framework it brings has the version Flask's own pin or a lock
        # gives, else none.
        signals = [
            s.replace(version="") if s.glue and s.kind is K.FRAMEWORK else s for s in signals
        ]
    if normalise(name) in CLIENTS:
        signals = [s.replace(strength=Strength.DEV) for s in signals]
    carried = CARRIERS.get(normalise(name))
    if carried is not None:
        signals += dependency_signals(CATALOG, carried, "", True, evidence)
    if optional or normalise(name) in SEARCH_STORES:
        # A driver in an extra (`pip install app[postgres]`) or marked optional is for an
        # engine the service supports, not the one it runs on by default; a search client's
        # engine is one only where no other store is named (SEARCH_STORES).
        signals = [
            s.replace(scope=Scope.FALLBACK) if s.kind is K.DATABASE and not dev else s
            for s in signals
        ]
    result.signals += signals


def _table(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _version(result: ManifestResult, lines: Lines, value: Any, key: str) -> None:
    if isinstance(value, str) and value and not result.language_version:
        result.language_version = value
        result.version_evidence = lines.evidence(key)


def _pyproject(lines: Lines, result: ManifestResult) -> None:
    data = tomlfile.load(lines)
    project = _table(data, "project") or {}
    name = _table(project, "name") or _table(data, "tool", "poetry", "name")
    if isinstance(name, str):
        result.name = normalise(name)
    # A uv workspace's members (`services/*`): the projects its root's tools are run for.
    result.modules = _strings(_table(data, "tool", "uv", "workspace", "members"))
    _version(result, lines, _table(project, "requires-python"), "requires-python")
    result.includes += _dynamic_files(_table(data, "tool", "setuptools", "dynamic"))
    for spec in _strings(_table(project, "dependencies")):
        _requirement(lines, result, spec, dev=False, start=lines.section("[project"))
    extras = _table(project, "optional-dependencies") or {}
    for group, specs in extras.items() if isinstance(extras, dict) else ():
        for spec in _strings(specs):
            _requirement(
                lines,
                result,
                spec,
                dev=group.lower() in DEV_GROUPS,
                optional=group.lower() not in PRODUCTION_EXTRAS,
            )
    # PEP 735 dependency groups are never installed with the package: development only. An
    # application that declares no package dependencies keeps its own in groups (`pip install
    # --group main`), and so does a uv project with no build system (uv's virtual project, never
    # built nor installed: `uv sync --group web` is its install): there, only the
    # development-named groups are development only.
    groups = _table(data, "dependency-groups") or {}
    virtual = "build-system" not in data and _table(data, "tool", "uv") is not None
    packaged = bool(_strings(_table(project, "dependencies"))) and not virtual
    for group, specs in groups.items() if isinstance(groups, dict) else ():
        dev = packaged or str(group).lower() in DEV_GROUPS
        for spec in _strings(specs):
            _requirement(lines, result, spec, dev=dev)
    poetry = _table(data, "tool", "poetry") or {}
    _poetry_table(lines, result, _table(poetry, "dependencies"), False, "[tool.poetry.dep")
    _poetry_table(lines, result, _table(poetry, "dev-dependencies"), True, "[tool.poetry.dev")
    for group, body in (_table(poetry, "group") or {}).items():
        header = f"[tool.poetry.group.{group}"
        _poetry_table(lines, result, _table(body, "dependencies"), True, header)
    pdm_dev = _table(data, "tool", "pdm", "dev-dependencies") or {}
    for specs in pdm_dev.values() if isinstance(pdm_dev, dict) else ():
        for spec in _strings(specs):
            _requirement(lines, result, spec, dev=True)
    for spec in _strings(_table(data, "tool", "uv", "dev-dependencies")):
        _requirement(lines, result, spec, dev=True)
    if _table(data, "tool", "pytest") is not None:
        # pytest's settings name the runner but do not install it (a project keeping them for
        # a runner it does not use): as strong as a test file, not as a declared dependency.
        evidence = lines.evidence("[tool.pytest.ini_options]")
        result.signals.append(Signal(K.TEST, "pytest", Strength.ENTRY, evidence))


def _dynamic_files(dynamic: Any) -> list[str]:
    """The pip files setuptools reads a pyproject's dynamic `dependencies` and
    `optional-dependencies` from (`dependencies = {file = "app/requirements.txt"}`): included
    by the pyproject as `-r` includes them, so they belong to its project wherever they lie."""
    if not isinstance(dynamic, dict):
        return []
    tables = [dynamic.get("dependencies")]
    extras = dynamic.get("optional-dependencies")
    if isinstance(extras, dict):
        tables += extras.values()
    files: list[str] = []
    for table in tables:
        named = _table(table, "file")
        files += [named] if isinstance(named, str) else _strings(named)
    return files


def _poetry_table(lines: Lines, result: ManifestResult, table: Any, dev: bool, header: str) -> None:
    if not isinstance(table, dict):
        return
    start = lines.section(header)
    for name, spec in table.items():
        version = spec if isinstance(spec, str) else ""
        optional = isinstance(spec, dict) and spec.get("optional") is True
        if isinstance(spec, dict):
            version = str(spec.get("version", ""))
        if name.lower() == "python":
            _version(result, lines, version, "python")
            continue
        if isinstance(spec, dict) and "path" in spec and not dev:
            # A library of the project's own, lending what it requires (see `lent_by_git`).
            result.git_packages.append(normalise(name))
        _dependency(lines, result, name, version, dev, start, optional)


def lent_by_git(
    signals: list[Signal], manifests: list[ManifestResult], folder: str, locks: LockFiles
) -> None:
    """Add to `signals` what the libraries a Poetry project installs by path require, as
    poetry.lock records them when the library is not in the tree (a submodule the checkout
    lacks): the application runs on its framework and data layer. The lock resolves their
    versions after."""
    for manifest in manifests:
        for package in manifest.git_packages:
            for name, wanted, evidence in locks.requirements(folder, "python", package):
                signals += dependency_signals(
                    CATALOG, normalise(name), wanted, False, evidence, GLUE
                )


def _pipfile(lines: Lines, result: ManifestResult) -> None:
    data = tomlfile.load(lines)
    _version(result, lines, _table(data, "requires", "python_version"), "python_version")
    for section, dev in (("packages", False), ("dev-packages", True)):
        table = _table(data, section)
        start = lines.section(f"[{section}]")
        for name, spec in table.items() if isinstance(table, dict) else ():
            version = spec if isinstance(spec, str) else str(_table(spec, "version") or "")
            _dependency(lines, result, name, "" if version == "*" else version, dev, start)


def _setup_cfg(lines: Lines, result: ManifestResult) -> None:
    import configparser  # only for a setup.cfg

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(lines.text)
    except configparser.Error as error:
        raise ManifestError(f"not a valid setup.cfg ({error.__class__.__name__})") from None
    if parser.has_option("options", "python_requires"):
        _version(result, lines, parser.get("options", "python_requires"), "python_requires")
    if parser.has_option("options", "install_requires"):
        for spec in parser.get("options", "install_requires").splitlines():
            if spec.strip():
                _requirement(lines, result, spec.strip(), dev=False)
    if parser.has_section("options.extras_require"):
        for group, value in parser.items("options.extras_require"):
            for spec in value.splitlines():
                if spec.strip():
                    dev = group.lower() in DEV_GROUPS
                    _requirement(lines, result, spec.strip(), dev=dev, optional=True)
    if parser.has_section("tool:pytest"):
        # As pyproject's `[tool.pytest.ini_options]`: settings, not an installed runner.
        evidence = lines.evidence("[tool:pytest]")
        result.signals.append(Signal(K.TEST, "pytest", Strength.ENTRY, evidence))


_INSTALL_REQUIRES = LazyPattern(
    r"""\b(install_requires|tests_require)(?:\s*=|['"]\s*:)\s*\["""
)
"""`setup(`'s requirement lists: a keyword argument (`install_requires=[...]`) or the same key
of a dict of options later unpacked into it (`setup(**{'install_requires': [...]})`)."""
_PYTHON_REQUIRES = LazyPattern(r"""python_requires\s*=\s*['"]([^'"]+)['"]""")
_NAMED_REQUIRES = LazyPattern(r"\b(tests_require)\s*=\s*([A-Za-z_]\w*)\s*[,)\n]")
"""A `setup(` argument naming the variable its test requirements were assigned to
(`tests_require=test_requires` after `test_requires = ["pytest==8.0.0"]`). Runtime lists
passed by name are not followed: a package of a larger project packaged on its own (a
Django app's worker image) would become a project declaring the framework."""
_LIST_GAP = r"(?:\s|#[^\n]*)*"
_LIST_ITEM_OR_NAME = r"""(?:'[^'\n]*'|"[^"\n]*"|[A-Za-z_]\w*)"""
_LITERAL_LIST = LazyPattern(
    rf"\[{_LIST_GAP}(?:{_LIST_ITEM_OR_NAME}{_LIST_GAP},{_LIST_GAP})*"
    rf"(?:{_LIST_ITEM_OR_NAME}{_LIST_GAP})?\]"
)
"""A list of quoted strings, some items perhaps a variable's name (`gdal_spec`, a requirement
computed above; skipped when read), not a comprehension reading a requirements file."""


_PACKAGING = LazyPattern(
    r"\b(?:setuptools|distutils|skbuild)\b|^[ \t]*setup[ \t]*\(", re.MULTILINE
)
"""What a setup.py that packages its project holds: the packaging library, or a call of its
`setup(`."""


_PROJECT_SECTION = LazyPattern(r"^\[(?:metadata|options)[]. ]", re.MULTILINE)
"""The sections of a setup.cfg that describe a package; the others are tools' settings."""


def is_packaging(path: str, text: str) -> bool:
    """Whether the manifest at `path` (read as `text`) describes a project: always, but for a
    `setup.py` that neither imports a packaging library nor calls `setup(` (a module of an
    application named for its first-run setup) and a `setup.cfg` with no `[metadata]` or
    `[options]` (flake8's settings kept beside a Django project's `manage.py`)."""
    if path.endswith("setup.cfg"):
        return _PROJECT_SECTION.search(text) is not None
    return not path.endswith("setup.py") or _PACKAGING.search(text) is not None


def holds_settings(path: str) -> bool:
    """Whether a manifest that describes no project still holds tool settings worth reading
    for the project that encloses it (a setup.cfg's `[tool:pytest]`)."""
    return path.endswith("setup.cfg")


_PIP_PATH = LazyPattern(
    r"""\[[ \t]*((?:['"][\w.-]+['"][ \t]*,[ \t]*)+['"][\w.-]+\.txt['"])[ \t]*\]"""
)
"""A pip file's path written as a list of its parts (`['bundle', 'requirements', 'libs.txt']`,
joined by the setup.py with `os.path.join(*path)`)."""


_EXTRA_PINS = LazyPattern(r"\bextras\s*=\s*\[")
"""The literal list of requirements a setup.py chaining pip lists adds after them."""


def _read_lists(text: str) -> list[str]:
    """The pip lists in a requirements folder that a setup.py names by the parts of their paths
    (a `get_requirements([['bundle', 'requirements', 'libs.txt'], ['requirements.txt']])` it
    chains into `install_requires`): they are what the project installs, the setup.py's
    includes, wherever they lie (a vendored framework bundle's lists are not a project of
    their own)."""
    found: list[str] = []
    for listed in _PIP_PATH.finditer(text):
        parts = re.findall(r"""['"]([\w.-]+)['"]""", listed.group(1))
        if "requirements" in parts[:-1] and ".." not in parts:
            found.append("/".join(parts))
    return found


def _setup_py(lines: Lines, result: ManifestResult) -> None:
    # setup.py is code; reading its literal lists is enough and never runs anything.
    chained = _read_lists(lines.text)
    result.includes += chained
    if chained:
        # The pins such a setup.py adds after the lists it chains (`extras=['Django==1.1.4']`)
        # override theirs: requirements of the project, as `install_requires` ones are, whose
        # exact pins resolve the version as a lock does (a list's `Django==1.0.4` replaced).
        before = len(result.signals)
        for start in _EXTRA_PINS.finditer(lines.text):
            for spec in _list_strings(lines.text, start.end()) or ():
                _requirement(lines, result, spec, dev=False)
        result.signals[before:] = [
            s.replace(locked=True) if _EXACT_PIN.match(s.version) else s
            for s in result.signals[before:]
        ]
    version = _PYTHON_REQUIRES.search(lines.text)
    if version:
        _version(result, lines, version.group(1), "python_requires")
    for start in _INSTALL_REQUIRES.finditer(lines.text):
        # `tests_require` lists what the tests run on: development dependencies.
        dev = start.group(1) == "tests_require"
        specs = _list_strings(lines.text, start.end())
        if specs is None:
            break  # unclosed: so is every later list (and rescanning would be quadratic)
        for spec in specs:
            _requirement(lines, result, spec, dev=dev)
    for named in _NAMED_REQUIRES.finditer(lines.text):
        variable = named.group(2)
        if variable == "tests_require":
            continue  # its list is read above
        assigned = re.search(rf"^[ \t]*{variable}[ \t]*=[ \t]*(?=\[)", lines.text, re.MULTILINE)
        listed = assigned and _LITERAL_LIST.match(lines.text, assigned.end())
        if listed:
            for spec in _list_strings(lines.text, assigned.end() + 1) or ():
                _requirement(lines, result, spec, dev=True)


_RUNTIME_BY_NAME = LazyPattern(r"\binstall_requires\s*=\s*([A-Za-z_]\w*)\s*[,)\n]")
"""A `setup(` argument naming the variable its runtime requirements were assigned to
(`install_requires=requirements`)."""


def is_dev_pip(path: str) -> bool:
    """Whether the pip file at `path` lists development tools, tests, linters or docs."""
    return _DEV_PIP_PATH.search(path.lower()) is not None


def installs_itself(text: str) -> bool:
    """Whether a pip file's `text` installs the project of its own folder (`-e .` or `.`)."""
    return any(_INSTALLS_ITSELF.match(line) for line in text.splitlines())


def named_runtime(lines: Lines, result: ManifestResult) -> list[Signal]:
    """Record into `result` (the setup.py's) the runtime requirements its `setup(` takes by
    a variable's name assigned a literal list (`install_requires=requirements`), and return
    their signals. `_setup_py` leaves them out (see `_NAMED_REQUIRES`): the caller asks only
    where the folder's own pip file installs the package, making them the application's."""
    named = _RUNTIME_BY_NAME.search(lines.text)
    if named is None or named.group(1) == "install_requires":
        return []  # none, or a module-level `install_requires = [...]`, read as runtime already
    assigned = re.search(rf"^[ \t]*{named.group(1)}[ \t]*=[ \t]*(?=\[)", lines.text, re.MULTILINE)
    if assigned is None or not _LITERAL_LIST.match(lines.text, assigned.end()):
        return []
    before = len(result.signals)
    for spec in _list_strings(lines.text, assigned.end() + 1) or ():
        _requirement(lines, result, spec, dev=False)
    return result.signals[before:]


_LIST_ITEM = LazyPattern(r"""'([^'\n]*)'|"([^"\n]*)"|\]""")
"""A quoted string of a literal list, or the `]` that closes it."""


def _list_strings(text: str, start: int) -> list[str] | None:
    """The quoted strings of the literal list opened just before `start`, up to its closing
    `]`: one found outside quotes, since a requirement's extras (`'psycopg[c]'`) hold their own
    brackets. None when the list never closes."""
    strings: list[str] = []
    for item in _LIST_ITEM.finditer(text, start):
        if item.group(0) == "]":
            return strings
        strings.append(item.group(1) if item.group(1) is not None else item.group(2))
    return None
