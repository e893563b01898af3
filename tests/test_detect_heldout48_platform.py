"""A PHP distribution built on a platform package, as the forty-eighth held-out set showed
(benchmarks/detect_heldout48.yaml, #19): OroCRM's application repository requires only
`oro/*` packages, boots `AppKernel extends OroKernel` and keeps no composer.lock, only the
`dev.lock` of its `dev.json` manifest; Symfony and Doctrine come through oro/platform, whose
releases that lock records."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_KERNEL = """<?php

use Oro\\Bundle\\DistributionBundle\\OroKernel;
use Symfony\\Component\\Config\\Loader\\LoaderInterface;

class AppKernel extends OroKernel
{
    #[\\Override]
    public function registerBundles(): iterable
    {
        $bundles = array();

        return array_merge(parent::registerBundles(), $bundles);
    }
}
"""


def _package(name: str, version: str, requires: dict[str, str] | None = None) -> dict:
    return {"name": name, "version": version, "require": requires or {}, "type": "library"}


def _lock(dev_orm: bool = False) -> str:
    """A Composer lock as Composer writes it: the platform requiring Symfony and Doctrine."""
    packages = [
        _package("doctrine/orm", "2.20.10"),
        _package(
            "oro/platform",
            "dev-master",
            {"symfony/framework-bundle": "~7.4.0", "doctrine/orm": "2.20.10"},
        ),
        _package("symfony/framework-bundle", "v7.4.15"),
    ]
    dev = [_package("phpunit/phpunit", "9.6.33")]
    if dev_orm:
        dev.insert(0, packages.pop(0))
    data = {
        "_readme": ["This file locks the dependencies of your project"],
        "content-hash": "0123456789abcdef",
        "packages": packages,
        "packages-dev": dev,
    }
    return json.dumps(data, indent=4) + "\n"


def _distribution(lock_name: str = "dev.lock", dev_orm: bool = False) -> dict[str, str]:
    manifest = {
        "name": "oro/crm-application",
        "require": {"php": "~8.5.0", "oro/crm": "7.1.*"},
        "require-dev": {"phpunit/phpunit": "~9.6.33"},
    }
    files = {
        "composer.json": json.dumps(manifest, indent=4) + "\n",
        "dev.json": json.dumps(manifest, indent=2) + "\n",
        lock_name: _lock(dev_orm),
        "src/AppKernel.php": _KERNEL,
        "public/index.php": (
            "<?php\n\nrequire_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n\n"
            "return function (array $context) {\n"
            "    return new AppKernel($context['ORO_ENV'], (bool) $context['ORO_DEBUG']);\n};\n"
        ),
        "phpunit.xml.dist": "<phpunit bootstrap=\"config/bootstrap_test.php\"></phpunit>\n",
        "src/Tests/Unit/KernelTest.php": "<?php\n\nclass KernelTest extends TestCase {}\n",
        "docker-compose.yml": "services:\n  pgsql:\n    image: postgres:18.3\n",
    }
    return files


def test_a_kernel_extending_a_platforms_own_is_symfony_versioned_by_the_lock(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _distribution()))["."]
    assert first(backend, K.FRAMEWORK) == ("Symfony", "7.4.15")
    assert first(backend, K.ORM) == ("Doctrine", "2.20.10")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "PHPUnit"
    symfony = next(f for f in backend.findings if f.name == "Symfony")
    assert any(e.path == "dev.lock" for e in symfony.evidence)


def test_composer_lock_is_read_the_same_way(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _distribution("composer.lock")))["."]
    assert first(backend, K.FRAMEWORK) == ("Symfony", "7.4.15")


def test_an_orm_only_the_dev_packages_install_is_not_lent(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _distribution(dev_orm=True)))["."]
    assert first(backend, K.FRAMEWORK) == ("Symfony", "7.4.15")
    assert first(backend, K.ORM) == ("", "")


def test_a_lock_without_its_manifest_beside_it_is_not_read(tmp_path: Path) -> None:
    """`X.lock` is Composer's only beside the `X.json` it resolves."""
    files = _distribution("other.lock")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Symfony", "")
