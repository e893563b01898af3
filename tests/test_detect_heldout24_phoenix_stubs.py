"""Applications of an umbrella generated with Phoenix's web layer that serve no client: a
mailer whose router keeps the generated welcome page (and a dev-only mailbox preview), a
real-time application whose router answers `/health` only. Beside the umbrella's API they
are no backends; a router with routes of its own stays one (#19,
benchmarks/detect_heldout57.yaml)."""

from __future__ import annotations

from pathlib import Path

from test_detect_elixir_scala import _mix
from test_detect_gaps import by_folder
from test_detect_projects import write

_DEPS = ['{:phoenix, "~> 1.6.0"}', '{:plug_cowboy, "~> 2.8.1"}', "{:core, in_umbrella: true}"]


def _endpoint(module: str, app: str) -> str:
    return (
        f"defmodule {module}.Endpoint do\n  use Phoenix.Endpoint, otp_app: :{app}\n\n"
        f'  socket "/socket", {module}.UserSocket,\n    websocket: true,\n    longpoll: false\n\n'
        f"  plug {module}.Router\nend\n"
    )


def _router(module: str, scopes: str) -> str:
    return (
        f"defmodule {module}.Router do\n  use {module}, :router\n\n"
        "  pipeline :api do\n    plug :accepts, [\"json\"]\n  end\n\n"
        f"{scopes}end\n"
    )


_WELCOME = (
    '<section class="phx-hero">\n'
    '  <h1><%= gettext "Welcome to %{name}!", name: "Phoenix" %></h1>\n</section>\n'
)


def _app(app: str, module: str, scopes: str) -> dict[str, str]:
    web = f"apps/{app}/lib/{app}_web"
    return {
        f"apps/{app}/mix.exs": _mix(_DEPS, app=app),
        f"{web}/endpoint.ex": _endpoint(module, app),
        f"{web}/router.ex": _router(module, scopes),
        f"{web}/templates/page/index.html.eex": _WELCOME,
    }


_API_ROUTES = (
    '  scope "/", ApiWeb do\n    pipe_through :api\n\n'
    '    get "/health", HealthController, :ping\n'
    '    post "/login", UserController, :login\n  end\n'
)

_MAILER_ROUTES = (
    '  scope "/", EmailWeb do\n    pipe_through :browser\n\n'
    '    get "/", PageController, :index\n  end\n\n'
    "  if Application.fetch_env!(:core, :env) in [:dev, :test] do\n"
    '    forward "/sent_emails", Bamboo.SentEmailViewerPlug\n  end\n'
)

_RTC_ROUTES = (
    '  scope "/", RtcWeb do\n    pipe_through :api\n\n'
    '    get "/health", PageController, :health\n  end\n'
)


def _umbrella() -> dict[str, str]:
    return {
        "mix.exs": (
            "defmodule Umbrella.MixProject do\n  use Mix.Project\n\n  def project do\n"
            '    [apps_path: "apps", deps: []]\n  end\nend\n'
        ),
        "apps/core/mix.exs": _mix(['{:ecto_sql, "~> 3.9.0"}', '{:postgrex, ">= 0.0.0"}'], "core"),
        "apps/core/lib/core/repo.ex": (
            "defmodule Core.Repo do\n  use Ecto.Repo,\n    otp_app: :core,\n"
            "    adapter: Ecto.Adapters.Postgres\nend\n"
        ),
        **_app("api", "ApiWeb", _API_ROUTES),
        **_app("email", "EmailWeb", _MAILER_ROUTES),
        **_app("rtc", "RtcWeb", _RTC_ROUTES),
    }


def test_probe_and_welcome_page_routers_are_no_backends(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _umbrella()))
    assert "apps/api" in backends
    assert "apps/email" not in backends
    assert "apps/rtc" not in backends


def test_a_welcome_page_route_to_a_page_of_its_own_stays(tmp_path: Path) -> None:
    files = _umbrella()
    files["apps/email/lib/email_web/templates/page/index.html.eex"] = "<h1>Our mail</h1>\n"
    assert "apps/email" in by_folder(write(tmp_path, files))


def test_a_route_of_its_own_keeps_the_backend(tmp_path: Path) -> None:
    files = _umbrella()
    rooms = '    post "/rooms", RoomController, :create\n  end\n'
    files["apps/rtc/lib/rtc_web/router.ex"] = _router(
        "RtcWeb", _RTC_ROUTES.replace("  end\n", rooms)
    )
    assert "apps/rtc" in by_folder(write(tmp_path, files))
