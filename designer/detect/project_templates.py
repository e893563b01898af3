"""Python: a Django project template kept in the tree is no backend.

A framework built on Django (a CMS, a site kit) ships the project `startproject --template`
renders for its users: a `manage.py` and a `project_name/` package of settings, URLs and a
WSGI module, often with its own requirements.txt naming the framework. A repository that
vendors such a framework carries that template inside its copy; it reads as a Django project
of its own, though nothing runs it as it is: its files still hold the template's placeholder
(`"%s.settings" % "{{ project_name }}"`), which only rendering replaces.

So a unit whose `manage.py` holds Django's `{{ project_name }}` placeholder is marked
`Unit.unused`: a skeleton to generate projects from, not a program the product runs.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.walker import read_text

_PLACEHOLDER = re.compile(r"\{\{[ \t]*project_name[ \t]*\}\}")
"""The template variable `startproject` replaces with the new project's name."""

_MANAGERS = ("manage.py", "manage.py-tpl")
"""The command module a project template ships (Django's own renames `-tpl` on rendering)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark unused each unit whose `manage.py` is still a project template's."""
    for folder, unit in units.items():
        for name in _MANAGERS:
            text = read_text(top, posixpath.join(folder, name) if folder != "." else name)[0]
            if text and _PLACEHOLDER.search(text):
                unit.unused = True
                break
