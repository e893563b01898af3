"""PHP: Cortex, the Fat-Free Framework's ORM, is a data layer (set 268, #19).

A Fat-Free site requires `ikkez/f3-cortex` beside `bcosca/fatfree-core`; its models extend
`\\DB\\Cortex` and are loaded, saved and queried through it over PostgreSQL (`ext-pgsql`).
Cortex is the data layer (an ORM). The same site requiring no Cortex names no ORM."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_INIT = "<?php\nrequire 'vendor/autoload.php';\n\n$f3 = Base::instance();\n$f3->run();\n"

_MODEL = (
    "<?php\n\nnamespace Site\\Model;\n\n"
    "abstract class Base extends \\DB\\Cortex {\n    protected $db = 'DB';\n}\n"
)


def _site(cortex: bool) -> dict[str, str]:
    require = {"php": ">=8.2", "ext-pgsql": "*", "bcosca/fatfree-core": "^3.7.3"}
    if cortex:
        require["ikkez/f3-cortex"] = "^1.7"
    files = {
        "composer.json": json.dumps({"name": "acme/tracker", "require": require}, indent=4),
        "website/init-f3.php": _INIT,
    }
    if cortex:
        files["website/app/Model/Base.php"] = _MODEL
    return files


def test_cortex_is_the_data_layer_of_a_fat_free_site(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site(cortex=True)))
    assert first(found["."], K.FRAMEWORK)[0] == "Fat-Free"
    assert first(found["."], K.ORM)[0] == "Cortex"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_fat_free_site_without_cortex_names_no_orm(tmp_path: Path) -> None:
    # Counter-case: the framework alone, no ORM package.
    found = by_folder(write(tmp_path, _site(cortex=False)))
    assert first(found["."], K.FRAMEWORK)[0] == "Fat-Free"
    assert first(found["."], K.ORM) == ("", "")
