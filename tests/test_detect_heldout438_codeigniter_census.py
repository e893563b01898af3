"""Held-out set 438 (#19): a CodeIgniter 3 application that requires illuminate/database and
boots Eloquent's Capsule for a few model classes, while its controllers and models query
through the framework's own builder (`$this->db->…`) throughout: the query builder is the data
layer. Where the code uses Eloquent about as much, the ranking stands and Eloquent leads."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n  "name": "mod-ci/with-eloquent",\n  "type": "project",\n  "require": {\n'
    '    "php": ">=7.3",\n    "illuminate/database": "^8.83",\n'
    '    "phpmailer/phpmailer": "^6.8"\n  }\n}\n'
)

_DATABASE = (
    "<?php\ndefined('BASEPATH') OR exit('No direct script access allowed');\n"
    "use Illuminate\\Database\\Capsule\\Manager as Capsule;\n\n"
    "$active_group = 'default';\n$query_builder = TRUE;\n"
    "$db['default'] = array(\n  'hostname' => 'localhost',\n  'dbdriver' => 'mysqli',\n);\n\n"
    "$capsule = new Capsule;\n$capsule->addConnection(['driver' => 'mysql']);\n"
    "$capsule->setAsGlobal();\n$capsule->bootEloquent();\n"
)


def _model(name: str) -> str:
    return (
        "<?php\n\nuse \\Illuminate\\Database\\Eloquent\\Model as Eloquent;\n\n"
        f"class {name} extends Eloquent {{\n    protected $table = '{name.lower()}';\n}}\n"
    )


def _builder(name: str) -> str:
    return (
        f"<?php\n\nclass {name} extends CI_Model\n{{\n    public function all()\n    {{\n"
        "        $this->db->where('active', 1);\n"
        f"        return $this->db->get('{name.lower()}')->result();\n    }}\n}}\n"
    )


def _tree(builders: int, models: int) -> dict[str, str]:
    files = {
        "composer.json": _COMPOSER,
        "index.php": "<?php\ndefine('BASEPATH', 'system/');\n"
        "require_once BASEPATH . 'core/CodeIgniter.php';\n",
        "system/core/CodeIgniter.php": "<?php\nconst CI_VERSION = '3.1.11';\n",
        "application/config/database.php": _DATABASE,
        "application/config/autoload.php": (
            "<?php\n$autoload['libraries'] = array('database', 'session');\n"
        ),
    }
    for number in range(builders):
        files[f"application/models/Report{number}_mdl.php"] = _builder(f"Report{number}_mdl")
    for number in range(models):
        files[f"application/models/Station{number}.php"] = _model(f"Station{number}")
    return files


def _layers(tmp_path: Path, builders: int, models: int) -> list[str]:
    backend = by_folder(write(tmp_path, _tree(builders, models)))["."]
    return [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]


def test_query_builder_throughout_leads_a_few_eloquent_models(tmp_path: Path) -> None:
    assert _layers(tmp_path, builders=12, models=2)[0] == "CodeIgniter Query Builder"


def test_eloquent_used_as_much_keeps_its_rank(tmp_path: Path) -> None:
    assert _layers(tmp_path, builders=4, models=4)[0] == "Eloquent"
