"""A Phoenix application defining several Ecto Repos, one per engine a feature of it reaches
(a query desk connecting to its users' MySQL databases beside its own PostgreSQL Repo), whose
configuration lists its own Repo in `ecto_repos` (benchmarks/detect_heldout140.yaml, #19): the
adapter of the listed Repo is the engine the program runs on; the other Repos' engines, their
drivers and their Compose services, stay secondary. Without the list, the other rules answer
as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MIX = (
    "defmodule Desk.MixProject do\n  use Mix.Project\n\n  def project do\n    [\n"
    '      app: :desk,\n      version: "0.1.0",\n      elixir: "~> 1.17",\n'
    "      deps: deps()\n    ]\n  end\n\n  def application do\n"
    "    [mod: {Desk.Application, []}, extra_applications: [:logger]]\n  end\n\n"
    "  defp deps do\n    [\n"
    '      {:bandit, "~> 1.2"},\n'
    '      {:ecto_sql, "~> 3.13"},\n'
    '      {:myxql, "~> 0.7"},\n'
    '      {:phoenix, "~> 1.7"},\n'
    '      {:postgrex, ">= 0.0.0"}\n'
    "    ]\n  end\nend\n"
)

# The application's own Repo first, then the Repos its query desk opens against the databases
# its users point it at, one per engine.
_REPOS = (
    "defmodule Desk.Repo do\n  use Ecto.Repo,\n    otp_app: :desk,\n"
    "    adapter: Ecto.Adapters.Postgres\nend\n\n"
    "defmodule Desk.QueryDesk.PostgresRepo do\n  use Ecto.Repo,\n    otp_app: :desk,\n"
    "    adapter: Ecto.Adapters.Postgres\nend\n\n"
    "defmodule Desk.QueryDesk.MySQLRepo do\n  use Ecto.Repo,\n    otp_app: :desk,\n"
    "    adapter: Ecto.Adapters.MyXQL\nend\n"
)

_ENDPOINT = "defmodule DeskWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :desk\nend\n"

_COMPOSE = (
    "services:\n  postgres:\n    image: postgres:17\n    ports:\n      - \"5432:5432\"\n"
    "  mysql:\n    image: mysql:8.0\n    ports:\n      - \"3306:3306\"\n"
)


def _config(repos: str | None) -> str:
    listed = f"  ecto_repos: [{repos}],\n" if repos is not None else ""
    return (
        "import Config\n\nconfig :desk,\n  namespace: Desk,\n"
        f"{listed}  generators: [timestamp_type: :utc_datetime]\n\n"
        'import_config "#{config_env()}.exs"\n'
    )


def _engine(tmp_path: Path, repos: str | None) -> str:
    files = {
        "mix.exs": _MIX,
        "lib/desk/repo.ex": _REPOS,
        "lib/desk_web/endpoint.ex": _ENDPOINT,
        "docker-compose.yml": _COMPOSE,
        "config/config.exs": _config(repos),
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


@pytest.mark.parametrize(
    ("repos", "engine"),
    [
        ("Desk.Repo", "PostgreSQL"),
        # Whichever Repo the list names decides, not the order of the modules.
        ("Desk.QueryDesk.MySQLRepo", "MySQL"),
    ],
)
def test_the_adapter_of_the_repo_the_config_lists_is_the_engine(
    tmp_path: Path, repos: str, engine: str
) -> None:
    assert _engine(tmp_path, repos) == engine


def test_without_a_settling_list_the_answer_stays(tmp_path: Path) -> None:
    # Counter-cases: no `ecto_repos` list, or one naming Repos of both engines (nothing
    # settled), or a Repo no module defines: the other rules answer alike.
    unset = _engine(tmp_path / "unset", None)
    assert _engine(tmp_path / "both", "Desk.Repo, Desk.QueryDesk.MySQLRepo") == unset
    assert _engine(tmp_path / "missing", "Desk.OtherRepo") == unset
