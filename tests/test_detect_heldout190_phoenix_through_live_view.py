"""Elixir: Phoenix brought by phoenix_live_view is versioned from mix.lock, though Plug's
packages are declared (set 190, #19).

A Phoenix application's mix.exs requires `phoenix_live_view`, `bandit` and `plug`, never
`phoenix` itself; its endpoint (`use Phoenix.Endpoint`) proves the framework and mix.lock
resolves phoenix 1.8.9 beneath LiveView. Bandit and Plug name Plug, the layer Phoenix runs on
(`assemble.ABSORBED`): no other framework the manifest chose, so the lock versions Phoenix
(`lock_frameworks.version_unnamed`). A lock without phoenix leaves it unversioned."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _lock_entry(name: str, version: str) -> str:
    return f'  "{name}": {{:hex, :{name}, "{version}", "00", [:mix], [], "hexpm", "11"}},\n'


def _app(extra_dep: str = "") -> dict[str, str]:
    return {
        "server/mix.exs": "defmodule FieldHub.MixProject do\n  use Mix.Project\n\n"
        '  def project do\n    [app: :field_hub, version: "0.1.0", elixir: "~> 1.18", '
        "deps: deps()]\n  end\n\n  def application do\n"
        "    [mod: {FieldHub.Application, []}, extra_applications: [:logger]]\n  end\n\n"
        "  defp deps do\n    [\n"
        '      {:phoenix_live_view, "~> 1.0"},\n      {:bandit, "~> 1.5"},\n'
        f'      {{:plug, "~> 1.14"}},\n{extra_dep}      {{:jason, "~> 1.2"}}\n    ]\n  end\nend\n',
        "server/mix.lock": "%{\n"
        + _lock_entry("bandit", "1.12.0")
        + _lock_entry("phoenix", "1.8.9")
        + _lock_entry("phoenix_live_view", "1.1.3")
        + _lock_entry("plug", "1.20.3")
        + "}\n",
        "server/lib/field_hub_web/endpoint.ex": "defmodule FieldHubWeb.Endpoint do\n"
        "  use Phoenix.Endpoint, otp_app: :field_hub\n\n  plug FieldHubWeb.Router\nend\n",
        "server/lib/field_hub_web/router.ex": "defmodule FieldHubWeb.Router do\n"
        "  use Phoenix.Router\n\n  scope \"/api\", FieldHubWeb do\n"
        '    get "/projects", ProjectController, :index\n  end\nend\n',
        "server/test/field_hub_test.exs": "defmodule FieldHubTest do\n  use ExUnit.Case\n\n"
        '  test "runs" do\n    assert true\n  end\nend\n',
    }


def test_phoenix_is_versioned_from_the_lock_beside_plugs_packages(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _app()))["server"]
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "1.8.9")


def test_a_lock_without_phoenix_leaves_it_unversioned(tmp_path: Path) -> None:
    # Counter-case: nothing installed Phoenix at a release; the code alone names it.
    files = _app()
    files["server/mix.lock"] = files["server/mix.lock"].replace(_lock_entry("phoenix", "1.8.9"), "")
    assert first(by_folder(write(tmp_path, files))["server"], K.FRAMEWORK) == ("Phoenix", "")
