"""A framework the code starts but no manifest names takes the release its lock resolved
(held-out sets 55 and 57, #19): Rails booted through Railties that Rails' component gems
bring; FastAPI from a shared library installed from git."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = (
    'source "https://rubygems.org"\n\ngem "actionpack"\ngem "activerecord"\ngem "pg"\n'
    'gem "puma"\n'
)
_GEMFILE_LOCK = (
    "GEM\n  remote: https://rubygems.org/\n  specs:\n"
    "    actionpack (8.1.3.1)\n      actionview (= 8.1.3.1)\n"
    "    activerecord (8.1.3.1)\n      activemodel (= 8.1.3.1)\n"
    "    pg (1.6.3)\n    puma (8.0.2)\n"
    "    railties (8.1.3.1)\n      actionpack (= 8.1.3.1)\n\n"
    "PLATFORMS\n  ruby\n\nDEPENDENCIES\n  actionpack\n  activerecord\n  pg\n  puma\n"
)


def test_rails_from_component_gems_takes_the_locked_railties(tmp_path: Path) -> None:
    files = {
        "Gemfile": _GEMFILE,
        "Gemfile.lock": _GEMFILE_LOCK,
        "config/application.rb": (
            'require_relative "boot"\nrequire "active_record/railtie"\n'
            'require "action_controller/railtie"\n\nmodule App\n'
            "  class Application < Rails::Application\n  end\nend\n"
        ),
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
        "config/database.yml": "default: &default\n  adapter: postgresql\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous and first(backend, K.FRAMEWORK) == ("Rails", "8.1.3.1")


def test_fastapi_from_a_git_library_takes_the_locked_release(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": (
            '[tool.poetry]\nname = "api"\nversion = "0.1.0"\n\n'
            '[tool.poetry.dependencies]\npython = ">=3.12,<4"\nsqlalchemy = "^2.0.44"\n'
            'asyncpg = "^0.30.0"\n'
            'commons = {git = "https://example.org/org/commons.git"}\n'
        ),
        "poetry.lock": (
            '[[package]]\nname = "asyncpg"\nversion = "0.30.0"\noptional = false\n\n'
            '[[package]]\nname = "commons"\nversion = "0.1.0"\noptional = false\n\n'
            '[package.dependencies]\nfastapi = {version = "^0.121.2"}\n\n'
            '[package.source]\ntype = "git"\nurl = "https://example.org/org/commons.git"\n\n'
            '[[package]]\nname = "fastapi"\nversion = "0.121.2"\noptional = false\n\n'
            '[[package]]\nname = "sqlalchemy"\nversion = "2.0.44"\noptional = false\n'
        ),
        "src/api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous and first(backend, K.FRAMEWORK) == ("FastAPI", "0.121.2")


def test_a_framework_the_lock_does_not_hold_stays_unversioned(tmp_path: Path) -> None:
    files = {
        "Gemfile": _GEMFILE,
        "Gemfile.lock": _GEMFILE_LOCK.replace(
            "    railties (8.1.3.1)\n      actionpack (= 8.1.3.1)\n", ""
        ),
        "config/application.rb": (
            "module App\n  class Application < Rails::Application\n  end\nend\n"
        ),
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert backend.ambiguous and first(backend, K.FRAMEWORK) == ("Rails", "")


def test_a_locked_framework_beside_a_declared_one_stays_unconfirmed(tmp_path: Path) -> None:
    """Sinatra installed under another gem and started by a test's mock server, beside the
    Rails the Gemfile declares: the service is Rails alone."""
    files = {
        "Gemfile": 'source "https://rubygems.org"\n\ngem "rails"\ngem "pg"\n',
        "Gemfile.lock": (
            "GEM\n  remote: https://rubygems.org/\n  specs:\n    pg (1.6.3)\n"
            "    rails (7.2.3.2)\n      railties (= 7.2.3.2)\n    railties (7.2.3.2)\n"
            "    sinatra (4.2.1)\n      rack (>= 3.0)\n\n"
            "PLATFORMS\n  ruby\n\nDEPENDENCIES\n  pg\n  rails\n"
        ),
        "config/application.rb": (
            "module App\n  class Application < Rails::Application\n  end\nend\n"
        ),
        "spec/support/mock_server.rb": (
            'require "sinatra/base"\n\nclass MockServer < Sinatra::Base\nend\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous and first(backend, K.FRAMEWORK) == ("Rails", "7.2.3.2")
