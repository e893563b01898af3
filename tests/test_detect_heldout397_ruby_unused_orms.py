"""Held-out set 397 (#19): a Sinatra service whose Gemfile keeps DataMapper's gems (dm-core and
its PostgreSQL adapter, which no file requires) beside `sequel`, the layer its code runs on
(`Sequel.connect` at start-up, a model subclassing `Sequel::Model`). The data layer is Sequel:
a Ruby data layer is reached only through its own constant. With no code naming either, both
stay as declared; a DataMapper model beside the Sequel one keeps DataMapper as well.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_GEMFILE = """source 'https://rubygems.org'

group :app do
  gem 'sinatra', :require => 'sinatra/base'
  gem 'pg'
  gem 'dm-core', require: true
  gem 'dm-postgres-adapter', require: true
end

group :database do
  gem 'sequel'
end

group :test do
  gem 'bacon'
end
"""

_INIT = """ENV['DATABASE_URL'] ||= "postgres://localhost/feeds_#{ENV['RACK_ENV']}"
require 'sequel'
require 'pg'
DB = Sequel.connect(ENV['DATABASE_URL'])
"""

_CONTROLLER = """require 'sinatra/base'

class WebController < Sinatra::Base
  get '/' do
    Pod.order(:created_at).limit(20).map(&:name).join("\\n")
  end
end
"""


def _files(code: bool = True, datamapper_model: bool = False) -> dict[str, str]:
    files = {
        "Gemfile": _GEMFILE,
        "config.ru": "require './app'\nrun WebController\n",
        "app.rb": "require 'config/init'\nrequire 'app/controllers/web_controller'\n",
        "app/controllers/web_controller.rb": _CONTROLLER,
        "spec/app_spec.rb": "describe 'feeds' do\n  it 'works' do\n  end\nend\n",
    }
    if code:
        files["config/init.rb"] = _INIT
        files["app/models/pod.rb"] = "class Pod < Sequel::Model\nend\n"
    if datamapper_model:
        files["app/models/owner.rb"] = (
            "class Owner\n  include DataMapper::Resource\n  property :id, Serial\nend\n"
        )
    return files


def _data(tmp_path: Path, **shape: bool) -> str:
    return first(by_folder(write(tmp_path, _files(**shape)))["."], FindingKind.ORM)[0]


def test_the_data_layer_the_code_names_wins_over_a_leftover_gem(tmp_path: Path) -> None:
    assert _data(tmp_path) == "Sequel"


def test_a_layer_the_code_also_names_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(datamapper_model=True)))["."]
    names = {f.name for f in backend.findings if f.kind is FindingKind.ORM}
    assert names == {"DataMapper", "Sequel"}


def test_no_code_naming_either_leaves_both(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(code=False)))["."]
    names = {f.name for f in backend.findings if f.kind is FindingKind.ORM}
    assert names == {"DataMapper", "Sequel"}
