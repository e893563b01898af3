"""CodeIgniter unpacked beside its application: the release its core file names (set 232, #19).

A hotel system keeps CodeIgniter 2 applications in `public/`, `api/` and `public/pages/`, each
with its own front controller (`index.php`: `require_once BASEPATH.'core/CodeIgniter.php';`)
and its own copy of the framework, under one root composer.json of shared libraries that does
not name CodeIgniter. The three front controllers fill the folder's `MAX_HITS` of CodeIgniter
before the walk reaches `system/core/CodeIgniter.php`, where the release is defined; a rule
reading a release counts apart (`source_rules.Counter`). Counter-case: with no core file kept,
no release is made up."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_FRONT = (
    "<?php\n\t$system_path = 'system';\n\t$application_folder = 'application';\n"
    "require_once BASEPATH.'core/CodeIgniter.php';\n"
)

_CORE = "<?php\n/**\n * CodeIgniter Version\n */\n\tdefine('CI_VERSION', '2.1.3');\n"


def _repo(core: bool = True) -> dict[str, str]:
    files = {
        "composer.json": '{"require": {"stripe/stripe-php": "^7.0"}}\n',
    }
    for app in ("public", "api", "public/pages"):
        files[f"{app}/index.php"] = _FRONT
        files[f"{app}/application/controllers/home.php"] = (
            "<?php\nclass Home extends CI_Controller {\n  function index() {}\n}\n"
        )
        if core:
            files[f"{app}/system/core/CodeIgniter.php"] = _CORE
    return files


def test_the_core_file_names_the_release(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["."], K.FRAMEWORK) == ("CodeIgniter", "2.1.3")


def test_no_core_file_no_release(tmp_path: Path) -> None:
    # Counter-case: the framework unpacked at install, not kept in the tree.
    found = by_folder(write(tmp_path, _repo(core=False)))
    assert first(found["."], K.FRAMEWORK) == ("CodeIgniter", "")
