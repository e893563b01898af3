"""Go: which files importing a data layer the program's code reaches.

A module may keep an older store beside the one it runs on (a store written to mgo left in
the tree after the move to mongo-driver): both are required by go.mod and each imported by a
file or two, so no census of importers tells them apart. What does is whether anything calls
into the file: the program builds the new store (`stores.NewStoreWithOfficialDriver(...)` in
main.go) and names nothing the old file declares. A file importing a layer is reached when it
belongs to package main, runs an `init` function, or declares a top-level name (a function,
a type, a receiver's type, a variable or a constant) that another reached file mentions; the
files importing no layer are all taken as reached (the program's own code), and reach spreads
from them until it settles. Test files are never read here: a test exercising the old store
does not make the program use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PACKAGE_MAIN = re.compile(r"^package[ \t]+main\b", re.MULTILINE)
_INIT = re.compile(r"^func[ \t]+init[ \t]*\(", re.MULTILINE)
_DECLARED = re.compile(
    r"^(?:func[ \t]+(\w+)[ \t]*[\[(]"
    r"|func[ \t]*+\([ \t]*+(?:\w++[ \t]++)?\*?[ \t]*+(\w+)"
    r"|(?:type|var|const)[ \t]+(\w+))",
    re.MULTILINE,
)
"""A top-level declaration's name: a function, a method's receiver type, a type, a variable
or a constant (gofmt writes them at the line's start). The receiver's name and its blanks are
read once (possessive runs): three blank runs side by side took a time growing with the cube of
a run."""

_WORD = re.compile(r"\w+")


def _declared(text: str) -> set[str]:
    """The top-level names `text` declares."""
    return {name for match in _DECLARED.finditer(text) for name in match.groups() if name}


def reached(files: list[str], layered: dict[str, set[str]], read: Callable[[str], str]) -> set[str]:
    """The files of `layered` (file → the data layers it imports) the code reaches, of a
    module's non-test `files`; `read` gives a file's text ("" when unreadable)."""
    texts = {path: read(path) for path in files}
    words = {path: set(_WORD.findall(text)) for path, text in texts.items()}
    found = {path for path in files if path not in layered}
    waiting: set[str] = set()
    for path in layered:
        text = texts.get(path, "")
        if not text or _PACKAGE_MAIN.search(text) or _INIT.search(text):
            found.add(path)  # unreadable is taken as reached: nothing is dropped unseen
        else:
            waiting.add(path)
    names = {path: _declared(texts[path]) for path in waiting}
    # A file declaring nothing seen here is not judged: taken as reached.
    found |= {path for path in waiting if not names[path]}
    waiting -= found
    settled = False
    while not settled:
        settled = True
        for path in sorted(waiting):
            if any(names[path] & words[other] for other in found if other != path):
                found.add(path)
                waiting.discard(path)
                settled = False
    return found & set(layered)
