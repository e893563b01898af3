"""Held-out set 88 (#19): a Rails app that loads no Active Record railtie and keeps every record
in Elasticsearch through the `elasticsearch` gem (its repositories wrap the client; the
Compose file runs an Elasticsearch image beside it).

With no other store named, the search client's engine is the app's engine, as Python's
`elasticsearch` client names it. Beside a relational driver the client is an index only: the
`pg` gem's PostgreSQL stays the engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APPLICATION = """require_relative 'boot'

require 'rails'
require 'active_model/railtie'
require 'action_controller/railtie'
require 'action_view/railtie'

Bundler.require(*Rails.groups)

module Register
  class Application < Rails::Application
    config.load_defaults 6.0
  end
end
"""

_ROUTES = """Rails.application.routes.draw do
  resources :entities, only: %i[index show]
end
"""

_REPOSITORY = """class EntityRepository
  def initialize(client: Elasticsearch::Client.new)
    @client = client
  end
end
"""


def _gemfile(*gems: str) -> str:
    lines = "\n".join(f"gem '{gem}'" for gem in gems)
    return f"source 'https://rubygems.org'\n\nruby '3.1.2'\n\n{lines}\n"


def _tree(*gems: str) -> dict[str, str]:
    return {
        "Gemfile": _gemfile("rails", "puma", *gems),
        "config/application.rb": _APPLICATION,
        "config/routes.rb": _ROUTES,
        "app/repositories/entity_repository.rb": _REPOSITORY,
    }


def test_the_search_client_alone_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("elasticsearch")))["."]
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"


def test_the_opensearch_client_alone_names_its_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("opensearch-ruby")))["."]
    assert first(backend, K.DATABASE)[0] == "OpenSearch"


def test_beside_a_relational_driver_the_search_client_is_an_index(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("elasticsearch", "pg")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_without_the_search_client_no_engine_is_named(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.DATABASE)[0] == ""
