"""Safe, strict YAML in and stable, readable YAML out.

Loading uses PyYAML's safe loader with aliases refused outright: designer never writes
anchors, and refusing them is the simplest complete defence against alias bombs.
Dumping keeps the model's field order and writes multi-line strings as literal blocks, so a
design reads well and diffs cleanly in git.
"""

from __future__ import annotations

from typing import Any

import yaml


class UnsafeYaml(Exception):
    """The document uses a YAML feature designer refuses (aliases, unknown tags)."""


class _StrictLoader(yaml.SafeLoader):
    """Safe loader that refuses aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise UnsafeYaml(
                f"line {event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                "allowed in a design file"
            )
        return super().compose_node(parent, index)


def load(text: str) -> Any:
    """Parse one YAML document safely; raises yaml.YAMLError or UnsafeYaml."""
    return yaml.load(text, Loader=_StrictLoader)


class _Dumper(yaml.SafeDumper):
    """Safe dumper that never writes anchors and indents lists under their key."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if any(c in value for c in "\x85\u2028\u2029"):
        # YAML counts NEL and the Unicode separators as line breaks and PyYAML writes them raw
        # in plain, single-quoted and block styles, which changes the value; escape them.
        style = '"'
    elif "\n" in value:
        # Multi-line text reads best as a literal block; PyYAML falls back to quoting by
        # itself when a block cannot hold the value exactly (trailing spaces, tabs).
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(data: Any) -> str:
    """Dump plain data (dicts, lists, scalars) as block-style YAML in insertion order."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
