"""PHP: Doctrine required only through Symfony's orm-pack is versioned from the doctrine/orm its
lock file resolves (set 182, #19).

A Symfony 4 application requires `symfony/orm-pack` (Flex's metapackage of doctrine/orm, its
bundle and the migrations bundle) and never doctrine/orm itself; its composer.lock resolves
orm-pack v1.2.0 and, beneath it, doctrine/orm 2.7.5 and doctrine/migrations 2.3.3. The pack's
release is no release of the ORM: the data layer is Doctrine 2.7.5, its migrations 2.3.3. With
no lock file the pack's range is still the only version there is."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _tree(lock: bool = True) -> dict[str, str]:
    require = {"php": "^7.3", "symfony/framework-bundle": "4.4.*", "symfony/orm-pack": "^1.0"}
    files = {
        "composer.json": json.dumps({"require": require}, indent=2),
        "config/bundles.php": (
            "<?php\n\nreturn [\n    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class"
            " => ['all' => true],\n    Doctrine\\Bundle\\DoctrineBundle\\DoctrineBundle::class"
            " => ['all' => true],\n];\n"
        ),
        "config/packages/doctrine.yaml": "doctrine:\n    dbal:\n        driver: 'pdo_mysql'\n",
        "src/Kernel.php": (
            "<?php\n\nnamespace App;\n\n"
            "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
            "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
            "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
        ),
    }
    if lock:
        packages = [
            ("doctrine/doctrine-bundle", "2.2.4"),
            ("doctrine/doctrine-migrations-bundle", "2.2.2"),
            ("doctrine/migrations", "2.3.3"),
            ("doctrine/orm", "2.7.5"),
            ("symfony/framework-bundle", "v4.4.21"),
            ("symfony/orm-pack", "v1.2.0"),
        ]
        files["composer.lock"] = json.dumps(
            {"packages": [{"name": n, "version": v} for n, v in packages]}, indent=2
        )
    return files


def test_the_orm_is_versioned_from_its_own_locked_package(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.ORM) == ("Doctrine", "2.7.5")
    assert first(backend, K.MIGRATIONS) == ("Doctrine Migrations", "2.3.3")


def test_with_no_lock_the_packs_range_stays(tmp_path: Path) -> None:
    # Counter-case: nothing resolves doctrine/orm; the pack's range is all there is.
    backend = by_folder(write(tmp_path, _tree(lock=False)))["."]
    assert first(backend, K.ORM) == ("Doctrine", "^1.0")
