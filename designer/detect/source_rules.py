"""How the source rules read one file: which rules its name asks (indexed by extension,
prepared once per rule), where a match counts (not on a comment line, not inside a string
literal outside entry points, not in a Rust file's test module) and how many findings of a
kind a folder keeps (`MAX_HITS`)."""

from __future__ import annotations

import re

from designer.detect import ecosystems, perl_pod
from designer.detect.needles import Haystack, Needles
from designer.detect.signals import (
    MAX_HITS,
    LazyPattern,
    Lines,
    Scope,
    Signal,
    SourceRule,
    Strength,
)
from designer.model.stack import Evidence, FindingKind

Counter = tuple[str, FindingKind, str, Scope | None, str, bool, bool, bool, bool]
"""What `MAX_HITS` counts per folder: the ecosystem, kind and name of a finding, and what a
rule says beyond them (a default's scope, an engine a data layer is bound to, an engine left
off, a framework whose app is the one served, a release read from a core file, the server
named rather than a driver's protocol): a driver
imported in three files must not hide the file that makes it the default, nor three front
controllers booting CodeIgniter the core file naming its release."""


def extension_of(name: str) -> str:
    return name[name.rfind(".") :] if "." in name else ""


_RULES_BY_EXTENSION: dict[str, list[tuple[str, SourceRule, bool]]] = {}
"""Extension → (ecosystem, rule, whether the extension alone proves the rule reads the file),
in rule order; filled on the first file read."""


def _index_rules() -> None:
    """Index every rule under the extensions of its names and endings, in one pass over the
    rules (asking every rule about each new extension took a few milliseconds a scan).

    An ending ends with an extension exactly when it is the ending's own (an extension holds no
    other dot), and with the empty one always: a file without a dot is asked of every rule
    with endings."""
    for eco, rule in ecosystems.RULES_BY_ECOSYSTEM:
        keys = {extension_of(marker) for marker in (*rule.names, *rule.endings)}
        if rule.endings:
            keys.add("")
        for key in keys:
            _RULES_BY_EXTENSION.setdefault(key, []).append((eco, rule, key in rule.endings))


def rules_for(name: str) -> list[tuple[str, SourceRule]]:
    """The source rules that read a file called `name` (rules indexed by file extension)."""
    return [(eco, rule) for eco, rule, *_ in _prepared_for(name)]


_Prepared = tuple[str, SourceRule, bool, Counter, bool, Needles | None]
"""A rule as a scan asks it: (ecosystem, rule, whether the extension alone proves it reads the
file, what `MAX_HITS` counts its findings under, whether test files are never asked about it,
its needles)."""

_PREPARED: dict[str, list[_Prepared]] = {}
"""Extension → its rules, prepared on the first file with that extension."""


def _prepared_for(name: str) -> list[_Prepared]:
    """The rules that read a file called `name`, with what each file asks of them worked out
    once per rule, not once per file (the rules of an extension are tried on every file)."""
    extension = extension_of(name)
    prepared = _PREPARED.get(extension)
    if prepared is None:
        if not _RULES_BY_EXTENSION:
            _index_rules()
        prepared = _PREPARED[extension] = [
            (
                eco,
                rule,
                sure,
                # The members, not `.value` (a slow property).
                (
                    eco, rule.kind, rule.name, rule.scope, rule.engine, rule.opt_in,
                    rule.primary, "(?P<version>" in (rule.source or ""), rule.server,
                ),
                rule.kind in _NOT_FROM_TESTS,
                rule.needles,
            )
            for eco, rule, sure in _RULES_BY_EXTENSION.get(extension, ())
        ]
    # A name ending with one of a rule's endings is read by it: most rules are decided by the
    # extension, and only the others ask (`.d.ts`, `_test.go`, marker file names).
    return [entry for entry in prepared if entry[2] or entry[1].applies_to(name)]


_NOT_FROM_TESTS = frozenset(
    {FindingKind.FRAMEWORK, FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE}
)
"""Kinds a test or example file never proves."""

_COMMENT_STARTS = ("#", "//", "/*", "*", "--", "<!--")
"""How a comment line starts in the languages the rules read (the rest of a line is code)."""


_ATTRIBUTES = ("#[", "#![")
"""Rust attributes start like a comment of other languages (`#[builder(default = …)]`)."""


_QUOTES = re.compile(r"""\\.|\"\"\"|'''|["'`\n]""")
"""What changes whether a position is inside a string literal: escapes, triple quotes,
quotes, backticks (JavaScript templates, Go raw strings) and line ends."""


class _Strings:
    """Whether positions of a text, asked in increasing order, lie inside a string literal.

    One forward pass over the quote characters: asking about every match of a file costs
    linear time however many there are.
    """

    def __init__(self, text: str, triple_only: bool = False) -> None:
        self.text = text
        self.position = 0
        self.open = ""
        """The delimiter of the literal open at `position`, or ""."""
        self.triple_only = triple_only
        """Whether only a triple-quoted literal (a Python docstring) counts as inside."""

    def inside(self, offset: int) -> bool:
        for token in _QUOTES.finditer(self.text, self.position, offset):
            mark = token.group(0)
            if mark.startswith("\\"):
                continue
            if not self.open:
                if mark != "\n":
                    self.open = mark
            elif mark == "\n":
                if self.open in ("'", '"'):
                    self.open = ""  # a one-line literal never spans lines (or was a stray quote)
            elif mark == self.open:
                self.open = ""
        self.position = max(self.position, offset)
        if self.triple_only:
            return self.open in ('"""', "'''")
        return bool(self.open)


