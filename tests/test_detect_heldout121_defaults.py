"""Two engines set 121 showed (benchmarks/detect_heldout121.yaml, #19) that nothing in the
repository spells: a Symfony tool on Doctrine DBAL whose doctrine.yaml connections give hosts
and credentials but no driver (DoctrineBundle's default driver, pdo_mysql: MySQL); and a
Phoenix application, a plugin of an Erlang node, calling RocksDB's Erlang binding that the
node ships (RocksDB, though the binding is no dependency of the mix project)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_elixir_scala import _mix
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = json.dumps(
    {
        "require": {
            "php": ">=8.1",
            "symfony/framework-bundle": "^5.4",
            "doctrine/doctrine-bundle": "^2.2",
        }
    },
    indent=4,
)

_KERNEL = (
    "<?php\n\nnamespace App;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
    "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
    "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
)

_NO_DRIVER = (
    "doctrine:\n  dbal:\n    connections:\n      replicas:\n"
    "        host: '%env(REPLICAS_HOST)%'\n        port: '%env(REPLICAS_PORT)%'\n"
    "        user: '%env(REPLICAS_USERNAME)%'\n      tools:\n"
    "        host: '%env(TOOLS_HOST)%'\n        dbname: '%env(TOOLS_DB_NAME)%'\n"
)

_URL = (
    "doctrine:\n  dbal:\n    url: '%env(resolve:DATABASE_URL)%'\n\n"
    "when@test:\n  doctrine:\n    dbal:\n      dbname_suffix: '_test%env(default::TEST_TOKEN)%'\n"
)


def _symfony(doctrine: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "src/Kernel.php": _KERNEL,
        "config/packages/doctrine.yaml": doctrine,
    }


def test_dbal_connections_without_a_driver_run_on_mysql(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _symfony(_NO_DRIVER)))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_url_chooses_the_driver_not_the_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _symfony(_URL)))["."]
    assert first(backend, K.DATABASE)[0] != "MySQL"


def test_a_named_driver_is_read_not_defaulted(tmp_path: Path) -> None:
    named = _NO_DRIVER.replace("      tools:\n", "      tools:\n        driver: pdo_pgsql\n")
    backend = by_folder(write(tmp_path, _symfony(named)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


_MIX = _mix(['{:phoenix, "~> 1.7.18"}', '{:bandit, "~> 1.5"}'], app="mdw")

_ENDPOINT = "defmodule MdwWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :mdw\nend\n"

_STORE = (
    "defmodule Mdw.Db.RocksDb do\n  def get(db_ref, cf_ref, key) do\n"
    "    :rocksdb.get(db_ref, cf_ref, key, [])\n  end\n\n"
    "  def put(t_ref, cf_ref, key, value) do\n"
    "    :rocksdb.transaction_put(t_ref, cf_ref, key, value)\n  end\nend\n"
)


def test_calls_to_the_rocksdb_binding_name_the_engine(tmp_path: Path) -> None:
    files = {"mix.exs": _MIX, "lib/mdw_web/endpoint.ex": _ENDPOINT, "lib/mdw/db/rocksdb.ex": _STORE}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "RocksDB"


def test_a_module_merely_named_for_rocksdb_names_no_engine(tmp_path: Path) -> None:
    store = "defmodule Mdw.Db.RocksDb do\n  @moduledoc \"Moved to :rocksdb_store.\"\nend\n"
    files = {"mix.exs": _MIX, "lib/mdw_web/endpoint.ex": _ENDPOINT, "lib/mdw/db/rocksdb.ex": store}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE) == ("", "")
