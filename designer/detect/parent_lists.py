"""A setup.py one folder down that installs the pip list of the folder above it.

A Python service may keep its code in a `src/` folder with a `setup.py` beside the package
that declares nothing itself: it opens the requirements file of the folder above
(`REPODIR = os.path.dirname(BASEDIR)`, `open(os.path.join(REPODIR, 'requirements.txt'))`) for
its install_requires, while that folder holds the lists, the Dockerfile that installs them and
the server's configuration (uwsgi.ini). The project is the folder above; the setup.py is only
the packaging of its code. Taken for a project of its own, `src/` is reported as the service
and the real project folder is missed.

So a `setup.py` below the top, whose own folder holds no requirements file, that reaches up a
folder (`'..'`, `os.pardir`, `.parent.parent`, `dirname(<a folder variable>)`) and names a
requirements file that the folder above holds, is a module of the project above (as
`inner_setups` and `scan._enclosing` treat a bare setup.py inside a package).
"""

from __future__ import annotations

import os
import posixpath
import re

_NAME = "setup.py"

_UP = re.compile(
    r"['\"]\.\.['\"/\\]|\bos\.pardir\b|\.parent\.parent\b"
    r"|\bdirname\(\s*(?:os\.path\.)?dirname\(|\bdirname\(\s*(?!__file__\b)[A-Za-z_]\w*\s*\)"
)
"""Code reaching the folder above the setup.py's own."""

_LIST = re.compile(r"['\"/\\](requirements[\w.-]*\.txt)['\"]")
"""A requirements file named in the setup.py (`'requirements.txt'`)."""


def reads_parent_list(top: str, path: str, text: str) -> bool:
    """Whether the manifest `path` (read as `text`) is a setup.py below the top that installs
    the requirements file of the folder above its own, having none of its own."""
    if posixpath.basename(path) != _NAME:
        return False
    folder = posixpath.dirname(path)
    if not folder:
        return False
    parent = posixpath.dirname(folder)
    if _has_list(top, folder) or not _UP.search(text):
        return False
    above = os.path.join(top, *parent.split("/")) if parent else top
    return any(os.path.isfile(os.path.join(above, name)) for name in _LIST.findall(text))


def _has_list(top: str, folder: str) -> bool:
    """Whether `folder` holds a requirements file of its own."""
    try:
        names = os.listdir(os.path.join(top, *folder.split("/")))
    except OSError:
        return False
    return any(n.startswith("requirements") and n.endswith(".txt") for n in names)
