"""A gap the 462nd held-out set showed (/tmp/s58/sets/detect_heldout462.yaml), as a small
fixture of the real files' shape (#19): a Rails application keeping data of its own (Mongoid
models) whose work arrives and leaves through event subscribers and publishers over AMQP, and
whose `config/routes.rb` is the generator's empty draw block: no HTTP route at all, so no
backend (HELDOUT.md's Terms, set 314). The same application drawing a route stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source "https://rubygems.org"

gem "rails", "~> 7.0.8"
gem "mongoid", "~> 7.4"
gem "puma", "~> 5.0"
gem "bunny"

group :development, :test do
  gem "rspec-rails"
end
"""

_EMPTY_ROUTES = """# frozen_string_literal: true

Rails.application.routes.draw do
  # For details on the DSL available within this file, see https://guides.rubyonrails.org/routing.html
end
"""


def _tree(routes: str) -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "config.ru": 'require_relative "config/environment"\n\nrun Rails.application\n',
        "config/application.rb": (
            'require "rails"\n\nmodule Gateway\n  class Application < Rails::Application\n'
            "    config.load_defaults 7.0\n  end\nend\n"
        ),
        "config/routes.rb": routes,
        "config/mongoid.yml": "production:\n  clients:\n    default:\n      database: gateway\n",
        "app/controllers/application_controller.rb": (
            "class ApplicationController < ActionController::Base\nend\n"
        ),
        "app/models/policy.rb": (
            "class Policy\n  include Mongoid::Document\n  field :policy_id, type: String\nend\n"
        ),
        "app/event_source/subscribers/policy_subscriber.rb": (
            "module Subscribers\n  class PolicySubscriber\n"
            "    def on_policy_created(delivery_info, properties, payload)\n"
            "      Policy.create!(JSON.parse(payload))\n    end\n  end\nend\n"
        ),
    }


def test_a_rails_app_drawing_no_route_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _tree(_EMPTY_ROUTES))) == {}


def test_the_same_app_drawing_a_route_stays_a_backend(tmp_path: Path) -> None:
    routes = _EMPTY_ROUTES.replace("end\n", "  resources :policies, only: [:index]\nend\n")
    backends = by_folder(write(tmp_path, _tree(routes)))
    assert first(backends["."], K.FRAMEWORK)[0] == "Rails"


def test_a_mounted_engine_stays_a_backend(tmp_path: Path) -> None:
    routes = _EMPTY_ROUTES.replace("end\n", '  mount Sidekiq::Web => "/sidekiq"\nend\n')
    assert "." in by_folder(write(tmp_path, _tree(routes)))
