"""Gaps the 363rd held-out set showed in PHP applications beyond Laravel and Symfony
(benchmarks/detect_heldout363.yaml), as small fixtures of the real files' shape (#19): a
CodeIgniter 3 application committing only the template of its database settings, Fat-Free's own
SQL mapper, a modular Phalcon application whose models extend a base model sorting past the
read budget and whose own class opens OCI8, and a plain PHP site copying a WordPress (whose
`$wpdb->db_connect()` is no CodeIgniter connection)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import phalcon_models
from designer.detect.ecosystems.php import CODEIGNITER_DATA_USE
from designer.detect.scan import detect
from designer.model.stack import FindingKind as K

_CI3 = {
    "index.php": (
        "<?php\ndefine('BASEPATH', $system_path);\n"
        "require_once BASEPATH.'core/CodeIgniter.php';\n"
    ),
    "system/core/CodeIgniter.php": "<?php\ndefine('CI_VERSION', '3.0.4');\n",
    "application/config/autoload.php": "<?php\n$autoload['libraries'] = array('database');\n",
    "application/controllers/Welcome.php": (
        "<?php\nclass Welcome extends CI_Controller {\n"
        "    public function index() { $this->load->view('welcome'); }\n}\n"
    ),
}


def test_the_committed_database_template_names_the_engine(tmp_path: Path) -> None:
    files = {
        **_CI3,
        "application/config/database.example.php": (
            "<?php\n$db['default'] = array(\n\t'hostname' => 'localhost',\n"
            "\t'dbdriver' => 'mysqli',\n);\n"
        ),
    }
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.FRAMEWORK) == ("CodeIgniter", "3.0.4")
    assert first(app, K.DATABASE)[0] == "MySQL"


def test_fat_free_models_on_its_sql_mapper(tmp_path: Path) -> None:
    files = {
        "composer.json": json.dumps({"require": {"php": ">=8.1.0",
                                                 "bcosca/fatfree-core": "^3.9.2"}}),
        "index.php": (
            "<?php\n$f3 = Base::instance();\n"
            "$f3->set('db.instance', new DB\\SQL('mysql:host=' . $f3->get('db.host')"
            " . ';port=3306;dbname=' . $f3->get('db.name')));\n$f3->run();\n"
        ),
        "app/model.php": (
            "<?php\nabstract class Model extends \\DB\\SQL\\Mapper\n{\n"
            "    protected $_table_name = null;\n}\n"
        ),
    }
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.FRAMEWORK)[0] == "Fat-Free"
    assert first(app, K.ORM)[0] == "Fat-Free SQL Mapper"


def _phalcon(modules: int) -> dict[str, str]:
    """A Phalcon application whose `modules/*/models` extend the shared base model."""
    files = {
        "composer.json": json.dumps({"require": {"php": ">=5.6", "ext-phalcon": "2.*"}}),
        "app/config/bootstrap.php": (
            "<?php\nuse Phalcon\\Mvc\\Application as Application;\n"
            "$application = new Application($di);\necho $application->handle()->getContent();\n"
        ),
        "app/shared/models/ModelBase.php": (
            "<?php\nnamespace App\\Shared\\Models;\n\n"
            "class ModelBase extends \\Phalcon\\Mvc\\Model {\n}\n"
        ),
        "app/library/CustomConnectionOracle.php": (
            "<?php\nclass CustomConnectionOracle {\n    public function connect() {\n"
            "        $this->conn = oci_connect($user, $pass, $host, $this->charset);\n    }\n}\n"
        ),
    }
    # The library's classes are as shallow as the base model: the walk's quota goes to them.
    for n in range(30):
        files[f"app/library/Lib{n:02}.php"] = f"<?php\nclass Lib{n:02} {{}}\n"
    for n in range(modules):
        files[f"app/modules/m{n:03}/models/Thing{n}.php"] = (
            f"<?php\nnamespace App\\Modules\\M{n}\\Models;\n"
            f"use App\\Shared\\Models\\ModelBase;\n\nclass Thing{n} extends ModelBase {{\n}}\n"
        )
    return files


def test_a_base_model_past_the_read_budget_is_read(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _phalcon(phalcon_models.MAX_READ + 10)))["."]
    assert first(app, K.ORM)[0] == "Phalcon ORM"


def test_a_class_opening_oci8_names_oracle(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _phalcon(2)))["."]
    assert first(app, K.DATABASE)[0] == "Oracle"


def test_a_method_of_that_name_opens_no_oracle(tmp_path: Path) -> None:
    files = _phalcon(2)
    files["app/library/CustomConnectionOracle.php"] = (
        "<?php\nclass Db {\n    function go() { $this->driver->oci_connect($x); }\n}\n"
    )
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.DATABASE)[0] != "Oracle"


def test_plain_php_copying_wordpress_is_no_backend(tmp_path: Path) -> None:
    files = {
        "awal.php": "<?php\ninclude 'cfg.php';\ninclude 'modules/' . $page . '.php';\n",
        "cfg.php": "<?php\ndefine('DB_HOST', 'localhost');\n",
        "weblama/wp-admin/setup-config.php": (
            "<?php\nrequire ABSPATH . WPINC . '/wp-db.php';\n$wpdb->db_connect();\n"
        ),
    }
    assert detect(write(tmp_path, files)).backends == []


def test_only_the_global_helper_is_a_codeigniter_connection() -> None:
    use = re.compile(CODEIGNITER_DATA_USE, re.MULTILINE)
    assert use.search("$db = db_connect();\n")
    assert not use.search("$wpdb->db_connect();\n")
