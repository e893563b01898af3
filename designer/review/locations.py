"""Where a model path is in the design file the user edits: `FILE:LINE:COLUMN`.

The store turns YAML into the model and forgets the text; this module reads the file again with
`yamlio.compose` (LibYAML's composer), whose nodes keep their start marks, and walks a model path
down that node tree. It understands the review's locations (`data.entities[Order].fields[user_id]`,
`api.endpoints[GET /orders/{id}]`, `review.accepted[2]`) and pydantic's dotted error paths
(`api.resources.0.endpoints.1.method`). A path the file does not spell out (a default left
unwritten) resolves to the nearest part that is there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from designer import yamlio
from designer.errors import DesignFileError, SchemaVersionError
from designer.model.design import Design
from designer.model.places import split

KEYS = ("name", "key", "event", "target", "resource", "rule", "id", "path", "provider")
"""Fields that name an item of a list, tried in this order against `[key]`."""


@dataclass(frozen=True)
class Position:
    """A place in a file, counted from 1 as editors show it."""

    line: int
    column: int


def _entry(node: Node, key: str) -> tuple[Node, Node] | None:
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return k, v
    return None


def _value(node: Node, key: str) -> Node | None:
    entry = _entry(node, key)
    return entry[1] if entry else None


def _scalar(node: Node, key: str) -> str | None:
    found = _value(node, key)
    return found.value if isinstance(found, ScalarNode) else None


def _item(sequence: Node, key: str) -> Node | None:
    if not isinstance(sequence, SequenceNode):
        return None
    if key.isdigit():
        index = int(key)
        return sequence.value[index] if index < len(sequence.value) else None
    method, _, rest = key.partition(" ")
    for item in sequence.value:
        if rest and _scalar(item, "method") == method and _scalar(item, "path") == rest:
            return item
        if any(_scalar(item, field) == key for field in KEYS):
            return item
    return None


def _endpoint(root: Node, key: str) -> Node | None:
    """`api.endpoints[GET /x]`: endpoints live under the resources."""
    resources = _value(_value(root, "api") or root, "resources")
    for resource in resources.value if isinstance(resources, SequenceNode) else []:
        found = _item(_value(resource, "endpoints") or resource, key)
        if found is not None:
            return found
    return None


class Locator:
    """Model paths → positions in one design file."""

    def __init__(self, text: str) -> None:
        try:
            self.root: Node | None = yamlio.compose(text)
        except (yaml.YAMLError, yamlio.UnsafeYaml):
            self.root = None  # the store reports the YAML error itself

    @classmethod
    def of(cls, path: Path) -> Locator:
        """A locator for the file at `path` (empty when it cannot be read)."""
        try:
            return cls(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return cls("")

    def node(self, path: str) -> Node | None:
        """The node where the deepest part of `path` the file has is written: the key of a
        mapping entry, the item of a list (None for an empty file)."""
        node = self.root
        if node is None:
            return None
        anchor: Node = node
        parts = split(path)
        for index, (name, key) in enumerate(parts):
            if name.isdigit() and isinstance(node, SequenceNode):
                found = _item(node, name)
                spot = found
            elif name == "endpoints" and key is not None and index == 1 \
                    and parts[0][0] == "api":
                found = spot = _endpoint(self.root, key)
                key = None
            else:
                entry = _entry(node, name)
                found, spot = (entry[1], entry[0]) if entry else (None, None)
            if found is None or spot is None:
                return anchor
            node, anchor = found, spot
            if key is not None:
                item = _item(node, key)
                if item is None:
                    return anchor
                node = anchor = item
        return anchor

    def position(self, path: str) -> Position:
        """Line and column of `path` (1:1 when the file has nothing of it)."""
        node = self.node(path)
        if node is None:
            return Position(1, 1)
        mark = node.start_mark
        return Position(mark.line + 1, mark.column + 1)


_ERROR = re.compile(r"^(?P<where>[A-Za-z_][\w.\[\]-]*): (?P<rest>.*)$", re.DOTALL)


def with_position(path: Path, message: str) -> str:
    """A load error `FILE: model.path: problem` as `FILE:LINE:COLUMN: model.path: problem`;
    any other message unchanged."""
    head = f"{path}: "
    if not message.startswith(head):
        return message
    match = _ERROR.match(message[len(head):])
    if match is None or ("." not in match["where"] and match["where"] not in _TOP):
        return message
    at = Locator.of(path).position(match["where"])
    return f"{path}:{at.line}:{at.column}: {match['where']}: {match['rest']}"


_TOP = {"requirements", "architecture", "stack", "api", "data", "auth", "testing",
        "operations", "decisions", "review", "progress", "schema_version"}


def load_located(path: Path) -> Design:
    """`store.load`, with a validation error's model path turned into FILE:LINE:COLUMN."""
    from designer import store

    try:
        return store.load(path)
    except DesignFileError as error:
        if isinstance(error, SchemaVersionError):
            raise
        raise DesignFileError(with_position(path, error.message)) from None
