"""A gap the 476th held-out set showed, as a small fixture of the real files' shape (#19): a
CodeIgniter 2 application whose `.gitignore` ignores `application/config/*` while the
repository commits `application/config/database.php` (`dbdriver` 'postgre'): a rule ignores no
tracked file, so the configuration folder's modules are read and the engine is PostgreSQL. An
ignored file outside a configuration folder stays unread."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_INDEX = (
    "<?php\ndefine('ENVIRONMENT', 'production');\n$system_path = 'system';\n"
    "$application_folder = 'application';\nrequire_once BASEPATH.'core/CodeIgniter.php';\n"
)

_CORE = "<?php\ndefine('CI_VERSION', '2.2.0');\n"

_DATABASE = (
    "<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');\n"
    "$active_group = 'default';\n$active_record = TRUE;\n"
    "$db['default']['hostname'] = 'db.example.org';\n$db['default']['port'] = '5432';\n"
    "$db['default']['database'] = 'shop';\n$db['default']['dbdriver'] = 'postgre';\n"
)

_CONTROLLER = (
    "<?php\nclass Welcome extends CI_Controller {\n    public function index() {\n"
    "        $this->load->view('welcome');\n    }\n}\n"
)


def _tree(ignore: str, settings: str = "application/config/database.php") -> dict[str, str]:
    return {
        ".gitignore": ignore,
        "index.php": _INDEX,
        "system/core/CodeIgniter.php": _CORE,
        settings: _DATABASE,
        "application/controllers/welcome.php": _CONTROLLER,
    }


def test_committed_settings_in_an_ignored_configuration_folder_are_read(
    tmp_path: Path,
) -> None:
    tree = _tree("application/logs/*\napplication/config/*\n")
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_an_ignored_file_outside_a_configuration_folder_stays_unread(tmp_path: Path) -> None:
    tree = _tree("application/libraries/*\n", "application/libraries/database.php")
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.DATABASE)[0] != "PostgreSQL"
