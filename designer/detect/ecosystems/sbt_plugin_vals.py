"""The plugins an sbt project enables through a val of its build.

A build may list its application's plugins once (`lazy val plugins: Seq[Plugins] =
Seq(play.sbt.PlayScala, SbtDistributablesPlugin)`) and enable them by that name
(`.enablePlugins(plugins: _*)`, `.enablePlugins(plugins *)` in Scala 3): the project enables
what the val lists, as if written in its own `enablePlugins(…)`.
"""

from __future__ import annotations

import re

from designer.detect.signals import LazyPattern

_PLUGIN_LIST = LazyPattern(
    r"^[ \t]*(?:lazy[ \t]+)?val[ \t]+(?P<name>\w+)\b[^=\n]*=[ \t]*"
    r"(?:Seq|List)[ \t]*\((?P<items>[^()\n]*)\)",
    re.MULTILINE,
)
"""A val listing plugins on one line (`lazy val plugins = Seq(PlayScala, DockerPlugin)`)."""

_ENABLED_BY_NAME = LazyPattern(
    r"enablePlugins[ \t]*\([ \t]*(?P<name>\w+)[ \t]*(?::[ \t]*_[ \t]*)?\*[ \t]*\)"
)
"""A project enabling a val's plugins (`.enablePlugins(plugins: _*)`, `(plugins *)`)."""


def enabled(definition: str, build: str) -> list[tuple[int, str]]:
    """(line index in `build`, `enablePlugins(…)` spelt out) for each val of the build whose
    plugins the project's `definition` enables by name: the text the project's own
    `enablePlugins` would read, and the line listing them for evidence."""
    names = {m.group("name") for m in _ENABLED_BY_NAME.finditer(definition)}
    if not names:
        return []
    found: list[tuple[int, str]] = []
    for listed in _PLUGIN_LIST.finditer(build):
        if listed.group("name") in names:
            index = build.count("\n", 0, listed.start())
            found.append((index, f"enablePlugins({listed.group('items').strip()})"))
    return found
