"""YAML text written directly from plain data: LibYAML's bytes without PyYAML's per-node work.

`yamlio.dump` turned every value into a PyYAML node (representer, resolver, serializer) before
LibYAML wrote it: at 1,000 entities that was most of an export. This module writes the same text
straight from dicts, lists and scalars, for exactly the options `yamlio` dumps with (block
style, insertion order, Unicode, width 100, indent 2, indentless sequences, `yamlio`'s string
styles). Every decision is LibYAML 0.2.5's (`src/emitter.c`: `analyze_scalar`,
`select_scalar_style`, the `write_*_scalar` functions and their line folding), taken once per
distinct string and cached.

Whatever it does not reproduce with certainty — a type other than dict, list, str, int,
float, bool and None (subclasses included), a key LibYAML would write as a complex `? key`,
a block scalar that would end the stream open (`...`), a float PyYAML would tag — raises
`Unsupported`, and `yamlio.dump` falls back to PyYAML (tests/test_yamlemit.py compares the two
on random data and on every example).
"""

from __future__ import annotations

import re
from typing import Any

from yaml import ScalarNode
from yaml.resolver import Resolver

WIDTH = 100
"""LibYAML's `best_width` (the `width` yamlio dumps with)."""
INDENT = 2
"""LibYAML's `best_indent`."""
_STR = "tag:yaml.org,2002:str"


class Unsupported(Exception):
    """The data holds something this writer does not reproduce exactly."""


_resolver = Resolver()
_BREAKS = frozenset("\r\n\x85\u2028\u2029")
"""LibYAML's IS_BREAK."""
_TYPED = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[yYnN]")
"""`yamlio._TYPED`: strings written single-quoted (kept in step by tests/test_yamlemit.py)."""
_SEPARATORS = re.compile("[\x85\u2028\u2029]")


def _printable(ch: str) -> bool:
    """LibYAML's IS_PRINTABLE (on UTF-8 it excludes U+0080–U+009F, U+FEFF and astral planes,
    unlike PyYAML's Python emitter)."""
    c = ord(ch)
    return (c == 0x0A or 0x20 <= c <= 0x7E or 0xA0 <= c <= 0xD7FF
            or (0xE000 <= c <= 0xFFFD and c != 0xFEFF))


_SIMPLE = re.compile('[A-Za-z0-9_/(=+~$^;\uAC00-\uD7A3]'
                     '(?:[ -"$-9;-~\uAC00-\uD7A3]*[!-"$-9;-~\uAC00-\uD7A3])?')
"""Most strings: printable ASCII and Hangul, no indicator first, no `:` or `#`, no space at
either end. LibYAML allows them every style; `_analyze` answers at once."""


def _analyze(value: str) -> tuple[bool, bool, bool, bool]:
    """LibYAML's `yaml_emitter_analyze_scalar`: (multiline, block_plain_allowed,
    single_quoted_allowed, block_allowed). Flow context never occurs in block output."""
    if _SIMPLE.fullmatch(value):
        return False, True, True, True
    return _analyze_each(value)


