"""No detection pattern backtracks without end on an ordinary file (#19).

A real Spring Boot scheduler's application.yml (a `jpa:` section holding only `repositories:`,
then a dozen deeply indented lines) hung `designer detect`: the rule `^[ \\t]+jpa:[ \\t]*\\n
(?:[ \\t]+[^\\n]*\\n){0,12}?[ \\t]+(?:hibernate|…):` could split every line's indentation between
`[ \\t]+` and `[^\\n]*` in as many ways as it has blanks, and tried each split of every line
before giving up: twelve lines of twelve blanks is 12**12 tries. `[ \\t][^\\n]*` matches the same
lines in one way only. These tests keep the idiom out of the sources and run the file that hung.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from test_detect_projects import write

_SOURCES = Path(__file__).parent.parent / "designer"

_AMBIGUOUS = re.compile(r"\[ \\t\]\+(?:\[\^\\n\]\*|\.\*)")
"""A run of blanks followed by the rest of the line (`[ \\t]+[^\\n]*`, `[ \\t]+.*`) in a
pattern's source: two ways to cut every indentation, exponential once repeated."""


def test_no_pattern_cuts_indentation_two_ways() -> None:
    """`[ \\t][^\\n]*` says what `[ \\t]+[^\\n]*` says, in one way."""
    found = [
        f"{path.relative_to(_SOURCES.parent)}:{number}"
        for path in sorted(_SOURCES.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _AMBIGUOUS.search(line)
    ]
    assert found == []


_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId><version>3.3.5</version></parent>
  <artifactId>scheduler</artifactId>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>
      </dependency>
  </dependencies>
</project>
"""
_APP = """package org.example.scheduler;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SchedulerApplication {
    public static void main(String[] args) {
        SpringApplication.run(SchedulerApplication.class, args);
    }
}
"""
_DEEP = "".join(f"{' ' * 16}key{n}: {{{{ .Value{n} }}}}\n" for n in range(14))
_SETTINGS = (
    "spring:\n    data:\n        jpa:\n            repositories:\n" + _DEEP + "    mvc:\n"
    "        servlet:\n            load-on-startup: 1\n"
    # A key the rule looks for, too far below `jpa:` to belong to it: the pattern is tried.
    "    flyway:\n        database: scheduler\n"
)
_RUN = (
    "import sys\nfrom designer.detect import detect\n"
    "print([b.folder for b in detect(sys.argv[1]).backends])\n"
)


def test_a_jpa_section_of_deep_settings_is_read_promptly(tmp_path: Path) -> None:
    """The settings that hung the scan: run in a child process, so that a pattern backtracking
    again fails this test instead of stalling the suite."""
    root = write(
        tmp_path,
        {
            "scheduler/pom.xml": _POM,
            "scheduler/src/main/java/org/example/scheduler/SchedulerApplication.java": _APP,
            "scheduler/src/main/resources/application.yml": _SETTINGS,
        },
    )
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(root)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "['scheduler']"
