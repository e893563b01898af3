"""Elixir: Mix's committed `deps/` folder is other projects' code (set 226, #19).

A Phoenix API commits the Hex packages Mix fetched (`deps/phoenix/`, `deps/swoosh/`, each with
its own `mix.exs` and sources: the framework's `use Phoenix.Endpoint` in its docs, the mailer's
`use Plug.Router` preview). Beside the project's `mix.exs`, `deps/` (and `_build/`) are Mix's
own folders: nothing there is one of the project's backends. A folder named `deps` under no
`mix.exs` is walked as any other."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MIX = (
    "defmodule Monitor.MixProject do\n  use Mix.Project\n\n  def project do\n"
    '    [app: :monitor, version: "0.1.0", elixir: "~> 1.12", deps: deps()]\n  end\n\n'
    "  def application do\n    [mod: {Monitor.Application, []}]\n  end\n\n"
    "  defp deps do\n    [\n"
    '      {:phoenix, "~> 1.6.11"},\n'
    '      {:ecto_sql, "~> 3.6"},\n'
    '      {:postgrex, ">= 0.0.0"},\n'
    '      {:swoosh, "~> 1.3"},\n'
    '      {:plug_cowboy, "~> 2.5"}\n'
    "    ]\n  end\nend\n"
)

_PHOENIX_MIX = (
    "defmodule Phoenix.MixProject do\n  use Mix.Project\n\n  def project do\n"
    '    [app: :phoenix, version: "1.6.15", elixir: "~> 1.9", deps: deps()]\n  end\n\n'
    "  def application do\n    [mod: {Phoenix, []}]\n  end\n\n"
    "  defp deps do\n    [\n"
    '      {:plug, "~> 1.10"},\n'
    '      {:plug_cowboy, "~> 2.2", optional: true},\n'
    '      {:ecto_sql, "~> 3.6", only: :docs}\n'
    "    ]\n  end\nend\n"
)

_SWOOSH_MIX = (
    "defmodule Swoosh.Mixfile do\n  use Mix.Project\n\n  def project do\n"
    '    [app: :swoosh, version: "1.9.1", elixir: "~> 1.10", deps: deps()]\n  end\n\n'
    "  def application do\n    [mod: {Swoosh.Application, []}]\n  end\n\n"
    "  defp deps do\n    [\n"
    '      {:plug_cowboy, ">= 1.0.0", optional: true}\n'
    "    ]\n  end\nend\n"
)


def _api() -> dict[str, str]:
    return {
        "mix.exs": _MIX,
        "lib/monitor/repo.ex": "defmodule Monitor.Repo do\n"
        "  use Ecto.Repo, otp_app: :monitor, adapter: Ecto.Adapters.Postgres\nend\n",
        "lib/monitor_web/endpoint.ex": "defmodule MonitorWeb.Endpoint do\n"
        "  use Phoenix.Endpoint, otp_app: :monitor\nend\n",
        "deps/phoenix/mix.exs": _PHOENIX_MIX,
        "deps/phoenix/lib/phoenix/endpoint.ex": "defmodule Phoenix.Endpoint do\n"
        '  @moduledoc """\n      use Phoenix.Endpoint, otp_app: :your_app\n  """\nend\n',
        "deps/swoosh/mix.exs": _SWOOSH_MIX,
        "deps/swoosh/lib/plug/mailbox_preview.ex": "defmodule Plug.Swoosh.MailboxPreview do\n"
        "  use Plug.Router\nend\n",
    }


def test_committed_mix_deps_are_no_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api()))
    assert sorted(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Phoenix"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_deps_folder_under_no_mix_project_is_walked(tmp_path: Path) -> None:
    # Counter-case: without a `mix.exs` beside it, `deps/` is an ordinary folder and the Phoenix
    # application kept there is a backend.
    files = {
        "README.md": "# deploy scripts\n",
        "deps/api/mix.exs": _MIX,
        "deps/api/lib/monitor/repo.ex": _api()["lib/monitor/repo.ex"],
        "deps/api/lib/monitor_web/endpoint.ex": _api()["lib/monitor_web/endpoint.ex"],
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["deps/api"]
    assert first(found["deps/api"], K.FRAMEWORK)[0] == "Phoenix"
