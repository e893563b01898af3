"""Generic gaps the thirty-eighth and thirty-ninth held-out sets showed in Ruby, Elixir and Go
(benchmarks/detect_heldout38.yaml, detect_heldout39.yaml), each as a small fixture of the real
files' shape (#19): a Rails app that gets Rails and ActiveRecord through an engine gem installed
from git, as Gemfile.lock records the engine's requirements; a mix project whose `application`
keyword list starts on the line of its opening bracket (`[mod: {App.Application, []}, …]`); sibling
mix projects with no umbrella root, the web app taking its Ecto repository from a `path:`
dependency, beside applications whose only Plug.Router answers a health probe; a Go module on
maintained forks of Echo and upper/db under their own module paths."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

# --- Ruby ----------------------------------------------------------------------------------------

_ENGINE_LOCK = """GIT
  remote: https://github.com/org/exemptions-engine
  revision: f88b3547093904a9a45b2e5554b186f727b4f578
  branch: main
  specs:
    exemptions_engine (0.1.0)
      aasm (~> 5.5)
      activerecord-postgis-adapter (~> 10.0.0)
      pg
      rails (~> 7.2.3.1)

GEM
  remote: https://rubygems.org/
  specs:
    aasm (5.5.2)
    activerecord (7.2.3.1)
    activerecord-postgis-adapter (10.0.3)
    pg (1.6.3)
    rails (7.2.3.1)
      actionpack (= 7.2.3.1)
      activerecord (= 7.2.3.1)
    rspec-rails (8.0.4)
      railties (>= 7.2)

PLATFORMS
  ruby

DEPENDENCIES
  exemptions_engine!
  pg
  rspec-rails
"""


def _engine_app(gem_line: str) -> dict[str, str]:
    """waste-exemptions-back-office: a Rails app whose Gemfile never names rails; its engine gem,
    installed from git, requires it (and its models live there)."""
    return {
        "Gemfile": (
            'source "https://rubygems.org"\nruby "3.4.6"\n\ngem "pg"\n\n'
            f"{gem_line}\n\n"
            'group :development, :test do\n  gem "rspec-rails"\nend\n'
        ),
        "Gemfile.lock": _ENGINE_LOCK,
        "config/application.rb": (
            'require_relative "boot"\nrequire "rails/all"\n\nmodule BackOffice\n'
            "  class Application < Rails::Application\n  end\nend\n"
        ),
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
        "config/database.yml": "default: &default\n  adapter: postgis\n",
        "spec/rails_helper.rb": 'require "spec_helper"\n',
        "spec/models/user_spec.rb": 'require "rails_helper"\n\nRSpec.describe User do\nend\n',
    }


def test_rails_and_activerecord_come_from_an_engine_gem_installed_from_git(
    tmp_path: Path,
) -> None:
    gem = (
        'gem "exemptions_engine",\n    git: "https://github.com/org/exemptions-engine",\n'
        '    branch: "main"'
    )
    backend = by_folder(write(tmp_path, _engine_app(gem)))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3.1")
    assert first(backend, K.ORM) == ("ActiveRecord", "7.2.3.1")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "RSpec"
    rails = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    lines = [(e.path, e.line) for e in rails.evidence]
    assert ("Gemfile.lock", 10) in lines  # the engine's requirement
    assert ("Gemfile.lock", 19) in lines  # the lock's resolution
    assert ("config/application.rb", 5) in lines


def test_a_registry_gem_lends_nothing_of_what_it_requires(tmp_path: Path) -> None:
    """The other side: the same gem from rubygems.org is a library; what it requires is not
    the app's declaration. Only the Rails the code starts takes the release the lock resolved
    under it (set 152: an app built on a registry engine runs on the Rails it requires)."""
    backend = by_folder(write(tmp_path, _engine_app('gem "exemptions_engine"')))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3.1")
    lent = [e for f in backend.findings for e in f.evidence if e.path == "Gemfile.lock"]
    assert all(e.line not in (7, 8, 9) for e in lent)  # the engine's aasm, postgis, pg


def test_a_git_gem_of_the_test_group_lends_nothing(tmp_path: Path) -> None:
    files = _engine_app("")
    files["Gemfile"] = files["Gemfile"].replace(
        '  gem "rspec-rails"\n',
        '  gem "rspec-rails"\n  gem "exemptions_engine", git: "https://github.com/org/e"\n',
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "")


# --- Elixir --------------------------------------------------------------------------------------


def _bors(application: str) -> dict[str, str]:
    """bors-ng: a Phoenix app at the root whose `application` function returns its keyword
    list on one line; two Ecto repositories, PostgreSQL the default."""
    return {
        "mix.exs": (
            "defmodule BorsNg.Mixfile do\n  use Mix.Project\n\n  def project do\n"
            '    [app: :bors, version: "0.1.0", deps: deps()]\n  end\n\n'
            f"  def application do\n    {application}\n  end\n\n"
            "  defp deps do\n    [\n"
            '      {:phoenix, "~> 1.7"},\n      {:plug_cowboy, "~> 2.6"},\n'
            '      {:postgrex, "~> 0.17.2"},\n      {:ecto_sql, "~> 3.10"}\n'
            "    ]\n  end\nend\n"
        ),
        "mix.lock": (
            "%{\n"
            '  "ecto_sql": {:hex, :ecto_sql, "3.10.1", "6ea6", [:mix], [], "hexpm", "f"},\n'
            '  "phoenix": {:hex, :phoenix, "1.7.10", "0218", [:mix], [], "hexpm", "c"},\n'
            "}\n"
        ),
        "lib/web/bors_ng/endpoint.ex": (
            "defmodule BorsNG.Endpoint do\n  use Phoenix.Endpoint, otp_app: :bors\nend\n"
        ),
        "lib/database/repo_postgres.ex": (
            "defmodule BorsNG.Database.RepoPostgres do\n  use Ecto.Repo,\n    otp_app: :bors,\n"
            "    adapter: Ecto.Adapters.Postgres\nend\n"
        ),
        "test/test_helper.exs": "ExUnit.start()\n",
    }


def test_an_application_keyword_list_opening_on_the_mod_line_starts_an_application(
    tmp_path: Path,
) -> None:
    files = _bors("[mod: {BorsNG.Application, []}, extra_applications: [:logger]]")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "1.7.10")
    assert first(backend, K.ORM) == ("Ecto", "3.10.1")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "ExUnit"


def test_a_mix_project_without_a_start_module_is_a_library(tmp_path: Path) -> None:
    """The other side: `extra_applications` alone starts nothing of the project's own."""
    files = _bors("[extra_applications: [:logger]]")
    assert "." not in by_folder(write(tmp_path, files))


