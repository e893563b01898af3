"""A gap the 444th held-out set showed (benchmarks/detect_heldout444.yaml), as a small fixture
of the real files' shape (#19): a Django API in `api/` declaring pytest-django beside a Vue UI,
with no test module, `conftest.py` nor suite folder anywhere, only a pipeline folder per
deployment environment (`jenkins/deployment/test/Jenkinsfile` beside
`jenkins/deployment/prod/Jenkinsfile`). The `test/` there is the test environment's, no suite:
the API has no test framework. A `test/` with no other environment beside it keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "django==4.2.14\ndjangorestframework>=3.13.1,<4\npsycopg2-binary>=2.7.3.1,<3\n"
    "gunicorn>=19.7.1,<20\npytest-django>=3.1.2,<4\npytest-cov>=2.5.1,<3\n"
)

_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'api.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)

_SETTINGS = (
    "INSTALLED_APPS = ['django.contrib.contenttypes', 'rest_framework', 'core']\n"
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'appeal'}}\n"
    "ROOT_URLCONF = 'api.urls'\n"
)

_JENKINSFILE = "node {\n  stage('deploy') {\n    sh 'oc tag api:latest api:{env}'\n  }\n}\n"


def _tree(*environments: str) -> dict[str, str]:
    tree = {
        "api/requirements.txt": _REQUIREMENTS,
        "api/manage.py": _MANAGE,
        "api/api/__init__.py": "",
        "api/api/settings.py": _SETTINGS,
        "api/api/urls.py": "urlpatterns = []\n",
        "api/core/__init__.py": "",
        "api/core/models.py": "from django.db import models\n\n\nclass Form(models.Model):\n"
        "    name = models.CharField(max_length=80)\n",
        "web/package.json": '{"name": "web", "dependencies": {"vue": "^2.6.14"}}\n',
        "web/src/main.ts": "import Vue from 'vue';\nnew Vue({}).$mount('#app');\n",
    }
    for environment in environments:
        tree[f"jenkins/deployment/{environment}/Jenkinsfile"] = _JENKINSFILE.replace(
            "{env}", environment
        )
    return tree


def test_a_test_environments_pipeline_folder_is_no_suite(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("test", "prod")))
    assert first(backends["api"], K.TEST) == ("", "")


def test_a_test_folder_beside_no_other_environment_keeps_pytest(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("test")))
    assert first(backends["api"], K.TEST)[0] == "pytest"
