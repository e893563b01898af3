"""Gaps the eighty-first and eighty-second held-out sets showed (benchmarks/
detect_heldout81.yaml, detect_heldout82.yaml), each as a small fixture of the real files'
shape (#19): in a Phoenix umbrella, applications keeping their data in Redis through Redix (a
client in the supervision tree, a library's Redis storage chosen in the runtime
configuration) and one writing a Presto table through prestige; a Kafka worker declaring
plug_cowboy that only its tests' stubs use, and a template application whose router routes
nothing, are no backends. An Express gateway opening node-redis's `@redis/client` for its
sessions keeps them in Redis."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_elixir_scala import _mix
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Elixir --------------------------------------------------------------------------------------

_UMBRELLA = (
    "defmodule Platform.MixProject do\n  use Mix.Project\n\n  def project do\n"
    '    [apps_path: "apps", deps: []]\n  end\nend\n'
)

_PHOENIX = ['{:phoenix, "~> 1.4"}', '{:plug_cowboy, "~> 2.5"}']


def _endpoint(module: str, app: str, socket: bool = False) -> str:
    mounted = f'  socket "/socket", {module}.UserSocket, websocket: true\n\n' if socket else ""
    return (
        f"defmodule {module}.Endpoint do\n  use Phoenix.Endpoint, otp_app: :{app}\n\n{mounted}"
        '  plug(PlugHeartbeat, path: "/healthcheck")\n  plug Plug.RequestId\n'
        f"  plug {module}.Router\nend\n"
    )


def _router(module: str, body: str) -> str:
    return (
        f"defmodule {module}.Router do\n  use {module}, :router\n\n"
        '  pipeline :api do\n    plug :accepts, ["json"]\n  end\n\n'
        f'  scope "/", {module} do\n    pipe_through :api\n{body}  end\nend\n'
    )


_ROUTES = '    get "/keys", KeyController, :index\n'


def _phoenix_app(app: str, deps: list[str], routes: str = _ROUTES) -> dict[str, str]:
    module = f"{app.title()}Web"
    return {
        f"apps/{app}/mix.exs": _mix([*_PHOENIX, *deps], app=app),
        f"apps/{app}/lib/{app}_web/endpoint.ex": _endpoint(module, app),
        f"apps/{app}/lib/{app}_web/router.ex": _router(module, routes),
    }


_REDIX_CHILD = (
    "defmodule Keys.Application do\n  use Application\n\n  def start(_type, _args) do\n"
    "    children = [{Redix, Keyword.put(redix_args(), :name, :keys_redix)}, KeysWeb.Endpoint]\n"
    "    Supervisor.start_link(children, strategy: :one_for_one)\n  end\nend\n"
)

_STORAGE_CONFIG = (
    "use Mix.Config\n\nredix_args = [host: System.get_env(\"REDIS_HOST\")]\n\n"
    "config :streams, :eventlog,\n  storage: [\n    module: Eventlog.Storage.Redis,\n"
    '    init_arg: [redix_args: redix_args, namespace: "streams:view"]\n  ]\n'
)

_REPO = (
    "defmodule Admin.Repo do\n  use Ecto.Repo,\n    otp_app: :admin,\n"
    "    adapter: Ecto.Adapters.Postgres\nend\n"
)

_HARVESTER_APP = (
    "defmodule Harvester.Application do\n  use Application\n\n  def start(_type, _args) do\n"
    "    children = [{Redix, name: :harvester_redix}, Harvester.Scheduler]\n"
    "    Supervisor.start_link(children, strategy: :one_for_one)\n  end\nend\n"
)

_BYPASS_TEST = (
    "defmodule Harvester.DownloaderTest do\n  use ExUnit.Case\n\n"
    '  test "downloads", %{bypass: bypass} do\n'
    '    Bypass.expect(bypass, fn conn -> Plug.Conn.resp(conn, 200, "ok") end)\n'
    "  end\nend\n"
)


def _umbrella() -> dict[str, str]:
    return {
        "mix.exs": _UMBRELLA,
        # An authorisation API keeping its keys in Redis, Redix started in its tree.
        **_phoenix_app("keys", ['{:redix, "~> 0.10"}']),
        "apps/keys/lib/keys/application.ex": _REDIX_CHILD,
        # Channels relaying a stream, their view state in a library's Redis storage.
        **_phoenix_app("streams", ['{:redix, "~> 0.10.2"}', '{:eventlog, "~> 0.4"}']),
        "apps/streams/runtime.exs": _STORAGE_CONFIG,
        # The event API writing its table in Presto.
        **_phoenix_app("events", ['{:prestige, "~> 2.0.0"}']),
        # The admin API over its Ecto repository, querying Presto beside.
        **_phoenix_app(
            "admin",
            ['{:ecto_sql, "== 3.6.2"}', '{:postgrex, "~> 0.15.1"}', '{:prestige, "~> 2.0.0"}'],
        ),
        "apps/admin/lib/admin/repo.ex": _REPO,
        # A Kafka worker: plug_cowboy declared, only the tests' Bypass stubs serve HTTP.
        "apps/harvester/mix.exs": _mix(
            ['{:plug_cowboy, "~> 2.5"}', '{:redix, "~> 0.10"}',
             '{:bypass, "~> 2.0", only: [:test, :integration]}'],
            app="harvester",
        ),
        "apps/harvester/Dockerfile": "FROM elixir:1.10\nCMD [\"bin/harvester\", \"start\"]\n",
        "apps/harvester/lib/harvester/application.ex": _HARVESTER_APP,
        "apps/harvester/test/unit/harvester/downloader_test.exs": _BYPASS_TEST,
        # The template to copy: its router routes nothing, its endpoint a heartbeat.
        **_phoenix_app("skeleton", [], routes=""),
    }


def test_umbrella_apps_keeping_their_data_in_redis(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _umbrella()))
    assert first(backends["apps/keys"], K.DATABASE)[0] == "Redis"
    assert first(backends["apps/streams"], K.DATABASE)[0] == "Redis"


def test_an_app_writing_presto_beside_one_with_its_own_repository(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _umbrella()))
    assert first(backends["apps/events"], K.DATABASE)[0] == "Presto"
    assert first(backends["apps/admin"], K.DATABASE)[0] == "PostgreSQL"


def test_a_worker_declaring_plug_and_a_template_routing_nothing_are_no_backends(
    tmp_path: Path,
) -> None:
    backends = by_folder(write(tmp_path, _umbrella()))
    assert "apps/harvester" not in backends
    assert "apps/skeleton" not in backends
    assert "apps/keys" in backends


def test_redix_declared_and_never_opened_names_no_store(tmp_path: Path) -> None:
    files = {"mix.exs": _UMBRELLA, **_phoenix_app("keys", ['{:redix, "~> 0.10"}'])}
    backend = by_folder(write(tmp_path, files))["apps/keys"]
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.CACHE)[0] == "Redis"


def test_a_plug_app_starting_cowboy_stays_a_backend(tmp_path: Path) -> None:
    """Beside the umbrella's other services (alone, a folder is kept whatever it serves)."""
    files = {
        **_umbrella(),
        "apps/hooks/mix.exs": _mix(['{:plug_cowboy, "~> 2.5"}', '{:jason, "~> 1.2"}'], "hooks"),
        "apps/hooks/Dockerfile": "FROM elixir:1.10\n",
        "apps/hooks/lib/hooks/application.ex": (
            "defmodule Hooks.Application do\n  use Application\n\n  def start(_type, _args) do\n"
            "    children = [{Plug.Cowboy, scheme: :http, plug: Hooks.Handler, port: 4000}]\n"
            "    Supervisor.start_link(children, strategy: :one_for_one)\n  end\nend\n"
        ),
        "apps/hooks/lib/hooks/handler.ex": (
            "defmodule Hooks.Handler do\n  import Plug.Conn\n\n  def init(opts), do: opts\n\n"
            '  def call(conn, _opts), do: send_resp(conn, 200, "ok")\nend\n'
        ),
    }
    assert "apps/hooks" in by_folder(write(tmp_path, files))


