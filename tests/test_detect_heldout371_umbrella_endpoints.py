"""Elixir: an umbrella's web app whose endpoint the core app starts is the backend (set 371, #19).

An umbrella keeps its one Phoenix endpoint and router in a web application whose mix.exs starts
no module (no `mod:`) and declares no phoenix: it names its siblings through a helper of the
file (`internal_dep(:core)`, building `{app, in_umbrella: true}`), and the core application
declares phoenix, bandit, ecto_sql and postgrex, and starts `CoreWeb.Endpoint` among its
supervisor's children. The web application is the backend (`umbrella_endpoints`), lent the
framework and the data by the core; the core and the feature applications declaring phoenix
without an endpoint are no backends. Counter-cases: the same web library whose endpoint no
application starts stays a library, and the helper's siblings are read only where the helper
builds an umbrella tuple."""

from __future__ import annotations

from pathlib import Path

from test_detect_elixir_scala import _mix, _mix_lock
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import elixir
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K

_HELPER = (
    "  defp internal_dep(app, opts \\\\ []) do\n"
    "    dep_opts =\n"
    "      if Mix.Project.umbrella?() do\n"
    "        [in_umbrella: true]\n"
    "      else\n"
    '        [path: "../#{app}"]\n'
    "      end\n\n"
    "    {app, Keyword.merge(dep_opts, opts)}\n"
    "  end\n"
)


def _with_helper(mix: str) -> str:
    """A mix.exs with the sibling helper defined after `deps`, before the module's `end`."""
    return mix[: mix.rindex("end\n")] + "\n" + _HELPER + "end\n"


def _umbrella(started: bool = True) -> dict[str, str]:
    children = "      Core.Repo,\n      {Phoenix.PubSub, name: Core.PubSub}" + (
        ",\n      CoreWeb.Endpoint\n" if started else "\n"
    )
    return {
        "mix.exs": _mix([], app="umbrella", mod=False, extra='      apps_path: "apps",\n'),
        "mix.lock": _mix_lock(
            {"phoenix": "1.8.9", "ecto_sql": "3.14.0", "postgrex": "0.22.3", "bandit": "1.12.0"}
        ),
        "config/config.exs": "import Config\n\n"
        "config :core, ecto_repos: [Core.Repo]\n\n"
        "config :core, CoreWeb.Endpoint,\n  adapter: Bandit.PhoenixAdapter\n",
        "apps/core/mix.exs": _mix(
            [
                '{:phoenix, "== 1.8.9"}',
                '{:ecto_sql, "== 3.14.0"}',
                '{:postgrex, "== 0.22.3"}',
                '{:bandit, "== 1.12.0"}',
            ],
            app="core",
        ),
        "apps/core/lib/core/application.ex": "defmodule Core.Application do\n"
        "  use Application\n\n  def start(_type, _args) do\n    children = [\n"
        f"{children}    ]\n\n"
        "    Supervisor.start_link(children, strategy: :one_for_one)\n  end\n\n"
        "  def config_change(changed, _new, removed) do\n"
        "    CoreWeb.Endpoint.config_change(changed, removed)\n  end\nend\n",
        "apps/core/lib/core/repo.ex": "defmodule Core.Repo do\n  use Ecto.Repo,\n"
        "    otp_app: :core,\n    adapter: Ecto.Adapters.Postgres\nend\n",
        "apps/core/test/test_helper.exs": "ExUnit.start()\n",
        "apps/web/mix.exs": _with_helper(
            _mix(["internal_dep(:core)", '{:tz, "== 0.28.2"}'], app="web", mod=False)
        ),
        "apps/web/lib/web/endpoint.ex": "defmodule CoreWeb.Endpoint do\n"
        "  use Phoenix.Endpoint, otp_app: :core\n\n  plug CoreWeb.Router\nend\n",
        "apps/web/lib/web/router.ex": "defmodule CoreWeb.Router do\n"
        "  use Phoenix.Router\n\n"
        '  get "/api/items", CoreWeb.ItemController, :index\nend\n',
        "apps/web/test/test_helper.exs": "ExUnit.start()\n",
        "apps/web/test/item_controller_test.exs": "defmodule CoreWeb.ItemControllerTest do\n"
        '  use ExUnit.Case\n\n  test "lists" do\n    assert true\n  end\nend\n',
        # A feature application with LiveViews the web router mounts, and a DNS server of its
        # own: each declares phoenix and starts a supervisor, none an endpoint.
        "apps/chat/mix.exs": _with_helper(
            _mix(["internal_dep(:core)", "internal_dep(:web)", '{:phoenix, "== 1.8.9"}'],
                 app="chat")
        ),
        "apps/chat/lib/chat/application.ex": "defmodule Chat.Application do\n"
        "  use Application\n\n  def start(_type, _args) do\n"
        "    Supervisor.start_link([Chat.Presence], strategy: :one_for_one)\n  end\nend\n",
        "apps/dns/mix.exs": _with_helper(
            _mix(["internal_dep(:core)", "internal_dep(:web)", '{:phoenix, "== 1.8.9"}'],
                 app="dns")
        ),
        "apps/dns/lib/dns/application.ex": "defmodule Dns.Application do\n"
        "  use Application\n\n  def start(_type, _args) do\n"
        "    Supervisor.start_link([Dns.UdpServer], strategy: :one_for_one)\n  end\nend\n",
    }


def test_the_web_app_whose_endpoint_the_core_starts_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _umbrella()))
    assert sorted(found) == ["apps/web"]
    web = found["apps/web"]
    assert first(web, K.FRAMEWORK) == ("Phoenix", "1.8.9")
    assert first(web, K.ORM)[0] == "Ecto"
    assert first(web, K.DATABASE)[0] == "PostgreSQL"
    assert first(web, K.TEST)[0] == "ExUnit"


def test_an_endpoint_nothing_starts_leaves_the_web_library_a_library(tmp_path: Path) -> None:
    # Counter-case: no application's supervisor names the endpoint (only a call of one of its
    # functions): the web library is not read as an application.
    found = by_folder(write(tmp_path, _umbrella(started=False)))
    assert "apps/web" not in found


def test_a_helper_building_an_umbrella_tuple_names_siblings() -> None:
    text = _with_helper(_mix(["internal_dep(:core)", '{:tz, "== 0.28.2"}'], app="web"))
    assert elixir.parse(Lines("apps/web/mix.exs", text)).uses == ["core"]


def test_a_helper_building_a_hex_tuple_names_no_sibling() -> None:
    # Counter-case: a helper pinning hex packages (`hex_dep(:jason)`) is no umbrella sibling.
    helper = '  defp hex_dep(app), do: {app, ">= 0.0.0", hex: app}\n'
    mix = _mix(["hex_dep(:jason)"], app="web")
    text = mix[: mix.rindex("end\n")] + "\n" + helper + "end\n"
    assert elixir.parse(Lines("apps/web/mix.exs", text)).uses == []
