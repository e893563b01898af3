"""The import map a Deno configuration points to (`"importMap": "./import-map.json"` in
deno.json): where a Deno program written before deno.json's own `"imports"` pins its modules
(`"acorn": "https://deno.land/x/acorn@0.4.0/mod.ts"`). Its packages are the configuration's.

The file is read only when a deno.json names it: a browser's import map, or one no Deno
configuration uses, declares no server's dependencies.
"""

from __future__ import annotations

import posixpath
from types import ModuleType

from designer.detect.ecosystems import deno, node
from designer.detect.signals import Lines, ManifestError, ManifestResult
from designer.detect.walker import read_text


def settle(top: str, read: list[tuple[str, ModuleType, ManifestResult]]) -> None:
    """Add to each deno.json's result the packages of the import map it names."""
    for path, module, result in read:
        if module is not node or posixpath.basename(path) not in deno.NAMES:
            continue
        text, _ = read_text(top, path)
        try:
            target = deno.import_map(text) if text is not None else None
        except ManifestError:
            continue
        if target is None:
            continue
        mapped = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        if mapped.startswith("../") or mapped == "..":
            continue  # outside the scanned tree
        mapped_text, _ = read_text(top, mapped)
        if mapped_text is None:
            continue
        try:
            data = deno.json_document(mapped_text)
        except ManifestError:
            continue
        if isinstance(data, dict):
            deno.read_imports(
                result, data.get("imports"), Lines(mapped, mapped_text),
                node.CATALOG, node.GLUE, node.search_scoped,
            )
