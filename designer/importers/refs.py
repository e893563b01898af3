"""Local `$ref`s: JSON pointers into the same document, followed with cycle detection.

Remote references (another file or a URL) are never fetched: nothing contacts the network, and
a description that needs them is reported. A chain of `$ref`s that returns to itself, or a
pointer to nothing, is an error naming the reference.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from designer.errors import DesignerError


class RefError(DesignerError):
    """A `$ref` that cannot be followed (remote, missing or cyclic)."""


MAX_CHAIN = 64
"""Longest chain of `$ref` → `$ref` followed before it is taken as a cycle."""


_LITERAL = frozenset({"example", "examples", "default", "enum", "const", "x-examples"})
"""Keys whose values are data, never references (an Example object's `value` sits inside)."""


_NAMED = frozenset({
    "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "scopes",
    "paths", "webhooks", "schemas", "responses", "parameters", "requestBodies", "headers",
    "securitySchemes", "links", "callbacks", "content", "encoding", "variables", "mapping",
    "pathItems",
})
"""Keys whose values map names (of properties, scopes, paths, components …) to objects."""


def pointer(ref: str) -> list[str]:
    """The tokens of a local reference `#/a/b~1c` → ['a', 'b/c']."""
    if not ref.startswith("#"):
        raise RefError(f"$ref {ref!r} points outside the file; remote references are never "
                       "fetched")
    body = unquote(ref[1:])
    if not body:
        return []
    if not body.startswith("/"):
        raise RefError(f"$ref {ref!r} is not a JSON pointer")
    return [t.replace("~1", "/").replace("~0", "~") for t in body[1:].split("/")]


class Resolver:
    """Follows `$ref`s inside one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def target(self, ref: str) -> Any:
        """What the local reference `ref` points to (one step)."""
        node: Any = self.document
        for token in pointer(ref):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise RefError(f"$ref {ref!r} points to nothing in the file")
        return node

    def deref(self, node: Any) -> Any:
        """`node` with `$ref` chains followed to a node that is not a reference."""
        seen: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or len(seen) >= MAX_CHAIN:
                raise RefError(f"$ref {ref!r} is part of a cycle ({' → '.join([*seen, ref])})")
            seen.append(ref)
            node = self.target(ref)
        return node

    def check_all(self) -> None:
        """Raise on the first remote, dangling or cyclic reference anywhere in the document."""
        # (node, whether its keys are names): under `properties`, `scopes`, `paths` … a key
        # `$ref` names a property, a scope or a path, and is no reference.
        stack: list[tuple[Any, bool]] = [(self.document, False)]
        checked: set[str] = set()
        while stack:
            node, names = stack.pop()
            if isinstance(node, dict) and names:
                stack.extend((value, False) for value in node.values())
            elif isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref not in checked:
                    checked.add(ref)
                    self.deref(node)
                # Examples, defaults and enum values are literal data, where a `$ref` key is
                # just a key.
                stack.extend((v, k in _NAMED) for k, v in node.items() if k not in _LITERAL)
            elif isinstance(node, list):
                stack.extend((item, False) for item in node)
