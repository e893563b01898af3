"""Elixir umbrellas of the shapes set 396 showed (benchmarks/detect_heldout396.yaml), as small
fixtures of the real files' shape (#19):

- a Phoenix 1.3 umbrella whose mix.exs files open the project's keyword list on the name's line
  (`[app: :forum,`): the web application depends on its core sibling (`in_umbrella: true`),
  which declares ecto and postgrex and defines the Repo; the core lends the web application
  its data layer and engine, once the core's name is read from that line;
- a Phoenix application whose Repo and schemas live in a data package of its own product
  fetched from git: its code composes Ecto queries (`import Ecto.Query`) and runs them through
  that Repo, so Ecto is its data layer; with no query composed, Ecto is not claimed.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import elixir
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K


def _mix13(app: str, deps: list[str]) -> str:
    """A mix.exs as Phoenix 1.3's umbrella generator wrote it."""
    listed = ",\n     ".join(deps)
    module = "".join(part.title() for part in app.split("_"))
    return (
        f"defmodule {module}.Mixfile do\n  use Mix.Project\n\n  def project do\n"
        f'    [app: :{app},\n     version: "0.0.1",\n     build_path: "../../_build",\n'
        '     config_path: "../../config/config.exs",\n     deps_path: "../../deps",\n'
        '     lockfile: "../../mix.lock",\n     elixir: "~> 1.4",\n'
        "     start_permanent: Mix.env == :prod,\n     deps: deps()]\n  end\n\n"
        f"  def application do\n    [mod: {{{module}.Application, []}},\n"
        "     extra_applications: [:logger, :runtime_tools]]\n  end\n\n"
        f"  defp deps do\n    [{listed}]\n  end\nend\n"
    )


_ENDPOINT = (
    "defmodule ForumWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :forum_web\n\n"
    "  plug ForumWeb.Router\nend\n"
)

_TEST = (
    "defmodule ForumWeb.PageControllerTest do\n  use ExUnit.Case, async: true\n\n"
    '  test "index" do\n    assert 1 + 1 == 2\n  end\nend\n'
)


def test_keyword_list_name_line_is_the_project_name() -> None:
    result = elixir.parse(Lines("apps/forum/mix.exs", _mix13("forum", ['{:ecto, "~> 2.1"}'])))
    assert result.name == "forum"


def test_umbrella_core_lends_its_data_to_the_web_app(tmp_path: Path) -> None:
    files = {
        "mix.exs": (
            "defmodule Forum.Umbrella.Mixfile do\n  use Mix.Project\n\n  def project do\n"
            '    [apps_path: "apps",\n     start_permanent: Mix.env == :prod,\n'
            "     deps: deps()]\n  end\n\n  defp deps do\n    []\n  end\nend\n"
        ),
        "apps/forum/mix.exs": _mix13(
            "forum",
            [
                '{:postgrex, ">= 0.0.0"}',
                '{:ecto, "~> 2.1"}',
                '{:phoenix, "~> 1.3.0-rc"}',
                '{:comeonin, "~> 3.0"}',
            ],
        ),
        "apps/forum/lib/forum/repo.ex": (
            "defmodule Forum.Repo do\n  use Ecto.Repo, otp_app: :forum\nend\n"
        ),
        "apps/forum/config/dev.exs": (
            "use Mix.Config\n\nconfig :forum, Forum.Repo,\n"
            "  adapter: Ecto.Adapters.Postgres,\n  database: \"forum_dev\"\n"
        ),
        "apps/forum_web/mix.exs": _mix13(
            "forum_web",
            [
                '{:phoenix, "~> 1.3.0-rc", override: true}',
                '{:phoenix_ecto, "~> 3.2"}',
                "{:forum, in_umbrella: true}",
                '{:cowboy, "~> 1.0"}',
            ],
        ),
        "apps/forum_web/config/config.exs": (
            "use Mix.Config\n\nconfig :forum_web,\n  namespace: ForumWeb,\n"
            "  ecto_repos: [Forum.Repo]\n"
        ),
        "apps/forum_web/lib/forum_web/endpoint.ex": _ENDPOINT,
        "apps/forum_web/test/forum_web/page_controller_test.exs": _TEST,
    }
    found = by_folder(write(tmp_path, files))
    web = found["apps/forum_web"]
    assert first(web, K.FRAMEWORK)[0] == "Phoenix"
    assert first(web, K.ORM)[0] == "Ecto"
    assert first(web, K.DATABASE)[0] == "PostgreSQL"


def _data_from_git(queries: bool) -> dict[str, str]:
    mix = (
        "defmodule Tavern.MixProject do\n  use Mix.Project\n\n  def project do\n    [\n"
        '      app: :tavern,\n      version: "0.0.1",\n      elixir: "~> 1.7",\n'
        "      deps: deps()\n    ]\n  end\n\n  def application do\n    [\n"
        "      mod: {Tavern.Application, []},\n      extra_applications: [:logger]\n"
        "    ]\n  end\n\n  defp deps do\n    [\n"
        '      {:phoenix, "~> 1.3.0"},\n      {:phoenix_ecto, "~> 3.2"},\n'
        '      {:postgrex, ">= 0.0.0"},\n      {:cowboy, "~> 1.0"},\n'
        '      {:tavern_data, git: "https://github.com/acme/tavern_data.git", tag: "0.1.2"}\n'
        "    ]\n  end\nend\n"
    )
    helpers = (
        "defmodule Tavern.Web.Schema.Helpers do\n  alias TavernData.{Repo}\n\n"
        "  def by_ids(model, ids) do\n"
        + ("    import Ecto.Query\n    model\n    |> where([m], m.id in ^ids)\n" if queries
           else "    model\n")
        + "    |> Repo.all\n  end\nend\n"
    )
    return {
        "mix.exs": mix,
        "lib/tavern/web/endpoint.ex": _ENDPOINT.replace("ForumWeb", "Tavern.Web"),
        "lib/tavern/web/schema/helpers.ex": helpers,
        "test/test_helper.exs": "ExUnit.start()\n",
    }


def test_ecto_queries_over_a_lent_repo_are_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _data_from_git(queries=True)))
    assert first(found["."], K.ORM)[0] == "Ecto"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_no_query_composed_claims_no_ecto(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _data_from_git(queries=False)))
    assert first(found["."], K.ORM) == ("", "")
