"""Held-out set 94 (#19): a Grape API beside Sidekiq's web UI, with Sinatra declared for it.

The real shape: a Rack application with no Rails (`config.ru` runs a `Rack::Builder` mounting a
`Grape::API` and `Sidekiq::Web`), over ActiveRecord; the Gemfile declares Grape, Sidekiq 4.1
and `gem 'sinatra', require: nil`, as Sidekiq's guide of the time asked for its web UI, and the
lock lists `sinatra` among Sidekiq's requirements. No code of the application's own starts
Sinatra: the framework is Grape. Counter-cases: an application whose own code is a
`Sinatra::Base` keeps Sinatra (Grape mounted in it stays its add-on), and so does one whose
lock shows no queue gem requiring Sinatra.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = """source 'https://rubygems.org'

gem 'activerecord', '4.1.10'
gem 'pg', '~> 0.18.4'
gem 'grape', '~> 0.14.0'
gem 'sidekiq', '4.1.4'
gem 'sinatra', '>= 1.3.0', require: nil

group :development, :test do
  gem 'rspec', '~> 3.2.0'
end
"""

_SIDEKIQ_SPEC = """    sidekiq (4.1.4)
      concurrent-ruby (~> 1.0)
      connection_pool (~> 2.2, >= 2.2.0)
      redis (~> 3.2, >= 3.2.1)
      sinatra (>= 1.4.7)
"""


def _lock(queue_requires_sinatra: bool) -> str:
    sidekiq = _SIDEKIQ_SPEC
    if not queue_requires_sinatra:
        sidekiq = sidekiq.replace("      sinatra (>= 1.4.7)\n", "")
    return (
        "GEM\n  remote: https://rubygems.org/\n  specs:\n"
        "    activerecord (4.1.10)\n"
        "    grape (0.14.0)\n      rack (>= 1.3.0)\n"
        "    pg (0.18.4)\n"
        "    rspec (3.2.0)\n"
        f"{sidekiq}"
        "    sinatra (1.4.7)\n      rack (~> 1.5)\n"
        "\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n"
        "  activerecord (= 4.1.10)\n  grape (~> 0.14.0)\n  pg (~> 0.18.4)\n"
        "  rspec (~> 3.2.0)\n  sidekiq (= 4.1.4)\n  sinatra (>= 1.3.0)\n"
    )


_CONFIG_RU = """require ::File.expand_path('../application', __FILE__)
run ZupServer
"""

_APPLICATION = """require 'sidekiq/web'

ZupServer = Rack::Builder.new do
  map '/sidekiq' do
    run Sidekiq::Web
  end
  run ZUP::API
end
"""

_API = """module ZUP
  class API < Grape::API
    format :json
    get :ping do
      { pong: true }
    end
  end
end
"""

_SINATRA_APP = """require 'sinatra/base'

class Site < Sinatra::Base
  get '/' do
    'hello'
  end
end
"""


def _tree(queue_requires_sinatra: bool = True, sinatra_code: bool = False) -> dict[str, str]:
    files = {
        "Gemfile": _GEMFILE,
        "Gemfile.lock": _lock(queue_requires_sinatra),
        "config.ru": _CONFIG_RU,
        "application.rb": _APPLICATION,
        "app/api/base.rb": _API,
    }
    if sinatra_code:
        files["app/site.rb"] = _SINATRA_APP
    return files


def test_sinatra_only_the_queue_ui_needs_leaves_grape_the_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK) == ("Grape", "0.14.0")
    assert not backend.ambiguous
    assert "Sinatra" not in {f.name for f in backend.findings}


def test_sinatra_in_the_application_code_stays_the_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(sinatra_code=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Sinatra"


def test_sinatra_no_queue_gem_requires_keeps_the_old_answer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(queue_requires_sinatra=False)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Sinatra"
