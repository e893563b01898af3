"""Held-out set 127 (#19): a CodeIgniter 3 application folder shipped without the framework.

CodeIgniter 3 is downloaded and unpacked beside the application (its `system/` folder), never
installed through Composer: the application's own composer.json (Doctrine, a few libraries)
does not name it, and the repository holds only `application/` (config/, controllers/,
models/). Its controllers extend CodeIgniter's base class, directly or through the
application's `MY_Controller`: the framework is CodeIgniter, at no version the tree states.
Counter-cases: a controller of another framework named like one (`extends Controller`) names
no CodeIgniter, and CodeIgniter 4's controllers are not read as 3's.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write
from test_detect_unseen import by_folder, first

from designer.model.stack import FindingKind as K

_COMPOSER = """{
  "name": "example/registry",
  "require": {
    "doctrine/orm": "2.4.* || 2.8.4",
    "php-amqplib/php-amqplib": "2.6.*"
  }
}
"""

_MY_CONTROLLER = """<?php
if (!defined('BASEPATH')) {
    exit('No direct script access allowed');
}

class MY_Controller extends CI_Controller
{
    public function __construct()
    {
        parent::__construct();
        $this->load->library('doctrine');
    }
}
"""

_CONTROLLER = """<?php
if (!defined('BASEPATH')) {
    exit('No direct script access allowed');
}

class Dashboard extends MY_Controller
{
    public function index()
    {
        $this->load->view('page', ['content_view' => 'dashboard_view']);
    }
}
"""

_DATABASE = """<?php
$db['default']['dsn'] = 'mysql:host=127.0.0.1;port=3306;dbname=CHANGEME';
$db['default']['dbdriver'] = 'pdo';
"""


def _tree(controller: str = _CONTROLLER, base: str = _MY_CONTROLLER) -> dict[str, str]:
    return {
        "application/composer.json": _COMPOSER,
        "application/config/config-default.php": "<?php\n$config['base_url'] = '';\n",
        "application/config/database-default.php": _DATABASE,
        "application/controllers/Dashboard.php": controller,
        "application/core/MY_Controller.php": base,
        "application/models/Provider.php": "<?php\n/**\n * @Entity\n */\nclass Provider {}\n",
    }


def test_controllers_extending_codeigniter_s_base_name_codeigniter(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    backend = found["application"]
    # The framework is no less certain for Composer's silence: CodeIgniter 3 is unpacked.
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("CodeIgniter", "")


def test_a_controller_of_another_framework_names_no_codeigniter(tmp_path: Path) -> None:
    controller = _CONTROLLER.replace("extends MY_Controller", "extends Controller")
    base = "<?php\nabstract class Controller\n{\n}\n"
    # With no framework seen at all, the PHP folder is no backend either (`plain_php`).
    backends = by_folder(write(tmp_path, _tree(controller, base))).values()
    assert all(first(b, K.FRAMEWORK)[0] != "CodeIgniter" for b in backends)


def test_codeigniter_4_controllers_are_not_read_as_3_s(tmp_path: Path) -> None:
    controller = (
        "<?php\nnamespace App\\Controllers;\n\nuse CodeIgniter\\Controller;\n\n"
        "class Home extends Controller\n{\n}\n"
    )
    base = "<?php\nnamespace App\\Core;\n\nclass Base\n{\n}\n"
    backends = by_folder(write(tmp_path, _tree(controller, base))).values()
    # No CodeIgniter 3 controller: whatever names CodeIgniter here, it is not this rule.
    assert all(
        e.path != "application/controllers/Dashboard.php"
        for backend in backends
        for f in backend.findings
        if f.kind is K.FRAMEWORK
        for e in f.evidence
    )
