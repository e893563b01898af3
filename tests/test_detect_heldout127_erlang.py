"""Held-out set 127 (#19): Erlang services built with rebar3.

A rebar3 release serves HTTP through the listener its supervisor starts (Webmachine over
MochiWeb, Cowboy, Elli): the framework, confirmed by rebar.lock, which installs it even when it
comes only under another dependency, at no release when it is fetched from git at a commit.
sqerl is the data layer and its configured driver (`sqerl_pgsql_client` in the release's
sys.config) the engine; EUnit's header and Common Test's suites are the tests. The
applications under the release's apps/ are one service with it, and a library application with
no listener is no backend. Counter-cases: a lock that never installs Webmachine leaves code that
names it unconfirmed; a profile's test dependencies are the tests'.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write
from test_detect_unseen import by_folder, first, names

from designer.detect.ecosystems import erlang
from designer.detect.signals import Lines, Strength
from designer.model.stack import FindingKind as K

# The shape of a release whose HTTP application depends on a wrapper of Webmachine, not on
# Webmachine itself: only the lock lists it, at a git commit.
_REBAR_CONFIG = """%% -*- mode: erlang -*-
{require_otp_vsn, "26.2.5.21"}.

{deps, [
    %% lager has to come first since we use its parse transform
    {lager, ".*",
        {git, "https://example.org/lager",    {branch, "master"}}},
    {mochiweb, ".*",
        {git, "https://example.org/mochiweb", {branch, "main"}}},
    {web_wrapper, ".*",
        {git, "https://example.org/web_wrapper", {branch, "main"}}},
    {sqerl, ".*",
        {git, "https://example.org/sqerl",    {branch, "main"}}}
]}.

{profiles, [
    {test, [
        {deps, [
            {meck, {git, "https://example.org/meck", {ref, "e48641a"}}},
            cth_readable
        ]}
    ]}
]}.

{relx, [{release, {shop, "1.0.0"}, [shop, sqerl]}]}.
"""

_REBAR_LOCK = """{"1.2.0",
[{<<"epgsql">>,
  {git,"https://example.org/epgsql.git",
       {ref,"c8a7fec6772ca96ef35b0fb9085f644f5ed72eff"}},
  1},
 {<<"mochiweb">>,{pkg,<<"mochiweb">>,<<"3.2.1">>},0},
 {<<"sqerl">>,
  {git,"https://example.org/sqerl",
       {branch,"main"}},
  0},
 {<<"webmachine">>,
  {git,"https://example.org/webmachine",
       {ref,"8e3141994826a731d8d68ceaac45e80a7ff9f7fa"}},
  1}]}.
