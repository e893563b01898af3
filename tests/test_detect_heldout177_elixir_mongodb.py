"""Elixir: the MongoDB driver is a Phoenix umbrella's data layer (set 177, #19).

An umbrella's Phoenix app takes its store from the `core` app beside it (`{:core, in_umbrella:
true}`), which declares hex `mongodb` and calls the driver's own `Mongo` module: no ORM sits on
it, so the driver is the data layer, named `mongodb` as the Node driver is, and MongoDB the
engine. The package was not in the catalogue at all (only its successor `mongodb_driver`, as an
engine). An umbrella over Ecto keeps Ecto, with no driver layer beside it."""

from __future__ import annotations

from pathlib import Path

from test_detect_elixir_scala import _ENDPOINT, _mix, _mix_lock
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _umbrella(store: list[str], locked: dict[str, str], code: str) -> dict[str, str]:
    return {
        "mix.exs": _mix([], app="records_umbrella", mod=False, extra='      apps_path: "apps",\n'),
        "mix.lock": _mix_lock({"phoenix": "1.4.0", "plug_cowboy": "2.0.1", **locked}),
        "apps/core/mix.exs": _mix(store, app="core"),
        "apps/core/lib/core/store.ex": code,
        "apps/api/mix.exs": _mix(
            ['{:phoenix, "~> 1.4.0"}', "{:core, in_umbrella: true}", '{:plug_cowboy, "~> 2.0"}'],
            app="api",
        ),
        "apps/api/lib/api_web/endpoint.ex": _ENDPOINT,
        "apps/api/test/test_helper.exs": "ExUnit.start()\n",
    }


def test_the_mongodb_driver_under_phoenix_is_the_data_layer(tmp_path: Path) -> None:
    files = _umbrella(
        ['{:mongodb, "~> 0.5.1"}'],
        {"mongodb": "0.5.1"},
        "defmodule Core.Patients do\n  def get(id) do\n"
        '    Mongo.find_one(:mongo, "patients", %{"_id" => id})\n  end\nend\n',
    )
    backend = by_folder(write(tmp_path, files))["apps/api"]
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "1.4.0")
    assert first(backend, K.QUERY) == ("mongodb", "0.5.1")
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_an_umbrella_over_ecto_keeps_ecto(tmp_path: Path) -> None:
    # Counter-case: the same umbrella with an Ecto repository over PostgreSQL.
    files = _umbrella(
        ['{:ecto_sql, "~> 3.0"}', '{:postgrex, ">= 0.0.0"}'],
        {"ecto_sql": "3.0.5", "postgrex": "0.14.1"},
        "defmodule Core.Repo do\n"
        "  use Ecto.Repo, otp_app: :core, adapter: Ecto.Adapters.Postgres\nend\n",
    )
    backend = by_folder(write(tmp_path, files))["apps/api"]
    assert first(backend, K.ORM) == ("Ecto", "3.0.5")
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
