"""Held-out set 46 (#19): beside the API (Sinatra over Sequel), an indexer that feeds the
search engine from that API runs as a Rack application: its Sinatra class starts the indexing
threads when configured and routes only its root, where an operator reads its state (`get "/"`)
or pauses it (`put "/"`). It keeps no data: no backend (rule.md: a worker whose only routes
are its own status, pause and resume). A small API routing its root with no thread of work,
or an indexer also serving records, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect import sinatra_workers

_API_GEMFILE = """source 'https://rubygems.org'

gem 'sinatra', '~> 3.2', require: false
gem 'sequel'
gem 'rspec'
"""

_API = """require 'sinatra/base'

class ArchiveService < Sinatra::Base
  get '/repositories' do
    Repository.all.to_json
  end

  post '/repositories' do
    Repository.create(params).to_json
  end
end
"""

_INDEXER_GEMFILE = """source 'https://rubygems.org'

gem 'sinatra', '~> 3.2', require: false
gem 'atomic'
gem 'rspec'
"""

_INDEXER = """require 'sinatra/base'
require_relative 'lib/periodic_indexer'

class Indexer < Sinatra::Base

  def self.main
    indexer = PeriodicIndexer.get_indexer
    threads = []
    threads << Thread.new do
      indexer.run
    end
  end

  configure do
    set :logging, false
    main
  end

  get "/" do
    if IndexerCommon.paused?
      "Indexers paused"
    else
      "Running every 30 seconds. "
    end
  end

  # pauses the indexer so that bulk updates can happen
  put "/" do
    duration = params[:duration].nil? ? 900 : params[:duration].to_i
    IndexerCommon.pause duration
    "paused"
  end

end
"""

_PERIODIC = """class PeriodicIndexer
  def self.get_indexer
    new
  end

  def run
    loop do
      records.each do |record|
        link = record['uri']
        send_to_solr(link)
      end
      sleep 30
    end
  end
end
"""

_CONFIG_RU = """require './app/main'

map "/" do
  run Indexer
end
"""


def _tree(indexer: str = _INDEXER) -> dict[str, str]:
    return {
        "backend/Gemfile": _API_GEMFILE,
        "backend/app/main.rb": _API,
        "indexer/Gemfile": _INDEXER_GEMFILE,
        "indexer/config.ru": _CONFIG_RU,
        "indexer/app/main.rb": indexer,
        "indexer/app/lib/periodic_indexer.rb": _PERIODIC,
    }


def test_an_indexer_whose_sinatra_reports_its_state_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"backend"}


def test_an_indexer_also_serving_records_stays_a_backend(tmp_path: Path) -> None:
    served = _INDEXER.replace(
        '  get "/" do', '  get "/records" do\n    "[]"\n  end\n\n  get "/" do'
    )
    assert set(by_folder(write(tmp_path, _tree(served)))) == {"backend", "indexer"}


def test_a_root_route_with_no_thread_of_work_stays_an_api() -> None:
    assert sinatra_workers.status_only([_INDEXER, _PERIODIC])
    assert not sinatra_workers.status_only(['get "/" do\n  Item.all.to_json\nend\n'])
    # A pattern or a variable for a path cannot be read; a mounted class routes elsewhere.
    assert not sinatra_workers.status_only([_INDEXER + "get %r{/items/(\\d+)} do\nend\n"])
    assert not sinatra_workers.status_only([_INDEXER + "use ItemsApi\n"])
