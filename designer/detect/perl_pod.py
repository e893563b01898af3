"""Perl documentation and comments, blanked before the source rules read a Perl file.

A Perl module documents itself in POD, between a line opening a command paragraph (`=head1
CONFIG`, `=pod`, `=over`) and a line `=cut`, or anywhere after `__END__` / `__DATA__`. Its
examples are indented code (`db => 'dbi:SQLite:api.db'` in a sample configuration), which no
line-start anchor keeps apart from the program's own, and a `#` comment after code (`my $dsn =
$x; # or 'dbi:SQLite:…'`) is no code either. Blanking them (spaces, every newline kept) leaves
the offsets and line numbers of what is left as they were.
"""

from __future__ import annotations

import re

ENDINGS = (".pm", ".pl", ".t", ".psgi")
"""The endings of Perl files the rules read (a script without one is read as `.pl`)."""

_POD = re.compile(r"^=[a-zA-Z]\w*.*?(?:^=cut\b[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)
"""A POD block: from a line starting `=word` to the line `=cut` (or the end of the file)."""

_TAIL = re.compile(r"^__(?:END|DATA)__[ \t]*$", re.MULTILINE)
"""The end of the program: what follows is documentation or data."""

_TRAILING = re.compile(r"(?:^|(?<=[ \t;]))#[^\n]*", re.MULTILINE)
"""A `#` comment at a line's start or after a space or `;` (`$#array`, `s#a#b#`, `qw#…#`
have a sigil or a word before theirs)."""

_NOT_SPACE = re.compile(r"[^\n]")


def is_perl(name: str) -> bool:
    """Whether the rules read `name` as Perl code."""
    return name.endswith(ENDINGS)


def _spaces(match: re.Match[str]) -> str:
    return _NOT_SPACE.sub(" ", match.group(0))


def blank(text: str) -> str:
    """`text` with its POD, its data after `__END__` / `__DATA__` and its `#` comments blanked
    (same length, same lines)."""
    if "=" not in text and "#" not in text and "__" not in text:
        return text
    tail = _TAIL.search(text)
    if tail:
        text = text[: tail.end()] + _NOT_SPACE.sub(" ", text[tail.end() :])
    text = _POD.sub(_spaces, text)
    return "\n".join(_uncommented(line) for line in text.split("\n"))


def _uncommented(line: str) -> str:
    """The line without a `#` comment outside its quotes (a `'#'` in a string stays)."""
    if "#" not in line:
        return line
    for match in _TRAILING.finditer(line):
        before = line[: match.start()]
        if before.count("'") % 2 == 0 and before.count('"') % 2 == 0:
            return before + " " * (len(line) - match.start())
    return line
