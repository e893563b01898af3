"""PHP applications rendering Twig pages over the product's API, as sets 33, 65 and 27 showed
once session 34 settled what a backend is (benchmarks/detect_heldout33.yaml, #19): a Slim
application of a Composer path-repository workspace requiring Twig and the workspace's API
client package (which requires an HTTP client), with a package.json building its scripts and
style sheets; a Symfony application requiring the Twig bundle and Symfony's HttpClient, with no
Doctrine. With no data of their own they are UIs (`php_pages`). Counter-cases: a JSON API of
the same workspace requiring the same client but no Twig, a front keeping data (Doctrine), one
requiring the AWS SDK (a store it may write), and one with no package.json of its own, all stay
backends."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_heldout33_gaps import _INDEX, _PHPUNIT, _RUN, _composer, _composer_lock
from test_detect_heldout33_gaps import _eappointment as _workspace
from test_detect_projects import write

_ASSETS = '{\n  "name": "admin-assets",\n  "devDependencies": {\n    "sass": "^1.77.0"\n  }\n}\n'


def _slim_front(folder: str, *requires: str, assets: bool = True) -> dict[str, str]:
    files = {
        f"{folder}/composer.json": _composer(
            f"eappointment/{folder}",
            "php >=8.3",
            "eappointment/zmsclient @dev",
            "eappointment/zmsslim @dev",
            *requires,
            dev=("phpunit/phpunit ^11",),
        ),
        f"{folder}/composer.lock": _composer_lock(("slim/slim", "4.15.2")),
        f"{folder}/phpunit.xml": _PHPUNIT,
        f"{folder}/Dockerfile": "FROM php:8.3-apache\nCOPY . /var/www/html\n",
        f"{folder}/public/index.php": _INDEX + _RUN,
    }
    if assets:
        files[f"{folder}/package.json"] = _ASSETS
    return files


def _slim_tree(**fronts: dict[str, str]) -> dict[str, str]:
    files = _workspace()
    # The API client package requires an HTTP client: what the fronts fetch their pages with.
    files["zmsclient/composer.json"] = _composer(
        "eappointment/zmsclient",
        "php >=8.3",
        "eappointment/zmsslim @dev",
        "php-http/curl-client ^2.3",
        dev=("phpunit/phpunit ^11",),
    )
    del files["zmsadmin/composer.json"]
    for front in fronts.values():
        files.update(front)
    return files


def test_a_slim_front_rendering_twig_over_the_api_client_is_a_ui(tmp_path: Path) -> None:
    files = _slim_tree(
        admin=_slim_front("zmsadmin", "twig/twig 3.*"),
        api=_slim_front("zmscitizenapi", "firebase/php-jwt ^7.0"),
    )
    found = by_folder(write(tmp_path, files))
    assert "zmsadmin" not in found
    # The same workspace's JSON API, requiring the client but no Twig, stays a backend.
    assert "zmscitizenapi" in found
    assert "zmsbackend" in found


def test_a_slim_front_building_no_assets_stays_a_backend(tmp_path: Path) -> None:
    files = _slim_tree(admin=_slim_front("zmsadmin", "twig/twig 3.*", assets=False))
    assert "zmsadmin" in by_folder(write(tmp_path, files))


_KERNEL = (
    "<?php\n\nnamespace App;\n\n"
    "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
    "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
    "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
)
_BUNDLES = (
    "<?php\n\nreturn [\n"
    "    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class => ['all' => true],\n"
    "    Symfony\\Bundle\\TwigBundle\\TwigBundle::class => ['all' => true],\n"
    "];\n"
)


def _symfony(*packages: str) -> dict[str, str]:
    manifest = {
        "name": "acme/profile",
        "type": "project",
        "require": {
            "php": "^8.2",
            "symfony/framework-bundle": "6.4.*",
            "symfony/http-client": "6.4.*",
            "symfony/security-bundle": "6.4.*",
            "symfony/twig-bundle": "6.4.*",
            "symfony/webpack-encore-bundle": "^2.0",
            "twig/twig": "^3",
            **{package: "*" for package in packages},
        },
        "require-dev": {"phpunit/phpunit": "^9.5"},
    }
    return {
        "composer.json": json.dumps(manifest, indent=4) + "\n",
        "package.json": '{\n  "name": "profile",\n  "devDependencies": {\n'
        '    "@symfony/webpack-encore": "^4.6.1"\n  }\n}\n',
        "config/bundles.php": _BUNDLES,
        "src/Kernel.php": _KERNEL,
        "public/index.php": (
            "<?php\n\nuse App\\Kernel;\n\n"
            "require_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n\n"
            "return function (array $context) {\n"
            "    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n"
        ),
        "templates/base.html.twig": "<html><body>{% block body %}{% endblock %}</body></html>\n",
    }


def test_a_symfony_twig_front_over_http_with_no_doctrine_is_a_ui(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _symfony()))


def test_a_symfony_twig_front_keeping_data_is_a_backend(tmp_path: Path) -> None:
    files = _symfony(
        "doctrine/orm", "doctrine/doctrine-bundle", "doctrine/doctrine-migrations-bundle"
    )
    files["src/Entity/Visit.php"] = (
        "<?php\n\nnamespace App\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\n"
        "#[ORM\\Entity]\nclass Visit\n{\n    #[ORM\\Id]\n    #[ORM\\Column]\n"
        "    private ?int $id = null;\n}\n"
    )
    assert "." in by_folder(write(tmp_path, files))


def test_a_twig_front_opening_dynamodb_through_the_aws_sdk_stays_a_backend(
    tmp_path: Path,
) -> None:
    # The AWS SDK may write DynamoDB with no data layer named: left a backend.
    files = _symfony("aws/aws-sdk-php")
    files["src/Service/Messages.php"] = (
        "<?php\n\nnamespace App\\Service;\n\nuse Aws\\DynamoDb\\DynamoDbClient;\n\n"
        "class Messages\n{\n    public function __construct(private DynamoDbClient $client) {}\n}\n"
    )
    assert "." in by_folder(write(tmp_path, files))


def test_a_twig_front_handing_uploads_to_s3_is_a_ui(tmp_path: Path) -> None:
    # S3 for uploads in transit and CloudWatch for logs are no data of its own.
    files = _symfony("aws/aws-sdk-php")
    files["src/Service/Uploads.php"] = (
        "<?php\n\nnamespace App\\Service;\n\nuse Aws\\S3\\S3Client;\n\n"
        "class Uploads\n{\n    public function __construct(private S3Client $s3) {}\n}\n"
    )
    assert "." not in by_folder(write(tmp_path, files))
