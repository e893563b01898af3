"""The build program a deps.edn alias runs from a source folder of the project's own.

tools.build's script usually lies beside deps.edn (`build.clj`, read as a manifest), but an
alias may keep it in a folder of its `:extra-paths` (`:build {:extra-paths ["src/build"]
:ns-default app.build}`), where the walk does not look for manifests (a `build/` folder is
pruned as output). A project whose deps.edn names no program of its own is read as a library;
the uberjar such a script makes (`b/uber`) says it is an application, as a build.clj beside
deps.edn does.
"""

from __future__ import annotations

import posixpath
from types import ModuleType

from designer.detect.ecosystems import clojure
from designer.detect.signals import ManifestResult
from designer.detect.walker import read_text


def settle(top: str, read: list[tuple[str, ModuleType, ManifestResult]]) -> None:
    """Mark as applications the deps.edn projects read as libraries whose alias runs a build
    program, kept in one of the alias's folders, that makes an uberjar."""
    for path, module, result in read:
        if module is not clojure or not result.library:
            continue
        if posixpath.basename(path) != "deps.edn":
            continue
        text, _ = read_text(top, path)
        if text is None:
            continue
        folder = posixpath.dirname(path)
        for script in clojure.build_scripts(text):
            found, _ = read_text(top, posixpath.join(folder, script) if folder else script)
            if found is not None and clojure.makes_uberjar(found):
                result.library = False
                break
