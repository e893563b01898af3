"""Elixir: a search engine reached over its REST API at a URL setting named for it (set 190,
#19).

A Plug API declares no search client package: it calls Elasticsearch with HTTPoison at
`Config.get(:elasticsearch_url)`, the index its worker fills. The setting's name is the engine,
ranked as a fallback as Node's and Python's search clients are. A server with an Ecto
repository over PostgreSQL that also reads such a setting keeps PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from test_detect_elixir_scala import _mix, _mix_lock
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROUTER = (
    "defmodule Api.Router do\n  use Plug.Router\n\n  plug :match\n  plug :dispatch\n\n"
    '  get "/documents", do: send_resp(conn, 200, "[]")\nend\n'
)

_ADAPTER = (
    "defmodule Api.Documents.IndexAdapter do\n  def post_query(query) do\n"
    '    HTTPoison.post("#{Api.Config.get(:elasticsearch_url)}/_search", query)\n  end\nend\n'
)


def _api(deps: list[str], locked: dict[str, str]) -> dict[str, str]:
    return {
        "api/mix.exs": _mix(
            ['{:plug, "~> 1.12"}', '{:plug_cowboy, "~> 2.5"}', '{:httpoison, "~> 1.8"}', *deps],
            app="api",
        ),
        "api/mix.lock": _mix_lock({"plug": "1.12.1", "plug_cowboy": "2.5.2", **locked}),
        "api/lib/router.ex": _ROUTER,
        "api/lib/documents/index_adapter.ex": _ADAPTER,
        "api/test/test_helper.exs": "ExUnit.start()\n",
    }


def test_an_elasticsearch_url_setting_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _api([], {})))["api"]
    assert first(backend, K.FRAMEWORK) == ("Plug", "1.12.1")
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"


def test_an_opensearch_url_setting_names_opensearch(tmp_path: Path) -> None:
    files = _api([], {})
    files["api/lib/documents/index_adapter.ex"] = _ADAPTER.replace(
        "Api.Config.get(:elasticsearch_url)", "Application.get_env(:api, :opensearch_url)"
    )
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.DATABASE)[0] == "OpenSearch"


def test_a_repository_over_postgresql_outranks_the_search_url(tmp_path: Path) -> None:
    # Counter-case: the same API keeping its records with Ecto on PostgreSQL.
    files = _api(
        ['{:ecto_sql, "~> 3.0"}', '{:postgrex, ">= 0.0.0"}'],
        {"ecto_sql": "3.10.1", "postgrex": "0.17.1"},
    )
    files["api/lib/api/repo.ex"] = (
        "defmodule Api.Repo do\n"
        "  use Ecto.Repo, otp_app: :api, adapter: Ecto.Adapters.Postgres\nend\n"
    )
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_setting_of_another_name_names_nothing(tmp_path: Path) -> None:
    # Counter-case: a URL setting not named for a search engine.
    files = _api([], {})
    files["api/lib/documents/index_adapter.ex"] = _ADAPTER.replace(
        ":elasticsearch_url", ":gazetteer_url"
    )
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.DATABASE) == ("", "")
