"""A Symfony application over Doctrine's MongoDB ODM, as set 133 showed it
(benchmarks/detect_heldout133.yaml, #19): composer.json requires doctrine/mongodb-odm and its
bundle and no doctrine/orm; the documents live in MongoDB. The data layer is "Doctrine ODM",
versioned from doctrine/mongodb-odm (the bundle is glue, as doctrine-bundle is to the ORM).
An application over doctrine/orm stays on "Doctrine"."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _tree(data: dict[str, str]) -> dict[str, str]:
    require = {"php": "^8.2", "ext-mongodb": "*", "symfony/framework-bundle": "^5.4", **data}
    return {
        "composer.json": json.dumps({"require": require}, indent=2),
        "composer.lock": json.dumps(
            {
                "packages": [
                    {"name": "symfony/framework-bundle", "version": "v5.4.45"},
                    {"name": "doctrine/mongodb-odm", "version": "2.6.0"},
                    {"name": "doctrine/mongodb-odm-bundle", "version": "4.6.2"},
                    {"name": "doctrine/orm", "version": "2.19.3"},
                ],
            },
            indent=2,
        ),
        "config/bundles.php": (
            "<?php\n\nreturn [\n    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class"
            " => ['all' => true],\n];\n"
        ),
        "src/Kernel.php": (
            "<?php\n\nnamespace App;\n\n"
            "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
            "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
            "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
        ),
        "public/index.php": (
            "<?php\n\nuse App\\Kernel;\n\nrequire_once dirname(__DIR__)"
            ".'/vendor/autoload_runtime.php';\n\nreturn function (array $context) {\n"
            "    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n"
        ),
    }


def test_the_mongodb_odm_is_the_data_layer(tmp_path: Path) -> None:
    files = _tree({"doctrine/mongodb-odm": "2.6.0", "doctrine/mongodb-odm-bundle": "4.6.2"})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM) == ("Doctrine ODM", "2.6.0")
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_the_bundle_alone_brings_the_odm(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree({"doctrine/mongodb-odm-bundle": "^4.6"})))["."]
    assert first(backend, K.ORM)[0] == "Doctrine ODM"


def test_the_orm_stays_doctrine(tmp_path: Path) -> None:
    # Counter-case: the relational ORM keeps its name.
    files = _tree({"doctrine/orm": "^2.19", "doctrine/doctrine-bundle": "^2.11"})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM) == ("Doctrine", "2.19.3")
