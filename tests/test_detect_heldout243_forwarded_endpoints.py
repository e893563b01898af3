"""Elixir: an umbrella app whose endpoint another app's router mounts is no backend (set 243, #19).

An OAuth server's umbrella keeps its identity pages in an application of their own, with a
Phoenix endpoint, router and Ecto repo, which the OAuth application's router mounts
(`forward("/accounts", IdentityWeb.Endpoint)`); the identity app's config leaves its endpoint's
server off (`server: false`) and the release config gives it no listener. It is part of the
OAuth application's program (`forwarded_endpoints`). The same application with a listener of
its own (`server: true`), or one nothing forwards to, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_elixir_scala import _mix
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PHOENIX_DEPS = [
    '{:phoenix, "~> 1.6.0"}',
    '{:plug_cowboy, "~> 2.0"}',
    '{:ecto_sql, "~> 3.4"}',
    '{:postgrex, ">= 0.0.0"}',
]


def _umbrella(identity_server: str = "false", forward: bool = True) -> dict[str, str]:
    route = '  forward("/accounts", IdentityWeb.Endpoint)\n' if forward else ""
    return {
        "mix.exs": _mix([], app="umbrella", mod=False, extra='      apps_path: "apps",\n'),
        "config/config.exs": "import Config\n\nimport_config \"../apps/*/config/config.exs\"\n",
        "config/runtime.exs": "import Config\n\n"
        "config :oauth, OauthWeb.Endpoint,\n"
        '  http: [port: String.to_integer(System.get_env("PORT", "8080"))],\n'
        "  server: true\n\n"
        "config :identity, IdentityWeb.Endpoint,\n"
        '  url: [host: System.get_env("HOST"), path: "/accounts"]\n',
        "Dockerfile": "FROM elixir:1.15\nCOPY . /app\nRUN mix release\n",
        "apps/oauth/mix.exs": _mix([*_PHOENIX_DEPS, "{:identity, in_umbrella: true}"], app="oauth"),
        "apps/oauth/config/config.exs": "import Config\n\n"
        "config :oauth, OauthWeb.Endpoint,\n  url: [host: \"localhost\"]\n",
        "apps/oauth/lib/oauth_web/endpoint.ex": "defmodule OauthWeb.Endpoint do\n"
        "  use Phoenix.Endpoint, otp_app: :oauth\n\n  plug OauthWeb.Router\nend\n",
        "apps/oauth/lib/oauth_web/router.ex": "defmodule OauthWeb.Router do\n"
        "  use OauthWeb, :router\n\n"
        '  post("/oauth/token", OauthWeb.TokenController, :token)\n'
        f"{route}end\n",
        "apps/oauth/lib/oauth/repo.ex": "defmodule Oauth.Repo do\n  use Ecto.Repo,\n"
        "    otp_app: :oauth,\n    adapter: Ecto.Adapters.Postgres\nend\n",
        "apps/identity/mix.exs": _mix(_PHOENIX_DEPS, app="identity"),
        "apps/identity/config/config.exs": "import Config\n\n"
        "config :identity, IdentityWeb.Endpoint,\n"
        '  url: [host: "localhost"],\n'
        f"  server: {identity_server},\n"
        "  pubsub_server: Identity.PubSub\n",
        "apps/identity/lib/identity_web/endpoint.ex": "defmodule IdentityWeb.Endpoint do\n"
        "  use Phoenix.Endpoint, otp_app: :identity\n\n  plug IdentityWeb.Router\nend\n",
        "apps/identity/lib/identity_web/router.ex": "defmodule IdentityWeb.Router do\n"
        "  use IdentityWeb, :router\n\n"
        '  get("/users/log_in", IdentityWeb.SessionController, :new)\nend\n',
        "apps/identity/lib/identity/repo.ex": "defmodule Identity.Repo do\n  use Ecto.Repo,\n"
        "    otp_app: :identity,\n    adapter: Ecto.Adapters.Postgres\nend\n",
    }


def test_an_endpoint_another_router_mounts_with_no_listener_is_no_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _umbrella()))
    assert sorted(found) == ["apps/oauth"]
    assert first(found["apps/oauth"], K.FRAMEWORK)[0] == "Phoenix"


def test_an_endpoint_with_a_listener_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: its config starts its server: it listens on its own port too.
    found = by_folder(write(tmp_path, _umbrella(identity_server="true")))
    assert sorted(found) == ["apps/identity", "apps/oauth"]


def test_a_listener_read_at_run_time_stays(tmp_path: Path) -> None:
    # Counter-case: a server the environment may turn on is not known to be off.
    found = by_folder(
        write(tmp_path, _umbrella(identity_server='System.get_env("IDENTITY_SERVER") == "true"'))
    )
    assert sorted(found) == ["apps/identity", "apps/oauth"]


def test_an_endpoint_nothing_forwards_to_stays(tmp_path: Path) -> None:
    # Counter-case: no router mounts it (a proxy's plug may dispatch to it by host name).
    found = by_folder(write(tmp_path, _umbrella(forward=False)))
    assert sorted(found) == ["apps/identity", "apps/oauth"]
