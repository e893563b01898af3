"""Servers kept as loose files among a repository's helpers.

A folder with no manifest of its language takes the code of the folders below it that hold
none either: a Python file starting aiohttp in `dev-tools/local-stack/mockoidc.py` makes the
repository root a Python unit, though the root declares no Python project at all. The place of
such a program is the file that starts its framework, not the folder it was gathered into: a
file named as a test double (`mockoidc.py`, `fake_idp.py`) or kept in a folder of tools,
scripts, doubles or tests is a helper the developers or the tests run (a mock identity
provider for a local stack), no backend. A folder with a manifest is a project of its own, and
stays one whatever its files are named.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.nonservices import is_double, is_script, is_test_host, is_tool
from designer.detect.signals import Strength
from designer.model.stack import FindingKind


def loose_helper(unit: Unit, language: str) -> bool:
    """Whether the unit declares no project at all and every file starting its `language`
    framework is placed as a helper: named as a test double, or in a folder of tools,
    scripts, doubles or tests. (A folder with a manifest of any language is a project, whose
    language the loose files may outweigh: a Go module's mock server in Python.)"""
    if unit.manifests:
        return False
    starts = {
        s.evidence.path
        for s in unit.signals.get(language, [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY and s.evidence
    }
    return bool(starts) and all(_helper_file(path) for path in starts)


def _helper_file(path: str) -> bool:
    """Whether the file is named as a test double or lies in a helpers' folder."""
    folder = posixpath.dirname(path)
    stem = posixpath.basename(path).split(".", 1)[0]
    return (
        is_double(stem)
        or is_double(folder)
        or is_tool(folder)
        or is_script(folder)
        or is_test_host(folder)
    )
