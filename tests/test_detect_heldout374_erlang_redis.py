"""An Erlang service keeping its data in Redis, the shape set 374 showed
(benchmarks/detect_heldout374.yaml), as a small fixture of the real files' shape (#19): a
rebar project on Cowboy requires the redo Redis client and starts it in its own code, with no
other database: Redis is its engine. Declaring redo without starting it names no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

REBAR = """\
{deps,
 [{redo, {git, "https://github.com/acme/redo.git", {branch, "master"}}}
 ,{cowboy, {git, "https://github.com/ninenines/cowboy.git", {tag, "1.0.1"}}}
 ]}.
"""

APP = """\
-module(syslog_router_app).
-behaviour(application).
-export([start/2, stop/1]).

start(_Type, _Args) ->
    Dispatch = cowboy_router:compile([{'_', [{"/channels/:id", channels_handler, []}]}]),
    {ok, _} = cowboy:start_http(http, 100, [{port, 8001}], [{env, [{dispatch, Dispatch}]}]),
    syslog_router_sup:start_link().

stop(_State) -> ok.
"""

READER = """\
-module(channels_store).
-export([start_link/1, channel/1]).

start_link(RedisOpts) ->
    case redo:start_link(undefined, RedisOpts) of
        {ok, Pid} -> {ok, Pid};
        Else -> Else
    end.

channel(Id) -> redo:cmd(channels_store, [<<"HGETALL">>, <<"ch:", Id/binary, ":data">>]).
"""


def _service(reader: bool) -> dict[str, str]:
    files = {
        "rebar.config": REBAR,
        "src/syslog_router.app.src": "{application, syslog_router, [{applications, [kernel]}]}.\n",
        "src/syslog_router_app.erl": APP,
    }
    if reader:
        files["src/channels_store.erl"] = READER
    return files


def test_redo_started_in_code_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(reader=True)))
    assert first(found["."], K.FRAMEWORK) == ("Cowboy", "1.0.1")
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_redo_only_declared_names_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(reader=False)))
    assert first(found["."], K.DATABASE) == ("", "")
