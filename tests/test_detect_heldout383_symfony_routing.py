"""Held-out set 383 (#19): a PHP application with no framework bundle nor kernel whose own front
controller routes every request through symfony/routing's `RouteCollection` and `UrlMatcher`
over symfony/http-foundation requests, and queries MySQL through PDO. The router it requires is
its web framework: Symfony, at the release the lock resolves for symfony/routing. An application
of another framework that also requires the router keeps its own framework."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = """<?php

namespace App;

use Symfony\\Component\\HttpFoundation\\Request;
use Symfony\\Component\\Routing\\RequestContext;
use Symfony\\Component\\Routing\\RouteCollection;
use Symfony\\Component\\Routing\\Matcher\\UrlMatcher;

class App
{
    public RouteCollection $routes;

    public function run(): void
    {
        $this->routes = new RouteCollection();
        $request = Request::createFromGlobals();
        $context = (new RequestContext())->fromRequest($request);
        $matcher = new UrlMatcher($this->routes, $context);
        $parameters = $matcher->match($request->getPathInfo());
        $pdo = new \\PDO("mysql:host=localhost;dbname=panel", "panel", "secret");
        $pdo->prepare("INSERT INTO users (name) VALUES (?)")->execute([$parameters['_route']]);
    }
}
"""


def _composer(kind: str) -> str:
    return json.dumps(
        {
            "name": "example/panel",
            "type": kind,
            "autoload": {"psr-4": {"App\\": "app/"}},
            "require": {
                "php": "^8.3",
                "symfony/routing": "^7.3",
                "symfony/http-foundation": "^7.3",
            },
            "require-dev": {"phpunit/phpunit": "^11.1"},
        },
        indent=4,
    )


def _lock() -> str:
    packages = [
        {"name": "symfony/http-foundation", "version": "v7.4.16"},
        {"name": "symfony/routing", "version": "v7.4.15"},
    ]
    dev = [{"name": "phpunit/phpunit", "version": "11.5.2"}]
    return json.dumps({"packages": packages, "packages-dev": dev}, indent=4)


def test_front_controller_on_symfony_routing_is_a_symfony_backend(tmp_path: Path) -> None:
    files = {
        "backend/composer.json": _composer("project"),
        "backend/composer.lock": _lock(),
        "backend/public/index.php": "<?php\nrequire __DIR__ . '/../app/App.php';\n"
        "(new App\\App())->run();\n",
        "backend/app/App.php": _APP,
        "backend/phpunit.xml": '<phpunit bootstrap="vendor/autoload.php"></phpunit>\n',
        "backend/tests/AppTest.php": "<?php\nuse PHPUnit\\Framework\\TestCase;\n"
        "class AppTest extends TestCase\n{\n    public function testRuns(): void\n"
        "    {\n        $this->assertTrue(true);\n    }\n}\n",
    }
    backend = by_folder(write(tmp_path, files))["backend"]
    name, version = first(backend, K.FRAMEWORK)
    assert (name, version.lstrip("v")) == ("Symfony", "7.4.15")
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_laravel_app_requiring_symfony_routing_stays_laravel(tmp_path: Path) -> None:
    composer = json.loads(_composer("project"))
    composer["require"]["laravel/framework"] = "^11.0"
    files = {
        "composer.json": json.dumps(composer, indent=4),
        "artisan": "#!/usr/bin/env php\n<?php\n$app = require __DIR__.'/bootstrap/app.php';\n",
        "bootstrap/app.php": "<?php\n\nuse Illuminate\\Foundation\\Application;\n\n"
        "return Application::configure(basePath: dirname(__DIR__))->create();\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)[0] == "Laravel"
