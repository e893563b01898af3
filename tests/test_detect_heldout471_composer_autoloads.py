"""A gap the 471st held-out set showed (benchmarks/detect_heldout471.yaml), as a small fixture
of the real files' shape (#19): a Hyperf application keeps its modules as Composer packages of
their own (`app/core/corp/composer.json`) whose `src/` folders its own composer.json autoloads
(`"psr-4": {"App\\Corp\\": "app/core/corp/src/"}`). Their models, the only code showing the
data layer (Hyperf's Eloquent port), are the application's. A package the application does not
autoload stays apart."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind


def _app(autoload: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": "acme/crm",
            "type": "project",
            "require": {
                "php": ">=7.4",
                "hyperf/framework": "2.2.*",
                "hyperf/http-server": "2.2.*",
                "hyperf/database": "2.2.*",
                "hyperf/db-connection": "2.2.*",
            },
            "autoload": {"psr-4": {"App\\": "app/", **autoload}},
        },
        indent=4,
    )


_PACKAGE = json.dumps(
    {"name": "acme/app-corp", "require": {"php": ">=7.3"},
     "autoload": {"psr-4": {"App\\Corp\\": "src/"}}},
    indent=4,
)

_MODEL = (
    "<?php\n\ndeclare(strict_types=1);\n\nnamespace App\\Corp\\Model;\n\n"
    "use Hyperf\\Database\\Model\\Concerns\\CamelCase;\nuse Acme\\Framework\\AbstractModel;\n\n"
    "class Corp extends AbstractModel\n{\n    use CamelCase;\n\n"
    "    protected $table = 'corp';\n}\n"
)

_BIN = (
    "<?php\n\n$container = require BASE_PATH . '/config/container.php';\n"
    "$application = $container->get(\\Hyperf\\Contract\\ApplicationInterface::class);\n"
    "$application->run();\n"
)


def _tree(autoload: dict[str, str]) -> dict[str, str]:
    return {
        "api-server/composer.json": _app(autoload),
        "api-server/bin/hyperf.php": _BIN,
        "api-server/app/core/corp/composer.json": _PACKAGE,
        "api-server/app/core/corp/src/Model/Corp.php": _MODEL,
    }


def _data(backend) -> set[str]:
    return {f.name for f in backend.findings if f.kind in (FindingKind.ORM, FindingKind.QUERY)}


def test_an_autoloaded_package_is_the_applications_code(tmp_path: Path) -> None:
    tree = _tree({"App\\Corp\\": "app/core/corp/src/"})
    backends = by_folder(write(tmp_path, tree))
    assert "Eloquent" in _data(backends["api-server"])
    assert "api-server/app/core/corp" not in backends


def test_a_package_the_application_does_not_autoload_stays_apart(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree({})))
    assert "Eloquent" not in _data(backends["api-server"])
