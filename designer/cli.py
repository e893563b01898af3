"""Command line: `designer [COMMAND]`. Without a command it launches the terminal app.

Each subcommand lives in `designer/commands/NAME.py` with `add_arguments(parser)` and
`run(args) -> int`. Headless commands (check, list, export, detect, new, schema, completion) never
import textual: only `designer` itself and `designer open` start the app, and they import it when
they run.
"""

from __future__ import annotations

import importlib
import keyword
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from designer import __version__, collector
from designer.errors import DesignerError, QuestionnaireError
from designer.terminal import visible

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

COMMANDS: dict[str, str] = {
    "new": "Create a design file and open it in the app",
    "open": "Open a design file in the app",
    "list": "List recent design sessions",
    "check": "Review a design against the checklists (exit 1 on findings at --fail-on)",
    "detect": "Find the stack of a project folder (framework, ORM, tests), with evidence",
    "export": "Write the architecture document, Mermaid diagrams and OpenAPI spec to a folder",
    "import": "Start a design from an OpenAPI description, a SQL schema or a SPEC document",
    "serve": "Run the app in a browser on 127.0.0.1 (needs the serve extra: textual-serve)",
    "completion": "Print the shell completion script for bash, zsh or fish",
    "schema": "Print the JSON Schema of design files (or write it with --out DIR) for editors",
}
"""Subcommand name → one-line help; the module is `designer.commands.<name>` (`import_` for
`import`, a Python keyword)."""

HEADLESS = {"list", "check", "detect", "export"}
"""Commands that run without the app (the collector stays out of their way, see collector.py)."""

APP = {"new", "open", "serve"}
"""Commands that may run the app: the process does not end with their return alone."""


def terminal_columns() -> int:
    """The terminal's width as `shutil.get_terminal_size().columns` answers it (COLUMNS when it
    is a positive number, else the terminal of `sys.__stdout__`, else 80)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or 80


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered.

    With `command`, only that subcommand's module is imported and its arguments added; the
    others are listed by name and help alone (all `--help` shows), or, when `command` names
    one, not registered at all: once the first word chose a command, nothing shows the
    list. Importing every command's module was a third of a headless command's own start
    (their imports: the export writer, completion, the recent list …), spent on commands that
    do not run; each parser registered costs argparse a few gettext look-ups besides.
    """
    import argparse

    from designer.helpformat import Formatter

    parser = argparse.ArgumentParser(
        prog="designer",
        description="Design a backend the way a senior backend architect would interview you.",
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action="version", version=f"designer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        if command and name != command:
            continue  # a command was chosen: the others are never listed
        subparser = sub.add_parser(name, help=help_text, description=help_text,
                                   formatter_class=Formatter)
        if command is not None and name != command:
            continue
        stem = name.replace("-", "_")
        # `import` is a Python keyword: its module is `import_`.
        stem += "_" if keyword.iskeyword(stem) else ""
        module = importlib.import_module(f"designer.commands.{stem}")
        module.add_arguments(subparser)
        subparser.set_defaults(run=module.run)
    return parser


def parse(arguments: Sequence[str]) -> argparse.Namespace | SimpleNamespace:
    """The command line's arguments as `main` reads them (exits on bad ones, as argparse does).

    With no argument at all (the app) there is nothing to parse: the parser's ten subparsers
    were 8 million instructions, 3% of the app's start beyond a bare Textual app. `designer
    detect PATH [--json]` is read without argparse (`_plain_detect`). Otherwise only the command
    asked for is built (none when the first word is an option, e.g. `--help`).
    """
    if not arguments:
        import argparse

        return argparse.Namespace(command=None)
    plain = _plain_detect(list(arguments))
    if plain is not None:
        return plain
    chosen = arguments[0] if arguments[0] in COMMANDS else ""
    return build_parser(chosen).parse_args(arguments)


def _plain_detect(arguments: list[str]) -> SimpleNamespace | None:
    """The arguments of `designer detect PATH [--json]` read without argparse, or None for any
    other command line (argparse then reads it, with its help and its errors).

    A scan of a large tree is fast enough that importing argparse and building its parser
    was a twentieth of `designer detect`; this form is the one scripts and CI run.
    """
    if not arguments or arguments[0] != "detect":
        return None
    from designer.commands import detect

    return detect.plain_arguments(arguments[1:])


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `designer` console script; returns the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments == ["--version"]:
        print(f"designer {__version__}")  # without building every subcommand's parser
        return 0
    # designer uses no pydantic plugin; looking for them reads every installed package's
    # metadata on the first model class built (tens of milliseconds of every start).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = parse(arguments)
    try:
        if args.command is None:
            from designer.commands.open import launch

            return launch(None)
        if args.command in HEADLESS:
            with collector.headless():
                code = int(args.run(args))
                if argv is None:
                    # The process's last step: freeze what the command made while the
                    # collector is still off, or turning it back on walks all of it in one
                    # young collection (3 to 25 ms after a 100,000-file `designer detect`).
                    collector.exiting()
        else:
            code = int(args.run(args))
        if argv is None and args.command not in APP:
            collector.exiting()  # the process's own command line, done: it ends now
        return code
    except DesignerError as error:
        # Messages name files and keys from the user's files: shown with controls made visible
        # (a questionnaire error lists one problem per line on purpose).
        text = visible(error, keep_newlines=isinstance(error, QuestionnaireError))
        print(f"designer: {text}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("designer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`designer check F | head`); say nothing more, like other tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
