"""Go: the engine a module's code opens when no database is configured, read past the walk's
quota.

A module requiring drivers for several engines (GORM's sqlite, postgres, mysql and sqlserver
dialectors) keeps the choice among them in the one file that opens the database: a switch over
the configured driver, and the connection it falls back to when the setting is empty (`if
len(connectionString) == 0 { connectionString = sqliteConnectionString(dir) }`). That file
often lies in a package the walk's quota never reached (`storage/engine.go` of a module of
hundreds of files). So where a Go module's drivers name two engines or more and nothing of
the folder chose one (no production setting, no default of the program's seen), the heads of
its non-test Go files are read, and the few files importing the drivers of two engines or
more are searched with the rules of the program's own default (`Scope.CHOSEN`).

Read only for such modules, within a budget of files, so that a large tree costs a bounded
number of reads.
"""

from __future__ import annotations

import os

from designer.detect.assemble import Unit
from designer.detect.ecosystems import go
from designer.detect.ecosystems.go_layers import module_files
from designer.detect.ecosystems.go_programs import head, imports
from designer.detect.needles import Haystack
from designer.detect.signals import Scope, Signal, SourceRule, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

MAX_FILES = 6000
"""Go files whose heads are read per scan, at most."""

MAX_OPENERS = 4
"""Files importing several engines' drivers searched per module, at most."""

_CHOSEN = (Scope.PRODUCTION, Scope.CHOSEN)

ECOSYSTEM = "go"


def _default_rules() -> list[SourceRule]:
    """The rules of the Go code's own default engine."""
    return [
        r
        for r in go.RULES
        if r.kind is FindingKind.DATABASE and r.scope is Scope.CHOSEN and r.applies_to("x.go")
    ]


def find(top: str, units: dict[str, Unit]) -> None:
    """Add, to each Go module whose drivers name several engines and where no engine was
    chosen, the defaults its database-opening files set."""
    budget = MAX_FILES
    modules = {f for f, u in units.items() if any(e == ECOSYSTEM for _, e, _ in u.manifests)}
    rules: list[SourceRule] | None = None
    for folder in sorted(modules):
        unit = units[folder]
        drivers = {
            s.package: s.name
            for s in unit.signals.get(ECOSYSTEM, [])
            if s.kind is FindingKind.DATABASE and s.strength is Strength.DEPENDENCY and s.package
        }
        if len(set(drivers.values())) < 2 or any(
            s.kind is FindingKind.DATABASE and s.scope in _CHOSEN
            for found in unit.signals.values()
            for s in found
        ):
            continue
        files = module_files(top, folder, modules, budget)
        if files is None:
            budget = 0
            continue  # too large a tree to read
        budget -= len(files)
        openers = [path for path in files if len(_engines(top, path, drivers)) > 1]
        if rules is None:
            rules = _default_rules()
        for path in openers[:MAX_OPENERS]:
            unit.signals[ECOSYSTEM] += _defaults(path, read_text(top, path)[0] or "", rules)


def _engines(top: str, path: str, drivers: dict[str, str]) -> set[str]:
    """The engines whose drivers the file at `path` imports."""
    found: set[str] = set()
    text = head(os.path.join(top, *path.split("/"))) or ""
    if not any(package in text for package in drivers):
        return found  # most files import no driver: their imports are not parsed
    for imported, _ in imports(text):
        for package, engine in drivers.items():
            if imported == package or imported.startswith(package + "/"):
                found.add(engine)
    return found


def _defaults(path: str, text: str, rules: list[SourceRule]) -> list[Signal]:
    """The signals of the default rules that match the text, one per engine."""
    found: dict[str, Signal] = {}
    haystack = Haystack(text)
    for rule in rules:
        if rule.name in found or rule.source is None:
            continue
        # The text each pattern needs, before the pattern (compiled on first use) is tried.
        if rule.needles is not None and rule.needles.absent(haystack):
            continue
        if rule.gate is not None and rule.gate.search(text) is None:
            continue
        if rule.pattern is None:
            continue
        match = rule.pattern.search(text)
        if match is None:
            continue
        line = text.count("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        shown = text[match.start() : end if end != -1 else len(text)].strip()
        evidence = Evidence(path=path, line=line, text=shown)
        found[rule.name] = Signal(
            FindingKind.DATABASE, rule.name, Strength.ENTRY, evidence, scope=Scope.CHOSEN
        )
    return list(found.values())