def _grapevine(extra: dict[str, str] | None = None) -> dict[str, str]:
    """grapevine: four mix projects under apps/ with no umbrella root; the Phoenix app takes
    its repository from `{:grapevine_data, path: "../data"}`; socket runs a WebSocket handler on
    Cowboy beside a Plug.Router answering only `/_health` (Phoenix declared for its PubSub)."""

    def mix(app: str, start: str, deps: str) -> str:
        return (
            f"defmodule {start}.MixProject do\n  use Mix.Project\n\n  def project do\n"
            f'    [\n      app: :{app},\n      version: "0.1.0",\n      deps: deps()\n    ]\n'
            "  end\n\n  def application do\n"
            f"    [\n      mod: {{{start}.Application, []}},\n      extra_applications: [:logger]\n"
            f"    ]\n  end\n\n  defp deps do\n    [\n{deps}\n    ]\n  end\nend\n"
        )

    files = {
        "docker-compose.yml": "services:\n  postgres:\n    image: postgres:12.1-alpine\n",
        "apps/data/mix.exs": mix(
            "grapevine_data",
            "GrapevineData",
            '      {:ecto_sql, "~> 3.0"},\n      {:postgrex, ">= 0.0.0"}',
        ),
        "apps/data/mix.lock": (
            '%{\n  "ecto_sql": {:hex, :ecto_sql, "3.1.4", "8f8f", [:mix], [], "hexpm"},\n}\n'
        ),
        "apps/data/lib/grapevine_data/repo.ex": (
            "defmodule GrapevineData.Repo do\n"
            "  use Ecto.Repo, otp_app: :grapevine_data, adapter: Ecto.Adapters.Postgres\nend\n"
        ),
        "apps/grapevine/mix.exs": mix(
            "grapevine",
            "Grapevine",
            '      {:grapevine_data, path: "../data"},\n      {:phoenix, "~> 1.4", override: true},'
            '\n      {:plug_cowboy, "~> 2.0"}',
        ),
        "apps/grapevine/mix.lock": (
            '%{\n  "phoenix": {:hex, :phoenix, "1.4.12", "b86f", [:mix], [], "hexpm"},\n}\n'
        ),
        "apps/grapevine/lib/web/endpoint.ex": (
            "defmodule Web.Endpoint do\n  use Phoenix.Endpoint, otp_app: :grapevine\nend\n"
        ),
        "apps/grapevine/test/test_helper.exs": "ExUnit.start()\n",
        "apps/socket/mix.exs": mix(
            "grapevine_socket",
            "GrapevineSocket",
            '      {:grapevine_data, path: "../data"},\n      {:phoenix, "~> 1.4"},\n'
            '      {:plug_cowboy, "~> 2.0"}',
        ),
        "apps/socket/lib/grapevine_socket/endpoint.ex": (
            "defmodule GrapevineSocket.Endpoint do\n  use Plug.Router\n\n"
            "  plug(GrapevineSocket.Metrics.PlugExporter)\n\n  plug(:match)\n  plug(:dispatch)\n\n"
            '  match "/_health" do\n    send_resp(conn, 200, "")\n  end\n\n'
            '  match _ do\n    send_resp(conn, 404, "")\n  end\nend\n'
        ),
        "apps/socket/lib/grapevine_socket/web/socket_handler.ex": (
            "defmodule GrapevineSocket.Web.SocketHandler do\n"
            "  @behaviour :cowboy_websocket\n\n  def init(req, opts) do\n"
            "    {:cowboy_websocket, req, opts}\n  end\nend\n"
        ),
        "apps/socket/test/test_helper.exs": "ExUnit.start()\n",
    }
    files.update(extra or {})
    return files


