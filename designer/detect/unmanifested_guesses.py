"""Loose scripts with no manifest of their language: no backend to guess.

When no folder of a tree names a web framework, the detector offers the folders showing a
backend's marks (a data layer, a database) as backends whose framework went unrecognised. A
repository that is a static site (a Jekyll `Gemfile`, `_config.yml`, `_layouts/`) with a
`contrib/` folder of analysis scripts (`dataset.connect('postgresql://localhost/plenary')`)
shows such a mark, yet its scripts declare nothing to install: no requirements file, no
pyproject, no setup script. An application someone deploys declares what it runs on; scripts a
person runs by hand against a local database do not. HELDOUT.md counts neither scripts nor a
site's build as backends.

So a folder is no guess when every mark of a backend in it (`assemble.BACKEND_KINDS`, beyond
development) comes from code of an ecosystem for which the folder has no manifest, and nothing
in it deploys anything (no container or platform manifest: `Unit.deployable`). A manifest of
another ecosystem (the site's `Gemfile`) does not count for the scripts.
"""

from __future__ import annotations

from designer.detect.assemble import BACKEND_KINDS, CONFIG, Unit
from designer.detect.signals import Strength


def unmanifested(unit: Unit) -> bool:
    """Whether the folder's backend marks all come from code of ecosystems it declares no
    manifest for, and it deploys nothing."""
    if unit.deployable:
        return False
    declared = {ecosystem for _, ecosystem, _ in unit.manifests}
    marked = {
        ecosystem
        for ecosystem, signals in unit.signals.items()
        if ecosystem != CONFIG
        and any(s.kind in BACKEND_KINDS and s.strength is not Strength.DEV for s in signals)
    }
    return bool(marked) and not marked & declared
