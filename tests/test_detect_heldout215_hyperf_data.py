"""PHP: Hyperf's database component, its port of Eloquent, where the code uses it (set 215, #19).

A Hyperf chat server requires `hyperf/database` and `hyperf/db-connection` (Hyperf's port of
Laravel's illuminate/database: Eloquent's API and class names) and its models extend
`Hyperf\\DbConnection\\Model\\Model`; its services query through the `Db` facade. The data layer
is Eloquent. Hyperf's skeleton requires both packages in every application, whether it keeps
data or not, so only the code's use of them (a model, the facade) counts: a Hyperf service with
no model and no query keeps no data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "hyperf/hyperf-skeleton",\n    "type": "project",\n    "require": {\n'
    '        "php": ">=7.3",\n        "ext-swoole": ">=4.5",\n'
    '        "hyperf/db-connection": "2.1.*",\n        "hyperf/framework": "2.1.*",\n'
    '        "hyperf/http-server": "2.1.*",\n        "hyperf/database": "2.1.*"\n    }\n}\n'
)


def _service() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "bin/hyperf.php": "#!/usr/bin/env php\n<?php\n\n(function () {\n"
        "    $application = $container->get(\\Hyperf\\Contract\\ApplicationInterface::class);\n"
        "    $application->run();\n})();\n",
        "app/Controller/IndexController.php": "<?php\n\nnamespace App\\Controller;\n\n"
        "use Hyperf\\HttpServer\\Annotation\\Controller;\n\n#[Controller]\n"
        "class IndexController {\n    public function index() { return ['ok' => true]; }\n}\n",
        ".env.example": "APP_NAME=chat\nDB_DRIVER=mysql\nDB_HOST=localhost\n",
    }


def _layer(files: dict[str, str], tmp_path: Path) -> str:
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Hyperf"
    return first(backend, K.ORM)[0] or first(backend, K.QUERY)[0]


def test_a_hyperf_model_is_eloquent(tmp_path: Path) -> None:
    files = _service()
    files["app/Model/BaseModel.php"] = (
        "<?php\n\nnamespace App\\Model;\n\nuse Hyperf\\DbConnection\\Model\\Model as CModel;\n\n"
        "abstract class BaseModel extends CModel {}\n"
    )
    assert _layer(files, tmp_path) == "Eloquent"


def test_hyperfs_db_facade_is_eloquent(tmp_path: Path) -> None:
    files = _service()
    files["app/Service/TalkService.php"] = (
        "<?php\n\nnamespace App\\Service;\n\nuse Hyperf\\DbConnection\\Db;\n\n"
        "class TalkService {\n    public function list() { return Db::table('talk')->get(); }\n}\n"
    )
    assert _layer(files, tmp_path) == "Eloquent"


def test_the_skeletons_packages_alone_are_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: the skeleton's hyperf/database with no model nor query in the code.
    assert _layer(_service(), tmp_path) == ""


def test_a_lookalike_namespace_is_no_use(tmp_path: Path) -> None:
    # Counter-case: a class of the application named after the component is not it.
    files = _service()
    files["app/Service/DbConnectionPool.php"] = (
        "<?php\n\nnamespace App\\Service;\n\nuse Hyperf\\DbConnection\\DbPoolFactory;\n"
    )
    assert _layer(files, tmp_path) == ""