def _first_in_code(
    pattern: re.Pattern[str], text: str, strings: _Strings | None = None
) -> re.Match[str] | None:
    """The first match of `pattern` not on a comment line, nor inside a string literal when
    `strings` is given.

    `# app = FastAPI()` in a library's docstring example, or `"app = FastAPI()"` in a code
    generator's template, proves nothing; one `finditer` pass keeps the cost linear.
    """
    line_start, scanned = 0, 0
    for match in pattern.finditer(text):
        # Look back only over text not yet scanned: many matches on one long line stay linear.
        newline = text.rfind("\n", scanned, match.start())
        if newline != -1:
            line_start = newline + 1
        scanned = match.start()
        before = text[line_start : match.start()].lstrip()
        if before.startswith(_COMMENT_STARTS) and not before.startswith(_ATTRIBUTES):
            continue
        if strings is not None and strings.inside(match.start()):
            continue
        return match
    return None


_RUST_TEST_MODULE = re.compile(r"#\[cfg\(test\)\]\s*(?:#\[[^\]\n]*\]\s*)*(?:pub\s+)?mod\b")
"""Rust's unit-test module: `#[cfg(test)]`, perhaps more attributes, then `mod tests`."""


_TEST_RUNNER_CONFIG = re.compile(
    r"(?:vitest|jest|playwright|cypress)(?:\.[\w-]+)?\.config\.[cm]?[jt]s"
)
"""The configuration file of a JavaScript test runner (`vitest.config.mts`, `jest.config.js`,
`playwright.config.ts`, `vitest.e2e.config.ts`)."""


def apply_rules(
    path: str,
    text: str,
    is_test: bool,
    is_entry: bool,
    hits: dict[Counter, int],
) -> list[tuple[str, Signal]]:
    """(ecosystem, signal) of every rule the file `path` (its `text`) proves: at most one per
    finding a file, and none once its folder has `MAX_HITS` of that finding (`hits` counts
    them across the folder's files)."""
    name = path.rsplit("/", 1)[-1]
    if perl_pod.is_perl(name):
        # A Perl module's POD shows indented sample code and configurations (`db =>
        # 'dbi:SQLite:api.db'`), which no line-start anchor keeps apart from the program's.
        text = perl_pod.blank(text)
    found: list[tuple[str, Signal]] = []
    lines: Lines | None = None
    haystack = Haystack(text)
    fired: set[Counter] = set()
    gates: dict[LazyPattern, bool] = {}
    # Rust keeps a file's unit tests at its end, in a `#[cfg(test)]` module: what they use is
    # test code too (a sample `postgres://` URL beside a service on SQLite). A single item
    # under the attribute (a test build's `fn default_database_url`) ends nothing: the
    # program's code goes on after it.
    tests_start = -1
    if name.endswith(".rs") and "#[cfg(test)]" in text:
        module = _RUST_TEST_MODULE.search(text)
        tests_start = module.start() if module else -1
    code = text[:tests_start] if tests_start != -1 else text
    # A test runner's configuration is the tests' (`vitest.config.mts` setting the test
    # database's `DATABASE_URL`): what it names is the suite's, not the package's.
    is_test = is_test or _TEST_RUNNER_CONFIG.fullmatch(name) is not None
    for eco, rule, _, counter, not_from_tests, needles in _prepared_for(name):
        # Tests and examples prove a test framework, never the app's framework, data layer
        # or database (a test suite's sqlite:// URL is not the engine the service runs on,
        # nor its `database/sql` mock the service's data layer).
        if is_test and not_from_tests:
            continue
        if counter in fired or hits.get(counter, 0) >= MAX_HITS:
            continue  # one line of a file is evidence enough for one finding
        # Before `rule.pattern`, whose first use compiles it.
        if needles is not None and needles.absent(haystack):
            continue
        gate = rule.gate
        if gate is not None:
            opened = gates.get(gate)
            if opened is None:
                opened = gates[gate] = gate.search(text) is not None
            if not opened:
                continue
        version = ""
        if rule.pattern is None:
            evidence = Evidence(path=path)
        else:
            # Outside entry points, a framework in a string literal is a template or an example
            # (a database URL or dialect, though, is always a string).
            strings = None
            scanned = code if rule.kind in _NOT_FROM_TESTS else text
            if not is_entry and rule.kind is not FindingKind.DATABASE:
                strings = _Strings(scanned)
            elif rule.kind is FindingKind.FRAMEWORK and name.endswith(".py"):
                # Even in an entry point, a Python docstring's prose is no code: a package's
                # `__init__.py` explaining that another module "creates `app = FastAPI()`"
                # starts nothing.
                strings = _Strings(scanned, triple_only=True)
            match = _first_in_code(rule.pattern, scanned, strings)
            if match is None:
                continue
            lines = lines or Lines(path, text)
            evidence = lines.at_offset(match.start())
            if rule.pattern.groupindex:
                # A framework's own core file kept in the tree states its release (CodeIgniter's
                # `const CI_VERSION = '3.2.0-dev'` under `system/`): installed, as a dependency.
                version = match.group("version") or ""
        hits[counter] = hits.get(counter, 0) + 1
        fired.add(counter)
        signal = Signal(
            rule.kind,
            rule.name,
            Strength.DEPENDENCY if version else Strength.ENTRY,
            evidence,
            version,
            scope=rule.scope,
            engine=rule.engine,
            opt_in=rule.opt_in,
            primary=rule.primary,
            server=rule.server,
        )
        found.append((eco, signal))
    return found
