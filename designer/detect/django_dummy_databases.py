"""Python: a Django project that sets its databases to the dummy backend keeps no SQL data.

A Django project whose data lives in a document store (MongoEngine's documents, a raw PyMongo
client) often says so in its settings by pointing `DATABASES['default']` at Django's dummy
backend (`'ENGINE': 'django.db.backends.dummy'`: every ORM query raises), then connects the
store itself (`mongoengine.connect(...)`). The Django package is still read as its ORM and
migrations, which then outrank the store's layer. So a Django project whose own modules set the
dummy engine, name no real `django.db.backends.*` engine anywhere, and declare another data
layer (an ORM or query layer that is not Django's, outside development) has the Django
package's ORM and migrations signals dropped: the other layer is its data. A project too large
to read whole is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import any_module, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_PACKAGE_FINDINGS = frozenset({"Django ORM", "Django migrations"})
"""What the Django package itself is read as: the ORM and migrations it ships."""

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

_DUMMY = re.compile(
    r"\bDATABASES[ \t]*=[ \t]*\{\s*['\"]default['\"][ \t]*:[ \t]*\{[^{}]*?"
    r"['\"]ENGINE['\"][ \t]*:[ \t]*['\"]django\.db\.backends\.dummy['\"]"
)
"""The settings' default database set to Django's dummy backend."""

_REAL = re.compile(r"['\"]django\.db\.backends\.(?!dummy\b)\w+|\bdj_database_url\b")
"""A real engine named anywhere (or one read from a URL): the dummy is then not the whole
story."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop the Django package's ORM and migrations from each Django project whose settings
    set the dummy database backend and which declares a data layer of another kind."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Django" for s in signals):
            continue
        if not any(s.name in _PACKAGE_FINDINGS for s in signals):
            continue
        if not any(
            s.kind in _LAYERS and s.strength is not Strength.DEV and s.name not in _PACKAGE_FINDINGS
            for s in signals
        ):
            continue
        nested = nested_projects(folder, folders)
        # any_module answers yes when its budget runs out: a real engine cannot be ruled out.
        if any_module(top, folder, nested, _REAL):
            continue
        if not any_module(top, folder, nested, _DUMMY):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if s.name not in _PACKAGE_FINDINGS]