_BREAK_CLASS = "\r\n\x85\u2028\u2029"
_WHITE_AFTER = "(?:[ \t\x00" + _BREAK_CLASS + "]|\\Z)"
"""LibYAML's `followed_by_whitespace`: a blank, a break or the end."""
_FIRST_INDICATOR = re.compile("[#,\\[\\]{}&*!|>'\"%@`]|[?:-]" + _WHITE_AFTER)
_COLON_INDICATOR = re.compile(":" + _WHITE_AFTER)
_COMMENT_INDICATOR = re.compile("[ \t\x00" + _BREAK_CLASS + "]#")
_ANY_BREAK = re.compile("[" + _BREAK_CLASS + "]")
_BREAK_SPACE = re.compile("[" + _BREAK_CLASS + "] ")
_SPACE_BREAK = re.compile(" [" + _BREAK_CLASS + "]")
_NOT_PRINTABLE = re.compile("[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
"""Not `_printable`."""
_OTHER_BREAK = re.compile("[\r\x85\u2028\u2029]")


def _analyze_each(value: str) -> tuple[bool, bool, bool, bool]:
    """`_analyze` for any string: LibYAML's character loop as a few regular-expression scans,
    which keeps a description of megabytes to milliseconds (tests/test_yamlemit.py checks it
    against the loop transcribed)."""
    if not value:
        return False, True, True, False
    block_indicators = bool(
        value.startswith(("---", "...")) or _FIRST_INDICATOR.match(value)
        or _COLON_INDICATOR.search(value, 1) or _COMMENT_INDICATOR.search(value))
    line_breaks = _ANY_BREAK.search(value) is not None
    special = _NOT_PRINTABLE.search(value) is not None
    first, last = value[0], value[-1]
    leading = first == " " or first in _BREAKS
    trailing_space = last == " "
    trailing = trailing_space or last in _BREAKS
    break_space = _BREAK_SPACE.search(value) is not None
    space_break = _SPACE_BREAK.search(value) is not None
    block_plain = single = block = True
    if leading or trailing:
        block_plain = False
    if trailing_space:
        block = False
    if break_space:
        block_plain = single = False
    if space_break or special:
        block_plain = single = block = False
    if line_breaks or block_indicators:
        block_plain = False
    return line_breaks, block_plain, single, block


def _yamlio_style(value: str) -> str | None:
    """The style `yamlio._str` asks for."""
    if _TYPED.fullmatch(value):
        return "'"
    if _SEPARATORS.search(value):
        return '"'
    if "\n" in value:
        return "|"
    return None


def _select(value: str, style: str | None, plain_implicit: bool, key: bool) -> str:
    """LibYAML's `yaml_emitter_select_scalar_style` (block context, quoted_implicit set): one
    of "", "'", '"', "|"."""
    multiline, block_plain, single, block = _analyze(value)
    chosen = style or ""
    if key and multiline:
        chosen = '"'
    if chosen == "" and (not block_plain or (not value and key) or not plain_implicit):
        chosen = "'"
    if chosen == "'" and not single:
        chosen = '"'
    if chosen in "|>" and chosen and (not block or key):
        chosen = '"'
    if chosen == ">":
        raise Unsupported("folded scalars")
    return chosen


_ESCAPES = {"\x00": "0", "\x07": "a", "\x08": "b", "\x09": "t", "\x0a": "n", "\x0b": "v",
            "\x0c": "f", "\x0d": "r", "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N",
            "\xa0": "_", "\u2028": "L", "\u2029": "P"}


def _escape(ch: str) -> str | None:
    """The escape LibYAML writes for `ch` inside double quotes, or None to write it as is."""
    if _printable(ch) and ch not in _BREAKS and ch not in '"\\':
        return None
    short = _ESCAPES.get(ch)
    if short is not None:
        return "\\" + short
    c = ord(ch)
    if c <= 0xFF:
        return f"\\x{c:02X}"
    if c <= 0xFFFF:
        return f"\\u{c:04X}"
    return f"\\U{c:08X}"


def _inline(value: str, style: str) -> str:
    """The scalar on one line, as LibYAML writes it when nothing is folded (block styles and
    quoted line breaks excluded by the callers)."""
    if style == "":
        return value
    if style == "'":
        return "'" + value.replace("'", "''") + "'"
    return '"' + "".join(_escape(ch) or ch for ch in value) + '"'


class _Scalar:
    """What is known of one string in one role (key or value), computed once."""

    __slots__ = ("folds", "style", "text", "value")

    def __init__(self, value: str, key: bool) -> None:
        self.value = value
        implicit = _resolver.resolve(ScalarNode, value, (True, False)) == _STR
        self.style = _select(value, _yamlio_style(value), implicit, key)
        if self.style in ("", "'") and _has_break(value):
            raise Unsupported("line breaks in a single-quoted scalar")
        if key and self.style == '"' and _has_break(value):
            raise Unsupported("a multi-line key")
        if key and len(value.encode("utf-8")) > 128:
            raise Unsupported("a key LibYAML writes as a complex key")
        self.text = _inline(value, self.style) if self.style != "|" else ""
        # Folding happens only at a space; a scalar without one never folds.
        self.folds = self.style != "|" and " " in value and not key


def _has_break(value: str) -> bool:
    return _ANY_BREAK.search(value) is not None


def _token(value: Any) -> str:
    """The text of a non-string scalar (SafeRepresenter's), always plain and untagged."""
    kind = type(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        if value != value:
            text = ".nan"
        elif value == float("inf"):
            text = ".inf"
        elif value == float("-inf"):
            text = "-.inf"
        else:
            text = repr(value).lower()
            if "." not in text and "e" in text:
                text = text.replace("e", ".0e", 1)
            if _resolver.resolve(ScalarNode, text, (True, False)) != "tag:yaml.org,2002:float":
                raise Unsupported(f"float {text} would be tagged")
        return text
    raise Unsupported(f"type {kind.__name__}")


class _Writer:
    """Writes plain data in LibYAML's block style into `out`.

    A key is always written at its mapping's indentation and a `-` at its sequence's, so the
    column where a value starts follows from the indentation and the key: no column is
    tracked."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.values: dict[str, _Scalar] = {}
        self.keys: dict[str, str] = {}
        self.line_start = True
        """The output ends with a line break of a block scalar, or nothing was written yet:
        the next line gets its indentation only, no break."""

    def key(self, value: Any) -> str:
        """The text of a simple mapping key."""
        if type(value) is str:
            text = self.keys.get(value)
            if text is None:
                text = self.keys[value] = _Scalar(value, key=True).text
            return text
        return _token(value)

    def value(self, value: Any, indent: int, col: int) -> str | None:
        """The text of a scalar starting with its separating space, when it stays on the line
        that starts at `col` (just after `key:` or `-`); None when it was written itself (a
        block scalar, or a folded one)."""
        if type(value) is not str:
            return " " + _token(value)
        known = self.values.get(value)
        if known is None:
            known = self.values[value] = _Scalar(value, key=False)
        if known.style == "|":
            self._literal(value, indent + INDENT)
            return None
        text = known.text
        if not known.folds or col + 1 + len(text) <= WIDTH:
            return " " + text
        self.out.append(_folded(value, known.style, indent + INDENT, col))
        return None

    def _literal(self, value: str, indent: int) -> None:
        """LibYAML's literal block writer, with its indentation and chomping hints."""
        head = " |"
        if value[0] == " " or value[0] in _BREAKS:
            head += str(INDENT)
        if value[-1] not in _BREAKS:
            head += "-"
        elif len(value) == 1 or value[-2] in _BREAKS:
            raise Unsupported("a block scalar kept with its final line breaks (ends the stream "
                              "open)")
        if _OTHER_BREAK.search(value):
            raise Unsupported("line breaks other than \\n")
        pad = " " * indent
        body = "\n".join(pad + line if line else "" for line in value.split("\n"))
        self.out.append(head + "\n" + body)
        self.line_start = value[-1] == "\n"

    def mapping(self, data: dict[Any, Any], indent: int, inline: bool) -> None:
        """A non-empty block mapping at `indent`; `inline`: its first key follows `- `."""
        out = self.out
        newline = "\n" + " " * indent
        for key, value in data.items():
            if inline:
                start = " "
                inline = False
            elif self.line_start:
                start = newline[1:]
                self.line_start = False
            else:
                start = newline
            text = self.key(key)
            kind = type(value)
            if kind is dict or kind is list:
                out.append(start + text + ":")
                if value:
                    if kind is dict:
                        self.mapping(value, indent + INDENT, False)
                    else:  # a sequence in a mapping is indentless
                        self.sequence(value, indent, False)
                else:
                    out.append(" {}" if kind is dict else " []")
                continue
            written = self.value(value, indent, indent + len(text) + 1) if kind is str \
                else " " + _token(value)
            if written is None:
                # Written by itself after the key: put the key before it.
                out.insert(len(out) - 1, start + text + ":")
            else:
                out.append(start + text + ":" + written)

    def sequence(self, data: list[Any], indent: int, inline: bool) -> None:
        """A non-empty block sequence at `indent`; `inline`: its first item follows `- `."""
        out = self.out
        newline = "\n" + " " * indent
        for item in data:
            if inline:
                start = " -"
                inline = False
            elif self.line_start:
                start = newline[1:] + "-"
                self.line_start = False
            else:
                start = newline + "-"
            kind = type(item)
            if kind is dict or kind is list:
                out.append(start)
                if item:
                    if kind is dict:
                        self.mapping(item, indent + INDENT, True)
                    else:
                        self.sequence(item, indent + INDENT, True)
                else:
                    out.append(" {}" if kind is dict else " []")
                continue
            written = self.value(item, indent, indent + 1) if kind is str \
                else " " + _token(item)
            if written is None:
                out.insert(len(out) - 1, start)
            else:
                out.append(start + written)


def _folded(value: str, style: str, indent: int, col: int) -> str:
    """LibYAML's plain, single- and double-quoted writers with their line folding, for a
    scalar that starts after column `col` (its separating space included)."""
    out: list[str] = [" "]
    col += 1
    pad = "\n" + " " * indent
    if style:
        out.append(style)
        col += 1
    spaces = False
    last = len(value) - 1
    for i, ch in enumerate(value):
        escape = _escape(ch) if style == '"' else None
        if escape is not None:
            out.append(escape)
            col += len(escape)
            spaces = False
        elif ch == " ":
            next_space = i < last and value[i + 1] == " "
            if style == "":
                fold = not spaces and col > WIDTH and not next_space
            elif style == "'":
                fold = not spaces and col > WIDTH and i != 0 and i != last and not next_space
            else:
                fold = not spaces and col > WIDTH and i != 0 and i != last
            if fold:
                out.append(pad)
                col = indent
                if style == '"' and next_space:
                    out.append("\\")
                    col += 1
            else:
                out.append(" ")
                col += 1
            spaces = True
        else:
            if style == "'" and ch == "'":
                out.append("'")
                col += 1
            out.append(ch)
            col += 1
            spaces = False
    if style:
        out.append(style)
    return "".join(out)


def emit(data: Any) -> str:
    """`data` (a dict or list) as LibYAML writes it with yamlio's options; raises Unsupported."""
    writer = _Writer()
    kind = type(data)
    if kind is dict:
        if not data:
            return "{}\n"
        writer.mapping(data, 0, inline=False)
    elif kind is list:
        if not data:
            return "[]\n"
        writer.sequence(data, 0, inline=False)
    else:
        raise Unsupported("a document that is not a mapping or a sequence")
    if not writer.line_start:
        writer.out.append("\n")
    return "".join(writer.out)
