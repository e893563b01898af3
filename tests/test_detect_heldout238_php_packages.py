"""PHP: Yii 1's package and the ORM's PSR-11 container factories (set 238, #19).

A Yii 1.1 application requires `yiisoft/yii` (the first generation, `CWebApplication` and
models extending `CActiveRecord`), not Yii 2's `yiisoft/yii2`: it runs on Yii with Yii's Active
Record all the same. A Mezzio application wires Doctrine's entity manager through
`roave/psr-container-doctrine`'s factories, its version doctrine/orm's from the lock file; a
laminas-db it also requires (input-filter validators) is not its data layer. Counter-cases: an
unrelated `yiisoft/*` library names no framework, and a laminas-db application without the
factories keeps laminas-db."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _composer(require: dict[str, str]) -> str:
    return json.dumps({"name": "acme/app", "require": {"php": "^8.1", **require}}, indent=4)


def _lock(packages: dict[str, str]) -> str:
    return json.dumps(
        {"packages": [{"name": n, "version": v} for n, v in packages.items()]}, indent=4
    )


def _yii1(package: str) -> dict[str, str]:
    return {
        "composer.json": _composer({package: "^1.1"}),
        "composer.lock": _lock({package: "1.1.28"}),
        "html/index.php": "<?php\nrequire __DIR__ . '/../vendor/autoload.php';\n"
        "Yii::createWebApplication(__DIR__ . '/../protected/config/main.php')->run();\n",
        "protected/models/Person.php": "<?php\n\nclass Person extends CActiveRecord\n{\n}\n",
    }


def test_yii_1_is_yii_with_its_active_record(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _yii1("yiisoft/yii")))
    assert first(found["."], K.FRAMEWORK) == ("Yii", "1.1.28")
    assert first(found["."], K.ORM)[0] == "Yii Active Record"


def test_another_yiisoft_library_is_no_framework(tmp_path: Path) -> None:
    # Counter-case: a package of the same vendor that is not the framework.
    found = by_folder(write(tmp_path, _yii1("yiisoft/arrays")))
    assert "." not in found or first(found["."], K.FRAMEWORK)[0] != "Yii"


def _mezzio(extra: dict[str, str]) -> dict[str, str]:
    require = {"mezzio/mezzio": "^3.16", "laminas/laminas-db": "^2.17", **extra}
    versions = {"mezzio/mezzio": "3.19.0", "laminas/laminas-db": "2.20.0"}
    if extra:
        versions |= {"roave/psr-container-doctrine": "3.10.0", "doctrine/orm": "2.19.6"}
    return {
        "composer.json": _composer(require),
        "composer.lock": _lock(versions),
        "public/index.php": "<?php\n\n$app = $container->get(Mezzio\\Application::class);\n"
        "$app->run();\n",
    }


def test_the_orm_container_factories_are_doctrine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _mezzio({"roave/psr-container-doctrine": "^3.9"})))
    assert first(found["."], K.FRAMEWORK)[0] == "Mezzio"
    assert first(found["."], K.ORM) == ("Doctrine", "2.19.6")


def test_laminas_db_alone_stays_the_data_layer(tmp_path: Path) -> None:
    # Counter-case: no Doctrine factories, laminas-db is all the data layer there is.
    found = by_folder(write(tmp_path, _mezzio({})))
    assert first(found["."], K.ORM) == ("", "")
    assert first(found["."], K.QUERY)[0] == "laminas-db"
