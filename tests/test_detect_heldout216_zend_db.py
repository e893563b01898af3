"""PHP: Zend Framework 1's own data layer, Zend_Db, when the application uses it (set 216, #19).

A Zend Framework 1 journal application (`new Zend_Application(…)` in public/index.php, the
framework from its maintained fork's package) configures the `db` resource in
application/configs/application.ini (`resources.db.adapter = Pdo_MySQL`) and reads and writes
through table classes (`extends Zend_Db_Table_Abstract`) and the default adapter
(`Zend_Db_Table_Abstract::getDefaultAdapter()`). Zend_Db ships inside the framework package, so
the package says nothing: only the configured resource or the code's use of it makes Zend_Db the
data layer. An application of the same framework over another ORM (Propel 1) keeps that ORM."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/journal",\n    "require": {\n        "php": "~8.1",\n'
    '        "shardj/zf1-future": "1.25.0"\n    }\n}\n'
)


def _journal() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "public/index.php": "<?php\n\ndefine('APPLICATION_PATH', __DIR__ . '/../application');\n"
        "$application = new Zend_Application(APPLICATION_ENV, APPLICATION_PATH . "
        "'/configs/application.ini');\n$application->bootstrap()->run();\n",
        "application/controllers/IndexController.php": "<?php\n\n"
        "class IndexController extends Zend_Controller_Action {\n"
        "    public function indexAction() {}\n}\n",
        "application/configs/application.ini": "[production]\n"
        "resources.frontController.controllerDirectory = APPLICATION_PATH \"/controllers\"\n",
    }


def _layer(files: dict[str, str], tmp_path: Path) -> str:
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Zend Framework"
    return first(backend, K.ORM)[0] or first(backend, K.QUERY)[0]


def test_a_table_class_is_zend_db(tmp_path: Path) -> None:
    files = _journal()
    files["application/models/PaperTable.php"] = (
        "<?php\n\nclass Episode_PaperTable extends Zend_Db_Table_Abstract {\n"
        "    protected $_name = 'PAPERS';\n}\n"
    )
    assert _layer(files, tmp_path) == "Zend_Db"


def test_the_default_adapter_is_zend_db(tmp_path: Path) -> None:
    files = _journal()
    files["application/models/ReviewManager.php"] = (
        "<?php\n\nclass ReviewManager {\n    public static function find($id) {\n"
        "        $db = Zend_Db_Table_Abstract::getDefaultAdapter();\n"
        "        return $db->fetchRow($db->select()->from('REVIEW')->where('ID = ?', $id));\n"
        "    }\n}\n"
    )
    assert _layer(files, tmp_path) == "Zend_Db"


def test_the_db_resource_is_zend_db(tmp_path: Path) -> None:
    files = _journal()
    files["application/configs/application.ini"] += (
        "resources.db.adapter = Pdo_MySQL\nresources.db.params.dbname = journal\n"
    )
    assert _layer(files, tmp_path) == "Zend_Db"


def test_the_framework_alone_is_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: Zend_Db ships in the framework's package; nothing here uses it.
    assert _layer(_journal(), tmp_path) == ""


def test_an_application_over_propel_keeps_propel(tmp_path: Path) -> None:
    # Counter-case: the same framework over Propel 1, a table of the framework's beside it.
    files = _journal()
    files["application/Bootstrap.php"] = (
        "<?php\n\nclass Bootstrap extends Zend_Application_Bootstrap_Bootstrap {\n"
        "    protected function _initPropel() {\n"
        "        Propel::init(APPLICATION_PATH . '/configs/propel-conf.php');\n    }\n}\n"
    )
    files["application/models/Preference.php"] = (
        "<?php\n\nclass Application_Model_Preference extends Zend_Db_Table_Abstract {}\n"
    )
    assert _layer(files, tmp_path) == "Propel"
