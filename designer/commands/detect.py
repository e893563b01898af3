"""`designer detect PATH [--json] [--into FILE [--overwrite]]`: find the stack of a project.

Prints a readable report (or JSON) and exits 0 whatever was found; a missing path or a file
instead of a folder exits 2. With `--into`, the detection is written into a design file and
the empty stack fields are filled from the surest unambiguous backend.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from typing import TYPE_CHECKING, Any

from designer import collector
from designer.errors import UsageError
from designer.terminal import visible, visible_json

if TYPE_CHECKING:
    import argparse
    from pathlib import Path


def path_text(text: str) -> str:
    """`str(Path(text))` without importing pathlib (a tenth of `designer detect`'s start): the
    folder as the report names it, `.` and empty parts dropped."""
    root = ""
    if text.startswith("/"):
        rest = text.lstrip("/")
        root = "//" if len(text) - len(rest) == 2 else "/"  # POSIX keeps exactly two
        text = rest
    return root + "/".join(part for part in text.split("/") if part and part != ".") or "."


def _path(text: str) -> Path:
    from pathlib import Path

    return Path(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `detect`."""
    parser.add_argument("path", type=path_text, help="project folder to scan")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the detection as JSON (schema: designer/detect/detection.schema.json)",
    )
    parser.add_argument(
        "--into", type=_path, metavar="FILE", help="write the detection into this design file"
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="with --into, replace stack fields that are already set",
    )


def plain_arguments(arguments: list[str]) -> types.SimpleNamespace | None:
    """The arguments after `detect` when they are a folder and at most one `--json`, in
    either order, as `add_arguments`' parser reads them; None for anything else (an option
    but `--json`, an argument starting with `-`, no folder or two), left to argparse.

    The namespace holds what that parser's would (and `command` and `run`, as `designer`'s
    parser sets them), without importing argparse.
    """
    flags = [a for a in arguments if a == "--json"]
    rest = [a for a in arguments if a != "--json"]
    if len(flags) > 1 or len(rest) != 1 or rest[0].startswith("-"):
        return None
    return types.SimpleNamespace(command="detect", path=path_text(rest[0]), json=bool(flags),
                                 into=None, overwrite=False, run=run)


class _Deferred(types.ModuleType):
    """A module imported in name only: its first use loads the real one, and from then on
    this object holds what the real module holds."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        vars(self).update(vars(real))
        return getattr(real, name)


def _inspect_on_first_use() -> None:
    """Let `inspect` load when something first uses it, not when it is imported.

    The detection classes are dataclasses, and `dataclasses` imports `inspect` (with `ast`,
    `dis` and `tokenize`: a twentieth of `designer detect`) for classes without a docstring,
    which designer's all have: a scan never uses it. Left alone when something loaded it
    already (pydantic with `--into`, tests). The standard library's `LazyLoader` cannot do
    this: every `import inspect` reads the module's `__spec__`, which loads it.

    The stand-in's spec names the module and nothing more: the import system only asks it
    whether the module is still initialising, and the real module is found again on first
    use. Finding it now (`importlib.util.find_spec`, which lists the standard library's
    folder) was 3% of a 100,000-file `designer detect`.
    """
    if "inspect" in sys.modules:
        return
    module = _Deferred("inspect")
    module.__spec__ = importlib.machinery.ModuleSpec("inspect", None)
    sys.modules["inspect"] = module


def run(args: argparse.Namespace) -> int:
    """Scan, print, and optionally write into a design."""
    # Imported here so that building the CLI parser stays cheap for every other command; the
    # design model only when a design is read (--into), the JSON writer only with --json.
    _inspect_on_first_use()
    from designer.detect.report import render
    from designer.detect.scan import detect

    if args.overwrite and args.into is None:
        raise UsageError("--overwrite needs --into FILE")
    design = None
    if args.into is not None:
        from designer import store

        design = store.load(args.into)
        collector.loaded()
    detection = detect(args.path)
    if args.json:
        import json

        from designer.detect.jsonout import as_json

        print(visible_json(json.dumps(as_json(detection), indent=2, ensure_ascii=False)))
    else:
        print(render(detection), end="")
    if design is not None:
        from designer import store
        from designer.detect.apply import apply

        messages = apply(design, detection, overwrite=args.overwrite)
        store.save(design, args.into)
        # With --json, stdout stays pure JSON; the notes go to stderr.
        out = sys.stderr if args.json else sys.stdout
        into = visible(args.into)
        print(f"{into}:" if args.json else f"\n{into}:", file=out)
        for message in messages:
            print(f"  {visible(message)}", file=out)
    return 0
