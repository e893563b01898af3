"""Held-out set 196 (#19): a Zend Framework 2 application requiring Doctrine's ORM module
(`doctrine/doctrine-orm-module`), its entities mapped under the module configuration's
`'doctrine' => array('driver' => array(…))`, with no connection configured in the committed
files (the credentials kept in an uncommitted local autoload file). The module is the data
layer, Doctrine; its `orm_default` connection's driver class defaults to PDOMySql's, so the
engine is MySQL. A configuration naming a driver class decides instead, and an application
requiring Doctrine's ORM alone, without the module, is given no default.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_MODULE_CONFIG = """<?php
namespace Administration;

return array(
    'doctrine' => array(
        'driver' => array(
            __NAMESPACE__ . '_driver' => array(
                'class' => 'Doctrine\\ORM\\Mapping\\Driver\\AnnotationDriver',
                'paths' => array(__DIR__ . '/../src/' . __NAMESPACE__ . '/Entity'),
            ),
            'orm_default' => array(
                'drivers' => array(__NAMESPACE__ . '\\Entity' => __NAMESPACE__ . '_driver'),
            ),
        ),
    ),
);
"""

_PGSQL = """<?php
return array(
    'doctrine' => array(
        'connection' => array(
            'orm_default' => array(
                'driverClass' => 'Doctrine\\DBAL\\Driver\\PDOPgSql\\Driver',
                'params' => array('host' => 'localhost', 'dbname' => 'site'),
            ),
        ),
    ),
);
"""

_ENTITY = """<?php
namespace Administration\\Entity;

use Doctrine\\ORM\\Mapping as ORM;

/** @ORM\\Entity */
class Complaint
{
    /** @ORM\\Id @ORM\\Column(type="integer") @ORM\\GeneratedValue */
    protected $id;
}
"""


def _backend(
    tmp_path: Path, orm: str, extra: dict[str, str] | None = None
) -> DetectedBackend:
    composer = {
        "require": {"php": ">=5.3.3", "zendframework/zendframework": "2.3.3", orm: "0.8.*"}
    }
    files = {
        "composer.json": json.dumps(composer, indent=4),
        "public/index.php": "<?php\nchdir(dirname(__DIR__));\nrequire 'init_autoloader.php';\n"
        "Zend\\Mvc\\Application::init(require 'config/application.config.php')->run();\n",
        "config/application.config.php": "<?php\nreturn array('modules' => array("
        "'DoctrineModule', 'DoctrineORMModule', 'Administration'));\n",
        "config/autoload/global.php": "<?php\nreturn array('cookie' => array('name' => 'x'));\n",
        "module/Administration/config/module.config.php": _MODULE_CONFIG,
        "module/Administration/src/Administration/Entity/Complaint.php": _ENTITY,
        **(extra or {}),
    }
    return by_folder(write(tmp_path, files))["."]


def test_the_modules_default_driver_makes_mysql(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "doctrine/doctrine-orm-module")
    assert first(backend, K.FRAMEWORK)[0] == "Zend Framework"
    assert first(backend, K.ORM)[0] == "Doctrine"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_driver_class_written_decides_instead(tmp_path: Path) -> None:
    extra = {"config/autoload/doctrine.global.php": _PGSQL}
    backend = _backend(tmp_path, "doctrine/doctrine-orm-module", extra)
    engines = [f.name for f in backend.findings if f.kind is K.DATABASE]
    assert engines == ["PostgreSQL"]


def test_doctrine_without_the_module_is_given_no_default(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "doctrine/orm")
    assert first(backend, K.ORM)[0] == "Doctrine"
    assert not [f for f in backend.findings if f.kind is K.DATABASE]
