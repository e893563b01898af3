"""Python: a coverage run's pip list is a development one (set 189, #19).

A Django API pins `Django==5.1.14` in its `requirements.txt`; beside it, the list its CI's
coverage job installs for SonarCloud (`requirements.sonarcov.txt`) pins an older `Django==5.1.6`
with the coverage tools. Both pins are exact, but only the first is the application's: the
version is 5.1.14. A list named for coverage (`sonarcov`, `coverage`, `cov`) is read as a
development list."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _api(side: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django==5.1.14\npsycopg2-binary==2.9.12\npytest-django==4.12.0\n",
        side: "Django==5.1.6\ncoverage==7.6.1\npytest-cov==6.0.0\n",
        "firstvoices/manage.py": "import os\nimport sys\n\n"
        "if __name__ == '__main__':\n"
        "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'firstvoices.settings')\n"
        "    from django.core.management import execute_from_command_line\n"
        "    execute_from_command_line(sys.argv)\n",
        "firstvoices/firstvoices/settings.py": "DATABASES = {'default': {'ENGINE': "
        "'django.db.backends.postgresql'}}\n",
    }


def test_the_coverage_runs_list_gives_no_version(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _api("requirements.sonarcov.txt")))["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "==5.1.14")


def test_a_coverage_list_by_its_plain_name_is_a_development_one(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _api("requirements-coverage.txt")))["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "==5.1.14")