[
{pkg_hash,[
 {<<"mochiweb">>, <<"ABCDEF">>}]}
].
"""

_SUP = """-module(shop_wm_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

init([]) ->
    {ok, Dispatch} = file:consult(filename:join(code:priv_dir(shop_wm), "dispatch.conf")),
    WebConfig = [{ip, "0.0.0.0"}, {port, 8000}, {dispatch, Dispatch}],
    Web = {webmachine_mochiweb,
           {webmachine_mochiweb, start, [WebConfig]},
           permanent, 5000, worker, dynamic},
    {ok, {{one_for_one, 10, 10}, [Web]}}.
"""

_SYS_CONFIG = """[
 {sqerl, [
          {db_driver_mod, sqerl_pgsql_client},
          {db_host, "127.0.0.1"},
          {db_port, 5432}
         ]}
].
"""

_EUNIT = """-module(shop_object_tests).
-include_lib("eunit/include/eunit.hrl").

new_test() -> ?assertEqual(1, 1).
"""

_SUITE = """-module(shop_api_SUITE).
-include_lib("common_test/include/ct.hrl").
-compile([export_all, nowarn_export_all]).

all() -> [get_object].
"""

_OTHER_APP_CONFIG = """{deps, [
    {jiffy, ".*", {git, "https://example.org/jiffy", {branch, "master"}}}
]}.
"""


def _release(sup: str = _SUP, lock: str = _REBAR_LOCK) -> dict[str, str]:
    # Modules past the quota of ordinary files, as in a release of many applications: the
    # supervisor is read for its name.
    filler = {
        f"apps/shop_db/src/shop_db_{i:02}.erl": f"-module(shop_db_{i:02}).\n" for i in range(30)
    }
    return {
        "rebar.config": _REBAR_CONFIG,
        "rebar.lock": lock,
        "config/sys.config": _SYS_CONFIG,
        **filler,
        "apps/shop_wm/src/shop_wm.app.src": "{application, shop_wm, [{mod, {shop_wm_app, []}}]}.\n",
        # The HTTP application has a rebar.config of its own: still the release's.
        "apps/shop_wm/rebar.config": _OTHER_APP_CONFIG,
        "apps/shop_wm/src/shop_wm_sup.erl": sup,
        "apps/shop_wm/src/shop_wm_app.erl": "-module(shop_wm_app).\n",
        # An application of the release with dependencies of its own.
        "apps/shop_search/rebar.config": _OTHER_APP_CONFIG,
        "apps/shop_search/src/shop_search.erl": "-module(shop_search).\n",
        "apps/shop_objects/test/shop_object_tests.erl": _EUNIT,
        "itest/shop_api_SUITE.erl": _SUITE,
    }


def test_a_release_serving_webmachine_from_its_supervisor_is_one_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _release()))
    # The applications under apps/ are the release's, not backends of their own.
    assert list(found) == ["."]
    backend = found["."]
    assert not backend.ambiguous
    # Installed from git at a commit: no release of Webmachine is named anywhere.
    assert first(backend, K.FRAMEWORK) == ("Webmachine", "")
    assert first(backend, K.LANGUAGE) == ("Erlang", "26.2.5.21")
    assert first(backend, K.QUERY)[0] == "sqerl"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert set(names(backend, K.TEST)) == {"EUnit", "Common Test"}


def test_webmachine_the_lock_never_installs_stays_unconfirmed(tmp_path: Path) -> None:
    # Code naming a framework that no manifest declares and no lock installs (vendored or a
    # sample's) is left for the user to confirm.
    lock = _REBAR_LOCK.split(' {<<"webmachine">>')[0].rstrip(",\n") + "]}.\n"
    (backend,) = by_folder(write(tmp_path, _release(lock=lock))).values()
    assert backend.ambiguous


def test_a_library_application_without_a_listener_is_no_backend(tmp_path: Path) -> None:
    # An OTP library over PostgreSQL: it starts no HTTP listener, whatever it queries.
    tree = {
        "rebar.config": '{deps, [{epgsql, "4.7.1"}, {pooler, "1.6.0"}]}.\n',
        "rebar.lock": '[{<<"epgsql">>,{pkg,<<"epgsql">>,<<"4.7.1">>},0}].\n',
        "src/pgpool.app.src": "{application, pgpool, [{mod, {pgpool_app, []}}]}.\n",
        "src/pgpool_sup.erl": "-module(pgpool_sup).\n"
        "init([]) -> {ok, {{one_for_one, 1, 1}, []}}.\n",
        "test/pgpool_tests.erl": _EUNIT,
    }
    assert by_folder(write(tmp_path, tree)) == {}


def test_cowboy_s_hex_release_comes_from_the_lock(tmp_path: Path) -> None:
    tree = {
        "rebar.config": '{deps, [{cowboy, "~> 2.10"}, {pgo, "0.14.0"}]}.\n'
        '{relx, [{release, {api, "0.1.0"}, [api]}]}.\n',
        "rebar.lock": '{"1.2.0",\n[{<<"cowboy">>,{pkg,<<"cowboy">>,<<"2.10.0">>},0},\n'
        ' {<<"pgo">>,{pkg,<<"pgo">>,<<"0.14.0">>},0}]}.\n',
        "src/api_app.erl": "-module(api_app).\nstart(_, _) ->\n"
        "    {ok, _} = cowboy:start_clear(http, [{port, 8080}], #{env => #{}}),\n"
        "    api_sup:start_link().\n",
    }
    (backend,) = by_folder(write(tmp_path, tree)).values()
    assert first(backend, K.FRAMEWORK) == ("Cowboy", "2.10.0")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.QUERY)[0] == "pgo"


def test_a_profile_s_dependencies_are_the_tests_only() -> None:
    result = erlang.parse(Lines("rebar.config", _REBAR_CONFIG))
    strengths = {s.package: s.strength for s in result.signals}
    assert strengths["sqerl"] is Strength.DEPENDENCY
    assert result.language_version == "26.2.5.21"
    # meck and cth_readable are counted as no run-time dependency.
    assert result.runtime_dependencies == 4
    text = _REBAR_CONFIG.replace('{meck, {git', '{epgsql, {git')
    dev = {s.package: s.strength for s in erlang.parse(Lines("rebar.config", text)).signals}
    assert dev["epgsql"] is Strength.DEV


def test_nova_over_the_cowboy_it_starts_is_nova(tmp_path: Path) -> None:
    # Nova lists Cowboy and starts its listener: an application declaring both is Nova's.
    tree = {
        "rebar.config": '{deps, [{nova, "0.9.22"}, {cowboy, "2.10.0"}]}.\n'
        '{relx, [{release, {site, "0.1.0"}, [site]}]}.\n',
        "config/sys.config": "[{nova, [{bootstrap_application, site}]}].\n",
    }
    (backend,) = by_folder(write(tmp_path, tree)).values()
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Nova", "0.9.22")
