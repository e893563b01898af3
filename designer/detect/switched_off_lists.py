"""Pip lists a project switched off: named by its other lists only in a commented-out include.

A project may keep one pip list per data store in its `requirements/` folder
(`azure_cosmos.txt`, `sql_db.txt`), its runtime list including the one it runs on and the
other only in a comment (`-r ../azure_cosmos.txt` above `# -r ../sql_db.txt`). pip installs
nothing a commented line names, so the switched-off list's packages are an alternative the
program does not run on: they are read as development ones (a developer may switch back), not
the program's. Only the alternatives' shape is taken: the list naming one in a comment
includes another of the same folder live (a docs list's `# -r ../requirements.txt` switches
the application's list off for no one). A list some list still includes is left as it is.
"""

from __future__ import annotations

import posixpath

from designer.detect.signals import ManifestResult, Signal, Strength


def settle(lists: list[tuple[str, ManifestResult]]) -> None:
    """Read as development packages those of each pip list of `lists` (path, parsed) that
    another names in a commented-out include beside a live one of the same folder, and that
    none includes."""
    included: set[str] = set()
    switched_off: set[str] = set()
    for path, result in lists:
        folder = posixpath.dirname(path)
        live = {posixpath.normpath(posixpath.join(folder, i)) for i in result.includes}
        included |= live
        chosen = {posixpath.dirname(target) for target in live}
        for written in result.commented_includes:
            target = posixpath.normpath(posixpath.join(folder, written))
            if posixpath.dirname(target) in chosen:
                switched_off.add(target)  # an alternative to a list included beside it
    for path, result in lists:
        if path in switched_off and path not in included:
            result.signals = [_dev(s) for s in result.signals]
            result.runtime_dependencies = 0


def _dev(signal: Signal) -> Signal:
    return signal if signal.strength is Strength.DEV else signal.replace(strength=Strength.DEV)
