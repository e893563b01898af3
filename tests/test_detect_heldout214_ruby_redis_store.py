"""Ruby: a Sinatra service keeping all its state in Redis has Redis as its engine (set 214, #19).

A rate-limiting service on Sinatra names no database gem nor data layer; its storage module
constructs redis-rb's client (`Redis.new options`) or async-redis's (`Async::Redis::Client.new`)
and keeps every counter and setting there. As for the other languages (`redis_only`), Redis is
then its database engine. A comment naming the constructor opens nothing, and a service with a
relational driver keeps that engine (Redis stays its cache)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = "source 'https://rubygems.org'\n\ngem 'sinatra', '~> 4.1.0'\ngem 'redis', '~> 5.0'\n"

_LOCK = (
    "GEM\n  remote: https://rubygems.org/\n  specs:\n    redis (5.2.0)\n      redis-client\n"
    "    redis-client (0.22.2)\n    sinatra (4.1.1)\n\nPLATFORMS\n  ruby\n\n"
    "DEPENDENCIES\n  redis (~> 5.0)\n  sinatra (~> 4.1.0)\n"
)

_LISTENER = (
    "require 'sinatra/base'\n\nmodule Limits\n  class Listener < Sinatra::Base\n"
    "    get '/transactions/authorize.xml' do\n      Storage.instance.incr('hits')\n"
    "    end\n  end\nend\n"
)

_STORAGE = (
    "require 'redis'\n\nmodule Limits\n  class Storage\n    def self.instance\n"
    "      # Options suitable for Redis.new's constructor\n      @instance ||= new_client\n"
    "    end\n\n    def self.new_client\n      {client}\n    end\n  end\nend\n"
)


def _service(client: str) -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "Gemfile.lock": _LOCK,
        "config.ru": "require_relative 'lib/limits'\n\nrun Limits::Listener\n",
        "lib/limits/listener.rb": _LISTENER,
        "lib/limits/storage.rb": _STORAGE.replace("{client}", client),
    }


def test_a_constructed_redis_client_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service("Redis.new(url: ENV['REDIS_URL'])")))
    assert first(found["."], K.FRAMEWORK)[0] == "Sinatra"
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_an_async_redis_client_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service("Async::Redis::Client.new(endpoint, limit: 4)")))
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_a_comment_naming_the_constructor_opens_nothing(tmp_path: Path) -> None:
    # Counter-case: the only mention of Redis.new is a comment: no engine.
    found = by_folder(write(tmp_path, _service("nil")))
    assert first(found["."], K.DATABASE) == ("", "")


def test_a_relational_driver_keeps_its_engine(tmp_path: Path) -> None:
    # Counter-case: beside pg, the Redis client is a cache: the engine is PostgreSQL.
    files = _service("Redis.new(url: ENV['REDIS_URL'])")
    files["Gemfile"] = _GEMFILE + "gem 'pg'\n"
    files["Gemfile.lock"] = _LOCK.replace("    redis (5.2.0)", "    pg (1.5.4)\n    redis (5.2.0)")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
