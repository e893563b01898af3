"""The main test framework of a Ruby application that declares both RSpec and Minitest, by a
count of its test files.

Rails brings Minitest along, and an application moving to RSpec often keeps its generated
`test/` tree (or a few Minitest files) beside `spec/`; one moving the other way keeps a few
specs. A scan samples only a few test files per tool and sees both declared in the Gemfile,
which cannot tell nineteen leftover Minitest files from thirty-eight specs. So where a Ruby
application declares both, the files of each tool's own folder, named its own way (RSpec's
`spec/**/*_spec.rb`, Minitest's `test/**/*_test.rb`, as both tools' Rails integrations lay
them out), are counted: the tool with fewer files is outnumbered (`Unit.outnumbered`) by the
one with more, whose count becomes its evidence. A file named as a spec counts for RSpec only
when its opening shows an example group (`describe`, `RSpec.describe`, `context` …) and no
Minitest (a minitest/spec suite names its files `_spec.rb` too). A tree too large to count is
left alone (as `jvm_tests`).

A count cannot tell a maintained suite from a generated one of the same size: an application
whose four specs are its tests may keep six `test/` files Rails generated for it. Its CI (or a
script) says which suite is run: where the project's commands run one tool (`bundle exec
rspec`, `rake spec`; `rails test`, `rake test`) and never the other, that tool leads whatever
the count (a bare `rake` runs either and names neither).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.project_commands import command_texts
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "ruby"

COUNTED = {"RSpec": ("spec", "_spec.rb"), "Minitest": ("test", "_test.rb")}
"""Test tools, the folder of the application their files live in and how those are named."""

MAX_FILES = 600
"""Test files counted per tool at most: a larger tree is left alone."""

_HEAD = 4096
"""Bytes read of a spec file: its example group opens near the top."""

_GROUP = LazyPattern(
    r"^[ \t]*(?:RSpec\.)?(?:describe|context|feature|shared_examples(?:_for)?|shared_context)\b",
    re.MULTILINE,
)
"""An RSpec example group opening a spec file (the bare `describe` of a monkey-patched DSL)."""


_RUNS = {
    "RSpec": LazyPattern(
        r"(?:^|[\s;&|'\"`(])(?:\./)?(?:bin/)?rspec(?![\w.-])|\brake[ \t]+spec\b", re.MULTILINE
    ),
    "Minitest": LazyPattern(r"\b(?:rails|rake)[ \t]+test(?![\w-])|\bruby[ \t]+-Itest\b"),
}
"""A command running each tool's suite (`bundle exec rspec`, `bin/rspec spec/models`,
`rake spec`; `bin/rails test`, `rake test:system`, `ruby -Itest`)."""

_INSTALL = LazyPattern(r"\b(?:gem|bundle)[ \t]+(?:install|add)\b")
"""A line installing a gem runs nothing."""


def _ran(top: str, folder: str) -> tuple[str, Evidence] | None:
    """The one test tool the commands of the project folder and the repository run, with the
    first line running it; None when they run both or neither."""
    found: dict[str, Evidence] = {}
    for path, text in command_texts(top, (folder, "")):
        for number, line in enumerate(text.splitlines(), 1):
            if _INSTALL.search(line) is not None:
                continue
            for name, pattern in _RUNS.items():
                if name not in found and pattern.search(line) is not None:
                    found[name] = Evidence(path=path, line=number, text=line.strip())
    return next(iter(found.items())) if len(found) == 1 else None


def _is_spec(top: str, path: str) -> bool:
    head = read_head(top, path, _HEAD) or ""
    return _GROUP.search(head) is not None and "minitest" not in head.lower()


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count the test files of each Ruby application declaring both tools; the one with fewer
    is outnumbered."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        declared = {s.name for s in signals if s.kind is FindingKind.TEST}
        if not COUNTED.keys() <= declared:
            continue
        files: dict[str, list[str]] = {}
        for name, (folder, ending) in COUNTED.items():
            path = folder if unit.folder == "." else posixpath.join(unit.folder, folder)
            found = all_code_files(top, path, (ending,), MAX_FILES)
            if found is None:
                break
            files[name] = [p for p in found if _is_spec(top, p)] if name == "RSpec" else found
        else:
            ran = _ran(top, "" if unit.folder == "." else unit.folder)
            if ran is not None and files[ran[0]]:
                leader = ran[0]
                unit.outnumbered.update(COUNTED.keys() - {leader})
                signals.append(Signal(FindingKind.TEST, leader, Strength.ENTRY, ran[1]))
                continue
            (leader, most), (other, fewer) = sorted(
                files.items(), key=lambda item: -len(item[1])
            )
            if len(most) > len(fewer):
                unit.outnumbered.add(other)
                text = f"{leader} in {len(most)} of {len(most) + len(fewer)} test files"
                evidence = Evidence(path=most[0], text=text)
                signals.append(Signal(FindingKind.TEST, leader, Strength.ENTRY, evidence))
