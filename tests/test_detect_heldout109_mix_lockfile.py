"""An umbrella app whose mix.exs names the umbrella's lock (`lockfile: "../../mix.lock"`) is
versioned from that lock, though a stale mix.lock lies in its own folder: Mix never reads it
(#19, benchmarks/detect_heldout109.yaml). Without the option, the app's own lock is its lock."""

from __future__ import annotations

from pathlib import Path

from test_detect_elixir_scala import _mix, _mix_lock
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_DEPS = ['{:phoenix, "~> 1.5.0"}', '{:plug_cowboy, "~> 2.5"}']
_ENDPOINT = (
    "defmodule ApiWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :api\n"
    "  plug ApiWeb.Router\nend\n"
)
_ROUTER = (
    "defmodule ApiWeb.Router do\n  use ApiWeb, :router\n\n"
    '  scope "/api", ApiWeb do\n    get "/orders", OrderController, :index\n'
    '    post "/orders", OrderController, :create\n  end\nend\n'
)


def _tree(root: Path, lockfile: bool) -> Path:
    extra = '      lockfile: "../../mix.lock",\n' if lockfile else ""
    return write(
        root,
        {
            "mix.exs": "defmodule Shop.Umbrella.MixProject do\n  use Mix.Project\n\n"
            '  def project do\n    [apps_path: "apps", deps: []]\n  end\nend\n',
            "mix.lock": _mix_lock({"phoenix": "1.5.13", "plug_cowboy": "2.5.2"}),
            "apps/api/mix.exs": _mix(_DEPS, app="api", extra=extra),
            # Left from before the app joined the umbrella: an older Phoenix.
            "apps/api/mix.lock": _mix_lock({"phoenix": "1.5.1", "plug_cowboy": "2.1.0"}),
            "apps/api/lib/api_web/endpoint.ex": _ENDPOINT,
            "apps/api/lib/api_web/router.ex": _ROUTER,
        },
    )


def test_the_lock_mix_exs_names_versions_the_app(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path, lockfile=True))["apps/api"]
    assert first(backend, FindingKind.FRAMEWORK) == ("Phoenix", "1.5.13")


def test_without_the_option_the_apps_own_lock_counts(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path, lockfile=False))["apps/api"]
    assert first(backend, FindingKind.FRAMEWORK) == ("Phoenix", "1.5.1")
