"""argparse's help formatter for designer's parsers, sized without importing `shutil`."""

from __future__ import annotations

import argparse

from designer.cli import terminal_columns


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter, measuring the terminal without importing `shutil`.

    argparse makes a formatter for every argument it registers and imports `shutil` (with
    bz2, lzma and zlib) to size it: 2.5 ms of CPU, a twentieth of `designer detect`'s
    start-up, for a width `os` gives as well.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            width = terminal_columns() - 2  # what argparse subtracts from shutil's answer
        super().__init__(prog, indent_increment, max_help_position, width)
