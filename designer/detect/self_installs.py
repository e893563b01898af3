"""A setup.py's runtime requirements passed by name, where the folder's pip file installs it.

A setup.py that lists its requirements in a variable and hands it to `setup(` by name
(`install_requires=requirements`) is read for its test requirements only (see
`ecosystems.python`): a package of a larger project, packaged on its own, would otherwise
become a project declaring the framework. When the folder's own runtime pip file installs the
package itself (`requirements.txt` holding only `-e .`), that package is what the application
deploys: its requirements are the application's dependencies (Flask, Flask-SQLAlchemy, the
driver), and nothing else in the folder declares them. So are they when the setup.py declares a
`paste.app_factory` entry point: PasteDeploy's ini (`use = egg:<package>`) serves the package
itself as the WSGI application (Pyramid's and Pylons' shape), so it is no library of a larger
project.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.signals import LazyPattern, Lines
from designer.detect.walker import read_text

LANGUAGE = "python"

_APP_FACTORY = LazyPattern(
    r"""['"]paste\.app_factory['"]\s*:|^[ \t]*\[paste\.app_factory\]""", re.MULTILINE
)
"""A setup.py's `entry_points` naming the package's WSGI application factory: a dict's key, or
the section of the ini-style string Pyramid's scaffolds write."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Add to each Python project the runtime requirements its setup.py passes by name, when
    a runtime pip file beside it installs the project itself or the setup.py declares a paste
    application factory."""
    for unit in units.values():
        manifests = [(path, result) for path, eco, result in unit.manifests if eco == LANGUAGE]
        for path, result in manifests:
            if posixpath.basename(path) != "setup.py":
                continue
            folder = posixpath.dirname(path)
            text, _ = read_text(top, path)
            if text is None:
                continue
            if _APP_FACTORY.search(text) or any(
                posixpath.dirname(other) == folder and _installs_itself(top, other)
                for other, _ in manifests
            ):
                unit.signals[LANGUAGE] += python.named_runtime(Lines(path, text), result)


def _installs_itself(top: str, path: str) -> bool:
    """Whether the runtime pip file at `path` installs the project of its folder (`-e .`);
    a development list doing so (`requirements-dev.txt`) installs it for its tools."""
    name = posixpath.basename(path)
    if not name.endswith((".txt", python.PIP_COMPILED)) or python.is_dev_pip(path):
        return False
    text, _ = read_text(top, path)
    return text is not None and python.installs_itself(text)
