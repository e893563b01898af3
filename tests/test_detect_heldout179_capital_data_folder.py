"""PHP: the class opening PDO in a capitalised `src/Db/` folder is read (set 179, #19).

A scan reads a few shallow source files per project, and past that quota only configuration
modules and the modules of data-access folders (`db/`, `repository/`, `persistence/`), where a
program opens its database. A Symfony application's shallow files (its translation catalogues
written as PHP arrays) filled the quota, and its hand-written `PdoDb` class, kept in PSR-4's
capitalised `src/Db/`, was never read: PDO, its whole data layer, went unseen. A data-access
folder is now one whatever its case; a capitalised folder of another name stays on the
ordinary quota."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/rentals",\n    "require": {\n        "php": "^8.4",\n'
    '        "ext-pdo": "*",\n        "symfony/framework-bundle": "^6.0",\n'
    '        "symfony/runtime": "^6.0"\n    }\n}\n'
)

_PDO_CLASS = (
    "<?php\n\nnamespace Acme\\{namespace};\n\nuse PDO;\n\nclass PdoDb\n{{\n"
    "    private PDO $conn;\n\n"
    "    public function __construct(string $dsn, string $user, string $password)\n    {{\n"
    "        $this->conn = new PDO(\n            $dsn,\n            $user,\n"
    "            $password,\n        );\n    }}\n}}\n"
)


def _rentals(folder: str) -> dict[str, str]:
    files = {
        "composer.json": _COMPOSER,
        "config/bundles.php": "<?php\n\nreturn [\n    \\Symfony\\Bundle\\FrameworkBundle\\"
        "FrameworkBundle::class => ['all' => true],\n];\n",
        "public/index.php": "<?php\n\nuse Acme\\App\\Kernel;\n\n"
        "require_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n",
        f"src/{folder}/PdoDb.php": _PDO_CLASS.format(namespace=folder),
    }
    # Translation catalogues as PHP arrays, shallower than the code: they fill the quota.
    for domain in ("messages", "validators", "security"):
        for language in ("cs", "de", "en", "fr", "it", "pl", "sk", "uk", "es", "nl"):
            files[f"translations/{domain}.{language}.php"] = "<?php\n\nreturn ['hello' => 'x'];\n"
    return files


def test_a_capitalised_data_folder_is_read_past_the_quota(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _rentals("Db")))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert first(backend, K.QUERY)[0] == "PDO"


def test_a_capitalised_folder_of_another_name_is_not(tmp_path: Path) -> None:
    # Counter-case: the same class in `src/Util/` waits for the ordinary quota, already spent.
    backend = by_folder(write(tmp_path, _rentals("Util")))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert first(backend, K.QUERY) == ("", "")