def test_an_empty_router_beside_a_socket_or_a_route_macro_stays(tmp_path: Path) -> None:
    files = {"mix.exs": _UMBRELLA, **_phoenix_app("chat", [], routes="")}
    files["apps/chat/lib/chat_web/endpoint.ex"] = _endpoint("ChatWeb", "chat", socket=True)
    files.update(_phoenix_app("accounts", [], routes="    pow_routes()\n"))
    backends = by_folder(write(tmp_path, files))
    assert "apps/chat" in backends
    assert "apps/accounts" in backends


# --- Node ----------------------------------------------------------------------------------------


def test_a_gateway_keeping_sessions_through_the_node_redis_client(tmp_path: Path) -> None:
    files = {
        "gateway/package.json": json.dumps(
            {
                "name": "gateway",
                "type": "module",
                "dependencies": {
                    "connect-redis": "9.0.0",
                    "express": "5.2.1",
                    "express-session": "1.19.0",
                    "redis": "5.12.1",
                },
            }
        ),
        "gateway/src/index.ts": (
            "import express from 'express'\nimport * as redis from '@redis/client'\n\n"
            "const redisClient = redis.createClient(config.redis)\n"
            "const app = express()\napp.listen(3000)\n"
        ),
        "gateway/src/session.ts": (
            "import { RedisStore } from 'connect-redis'\nimport session from 'express-session'\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["gateway"]
    assert first(backend, K.DATABASE)[0] == "Redis"
