"""PHP: the MySQL schema dump an application ships for its installer names its engine
(set 203, #19).

A PHP forum on Slim queries through a multi-engine query builder (Medoo) and a ThinkPHP shop
through ThinkORM; neither names an engine in settings the detector reads (an installer writes
them), but each ships its schema as a MySQL dump (`app.sql`, `config/shop.sql`) whose tables
end in `) ENGINE=InnoDB`. That names MySQL, at the weakest rank (`sql_dumps`). A dump with no
MySQL table options names nothing, nor does one kept with the tests, nor one beside an
application with no data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/forum",\n    "require": {\n        "php": ">=7.2.0",\n'
    '        "slim/slim": "^4.5",\n        "catfan/medoo": "^1.7"\n    }\n}\n'
)

_DUMP = (
    "DROP TABLE IF EXISTS `mc_answer`;\n"
    "CREATE TABLE IF NOT EXISTS `mc_answer` (\n"
    "  `answer_id` int(11) UNSIGNED NOT NULL AUTO_INCREMENT,\n"
    "  PRIMARY KEY (`answer_id`)\n"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
)


def _forum(dump: str = _DUMP, where: str = "forum.sql", medoo: bool = True) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER if medoo else _COMPOSER.replace(
            ',\n        "catfan/medoo": "^1.7"', ""
        ),
        "public/index.php": (
            "<?php\n\nuse Slim\\Factory\\AppFactory;\n\n$app = AppFactory::create();\n"
            "$app->run();\n"
        ),
        "src/Library/Db.php": (
            "<?php\n\nnamespace App\\Library;\n\nclass Db extends \\Medoo\\Medoo {}\n"
            if medoo
            else "<?php\n"
        ),
        where: dump,
    }


def test_a_mysql_dump_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _forum()))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_dump_without_mysql_options_names_nothing(tmp_path: Path) -> None:
    # Counter-case: plain SQL, which any engine runs.
    dump = _DUMP.replace(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;", ");")
    found = by_folder(write(tmp_path, _forum(dump)))
    assert first(found["."], K.DATABASE) == ("", "")


def test_a_tests_dump_names_nothing(tmp_path: Path) -> None:
    # Counter-case: the dump is a fixture of the tests.
    found = by_folder(write(tmp_path, _forum(where="tests/fixtures/forum.sql")))
    assert first(found["."], K.DATABASE) == ("", "")


def test_no_data_layer_no_engine(tmp_path: Path) -> None:
    # Counter-case: an application with no data layer of its own gets no engine from a file.
    found = by_folder(write(tmp_path, _forum(medoo=False)))
    assert first(found["."], K.DATABASE) == ("", "")
