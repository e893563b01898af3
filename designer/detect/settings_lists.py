"""Python: pip lists kept in the settings package of the Django project that encloses it.

A Django project may keep its pip lists (pip-compile's `requirements_base.in` and the
`requirements_server.txt` it writes) beside its settings, in the `config/` package that holds
`settings.py`, `urls.py` and the WSGI entry point, while `manage.py` and the apps sit in the
folder above: that is how `django-admin startproject config .` lays a project out. The lists
install the project `manage.py` runs, so the backend is the folder holding `manage.py`, not
the settings package (as pip lists in a `requirements/` folder are the holding project's).

Only a folder named as a settings folder whose manifests are all pip lists, directly below a
folder holding `manage.py`, is given to that folder; a `config/` of pip lists with no
`manage.py` above stays a project of its own.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.ecosystems import python
from designer.detect.walker import Tree

SETTINGS_FOLDERS = frozenset({"config", "conf"})
"""Names a Django project gives the package of its settings (`config.settings`)."""

RUNNER = "manage.py"
"""The command-line entry point Django writes beside the settings package."""


def homes(top: str, tree: Tree) -> dict[str, str]:
    """Settings folders holding only pip lists → the folder above, which holds `manage.py`."""
    lists: dict[str, bool] = {}
    for path, module in tree.manifests:
        folder = posixpath.dirname(path)
        only = module is python and path.endswith(".txt")
        lists[folder] = lists.get(folder, True) and only
    found: dict[str, str] = {}
    for folder, only in lists.items():
        if not only or posixpath.basename(folder) not in SETTINGS_FOLDERS:
            continue
        parent = posixpath.dirname(folder) or "."
        if os.path.isfile(os.path.join(top, *parent.split("/"), RUNNER)):
            found[folder] = parent
    return found
