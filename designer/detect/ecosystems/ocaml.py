"""OCaml: an opam package file (`name.opam`, which dune writes from its `dune-project` when
`generate_opam_files` is on, or the hand-written one): its `depends: [ "dream" "caqti"
{>= "2.0"} … ]` list, and the code that proves Dream's server, Petrol, and dune's cram tests.

opam files describe libraries and programs alike: a package is a server only where its code
builds Dream's router or starts its server (`nonservices.STARTED_ONLY`). A dependency marked
`{with-test}` or `{with-doc}` is a development one.
"""

from __future__ import annotations

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    SourceRule,
    clip,
    declare,
    entries,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "OCaml"

CATALOG: Catalog = {
    "dream": entries((K.FRAMEWORK, "Dream")),
    # Caqti, the database interface, and the driver packages naming its engines.
    "caqti": entries((K.QUERY, "Caqti")),
    "caqti-driver-postgresql": entries((K.DATABASE, "PostgreSQL")),
    "caqti-driver-sqlite3": entries((K.DATABASE, "SQLite")),
    "caqti-driver-mariadb": entries((K.DATABASE, "MySQL")),
    # Petrol, the query builder over Caqti.
    "petrol": entries((K.QUERY, "Petrol")),
}
"""alcotest is no entry: a package may declare it and build no suite (a test folder whose
`dune` file was set aside), so only a runner in the code names it."""

_ML = (".ml",)

RULES: tuple[SourceRule, ...] = (
    # Dream's server (`Dream.run`, `Dream.serve`) or its router (`@@ Dream.router [ … ]`).
    rule(K.FRAMEWORK, "Dream", r"\bDream\.(?:run|serve|router)\b", endings=_ML),
    # Petrol's schema and queries (`Petrol.VersionedSchema.init`, `Petrol.Postgres.…`).
    rule(K.QUERY, "Petrol", r"\bPetrol\.(?:VersionedSchema|StaticSchema|Query|Sqlite3|Postgres)\b",
         endings=_ML),
    # An alcotest suite's runner (`Alcotest.run "name" [ … ]`, `Alcotest_lwt.run`).
    rule(K.TEST, "alcotest", r"\bAlcotest(?:_lwt)?\.run\b", endings=_ML),
    # A cram test: a `.t` file whose commands dune runs, each an indented `  $ ` line.
    rule(K.TEST, "cram", r"^  \$ \S", endings=(".t",)),
)

_DEPENDS = LazyPattern(r"^[ \t]*depends[ \t]*:[ \t]*\[")
_ITEM = LazyPattern(r"\"([A-Za-z0-9][\w.+-]*)\"[ \t]*(?:\{([^}]*)\})?")
_DEV_FILTERS = ("with-test", "with-doc", "with-dev-setup")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is an opam package file."""
    return name.endswith(".opam") and len(name) > len(".opam")


def parse(lines: Lines) -> ManifestResult:
    """Read an opam file's `depends` list (`"ocaml"` itself gives the language version)."""
    result = ManifestResult(language=LANGUAGE)
    inside = False
    for index, line in enumerate(lines.lines):
        code = line.split("#", 1)[0]
        if not inside:
            found = _DEPENDS.match(code)
            if found is None:
                continue
            inside, code = True, code[found.end():]
        body, closed = code, False
        # The list ends at the first `]` outside a string or a `{…}` filter.
        depth, quoted = 0, False
        for position, char in enumerate(code):
            if char == '"':
                quoted = not quoted
            elif not quoted and char == "{":
                depth += 1
            elif not quoted and char == "}":
                depth -= 1
            elif not quoted and depth <= 0 and char == "]":
                body, closed = code[:position], True
                break
        for name, filters in _ITEM.findall(body):
            _dependency(result, lines, index, name, filters)
        if closed:
            inside = False
    return result


def _dependency(
    result: ManifestResult, lines: Lines, index: int, name: str, filters: str
) -> None:
    evidence = Evidence(path=lines.path, line=index + 1, text=clip(lines.lines[index]))
    dev = any(word in filters for word in _DEV_FILTERS)
    # The version bound as written (`>= "4.0" & < "5.0"`), without the bare filter flags
    # (`with-test`, `build`): a bound always quotes its version.
    version = " & ".join(
        part.strip().replace('"', "") for part in filters.split("&") if '"' in part
    )
    declare(result, CATALOG, name, version, dev, evidence, language="ocaml")
