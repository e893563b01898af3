"""Erlang services of the shapes set 396 showed (benchmarks/detect_heldout396.yaml), as small
fixtures of the real files' shape (#19):

- a rebar dependency fetched from git at a bare revision spelled as a release
  (`{git, Url, "2.10.0"}`): that revision is the tag, the framework's version; a branch's name
  (`"master"`) is none;
- a rebar 2 release serving its own loop on Mochiweb (`mochiweb_http:start([{loop, F}, …])`),
  whose `.gitignore` covers the node's `*.config` settings with a root glob (`/*.config`) that
  also covers the committed rebar.config: Mochiweb is the framework, its `{tag, "v2.3.0"}` the
  version; a fork tagged for the OTP release it was cut for (`{tag, "R16B01"}`) names that;
- a Webmachine service declaring Mochiweb beside Webmachine serves through Webmachine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import erlang
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K

_COWBOY_APP = """\
-module(chat_app).
-behaviour(application).
-export([start/2, stop/1]).

start(_Type, _Args) ->
    Dispatch = cowboy_router:compile([{'_', [{"/ws", chat_ws_handler, []}]}]),
    {ok, _} = cowboy:start_clear(chat_listener, [{port, 9800}], #{env => #{dispatch => Dispatch}}),
    chat_sup:start_link().

stop(_State) -> ok.
"""


def _rebar(cowboy_ref: str) -> str:
    return (
        "{deps, [\n"
        '    {jsone,".*",{git,"https://git.example.org/deps/jsone","1.8.0"}}\n'
        f'    , {{cowboy,".*",{{git,"https://git.example.org/deps/cowboy",{cowboy_ref}}}}}\n'
        '    , {epgsql,".*",{git,"https://git.example.org/deps/epgsql.git","4.7.1"}}\n'
        "]}.\n"
        "{erl_opts, [debug_info]}.\n"
    )


def test_bare_git_revision_spelled_as_release_is_the_version(tmp_path: Path) -> None:
    found = by_folder(
        write(
            tmp_path,
            {
                "rebar.config": _rebar('"2.10.0"'),
                "src/chat.app.src": "{application, chat, [{applications, [kernel]}]}.\n",
                "src/chat_app.erl": _COWBOY_APP,
            },
        )
    )
    assert first(found["."], K.FRAMEWORK) == ("Cowboy", "2.10.0")
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_bare_git_branch_names_no_release() -> None:
    result = erlang.parse(Lines("rebar.config", _rebar('"master"')))
    assert [(s.name, s.version) for s in result.signals if s.kind is K.FRAMEWORK] == [
        ("Cowboy", "")
    ]


_MOCHI_REBAR = """\
{erl_opts, [{src_dirs, ["src"]}]}.

{deps, [
\t{meck, "0.7.2", {git, "git://github.com/eproxus/meck.git", "master"}},
\t{gen_smtp, "0.1", {git, "https://github.com/Vagabond/gen_smtp.git", {tag,
"0558786233ca152064770d3d6848e7ae3745f8a1"}}},
%\t{mochiweb, "1.3", {git, "http://github.com/mochi/mochiweb.git", {tag, "9396655c6f2"}}},
\t{mochiweb, "2.3.0", {git, "http://github.com/mochi/mochiweb.git", {tag, "v2.3.0"}}}
\t]}.

{cover_enabled, true}.
"""

_MOCHI_LISTENER = """\
-module(agent_web_listener).
-behaviour(gen_server).
-export([init/1]).

init([Port]) ->
\tLoop = fun(Req) -> loop(Req) end,
\t{ok, Mochi} = mochiweb_http:start([{loop, Loop}, {name, ?MODULE}, {port, Port}]),
\t{ok, Mochi}.

loop(Req) -> Req:respond({200, [], <<"ok">>}).
"""

_IGNORE = "ebin/*.beam\nerl_crash.dump\ndeps\nebin\n.eunit\n\n/*.config\nrel/node\n"


def _mochi_service(ignore: bool = True) -> dict[str, str]:
    files = {
        "rebar.config": _MOCHI_REBAR,
        "src/callcenter.app.src": "{application, callcenter, [{applications, [kernel]}]}.\n",
        "src/agent_web_listener.erl": _MOCHI_LISTENER,
    }
    if ignore:
        files[".gitignore"] = _IGNORE
    return files


def test_mochiweb_loop_is_the_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _mochi_service(ignore=False)))
    assert first(found["."], K.FRAMEWORK) == ("Mochiweb", "2.3.0")


def test_rebar_config_kept_under_a_config_glob(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _mochi_service(ignore=True)))
    assert first(found["."], K.FRAMEWORK) == ("Mochiweb", "2.3.0")


def test_tag_of_an_otp_release_is_the_version() -> None:
    text = (
        "{deps, [\n"
        '  {mochiweb, {git, "https://github.com/acme/mochiweb.git", {tag, "R16B01"}}}\n'
        "]}.\n"
    )
    result = erlang.parse(Lines("rebar.config", text))
    assert [(s.name, s.version) for s in result.signals] == [("Mochiweb", "R16B01")]


_WM_SUP = """\
-module(authz_sup).
-behaviour(supervisor).
-export([init/1]).

init([]) ->
    WebConfig = [{ip, "0.0.0.0"}, {port, 9463}, {dispatch, []}],
    Web = {webmachine_mochiweb, {webmachine_mochiweb, start, [WebConfig]},
           permanent, 5000, worker, dynamic},
    {ok, {{one_for_one, 10, 10}, [Web]}}.
"""


def test_webmachine_over_declared_mochiweb_is_webmachine(tmp_path: Path) -> None:
    rebar = (
        "{deps, [\n"
        '  {mochiweb, {git, "https://github.com/mochi/mochiweb.git", {tag, "v2.12.2"}}},\n'
        '  {webmachine, {git, "https://github.com/webmachine/webmachine.git", {tag, "1.11.1"}}}\n'
        "]}.\n"
        "{relx, [{release, {authz, \"1.0.0\"}, [authz]}]}.\n"
    )
    found = by_folder(
        write(
            tmp_path,
            {
                "rebar.config": rebar,
                "src/authz.app.src": "{application, authz, [{applications, [kernel]}]}.\n",
                "src/authz_sup.erl": _WM_SUP,
            },
        )
    )
    assert first(found["."], K.FRAMEWORK) == ("Webmachine", "1.11.1")
