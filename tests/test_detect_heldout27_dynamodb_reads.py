"""Held-out set 27 (#19): a Mezzio front rendering Twig pages over the product's API that opens
DynamoDB only to read what an admin application writes is a UI (HELDOUT.md, settled in session
34: only reading a store another program writes is no data of its own).

The shape: the front requires Mezzio's Twig renderer, Guzzle and the AWS SDK, builds its assets
with a package.json, and wires a `DynamoDbKeyValueStore` adapter (`use Aws\\DynamoDb\\...` in
its container configuration) ported whole from the admin application: the adapter keeps its
`setItem` (a `putItem`) and `removeItem` (a `deleteItem`), but the front's only user of it,
`SystemMessage`, calls `getItem`. `php_pages` reads the writes as dead (no code calls the
methods holding them), drops the front's DynamoDB finding and marks it as rendering pages.

Counter-cases: the admin application, whose handler calls the adapter's `setItem`, keeps the
store (a backend); a front whose code calls a write outside any method, and one handed a client
it neither reads nor writes with (what uses it is not shown), stay backends.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _composer(name: str) -> str:
    manifest = {
        "name": name,
        "type": "project",
        "require": {
            "php": "8.4.*",
            "aws/aws-sdk-php": "^3.393",
            "guzzlehttp/guzzle": "^7.0",
            "mezzio/mezzio": "^3.23.1",
            "mezzio/mezzio-fastroute": "^3.11.0",
            "mezzio/mezzio-twigrenderer": "^2.15",
            "mezzio/mezzio-session-ext": "^1.21",
        },
        "require-dev": {"phpunit/phpunit": "^11.5"},
        "autoload": {"psr-4": {"App\\": "src/App/src/"}},
    }
    return json.dumps(manifest, indent=4) + "\n"


_ASSETS = '{\n  "name": "front-assets",\n  "devDependencies": {\n    "sass": "^1.77.0"\n  }\n}\n'

_INDEX = (
    "<?php\n\ndeclare(strict_types=1);\n\nrequire 'vendor/autoload.php';\n\n"
    "$container = require 'config/container.php';\n"
    "$app = $container->get(\\Mezzio\\Application::class);\n$app->run();\n"
)

_DEPENDENCIES = (
    "<?php\n\ndeclare(strict_types=1);\n\nuse App\\Adapter\\DynamoDbKeyValueStore;\n"
    "use Aws\\DynamoDb\\DynamoDbClient;\n\nreturn [\n    'dependencies' => [\n"
    "        'factories' => [\n"
    "            DynamoDbKeyValueStore::class => function ($container) {\n"
    "                $store = new DynamoDbKeyValueStore(['settings' => ['table_name' => 'x']]);\n"
    "                $store->setDynamoDbClient($container->get(DynamoDbClient::class));\n"
    "                return $store;\n            },\n        ],\n    ],\n];\n"
)

_ADAPTER = """<?php

declare(strict_types=1);

namespace App\\Adapter;

use Aws\\DynamoDb\\DynamoDbClient;

class DynamoDbKeyValueStore
{
    private DynamoDbClient $client;

    public function setDynamoDbClient(DynamoDbClient $dynamoDbClient): void
    {
        $this->client = $dynamoDbClient;
    }

    public function setItem(string $key, mixed $value): void
    {
        $this->client->putItem([
            'TableName' => $this->tableName,
            'Item' => ['id' => ['S' => $key], 'value' => ['B' => $value]],
        ]);
    }

    public function removeItem(string $key): void
    {
        $this->client->deleteItem([
            'TableName' => $this->tableName,
            'Key' => ['id' => ['S' => $key]],
        ]);
    }

    public function getItem(string $key): mixed
    {
        $result = $this->client->getItem([
            'TableName' => $this->tableName,
            'Key' => ['id' => ['S' => $key]],
        ]);
        return $result['Item']['value']['B'] ?? null;
    }
}
"""

_READER = """<?php

declare(strict_types=1);

namespace App\\Service;

use App\\Adapter\\DynamoDbKeyValueStore;

class SystemMessage
{
    public function __construct(private readonly DynamoDbKeyValueStore $cache)
    {
    }

    public function fetchSanitised(): ?string
    {
        $message = $this->cache->getItem('system-message');
        return is_string($message) ? trim($message) : null;
    }
}
"""

_WRITER = """<?php

declare(strict_types=1);

namespace App\\Handler;

use App\\Adapter\\DynamoDbKeyValueStore;

class SystemMessageHandler
{
    public function __construct(private readonly DynamoDbKeyValueStore $cache)
    {
    }

    public function handle(string $message): void
    {
        if ($message === '') {
            $this->cache->removeItem('system-message');
        } else {
            $this->cache->setItem('system-message', $message);
        }
    }
}
"""


def _app(folder: str, *code: tuple[str, str]) -> dict[str, str]:
    files = {
        f"{folder}/composer.json": _composer(f"acme/{folder}"),
        f"{folder}/package.json": _ASSETS,
        f"{folder}/phpunit.xml": "<phpunit/>\n",
        f"{folder}/docker/app/Dockerfile": "FROM php:8.4-fpm\n",
        f"{folder}/public/index.php": _INDEX,
        f"{folder}/config/autoload/dependencies.global.php": _DEPENDENCIES,
        f"{folder}/src/App/src/Adapter/DynamoDbKeyValueStore.php": _ADAPTER,
        f"{folder}/templates/layout/default.html.twig": "<html>{% block body %}{% endblock %}"
        "</html>\n",
    }
    files.update({f"{folder}/src/App/src/{path}": text for path, text in code})
    return files


def _tree(**front: str) -> dict[str, str]:
    code = front or {"Service/SystemMessage.php": _READER}
    return {
        **_app("service-front", *code.items()),
        **_app("service-admin", ("Handler/SystemMessageHandler.php", _WRITER)),
    }


def test_a_front_only_reading_dynamodb_is_a_ui_beside_the_admin_writing_it(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "service-front" not in found
    assert "service-admin" in found


def test_a_front_calling_the_adapters_writes_stays_a_backend(tmp_path: Path) -> None:
    files = _tree(**{"Handler/SystemMessageHandler.php": _WRITER})
    assert "service-front" in by_folder(write(tmp_path, files))


def test_a_front_writing_outside_any_method_stays_a_backend(tmp_path: Path) -> None:
    files = _tree(**{"Service/SystemMessage.php": _READER})
    files["service-front/config/autoload/seed.global.php"] = (
        "<?php\n\nuse Aws\\DynamoDb\\DynamoDbClient;\n\n"
        "$client = new DynamoDbClient([]);\n"
        "$client->putItem(['TableName' => 'x', 'Item' => []]);\n"
    )
    assert "service-front" in by_folder(write(tmp_path, files))


def test_a_front_handed_a_client_it_neither_reads_nor_writes_stays_a_backend(
    tmp_path: Path,
) -> None:
    files = _tree(**{"Service/Sessions.php": "<?php\nnamespace App\\Service;\n"})
    del files["service-front/src/App/src/Adapter/DynamoDbKeyValueStore.php"]
    assert "service-front" in by_folder(write(tmp_path, files))
