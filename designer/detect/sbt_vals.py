"""Dependencies an sbt build names by a val (`val weaver = "org.typelevel" %% "weaver-cats" %
"0.13.0" % Test` in project/Dependencies.scala): the build depends on one only where a file of
the build lists the val (`libraryDependencies ++= Seq(weaver)`); a val no file uses declares
nothing (a catalogue of modules kept for later). The Scala parser holds them
(`ManifestResult.held`); this module gives back those the build refers to.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.signals import ManifestResult
from designer.detect.walker import read_text

_NAME = re.compile(r"\bval\s+(\w+)")


def _build(path: str) -> str:
    """The folder of the build a build file belongs to (the one above `project/`)."""
    folder = posixpath.dirname(path)
    if posixpath.basename(folder) == "project":
        folder = posixpath.dirname(folder)
    return folder or "."


def release(top: str, parsed: list[tuple[str, str, ManifestResult]]) -> None:
    """Move each held dependency whose val another line of its build's files names into the
    signals of its manifest."""
    files = [(path, result) for path, eco, result in parsed if eco == "scala"]
    if not any(result.held for _, result in files):
        return
    texts: dict[str, list[str]] = {}
    for path, _ in files:
        text, _ = read_text(top, path)
        if text is not None:
            texts.setdefault(_build(path), []).append(text)
    for path, result in files:
        if not result.held:
            continue
        build = texts.get(_build(path), [])
        kept = []
        for signal in result.held:
            name = _NAME.search(signal.evidence.text or "")
            if name and _referenced(name.group(1), build):
                result.signals.append(signal)
            else:
                kept.append(signal)
        result.held = kept


def _referenced(name: str, texts: list[str]) -> bool:
    """Whether `name` appears in `texts` anywhere but in its own definitions."""
    word = re.compile(rf"(?<![\w\"$.]){re.escape(name)}\b(?!\s*=[^=>])")
    return any(word.search(text) for text in texts)
