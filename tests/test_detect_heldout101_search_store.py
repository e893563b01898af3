"""Held-out set 101 (#19): a Symfony application whose only store is Elasticsearch, read
through Elastica (ruflin/elastica, over the elasticsearch-php client); no Doctrine, no
database driver, only Redis for its cache.

With no other store named, the search client's engine is the application's engine, as the
Ruby, Python and Node clients name it. Beside a database driver (Doctrine on PostgreSQL) the
client is an index only, and without it no engine is named.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_KERNEL = """<?php

namespace App;

use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;
use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    use MicroKernelTrait;
}
"""

_BUNDLES = (
    "<?php\n\nreturn [\n"
    "    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class => ['all' => true],\n"
    "];\n"
)

_SEARCH = """<?php

namespace App\\Service;

use Elastica\\Client;
use Elastica\\Query;

class SearchService
{
    public function __construct(private Client $client)
    {
    }
}
"""


def _tree(*packages: str) -> dict[str, str]:
    manifest = {
        "name": "acme/cover-service",
        "type": "project",
        "require": {
            "php": "^8.1",
            "ext-redis": "*",
            "predis/predis": "^1.1",
            "symfony/framework-bundle": "^6.1",
            **{package: "*" for package in packages},
        },
        "require-dev": {"phpunit/phpunit": "^9.5"},
    }
    return {
        "composer.json": json.dumps(manifest, indent=4) + "\n",
        "config/bundles.php": _BUNDLES,
        "src/Kernel.php": _KERNEL,
        "src/Service/SearchService.php": _SEARCH,
    }


def test_elastica_alone_names_elasticsearch(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("ruflin/elastica")))["."]
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"


def test_the_elasticsearch_php_client_alone_names_it(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("elasticsearch/elasticsearch")))["."]
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"


def test_the_opensearch_client_alone_names_its_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("opensearch-project/opensearch-php")))["."]
    assert first(backend, K.DATABASE)[0] == "OpenSearch"


def test_beside_a_database_driver_the_search_client_is_an_index(tmp_path: Path) -> None:
    tree = _tree("ruflin/elastica", "doctrine/orm", "ext-pdo_pgsql")
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_without_the_search_client_no_engine_is_named(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.DATABASE)[0] == ""
