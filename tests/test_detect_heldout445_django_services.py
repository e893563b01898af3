"""A gap the 445th held-out set showed (benchmarks/detect_heldout445.yaml), as a small fixture
of the real files' shape (#19): a Django grading service with no database (no DATABASES, no
model) whose views render exercise templates and whose helpers post results back through
Requests. Its settings list their middleware with Django's CSRF middleware commented out: it
takes its POSTs from another program, not from browser forms, so it is a service with no data
of its own, not a UI. The same project keeping `CsrfViewMiddleware` is a front end over other
services' APIs (set 118's shape) and stays no backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'grader.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)

_WSGI = (
    "import os\n\nfrom django.core.wsgi import get_wsgi_application\n\n"
    "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'grader.settings')\n"
    "application = get_wsgi_application()\n"
)


def _settings(csrf: str) -> str:
    return (
        "SECRET_KEY = 'x'\nROOT_URLCONF = 'grader.urls'\n"
        "INSTALLED_APPS = (\n    # 'django.contrib.auth',\n    # 'django.contrib.sessions',\n"
        "    'django.contrib.staticfiles',\n    'access',\n)\n\n"
        "MIDDLEWARE = [\n    # 'django.contrib.sessions.middleware.SessionMiddleware',\n"
        f"    {csrf}'django.middleware.csrf.CsrfViewMiddleware',\n"
        "    'django.middleware.clickjacking.XFrameOptionsMiddleware',\n"
        "    'django.middleware.common.CommonMiddleware',\n]\n"
    )


_URLS = (
    "from django.urls import path\n\nfrom access import views\n\n"
    "urlpatterns = [\n    path('configure', views.configure),\n"
    "    path('<slug:course>/<slug:exercise>', views.exercise),\n]\n"
)

_VIEWS = (
    "import json\n\nfrom django.http.response import JsonResponse\n"
    "from django.shortcuts import render\nfrom django.views.decorators.csrf import csrf_exempt\n\n"
    "from util.http import post_result\n\n\n@csrf_exempt\ndef configure(request):\n"
    "    exercises = json.loads(request.POST['exercises'])\n"
    "    return JsonResponse({'count': len(exercises)})\n\n\n@csrf_exempt\n"
    "def exercise(request, course, exercise):\n    if request.method == 'POST':\n"
    "        post_result(request.GET['submission_url'], {'points': 1})\n"
    "    return render(request, 'access/exercise.html', {'course': course})\n"
)

_HTTP = (
    "import requests\n\n\ndef post_result(submission_url, result):\n"
    "    requests.post(submission_url, data=result, timeout=3)\n"
)


def _tree(csrf: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django ~= 5.2.13\nrequests >= 2.28.0, < 3\nPyYAML ~= 6.0.0\n",
        "manage.py": _MANAGE,
        "grader/__init__.py": "",
        "grader/settings.py": _settings(csrf),
        "grader/urls.py": _URLS,
        "grader/wsgi.py": _WSGI,
        "access/__init__.py": "",
        "access/views.py": _VIEWS,
        "util/__init__.py": "",
        "util/http.py": _HTTP,
    }


def test_django_service_without_csrf_is_a_backend_with_no_data(tmp_path: Path) -> None:
    write(tmp_path, _tree("# "))
    grader = by_folder(tmp_path)["."]
    assert first(grader, K.FRAMEWORK)[0] == "Django"
    assert first(grader, K.ORM) == ("", "")
    assert first(grader, K.DATABASE) == ("", "")


def test_django_front_keeping_csrf_stays_a_ui(tmp_path: Path) -> None:
    # The counter-case: browser forms post to it, under Django's CSRF middleware.
    write(tmp_path, _tree(""))
    assert "." not in by_folder(tmp_path)
