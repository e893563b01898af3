"""Perl: a distribution's cpanfile kept in a folder of its build tools, the application above.

A Perl application may keep its `cpanfile` among its installer and build files (`tools/cpanfile`,
read by `tools/install.pl` and the Dockerfile's `cpanm --installdeps tools/`), while its
modules (`lib/`), start scripts (`script/`) and settings sit in the folder above: the cpanfile
installs the program of that folder, which is the backend, not the tools folder.

Only a folder whose only Perl manifest is a cpanfile, with no `lib/` of its own, directly
below a folder that holds a `lib/` and no Perl manifest of its own, is given to that folder.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.ecosystems import perl
from designer.detect.walker import Tree

CPANFILE = "cpanfile"

LIB = "lib"
"""Where a Perl distribution keeps its modules."""


def homes(top: str, tree: Tree) -> dict[str, str]:
    """Tools folders holding a lone cpanfile → the folder above, which holds the modules."""
    names: dict[str, set[str]] = {}
    for path, module in tree.manifests:
        if module is perl:
            folder, _, name = path.rpartition("/")
            names.setdefault(folder or ".", set()).add(name)
    found: dict[str, str] = {}
    for folder, held in names.items():
        if folder == "." or held != {CPANFILE} or _has_lib(top, folder):
            continue
        parent = posixpath.dirname(folder) or "."
        if parent not in names and _has_lib(top, parent):
            found[folder] = parent
    return found


def _has_lib(top: str, folder: str) -> bool:
    return os.path.isdir(os.path.join(top, *folder.split("/"), LIB))
