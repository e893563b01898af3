"""Ruby: three gems that name a Sinatra or Hanami app's store (set 346, #19).

- pgtk, a PostgreSQL toolkit the app queries through (`set :pgsql, Pgtk::Pool.new(…)`), with pg
  beneath it only in Gemfile.lock: the data layer pgtk, on PostgreSQL.
- aws-sdk-dynamodb, the AWS SDK's one-service gem, its raw client built in the app's own code
  (`Aws::DynamoDB::Client.new`): engine DynamoDB, no data layer (as Node's and Go's SDKs).
- hanami-model, Hanami 1's persistence over rom, rom-sql and Sequel, named without them: ROM,
  at the version the lock resolves for rom (as Hanami 2's hanami-db).
An app with none of them keeps what it names itself."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _lock(specs: str, dependencies: str) -> str:
    return (
        "GEM\n  remote: https://rubygems.org/\n  specs:\n" + specs
        + "\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n" + dependencies
    )


def _sinatra(gems: str, specs: str, deps: str, code: str) -> dict[str, str]:
    return {
        "Gemfile": "source 'https://rubygems.org'\n\ngem 'sinatra', '4.0.0'\n" + gems
        + "gem 'minitest', '~>5.25', require: false\n",
        "Gemfile.lock": _lock(
            "    minitest (5.25.4)\n    sinatra (4.0.0)\n" + specs,
            "  minitest (~> 5.25)\n  sinatra (= 4.0.0)\n" + deps,
        ),
        "Procfile": "web: bundle exec ruby app.rb -p $PORT\n",
        "app.rb": "require 'sinatra'\n\n" + code + "\nget '/' do\n  'ok'\nend\n",
        "test/test_app.rb": "require 'minitest/autorun'\n",
    }


def test_pgtk_is_the_data_layer_on_postgresql(tmp_path: Path) -> None:
    files = _sinatra(
        "gem 'pgtk', '~>0'\n",
        "    pg (1.5.9)\n    pgtk (0.12.0)\n      pg (~> 1.1)\n",
        "  pgtk (~> 0)\n",
        "configure do\n"
        "  set :pgsql, Pgtk::Pool.new(Pgtk::Wire::Env.new('DATABASE_URL')).start\nend\n",
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM) == ("pgtk", "0.12.0")
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_the_dynamodb_sdk_gem_names_the_engine(tmp_path: Path) -> None:
    files = _sinatra(
        "gem 'aws-sdk-dynamodb', '~>1.111'\n",
        "    aws-sdk-dynamodb (1.172.0)\n",
        "  aws-sdk-dynamodb (~> 1.111)\n",
        "require 'aws-sdk-dynamodb'\n\n"
        "set :dynamo, Aws::DynamoDB::Client.new(region: 'us-east-1')\n",
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "DynamoDB"
    assert not [f for f in found["."].findings if f.kind is K.ORM]


def test_a_sinatra_app_without_them_keeps_no_store(tmp_path: Path) -> None:
    # Counter-case: an S3 client alone names no engine.
    files = _sinatra(
        "gem 'aws-sdk-s3', '~>1'\n", "    aws-sdk-s3 (1.170.0)\n", "  aws-sdk-s3 (~> 1)\n", ""
    )
    found = by_folder(write(tmp_path, files))
    assert not [f for f in found["."].findings if f.kind in (K.ORM, K.DATABASE)]


_HANAMI_LOCK = _lock(
    "    hanami (1.3.1)\n    hanami-model (1.3.1)\n      rom (~> 3.3, >= 3.3.3)\n"
    "      rom-repository (~> 1.4)\n      rom-sql (~> 1.3, >= 1.3.5)\n    pg (0.21.0)\n"
    "    rom (3.3.3)\n    rom-repository (1.4.0)\n      rom (~> 3.3)\n    rom-sql (1.3.5)\n"
    "      rom (~> 3.2, >= 3.2.2)\n      sequel (~> 4.43)\n    sequel (4.49.0)\n",
    "  hanami (= 1.3.1)\n  hanami-model (= 1.3.1)\n  pg\n",
)


def _hanami(model: bool) -> dict[str, str]:
    gemfile = "source 'https://rubygems.org'\n\ngem 'hanami', '1.3.1'\ngem 'pg'\n"
    if model:
        gemfile += "gem 'hanami-model', '1.3.1'\n"
    return {
        "Gemfile": gemfile,
        "Gemfile.lock": _HANAMI_LOCK,
        "config.ru": "require './config/environment'\n\nrun Hanami.app\n",
        "config/environment.rb": (
            "require 'hanami/setup'\nrequire 'hanami/model'\n\nHanami.configure do\n"
            "  mount Web::Application, at: '/'\n  model do\n"
            "    adapter :sql, ENV['DATABASE_URL']\n  end\nend\n"
        ),
        "apps/web/application.rb": (
            "module Web\n  class Application < Hanami::Application\n  end\nend\n"
        ),
    }


def test_hanami_model_lends_rom(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _hanami(model=True)))
    assert first(found["."], K.FRAMEWORK) == ("Hanami", "1.3.1")
    assert first(found["."], K.ORM) == ("ROM", "3.3.3")


def test_a_hanami_app_without_hanami_model_names_no_rom(tmp_path: Path) -> None:
    # Counter-case: the gem is not in the Gemfile: nothing lends ROM.
    found = by_folder(write(tmp_path, _hanami(model=False)))
    assert not [f for f in found["."].findings if f.kind is K.ORM]
