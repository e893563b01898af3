"""Gaps the 492nd held-out set showed (benchmarks/detect_heldout492.yaml), as small fixtures of
the real files' shape (#19): a CakePHP 1.3 application (`app/`) beside the framework's core
unpacked into `cake/`, with a composer.json of its own that declares no framework.

- The core's `cake/config/config.php` of the later 1.3 releases assigns the release alone
  (`$config['Cake.version'] = '1.3.21';`, then `return $config;`): the version is read as from
  the earlier `return $config['Cake.version'] = …` line.
- Its suite is CakePHP 1's: `*.test.php` cases under `app/tests/cases/` extending
  `CakeTestCase` (built on SimpleTest, unpacked into `app/vendors/simpletest`), run by
  `cake testsuite`: SimpleTest is the test framework. The core's own suite (`cake/tests/`) is
  not the application's: an application whose `app/tests` holds no case has none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEBROOT_INDEX = """<?php
\tif (!defined('CORE_PATH')) {
\t\tdefine('CORE_PATH', CAKE_CORE_INCLUDE_PATH . DS);
\t}
\tif (!include(CORE_PATH . 'cake' . DS . 'bootstrap.php')) {
\t\ttrigger_error("CakePHP core could not be found.", E_USER_ERROR);
\t}
\t$Dispatcher = new Dispatcher();
\t$Dispatcher->dispatch();
"""

_CONFIG = (
    "<?php\n/**\n * Core Configurations.\n */\n$config['Cake.version'] = '1.3.21';\n"
    "return $config;\n"
)

_MODEL_CASE = """<?php
App::import('Model', 'Course');

class CourseTestCase extends CakeTestCase
{
    public $fixtures = array('app.course', 'app.user');

    function testGetCourseName()
    {
        $this->assertEqual($this->Course->getCourseName(1), 'APSC 201');
    }
}
"""

_SYSTEM_CASE = """<?php
require_once('system_base.php');

class AddCourseTestCase extends SystemBaseTestCase
{
    function testAddCourse()
    {
        $this->assertTrue(true);
    }
}
"""

_CORE_CASE = """<?php
App::import('Core', 'Model');

class ModelTest extends CakeTestCase {
\tfunction testSomething() {
\t\t$this->assertTrue(true);
\t}
}
"""


def _tree(cases: dict[str, str]) -> dict[str, str]:
    return {
        "composer.json": '{\n  "require": {"nategood/httpful": "^1.0"},\n'
        '  "require-dev": {"phing/phing": "2.*"}\n}\n',
        "index.php": "<?php\n\tdefine('APP_DIR', 'app');\n"
        "\trequire APP_DIR . DS . WEBROOT_DIR . DS . 'index.php';\n",
        "app/webroot/index.php": _WEBROOT_INDEX,
        "app/models/course.php": "<?php\nclass Course extends AppModel {\n"
        "\tvar $name = 'Course';\n}\n",
        "app/app_model.php": "<?php\nclass AppModel extends Model {\n}\n",
        "app/vendors/simpletest/unit_tester.php": "<?php\nclass UnitTestCase extends "
        "SimpleTestCase {\n}\n",
        "cake/VERSION.txt": "1.3.21\n",
        "cake/config/config.php": _CONFIG,
        "cake/bootstrap.php": "<?php\nrequire CORE_PATH . 'cake' . DS . 'basics.php';\n",
        "cake/tests/cases/libs/model/model.test.php": _CORE_CASE,
        **cases,
    }


def test_a_cakephp_1_application_with_its_cases_runs_simpletest(tmp_path: Path) -> None:
    cases = {
        "app/tests/cases/models/course.test.php": _MODEL_CASE,
        "app/tests/cases/system/add_course.test.php": _SYSTEM_CASE,
    }
    backend = by_folder(write(tmp_path, _tree(cases)))["."]
    assert first(backend, K.FRAMEWORK) == ("CakePHP", "1.3.21")
    assert first(backend, K.TEST)[0] == "SimpleTest"


def test_the_cores_own_suite_is_no_test_of_the_application(tmp_path: Path) -> None:
    # Counter-case: `app/tests` holds only placeholders; the core's cases are the framework's.
    cases = {"app/tests/cases/models/empty": "", "app/tests/fixtures/empty": ""}
    backend = by_folder(write(tmp_path, _tree(cases)))["."]
    assert first(backend, K.FRAMEWORK) == ("CakePHP", "1.3.21")
    assert first(backend, K.TEST) == ("", "")
