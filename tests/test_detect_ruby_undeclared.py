"""A Ruby folder starting a framework no Gemfile of its own or above it bundles is tooling
beside the repository's applications (#19, found by set 46's development sweep): a rake task
requiring the Sinatra of the backend beside it, a plugin's Rails routes under a root Gemfile of
rake tasks."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_BACKEND = {
    "backend/Gemfile": "source 'https://rubygems.org'\n\ngem 'sinatra', '~> 3.2'\ngem 'sequel'\n",
    "backend/app/main.rb": "require 'sinatra/base'\n\nclass ArchivesSpaceService < Sinatra::Base\n"
    "  get '/repositories' do\n    '[]'\n  end\nend\n",
}
_ROOT_TASKS = {
    "Gemfile": "source 'https://rubygems.org'\n\n# Gemfile for supporting rake tasks\ngem 'rake'\n"
    "gem 'yard', group: :docs\n",
    "plugins/public_demo/public/routes.rb": "Rails.application.routes.draw do\n"
    "  get '/demo' => 'demo#index'\nend\n",
}
_DOCS = {
    "_yard/Gemfile": "source 'https://rubygems.org'\n\ngroup :doc do\n  gem 'kramdown'\n"
    "  gem 'yard', '>= 0.9.20'\nend\n",
    "_yard/rakefile.rb": "namespace :doc do\n  task :api do\n    require 'erb'\n"
    "    require 'sinatra'\n    require_relative '../backend/app/main.rb'\n  end\nend\n",
}


def test_frameworks_no_gemfile_bundles_are_tooling_beside_an_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_BACKEND, **_ROOT_TASKS, **_DOCS}))
    assert set(found) == {"backend"}


def test_a_framework_bundled_by_the_gemfile_above_stays_an_application(tmp_path: Path) -> None:
    # One Gemfile at the root bundling every service's gems: each service's own is not needed.
    files = {
        **_BACKEND,
        "Gemfile": "source 'https://rubygems.org'\n\ngem 'sinatra', '~> 3.2'\n",
        "oai/Gemfile": "source 'https://rubygems.org'\n\ngem 'nokogiri'\n",
        "oai/app/main.rb": "require 'sinatra/base'\n\nclass OAIService < Sinatra::Base\n"
        "  get '/oai' do\n    'ok'\n  end\nend\n",
    }
    found = by_folder(write(tmp_path, files))
    assert {"backend", "oai"} <= set(found)
