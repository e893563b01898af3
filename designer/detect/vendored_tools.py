"""Node packages copied into a repository from another owner's project.

A repository sometimes carries a published tool in its tree under the tool's own manifest (a
small server streaming a storage bucket's files over HTTP, built into one of the project's
images): that package.json still names its home, `repository` (or `homepage`) on another
owner's account, while the repository's root manifest names the project's own. Such a package
is a third-party tool the project runs, not one of its backends, as long as it keeps no data;
one with a data layer or an engine of its own stays a backend (a service the project adopted).
Packages naming another repository of the same owner (one merged into a monorepo) are the
project's own.

A repository with no root package.json (a product of many languages whose Node programs lie in
folders of their own) names its home in its root README instead: the clone command, the badges
and the links to its own issues and releases all point at one owner's repository. That owner
stands for the root manifest's when the README names it at least `_README_MENTIONS` times and
names no other owner as often: a README linking mostly to others' projects tells no home.

Composer packages copied out of an application's `vendor/` folder keep the layout Composer
installs them in: a folder per vendor holding a folder per package (`acme/laravel-helper/`),
whose composer.json names exactly that package (`"name": "acme/laravel-helper"`). Such a
folder is a library the application installs (a Laravel package's service provider, models
and migrations included), not a backend, whatever data it keeps; an application's own
manifest says `"type": "project"`, and one with a front controller or an `artisan` script is
left alone.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections import Counter

from designer.detect.assemble import Unit
from designer.detect.nonservices import DATA_KINDS
from designer.detect.walker import read_text

_HOSTED = re.compile(r"(?i)\b(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+)/[\w.-]+")
"""A repository's address on a forge (`git+https://github.com/owner/name.git`,
`git@github.com:owner/name`), its owner captured."""

_README_MENTIONS = 3
"""How often the root README must name its owner's repository to tell the project's home: a
single link may be a dependency's."""

_README_NAMES = ("README.md", "README.rst", "README.txt", "README", "readme.md", "Readme.md")

_SHORTHAND = re.compile(r"(?i)^(?:github:|gitlab:|bitbucket:)?([\w.-]+)/[\w.-]+$")
"""npm's shorthand for a repository (`owner/name`, `github:owner/name`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.vendored` on the Node packages keeping no data whose manifest names another
    owner's repository than the root manifest (or, with none, the root README) does, and on
    the Composer packages kept as Composer installs them."""
    for folder, unit in units.items():
        if folder != "." and _installed_composer_package(top, folder):
            unit.vendored = True
    home = _owner(top, "package.json") or _readme_owner(top)
    if not home:
        return
    for folder, unit in units.items():
        if folder == "." or not any(e == "node" for _, e, _ in unit.manifests):
            continue
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue
        owner = _owner(top, posixpath.join(folder, "package.json"))
        if owner and owner != home:
            unit.vendored = True


_APPLICATION_FILES = ("artisan", "index.php", "public/index.php", "web/index.php", "web/app.php")
"""Files only an application has: its console script, its front controller."""


def _installed_composer_package(top: str, folder: str) -> bool:
    """Whether the folder holds a composer.json naming the package its last two path parts
    spell (`acme/helper/composer.json` naming `acme/helper`, as in `vendor/`), not of type
    `project`, beside no front controller nor console script."""
    parts = folder.split("/")
    if len(parts) < 2:
        return False
    try:
        data = json.loads(read_text(top, posixpath.join(folder, "composer.json"))[0] or "")
    except ValueError:
        return False
    if not isinstance(data, dict):
        return False
    name, kind = data.get("name"), data.get("type")
    if not isinstance(name, str) or name.strip().lower() != "/".join(parts[-2:]).lower():
        return False
    if isinstance(kind, str) and kind.strip().lower() == "project":
        return False
    return not any(os.path.isfile(os.path.join(top, folder, f)) for f in _APPLICATION_FILES)


def _readme_owner(top: str) -> str:
    """The owner (lower case) whose repositories the root README names most often, at least
    `_README_MENTIONS` times and more often than any other owner's, or ""."""
    for name in _README_NAMES:
        text = read_text(top, name)[0]
        if not text:
            continue
        counts = Counter(m.group(1).lower() for m in _HOSTED.finditer(text))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < _README_MENTIONS:
            return ""
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return ""
        return ranked[0][0]
    return ""


def _owner(top: str, path: str) -> str:
    """The owner (lower case) of the repository the package.json at `path` names as its home,
    or ""."""
    try:
        data = json.loads(read_text(top, path)[0] or "")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    repository = data.get("repository")
    if isinstance(repository, dict):
        repository = repository.get("url")
    for address in (repository, data.get("homepage")):
        if not isinstance(address, str):
            continue
        match = _HOSTED.search(address) or _SHORTHAND.match(address.strip())
        if match:
            return match.group(1).lower()
    return ""
