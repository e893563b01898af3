"""A PHP service built on an organisation's own starter package, the shape set 375 showed
(benchmarks/detect_heldout375.yaml), as a small fixture of the real files' shape (#19): the
service requires only the starter, whose composer.lock entry requires Slim and slim/pdo, and its
front controller constructs the starter's Service and adds routes to it: Slim at the release the
lock resolves, data layer PDO. A package of helpers the front never constructs lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

COMPOSER = {
    "name": "acme/hold-request-service",
    "require": {"acme/service-starter": "1.2.29", "ramsey/uuid": "3.6.1"},
    "require-dev": {"phpunit/phpunit": "6.2.1"},
    "autoload": {"psr-4": {"Acme\\Services\\": ["src/"]}},
}


def _lock() -> str:
    packages = [
        {
            "name": "acme/service-starter",
            "version": "1.2.29",
            "require": {"slim/slim": "3.5.0", "slim/pdo": "~1.9", "monolog/monolog": "1.*"},
            "autoload": {"psr-4": {"Acme\\Starter\\": "src/"}},
        },
        {"name": "slim/slim", "version": "3.5.0", "require": {"php": ">=5.5.0"}},
        {"name": "slim/pdo", "version": "1.9.9", "require": {"php": ">=5.3.0"}},
        {"name": "monolog/monolog", "version": "1.23.0"},
        {"name": "ramsey/uuid", "version": "3.6.1"},
    ]
    return json.dumps({"packages": packages, "packages-dev": []}, indent=4)


FRONT = """\
<?php
namespace Acme\\Services;

use Acme\\Starter\\Service;
use Acme\\Starter\\Config;

require __DIR__ . '/vendor/autoload.php';

Config::initialize(__DIR__ . '/config');
$service = new Service(new ServiceContainer());
$service->post('/api/v0.1/hold-requests', HoldRequestController::class . ':create');
$service->get('/api/v0.1/hold-requests', HoldRequestController::class . ':list');
$service->run();
"""

HELPERS_FRONT = """\
<?php
use Acme\\Starter\\Config;

require __DIR__ . '/vendor/autoload.php';

Config::initialize(__DIR__ . '/config');
echo json_encode(['ok' => true]);
"""

ENV = "DB_CONNECT_STRING=pgsql:host=db.internal;dbname=holds\n"


def _service(front: str) -> dict[str, str]:
    return {
        "composer.json": json.dumps(COMPOSER, indent=2),
        "composer.lock": _lock(),
        "index.php": front,
        "config/var_production.env": ENV,
        "phpunit.xml": "<phpunit><testsuites><testsuite name='u'><directory>tests</directory>"
        "</testsuite></testsuites></phpunit>\n",
        "tests/HoldTest.php": "<?php\nclass HoldTest extends \\PHPUnit\\Framework\\TestCase {}\n",
    }


def test_framework_and_data_layer_lent_by_a_starter_package(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(FRONT)))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK) == ("Slim", "3.5.0")
    assert first(found["."], K.QUERY)[0] == "PDO"


def test_starter_whose_class_is_never_constructed_lends_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(HELPERS_FRONT)))
    assert not any(first(backend, K.FRAMEWORK)[0] == "Slim" for backend in found.values())
