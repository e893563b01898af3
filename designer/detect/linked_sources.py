"""Shared source folders that projects compile from outside their own folder.

A .NET solution may build several hosts from one folder of code (`<Compile
Include="..\\Shared\\**\\*.cs" Link="…">` in each host's project, one per API version or
edition), the folder having no project of its own. The walk gives that code to the nearest
project folder above it (often the root), which then looks like a host of its own while the
projects that run the code show no start. The code belongs to each project compiling it.
"""

from __future__ import annotations

import posixpath

from designer.detect.signals import ManifestResult
from designer.detect.walker import Source


def share(
    parsed: list[tuple[str, str, ManifestResult]], sources: dict[str, list[Source]]
) -> dict[str, list[Source]]:
    """`sources` (owner folder → files) with the files of each linked folder that has no
    project of its own given to every project compiling it instead of their walk owner."""
    links = [
        (posixpath.dirname(path) or ".", folder)
        for path, _, result in parsed
        for link in result.linked
        if not (folder := posixpath.normpath(posixpath.join(posixpath.dirname(path), link)))
        .startswith("..")
    ]
    if not links:
        return sources
    shared: dict[str, list[Source]] = {}
    taken: set[str] = set()
    for project, folder in links:
        within = folder + "/"
        for owner, files in sources.items():
            # Only a folder without a project of its own: its owner lies above it.
            if owner in (folder, project) or owner.startswith(within):
                continue
            linked = [f for f in files if f.path.startswith(within)]
            if linked:
                shared.setdefault(project, []).extend(linked)
                taken.update(f.path for f in linked)
    if not shared:
        return sources
    result = {
        owner: kept
        for owner, files in sources.items()
        if (kept := [f for f in files if f.path not in taken])
    }
    for project, files in shared.items():
        result[project] = [*result.get(project, []), *files]
    return result
