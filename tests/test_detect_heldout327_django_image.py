"""Django from the base image (set 327, #19).

A Django project (manage.py, a settings package with DATABASES, apps' models.py) whose
requirements.txt names Django REST framework and `django-*` apps but never Django: its
Dockerfile starts `FROM` an image that ships Django (the version in the image's tag). The
declared add-on confirms its host (`assemble.HOST_OF`): Django ranks first, unambiguous, and
its apps' models name the Django ORM (`undeclared_models`). Counter-cases: with no add-on
declared, a manifest naming no Django leaves it unconfirmed and names no ORM; a project whose
requirements name Django keeps the ORM its manifest gives."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "django-cors-headers==2.2.0\ndjangorestframework==3.7.7\n"
    "djangorestframework-gis==0.12.0\ndjango-extensions==2.0.0\nrequests>=2.27,<2.27.99\n"
)

_PROJECT = {
    "src/backend/Dockerfile": (
        "FROM registry.example.org/base/django:1.11-python3.6-slim\n"
        "COPY requirements.txt /tmp/\nRUN pip install --no-cache-dir -r /tmp/requirements.txt\n"
        "COPY . /usr/src\nWORKDIR /usr/src\n"
        'CMD ["gunicorn", "--workers", "2", "site.wsgi"]\n'
    ),
    "src/backend/manage.py": (
        "#!/usr/bin/env python\nimport os\nimport sys\n\n"
        "if __name__ == '__main__':\n"
        "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
        "    from django.core.management import execute_from_command_line\n"
        "    execute_from_command_line(sys.argv)\n"
    ),
    "src/backend/site/__init__.py": "",
    "src/backend/site/settings.py": (
        "INSTALLED_APPS = ['django.contrib.gis', 'rest_framework', 'places']\n"
        "ROOT_URLCONF = 'site.urls'\n"
        "DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.postgis',\n"
        "                         'NAME': 'app', 'HOST': 'database'}}\n"
    ),
    "src/backend/site/urls.py": (
        "from django.conf.urls import include, url\n\n"
        "urlpatterns = [url(r'^api/', include('places.urls'))]\n"
    ),
    "src/backend/site/wsgi.py": (
        "import os\n\nfrom django.core.wsgi import get_wsgi_application\n\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
        "application = get_wsgi_application()\n"
    ),
    "src/backend/places/__init__.py": "",
    "src/backend/places/models.py": (
        "from django.contrib.gis.db import models as gis\nfrom django.db import models\n\n\n"
        "class Place(models.Model):\n    name = models.CharField(max_length=100)\n"
        "    point = gis.PointField()\n"
    ),
    "src/backend/places/views.py": (
        "from rest_framework import viewsets\n\nfrom places.models import Place\n\n\n"
        "class PlaceViewSet(viewsets.ModelViewSet):\n    queryset = Place.objects.all()\n"
    ),
    "src/backend/places/urls.py": (
        "from rest_framework import routers\n\nfrom places.views import PlaceViewSet\n\n"
        "router = routers.DefaultRouter()\nrouter.register(r'places', PlaceViewSet)\n"
        "urlpatterns = router.urls\n"
    ),
}


def _backend(tmp_path: Path, requirements: str) -> DetectedBackend:
    files = {**_PROJECT, "src/backend/requirements.txt": requirements}
    return by_folder(write(tmp_path, files))["src/backend"]


def test_declared_add_on_confirms_django_from_the_image(tmp_path: Path) -> None:
    backend = _backend(tmp_path, _REQUIREMENTS)
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.ORM)[0] == "Django ORM"


def test_no_add_on_leaves_django_unconfirmed(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "django-cors-headers==2.2.0\nrequests>=2.27,<2.27.99\n")
    assert backend.ambiguous
    assert first(backend, K.ORM) == ("", "")


def test_declared_django_keeps_its_manifest(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "Django==1.11.29\n" + _REQUIREMENTS)
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Django", "==1.11.29")
    orm = next(f for f in backend.findings if f.kind is K.ORM)
    assert orm.name == "Django ORM"
    assert orm.evidence[0].path == "src/backend/requirements.txt"
