"""A Symfony Flex application whose lock holds doctrine/orm only because a library requires it,
as the sixty-fifth held-out set showed (benchmarks/detect_heldout65.yaml, #19): its data comes
from APIs, `config/bundles.php` registers no DoctrineBundle, and a monitoring bundle's health
check pulled the ORM into composer.lock. The ORM is not the application's."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(name: str, version: str, requires: dict[str, str] | None = None) -> dict:
    return {"name": name, "version": version, "require": requires or {}, "type": "library"}


def _lock(doctrine_bundle: bool) -> str:
    packages = [
        _package("doctrine/orm", "3.1.2"),
        _package("acme/monitor-bundle", "4.0.0", {"doctrine/orm": "^2.10|^3"}),
        _package("symfony/framework-bundle", "v6.4.13"),
        _package("symfony/security-bundle", "v6.4.13", {"symfony/framework-bundle": "^6.4"}),
    ]
    if doctrine_bundle:
        packages.insert(0, _package("doctrine/doctrine-bundle", "2.12.0"))
    data = {"content-hash": "0123456789abcdef", "packages": packages, "packages-dev": []}
    return json.dumps(data, indent=4) + "\n"


_KERNEL = """<?php

namespace Acme;

use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;
use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    use MicroKernelTrait;
}
"""


def _bundles(doctrine_bundle: bool) -> str:
    lines = [
        "Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class => ['all' => true],",
        "Acme\\MonitorBundle\\AcmeMonitorBundle::class => ['all' => true],",
    ]
    if doctrine_bundle:
        lines.append("Doctrine\\Bundle\\DoctrineBundle\\DoctrineBundle::class => ['all' => true],")
    return "<?php\n\nreturn [\n" + "".join(f"    {line}\n" for line in lines) + "];\n"


def _application(doctrine_bundle: bool) -> dict[str, str]:
    manifest = {
        "name": "acme/profile",
        "type": "project",
        "require": {
            "php": "^8.2",
            "acme/monitor-bundle": "^4.0",
            "symfony/security-bundle": "6.4.*",
        },
    }
    return {
        "composer.json": json.dumps(manifest, indent=2) + "\n",
        "composer.lock": _lock(doctrine_bundle),
        "config/bundles.php": _bundles(doctrine_bundle),
        "src/Kernel.php": _KERNEL,
        "public/index.php": (
            "<?php\n\nuse Acme\\Kernel;\n\n"
            "require_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n\n"
            "return function (array $context) {\n"
            "    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n"
        ),
    }


def test_an_orm_no_registered_bundle_runs_is_not_lent_by_the_lock(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _application(doctrine_bundle=False)))["."]
    assert first(backend, K.FRAMEWORK) == ("Symfony", "6.4.13")
    assert first(backend, K.ORM) == ("", "")


def test_doctrine_registered_in_the_bundles_file_is_lent(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _application(doctrine_bundle=True)))["."]
    assert first(backend, K.ORM) == ("Doctrine", "3.1.2")
