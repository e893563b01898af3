"""Which pub packages are programs: a package runs as a program from its `bin/` folder (`dart
run`, `dart compile exe bin/server.dart`), a Dart Frog app from its `routes/` folder, which
`dart_frog build` turns into a server. A package with neither is a library another package
imports (a shelf middleware package, a code generator for shelf_router): no backend, whatever
framework its pubspec names.
"""

from __future__ import annotations

import os
import posixpath
from types import ModuleType

from designer.detect.ecosystems import dart
from designer.detect.signals import ManifestResult

PROGRAM_FOLDERS = ("bin", "routes")
"""The folders beside a pubspec that make its package a program."""


def settle(top: str, read: list[tuple[str, ModuleType, ManifestResult]]) -> None:
    """Mark as libraries the pub packages with no program folder beside their pubspec."""
    for path, module, result in read:
        if module is not dart or result.library:
            continue
        folder = posixpath.dirname(path)
        if not any(
            os.path.isdir(os.path.join(top, *folder.split("/"), name))
            if folder
            else os.path.isdir(os.path.join(top, name))
            for name in PROGRAM_FOLDERS
        ):
            result.library = True
