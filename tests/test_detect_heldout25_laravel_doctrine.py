"""A Laravel application that maps its entities with Doctrine through laravel-doctrine/orm
(held-out set 69, #19): its data layer is Doctrine, not the Eloquent the framework lends."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = json.dumps(
    {
        "require": {
            "php": "^8.3",
            "laravel/framework": "12.0",
            "laravel-doctrine/migrations": "3.4.0",
            "laravel-doctrine/orm": "3.1.1",
        },
        "require-dev": {"phpunit/phpunit": "^11.0.1"},
    },
    indent=4,
)

_REPOSITORY = """<?php namespace App\\Repositories;

use Doctrine\\ORM\\EntityRepository;

final class DoctrineUserRepository extends EntityRepository
{
}
"""


def test_laravel_doctrine_bridge_makes_doctrine_the_data_layer(tmp_path: Path) -> None:
    files = {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\nuse Illuminate\\Foundation\\Application;\n",
        "bootstrap/app.php": "<?php\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "app/Repositories/DoctrineUserRepository.php": _REPOSITORY,
        "phpunit.xml": "<phpunit/>\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Laravel"
    assert first(backend, K.ORM)[0] == "Doctrine"