def test_a_web_app_takes_its_ecto_repository_from_a_sibling_mix_project_by_path(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _grapevine()))
    backend = found["apps/grapevine"]
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "1.4.12")
    assert first(backend, K.ORM)[0] == "Ecto"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "ExUnit"
    ecto = next(f for f in backend.findings if f.kind is K.ORM)
    assert "apps/data/lib/grapevine_data/repo.ex" in {e.path for e in ecto.evidence}


def test_an_application_whose_plug_router_answers_only_a_health_probe_is_no_backend(
    tmp_path: Path,
) -> None:
    assert set(by_folder(write(tmp_path, _grapevine()))) == {"apps/grapevine"}


def test_a_plug_router_with_a_route_of_its_own_serves_an_api(tmp_path: Path) -> None:
    """The other side: one route beside the probe (`get "/api/games"`) is an API."""
    files = _grapevine()
    files["apps/socket/lib/grapevine_socket/endpoint.ex"] = files[
        "apps/socket/lib/grapevine_socket/endpoint.ex"
    ].replace('  match _ do', '  get "/api/games" do\n    send_resp(conn, 200, "[]")\n  end\n\n'
              '  match _ do')
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"apps/grapevine", "apps/socket"}
    assert first(found["apps/socket"], K.ORM)[0] == "Ecto"


# --- Go ------------------------------------------------------------------------------------------


def _nging(main: str) -> dict[str, str]:
    """nging: a Go module on webx-top/echo and webx-top/db, maintained forks of Echo and upper/db
    under their own module paths; handlers import the fork's package `echo`."""
    return {
        "go.mod": go_mod(
            "github.com/webx-top/db v1.30.17",
            "github.com/webx-top/echo v1.25.0",
            "github.com/go-sql-driver/mysql v1.10.0 // indirect",
            "github.com/stretchr/testify v1.11.1",
        ),
        "main.go": main,
        "application/handler/index/ping.go": (
            'package index\n\nimport "github.com/webx-top/echo"\n\n'
            "func Ping(ctx echo.Context) error {\n"
            '\treturn ctx.String(`pong`)\n}\n'
        ),
        "docker-compose-mysql.yml": "services:\n  mysql:\n    image: mysql\n",
    }


def test_a_renamed_fork_is_reported_under_its_own_module_name_and_version(
    tmp_path: Path,
) -> None:
    main = (
        'package main\n\nimport "github.com/coscms/webcore"\n\n'
        "func main() {\n\twebcore.Start()\n}\n"
    )
    backend = by_folder(write(tmp_path, _nging(main)))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("webx-top/echo", "v1.25.0")
    assert first(backend, K.ORM) == ("webx-top/db", "v1.30.17")
    assert first(backend, K.DATABASE)[0] == "MySQL"
    echo = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert echo.evidence[0].path == "go.mod"
    assert not [f for f in backend.findings if f.name in ("Echo", "upper/db")]


def test_the_forks_app_started_by_its_original_package_name_is_the_fork(tmp_path: Path) -> None:
    """Code calling `echo.New()` of the fork (its package keeps the original's name) is
    written to the fork the module requires, not to Echo beside it."""
    main = (
        'package main\n\nimport "github.com/webx-top/echo"\n\n'
        'func main() {\n\te := echo.New()\n\t_ = e\n}\n'
    )
    backend = by_folder(write(tmp_path, _nging(main)))["."]
    assert not backend.ambiguous
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["webx-top/echo"]
    assert first(backend, K.FRAMEWORK) == ("webx-top/echo", "v1.25.0")
