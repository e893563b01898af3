"""A gap the 472nd held-out set showed (/tmp/s58/sets/detect_heldout472.yaml), as a small
fixture of the real files' shape (#19): a Pyramid application built on a domain toolkit that
lends it Pyramid (setup.py install_requires names the toolkit, not Pyramid) starts its
Configurator in its own code; the setup.py classifier `Framework :: Pyramid` confirms it. A
classifier naming another framework confirms nothing, and one alone starts nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _setup(classifier: str) -> str:
    return (
        "from setuptools import setup, find_packages\n\n\nsetup(\n    name='atlas',\n"
        "    classifiers=[\n        \"Programming Language :: Python\",\n"
        f'        "{classifier}",\n    ],\n    packages=find_packages(),\n'
        "    install_requires=[\n        'toolkit>=7.4',\n        'sqlalchemy',\n"
        "        'waitress',\n    ],\n"
        '    entry_points="""\\\n        [paste.app_factory]\n        main = atlas:main\n""")\n'
    )


_APP = (
    "from pyramid.config import Configurator\n\nfrom toolkit import interfaces\n\n\n"
    "def main(global_config, **settings):\n    config = Configurator(settings=settings)\n"
    "    config.include('toolkit')\n    return config.make_wsgi_app()\n"
)


def _tree(classifier: str, app: str = _APP) -> dict[str, str]:
    return {"setup.py": _setup(classifier), "atlas/__init__.py": app}


def test_a_classifier_confirms_the_framework_the_code_starts(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("Framework :: Pyramid")))["."]
    assert not found.ambiguous
    assert first(found, FindingKind.FRAMEWORK) == ("Pyramid", "")


def test_a_classifier_naming_another_framework_confirms_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("Framework :: Pytest")))["."]
    assert found.ambiguous


def test_a_classifier_alone_starts_no_framework(tmp_path: Path) -> None:
    app = "from toolkit import interfaces\n\n\ndef main():\n    return interfaces\n"
    backends = by_folder(write(tmp_path, _tree("Framework :: Pyramid", app)))
    assert all(
        f.name != "Pyramid" for b in backends.values() for f in b.findings
    )
