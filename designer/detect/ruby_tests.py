"""The main test framework of a Ruby application that declares both RSpec and Minitest, by a
count of its test files.

Rails brings Minitest along, and an application moving to RSpec often keeps its generated
`test/` tree (or a few Minitest files) beside `spec/`; one moving the other way keeps a few
specs. A scan samples only a few test files per tool and sees both declared in the Gemfile,
which cannot tell nineteen leftover Minitest files from thirty-eight specs. So where a Ruby
application declares both, the files of each tool's own folder, named its own way (RSpec's
`spec/**/*_spec.rb`, Minitest's `test/**/*_test.rb`, as both tools' Rails integrations lay
them out), are counted: the tool with fewer files is outnumbered (`Unit.outnumbered`) by the
one with more, whose count becomes its evidence. A tree too large to count is left alone
(as `jvm_tests`).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "ruby"

COUNTED = {"RSpec": ("spec", "_spec.rb"), "Minitest": ("test", "_test.rb")}
"""Test tools, the folder of the application their files live in and how those are named."""

MAX_FILES = 600
"""Test files counted per tool at most: a larger tree is left alone."""


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
            files[name] = found
        else:
            (leader, most), (other, fewer) = sorted(
                files.items(), key=lambda item: -len(item[1])
            )
            if len(most) > len(fewer):
                unit.outnumbered.add(other)
                text = f"{leader} in {len(most)} of {len(most) + len(fewer)} test files"
                evidence = Evidence(path=most[0], text=text)
                signals.append(Signal(FindingKind.TEST, leader, Strength.ENTRY, evidence))
