"""Comments a user wrote in a design file survive designer's next save.

designer writes a design in one stable layout; a person may add `# comments` to it by hand. On
save, each comment of the old file is tied to the place it annotates, a key path such as
`data.entities[2].fields[0].name` (the next key below a comment line, or the value a trailing
comment follows), and put back at that place in the new text. A comment whose place is gone
moves to the nearest place still there above it (its parent), else to the end of the file.

Only files that hold a comment pay for this: `has_comments` is a quick scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

Path_ = tuple[Any, ...]
"""A key path: mapping keys and sequence indexes from the top."""

_COMMENT_LINE = re.compile(r"^\s*#")
_TRAILING = re.compile(r"^\s+#.*$")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def renew_header(text: str, legacy: str, header: str) -> str:
    """`text` with an older designer header replaced by today's, so the old header is not
    carried over as if the user had written it."""
    if text.startswith(legacy):
        return header + text.removeprefix(legacy)
    return text


def has_comments(text: str, header: str) -> bool:
    """Whether `text` may hold a comment besides designer's own header line (a `#` preceded by
    a space or at a line start; a false hit only costs a slower save)."""
    body = text.removeprefix(header)
    return body.lstrip().startswith("#") or "\n#" in body or " #" in body


def _walk(node: yaml.Node, path: Path_) -> Iterator[tuple[Path_, yaml.Node, yaml.Node | None]]:
    """(path, value node, key node) for every node below `node`, in document order."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                here = (*path, key.value)
                yield here, value, key
                yield from _walk(value, here)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            here = (*path, i)
            yield here, item, None
            yield from _walk(item, here)


def _layout(root: yaml.Node | None) -> tuple[dict[int, Path_], dict[int, Path_], set[int]]:
    """Where each path starts (line → first path there), where each scalar value ends
    (line → path), and the lines inside multi-line scalars (never comments)."""
    starts: dict[int, Path_] = {}
    ends: dict[int, Path_] = {}
    inside: set[int] = set()
    if root is None:
        return starts, ends, inside
    for path, value, key in _walk(root, ()):
        first = key if key is not None else value
        starts.setdefault(first.start_mark.line, path)
        if isinstance(value, yaml.ScalarNode):
            ends[value.end_mark.line] = path
            inside.update(range(value.start_mark.line + 1, value.end_mark.line + 1))
    return starts, ends, inside


Trailing = dict[tuple[Path_, bool], str]
"""Trailing comments by (path, on the key's line rather than after the value)."""


def _comments(text: str) -> tuple[list[tuple[Path_ | None, list[str]]], Trailing]:
    """The old file's comment blocks with the path each precedes (None: the end of the file),
    and its trailing comments (after a scalar value, or after a key that opens a block)."""
    lines = text.split("\n")
    root = yaml.compose(text, Loader=_LOADER)
    starts, _, inside = _layout(root)
    trailing: Trailing = {}
    for path, value, key in _walk(root, ()) if root is not None else ():
        if isinstance(value, yaml.ScalarNode):
            mark, on_key = value.end_mark, False
        elif key is not None:
            mark, on_key = key.end_mark, True
        else:
            continue
        if mark.line >= len(lines) or mark.line in inside:
            continue
        rest = lines[mark.line][mark.column:]
        rest = rest.removeprefix(":") if on_key else rest
        if _TRAILING.match(rest):
            trailing[(path, on_key)] = rest.strip()
    blocks: list[tuple[Path_ | None, list[str]]] = []
    pending: list[str] = []
    for number, line in enumerate(lines):
        if number in inside:
            continue
        if _COMMENT_LINE.match(line):
            pending.append(line)
            continue
        if number in starts and pending:
            blocks.append((starts[number], pending))
            pending = []
    if pending:
        blocks.append((None, pending))
    return blocks, trailing


def _nearest(path: Path_ | None, present: dict[Path_, int]) -> int | None:
    while path:
        if path in present:
            return present[path]
        path = path[:-1]
    return None


def carry_over(old: str, new: str, header: str) -> str:
    """`new` with the comments of `old` put back where they belong (see the module doc)."""
    try:
        blocks, trailing = _comments(old.removeprefix(header))
    except yaml.YAMLError:
        return new  # the old file is not YAML: nothing to carry over
    body = new.removeprefix(header)
    lines = body.split("\n")
    starts, ends, _ = _layout(yaml.compose(body, Loader=_LOADER))
    line_of = {path: number for number, path in sorted(starts.items(), reverse=True)}
    end_of = {path: number for number, path in ends.items()}
    before: dict[int, list[str]] = {}
    at_end: list[str] = []
    for path, comment in blocks:
        number = _nearest(path, line_of)
        if number is None:
            at_end += comment
        else:
            before.setdefault(number, []).extend(comment)
    suffix: dict[int, str] = {}
    for (path, on_key), comment in trailing.items():
        number = line_of.get(path) if on_key else end_of.get(path)
        if number is not None and number not in suffix:
            suffix[number] = comment
        else:
            at_end.append(comment)
    out: list[str] = []
    for number, line in enumerate(lines):
        out += before.get(number, [])
        out.append(f"{line}  {suffix[number]}" if number in suffix and line.strip() else line)
    if at_end:
        while out and out[-1] == "":
            out.pop()
        out += [*at_end, ""]
    return header + "\n".join(out)
