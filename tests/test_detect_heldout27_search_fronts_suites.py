"""Generic gaps sets 83 to 85 showed (benchmarks/detect_heldout83.yaml to 85), each as a small
fixture of the real files' shape (#19): a Flask API over an Elasticsearch index and nothing
else; Flask front ends rendering pages over the APIs beside them; Django's `tests.py` modules;
a Rails application keeping a Sinatra tool in `lib/`; a package whose `test:server` runs Mocha
beside a UI's Jest script."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Python: a search engine as the only store ---------------------------------------------------


def test_a_flask_api_over_an_elasticsearch_index_runs_on_elasticsearch(tmp_path: Path) -> None:
    """A job-ads search API: Flask over the Elasticsearch client and its DSL, no other store."""
    files = {
        "requirements.txt": "elasticsearch~=7.6.0\nelasticsearch-dsl~=7.1.0\nflask~=1.1.2\n",
        "search/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "search/repository.py": (
            "from elasticsearch import Elasticsearch\n\nelastic = Elasticsearch(['localhost'])\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "Elasticsearch"


def test_a_search_index_beside_a_relational_store_is_not_the_engine(tmp_path: Path) -> None:
    """The neighbour: a Django app indexing its PostgreSQL rows in Elasticsearch."""
    files = {
        "requirements.txt": "django==4.2\npsycopg2==2.9.9\nelasticsearch-dsl==7.4.0\n",
        "manage.py": "import django\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'x')\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


# --- Python: Flask front ends over the APIs beside them ------------------------------------------

_FRONT_VIEWS = (
    "from flask import render_template\nfrom portal import app\nfrom portal import repo\n\n"
    "@app.route('/')\ndef home():\n    return render_template('home.html', items=repo.items())\n"
)
_FRONT_REPO = (
    "import requests\n\n\ndef items():\n    return requests.get('http://api/items').json()\n"
)
_API = (
    "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
    "app = Flask(__name__)\ndb = SQLAlchemy(app)\n\n"
    "@app.route('/items')\ndef items():\n    return '[]'\n"
)


def test_flask_front_ends_rendering_pages_over_other_apis_are_no_backends(
    tmp_path: Path,
) -> None:
    """Three Flask APIs over SQLAlchemy, and a portal rendering templates with what it fetches
    from them through Requests, keeping no data: the portal is a UI."""
    files = {
        "api/requirements.txt": "Flask==0.10.1\nSQLAlchemy==0.9.4\npsycopg2==2.5.2\n",
        "api/app.py": _API,
        "portal/requirements.txt": "Flask==0.10.1\nFlask-Assets==0.9\nrequests==2.2.1\n",
        "portal/portal/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "portal/portal/views.py": _FRONT_VIEWS,
        "portal/portal/repo.py": _FRONT_REPO,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["api"]


def test_a_flask_app_rendering_pages_over_its_own_tables_stays_a_backend(tmp_path: Path) -> None:
    """The neighbour: the same views over a store of its own (and one fetching nothing)."""
    files = {
        "site/requirements.txt": "Flask==2.3.2\nFlask-SQLAlchemy==3.0.2\nrequests==2.31.0\n",
        "site/site/__init__.py": (
            "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
            "app = Flask(__name__)\ndb = SQLAlchemy(app)\n"
        ),
        "site/site/views.py": _FRONT_VIEWS.replace("portal", "site"),
        "site/site/repo.py": _FRONT_REPO,
        "calc/requirements.txt": "Flask==2.3.2\n",
        "calc/calc/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "calc/calc/views.py": _FRONT_VIEWS.replace("portal", "calc").replace(
            "from calc import repo\n", ""
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["calc", "site"]


# --- Python: Django's tests.py -------------------------------------------------------------------


def test_django_apps_tests_modules_are_its_suite(tmp_path: Path) -> None:
    """Django 1.5 with no manage.py in the tree and its test cases in each app's `tests.py`,
    behind more modules than the walk reads of a project: Django's runner, unittest."""
    files = {
        "requirements/main.txt": "Django==1.5.12\n",
        "site/settings.py": "INSTALLED_APPS = ['site.acts']\n",
        "site/urls.py": "from django.conf.urls import patterns\n",
        "site/acts/tests.py": (
            "from django.test import TestCase\n\n\nclass ActTest(TestCase):\n"
            "    def test_it(self):\n        pass\n"
        ),
    }
    files.update({f"site/acts/m{i:02}.py": "X = 1\n" for i in range(40)})
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "unittest"


# --- Ruby: a Sinatra tool inside a Rails application ---------------------------------------------


def test_a_sinatra_tool_in_a_rails_application_leaves_rails_its_framework(
    tmp_path: Path,
) -> None:
    """A Rails 8 app whose Gemfile also takes Sinatra for a webhook receiver in `lib/`."""
    files = {
        "app/Gemfile": 'source "https://rubygems.org"\ngem "rails", "~> 8.1.3"\ngem "pg"\n'
        'gem "sinatra", "~> 4.2"\n',
        "app/Gemfile.lock": "GEM\n  specs:\n    rails (8.1.3.1)\n    sinatra (4.2.1)\n"
        "    pg (1.6.3)\n",
        "app/config/application.rb": (
            'require "rails/all"\n\nmodule App\n  class Application < Rails::Application\n'
            "  end\nend\n"
        ),
        "app/config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
        "app/lib/receiver.rb": (
            'require "sinatra"\n\nclass Receiver < Sinatra::Base\n  post "/documents" do\n'
            "  end\nend\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["app"]
    assert first(backend, K.FRAMEWORK) == ("Rails", "8.1.3.1")
    assert not backend.ambiguous


# --- Node: the server's test script beside the UI's ----------------------------------------------


def _package(scripts: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": "pages",
            "scripts": {"start": "node index.js", **scripts},
            "dependencies": {"express": "^5.0.1", "sequelize": "^6.37.8", "pg": "^8.20.0"},
            "devDependencies": {"jest": "^30.2.0", "mocha": "11.7.5"},
        },
        indent=2,
    )


def test_a_server_test_script_names_the_main_runner_beside_a_ui_one(tmp_path: Path) -> None:
    """`npm test` runs `test:server` (Mocha over test/api) and `test:rtl` (Jest over the React
    front's files): Mocha is the backend's runner."""
    files = {
        "package.json": _package(
            {
                "test": "npm run test:server && npm run test:rtl",
                "test:server": "mocha --exit --recursive ./test/api",
                "test:rtl": "jest --testRegex='frontend/.*\\.test\\.jsx?'",
            }
        ),
        "index.js": "const express = require('express');\nconst app = express();\n"
        "app.listen(3000);\n",
        # A test file: the runner, declared, runs something (`testless_node`).
        "test/api/items.js": "describe('items', () => {});\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Mocha"


def test_without_a_server_test_script_the_order_is_as_before(tmp_path: Path) -> None:
    """The neighbour: the same runners with no script named for the server keep their order."""
    files = {
        "package.json": _package(
            {
                "test": "npm run test:unit && npm run test:rtl",
                "test:rtl": "jest",
                "test:unit": "mocha --exit",
            }
        ),
        "index.js": "const express = require('express');\nconst app = express();\n"
        "app.listen(3000);\n",
        # A test file: the runner, declared, runs something (`testless_node`).
        "test/api/items.js": "describe('items', () => {});\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Jest"
