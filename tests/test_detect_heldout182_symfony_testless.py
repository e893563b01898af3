"""PHP: a Symfony skeleton's test scaffolding with no test is no test (set 182, #19).

Symfony's recipes leave a `phpunit.xml.dist`, an empty `tests/` (its `.gitignore` only), the
test environment's settings in `config/packages/test/` and `bin/phpunit`, the PHPUnit bridge's
launcher, a PHP script whose code names the bridge's folders (`__DIR__.'/.phpunit'`). None is a
test, nor a command running one: `testless_php` drops the declared PHPUnit. A test class, a
test folder outside the settings, or a CI step calling the launcher keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "type": "project",\n    "require": {\n        "php": "^7.3",\n'
    '        "symfony/framework-bundle": "4.4.*"\n    },\n    "require-dev": {\n'
    '        "symfony/test-pack": "*"\n    }\n}\n'
)

_PHPUNIT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="config/bootstrap.php">\n'
    "    <testsuites>\n"
    '        <testsuite name="Project Test Suite">\n'
    "            <directory>tests</directory>\n"
    "        </testsuite>\n    </testsuites>\n</phpunit>\n"
)

_LAUNCHER = (
    "#!/usr/bin/env php\n<?php\n\n"
    "if (false === getenv('SYMFONY_PHPUNIT_DIR')) {\n"
    "    putenv('SYMFONY_PHPUNIT_DIR='.__DIR__.'/.phpunit');\n}\n\n"
    "require dirname(__DIR__).'/vendor/symfony/phpunit-bridge/bin/simple-phpunit';\n"
)


def _skeleton() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "phpunit.xml.dist": _PHPUNIT,
        "bin/phpunit": _LAUNCHER,
        "bin/console": "#!/usr/bin/env php\n<?php\n\nuse App\\Kernel;\n",
        "config/bundles.php": "<?php\n\nreturn [\n    Symfony\\Bundle\\FrameworkBundle\\"
        "FrameworkBundle::class => ['all' => true],\n];\n",
        "config/packages/test/framework.yaml": "framework:\n    test: true\n",
        "src/Kernel.php": "<?php\n\nnamespace App;\n\n"
        "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n",
        "public/index.php": "<?php\n\nuse App\\Kernel;\n",
        "tests/.gitignore": "",
    }


def test_the_skeleton_s_test_scaffolding_is_no_test(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _skeleton()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert first(backend, K.TEST) == ("", "")


def test_each_piece_alone_is_no_test(tmp_path: Path) -> None:
    # The settings folder without the launcher, and the launcher without the settings folder.
    for name, left_out in (
        ("settings", "bin/phpunit"),
        ("launcher", "config/packages/test/framework.yaml"),
    ):
        files = _skeleton()
        del files[left_out]
        backend = by_folder(write(tmp_path / name, files))["."]
        assert first(backend, K.TEST) == ("", ""), name


def test_a_test_class_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: one test, and the scaffolding is a suite's.
    files = _skeleton()
    files["tests/Controller/HomeControllerTest.php"] = (
        "<?php\n\nnamespace App\\Tests\\Controller;\n\nclass HomeControllerTest {}\n"
    )
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "PHPUnit"


def test_a_test_folder_outside_the_settings_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: a test folder with files, not under config/, is a suite's.
    files = _skeleton()
    files["tests/fixtures/products.yaml"] = "products: []\n"
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "PHPUnit"


def test_a_ci_step_calling_the_launcher_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: the CI runs the launcher: the project says it runs a suite.
    files = _skeleton()
    files[".github/workflows/ci.yml"] = (
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bin/phpunit\n"
    )
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "PHPUnit"
