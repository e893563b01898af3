"""Node packages copied into a repository from another owner's project.

A repository sometimes carries a published tool in its tree under the tool's own manifest (a
small server streaming a storage bucket's files over HTTP, built into one of the project's
images): that package.json still names its home, `repository` (or `homepage`) on another
owner's account, while the repository's root manifest names the project's own. Such a package
is a third-party tool the project runs, not one of its backends, as long as it keeps no data;
one with a data layer or an engine of its own stays a backend (a service the project adopted).
Packages naming another repository of the same owner (one merged into a monorepo) are the
project's own.
"""

from __future__ import annotations

import json
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import DATA_KINDS
from designer.detect.walker import read_text

_HOSTED = re.compile(r"(?i)\b(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+)/[\w.-]+")
"""A repository's address on a forge (`git+https://github.com/owner/name.git`,
`git@github.com:owner/name`), its owner captured."""

_SHORTHAND = re.compile(r"(?i)^(?:github:|gitlab:|bitbucket:)?([\w.-]+)/[\w.-]+$")
"""npm's shorthand for a repository (`owner/name`, `github:owner/name`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.vendored` on the Node packages keeping no data whose manifest names another
    owner's repository than the root manifest does."""
    home = _owner(top, "package.json")
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
