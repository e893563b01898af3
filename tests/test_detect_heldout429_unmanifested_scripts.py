"""A static site's repository with analysis scripts beside it (#19): a Jekyll Gemfile at the
root and a `contrib/` folder of Python scripts connecting to a local database, no requirements
file nor any other Python manifest. No framework anywhere, and the scripts declare nothing to
install: no backend to guess. With a requirements file the guess stands as before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

SCRIPT = (
    "import dataset\n\n"
    "engine = dataset.connect('postgresql://localhost/plenary')\n"
    "table = engine['speeches']\nfor row in table.all():\n    print(row['text'])\n"
)


def _files(**extra: str) -> dict[str, str]:
    return {
        "Gemfile": "source 'https://rubygems.org'\n\ngem 'github-pages'\ngem 'kramdown'\n",
        "_config.yml": "title: Site\n",
        "index.html": "---\nlayout: default\n---\n<p>Hello</p>\n",
        "contrib/analysis.py": SCRIPT,
        "contrib/analysis_take2.py": SCRIPT,
        **extra,
    }


def test_site_with_unmanifested_scripts_has_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _files())) == {}


def test_scripts_with_a_requirements_file_are_still_guessed(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(**{"requirements.txt": "dataset\npsycopg2\n"})))
    assert list(found) == ["."]
