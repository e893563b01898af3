"""Gradle build scripts as the build-file parser reads them: comments blanked out, and the
blocks in which a root build configures other projects.

A root build often declares dependencies for its modules rather than for itself: for every
subproject (`subprojects { … }`, `allprojects { … }`, `configure(subprojects.findAll { … })
{ … }`) or for one (`project(':web') { … }`). Those blocks are found here, so that what they
declare goes to the projects they name; `/* … */` and `//` comments are blanked first (a
dependency block commented out declares nothing), keeping every offset where it was.
"""

from __future__ import annotations

import re

from designer.detect.signals import LazyPattern

C_TOKENS = LazyPattern(
    r'"""[\s\S]*?(?:"""|\Z)|\'\'\'[\s\S]*?(?:\'\'\'|\Z)'
    r'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\''
    r"|/\*[\s\S]*?(?:\*/|\Z)|//[^\n]*"
)
"""String literals (kept: `"https://…"` and `'src/*.*'` hold comment marks) and comments of
the C family's syntax: Groovy and Kotlin builds here, C# sources in `dotnet_registrations`."""

_NOT_NEWLINE = LazyPattern(r"[^\n]")

_ALL = LazyPattern(r"\b(?:subprojects|allprojects)[ \t]*\{")
_CONFIGURE = LazyPattern(r"\bconfigure[ \t]*\([ \t]*(?:subprojects|allprojects)\b")
_BRACE = LazyPattern(r"[ \t\r\n]*\{")
_ONE = LazyPattern(r"""\bproject[ \t]*\([ \t]*["'](:[\w.:-]*)["'][ \t]*\)[ \t]*\{""")

MAX_BLOCKS = 100
"""Blocks looked at per build file: real builds have a handful."""

EVERY = "*"
"""The target of a block configuring every subproject."""


def blank_comments(text: str) -> str:
    """`text` with every comment replaced by spaces (line breaks kept)."""
    if "/" not in text:
        return text  # no comment at all: most module builds are a few lines

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith(("/*", "//")):
            return _NOT_NEWLINE.sub(" ", token)
        return token

    return C_TOKENS.sub(blank, text)


def project_blocks(code: str) -> list[tuple[int, int, str]]:
    """(start, end, target) of the blocks of comment-free `code` that configure other projects:
    target `EVERY`, or one project's path (`:web`); at most `MAX_BLOCKS` of them."""
    found: list[tuple[int, int, str]] = []
    if "project" not in code:
        return found
    closing = _pairs(code)
    end = len(code)
    for match in _ALL.finditer(code):
        found.append((match.end(), closing.get(match.end() - 1, end), EVERY))
    for match in _CONFIGURE.finditer(code):
        # `configure(subprojects.findAll { it.name != 'docs' }) { … }`: the selection is a
        # closure no parser evaluates; its block configures subprojects all the same.
        after = closing.get(code.find("(", match.start()), end) + 1
        brace = _BRACE.match(code, after)
        if brace is not None:
            found.append((brace.end(), closing.get(brace.end() - 1, end), EVERY))
    for match in _ONE.finditer(code):
        found.append((match.end(), closing.get(match.end() - 1, end), match.group(1)))
    return found[:MAX_BLOCKS]


def target(blocks: list[tuple[int, int, str]], offset: int) -> str:
    """The projects a declaration at `offset` is for: the innermost block holding it, or ""
    (the build's own)."""
    holding = [(end - start, name) for start, end, name in blocks if start <= offset < end]
    return min(holding)[1] if holding else ""


_BRACKETS = LazyPattern(r"[(){}\"']")


def _pairs(code: str) -> dict[int, int]:
    """Offset of each opening bracket → offset of the one closing it, in one pass (brackets
    inside string literals skipped); an unclosed one is absent."""
    pairs: dict[int, int] = {}
    stacks: dict[str, list[int]] = {"(": [], "{": []}
    position = 0
    for token in _BRACKETS.finditer(code):
        offset = token.start()
        if offset < position:
            continue  # inside a string literal skipped below
        mark = token.group(0)
        if mark in "\"'":
            literal = C_TOKENS.match(code, offset)
            position = literal.end() if literal else offset + 1
        elif mark in stacks:
            stacks[mark].append(offset)
        else:
            stack = stacks["(" if mark == ")" else "{"]
            if stack:
                pairs[stack.pop()] = offset
    return pairs


_CONFIGURATIONS = LazyPattern(
    r"\bconfigurations(?:[ \t]*\.[ \t]*\w+(?:[ \t]*\([^(){}\n]*\))?)*[ \t\r\n]*\{"
)
_EXCLUDE = LazyPattern(r"\bexclude\b[ \t]*\(?")
_NAMED_MODULE = LazyPattern(r"""\bmodule["']?[ \t]*(?::|=|\bto\b)[ \t]*["']([\w.-]+)["']""")
_TWO_STRINGS = LazyPattern(r"""^[ \t]*["'][\w.-]+["'][ \t]*,[ \t]*["']([\w.-]+)["']""")
_BLOCK_NAME = LazyPattern(r"(\w+)[ \t]*(?:\([^(){}\n]*\))?[ \t\r\n]*\{")


def configuration_excludes(code: str) -> set[str]:
    """The artifacts comment-free `code` excludes from its own project's dependency
    configurations (`configurations { all { exclude("org.postgresql", "postgresql") } }`,
    `configurations.all { exclude group: 'g', module: 'm' }`): modules named, an exclusion of a
    whole group left out, as are those of test configurations and of blocks configuring other
    projects (`subprojects { … }`). Gradle resolves no excluded artifact, however a root build
    lends it."""
    if "configurations" not in code or "exclude" not in code:
        return set()
    closing = _pairs(code)
    blocks = project_blocks(code)
    excluded: set[str] = set()
    for match in _CONFIGURATIONS.finditer(code):
        if target(blocks, match.start()):
            continue
        start, end = match.end(), closing.get(match.end() - 1, len(code))
        # The test configurations' own blocks inside (`testImplementation { … }`).
        tests = [
            (inner.end(), closing.get(inner.end() - 1, end))
            for inner in _BLOCK_NAME.finditer(code, start, end)
            if inner.group(1).lower().startswith("test") or "Test" in inner.group(1)
        ]
        if "test" in match.group(0).lower():
            continue
        for call in _EXCLUDE.finditer(code, start, end):
            if any(a <= call.start() < b for a, b in tests):
                continue
            line_end = code.find("\n", call.end())
            arguments = code[call.end() : line_end if line_end >= 0 else end]
            named = _NAMED_MODULE.search(arguments)
            if named is not None:
                excluded.add(named.group(1))
            elif (positional := _TWO_STRINGS.match(arguments)) is not None:
                excluded.add(positional.group(1))
    return excluded
