"""An OpenAPI description → a design: endpoints, schemas, entities, auth, servers, resources.

OpenAPI 3.0 and 3.1 are read as they are; Swagger 2.0 is first lifted to the 3.x shape
(`swagger2`). Local `$ref`s are followed (`refs`); a remote, dangling or cyclic reference
stops the import with one line. What the design cannot hold goes to the `Report`.

A description designer wrote itself carries more than the bare contract, and this importer reads
it back so that export → import → export gives the same bytes: the conventions list in
`info.description` (base path, error format, pagination, rate limit, idempotency), the
`Access:` paragraph of each operation (public, optional, roles, scopes), the body variants of
entities (`OrderCreate` titled `Order (create)`), `References X.` notes on foreign keys and the
automatic timestamps. Status codes that differ from what designer would derive are kept as the
endpoint's own list.

Layout: `importer` runs the readers over one shared `state` — `info` (title, conventions,
servers), `components` (what each component schema becomes), `paths` (tags, operations,
access), `parameters`, `bodies`, `webhooks`; `schemas` maps JSON Schema to the design's types,
`entities` builds entities from their bodies, `auth` reads security schemes, `swagger2` lifts
Swagger 2.0.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from designer.contract.naming import pascal, snake
from designer.importers.openapi import swagger2
from designer.importers.openapi.importer import Importer
from designer.importers.refs import RefError, Resolver
from designer.importers.report import Report
from designer.importers.source import ImportSourceError, guarded, load_document
from designer.model import Design


def import_file(path: Path, name: str | None = None) -> tuple[Design, Report]:
    """The design an OpenAPI file at `path` describes, and what could not be represented."""
    document = load_document(path, "an OpenAPI description")
    try:
        return guarded(path, "the description", lambda: import_document(document, name))
    except RefError as error:
        raise ImportSourceError(f"{path}: {error}") from None
    except _NotOpenApi as error:
        raise ImportSourceError(f"{path}: {error}") from None


class _NotOpenApi(Exception):
    pass


def import_document(document: dict[str, Any], name: str | None = None) -> tuple[Design, Report]:
    """The design an OpenAPI document (already parsed) describes."""
    report = Report()
    version = document.get("openapi")
    if "swagger" in document:
        if str(document.get("swagger")) != "2.0":
            raise _NotOpenApi(f"Swagger version {document.get('swagger')!r} is not supported "
                              "(2.0, OpenAPI 3.0 and 3.1 are)")
        document = swagger2.lift(document, report)
    elif not isinstance(version, str):
        raise _NotOpenApi("is not an OpenAPI description (no `openapi` version)")
    elif not re.match(r"3\.[01]\.", version + "."):
        raise _NotOpenApi(f"OpenAPI version {version!r} is not supported (3.0 and 3.1 are)")
    for key in ("paths", "components", "info", "webhooks"):
        if key in document and not isinstance(document[key], dict):
            raise _NotOpenApi(f"`{key}` is not a mapping")
    for key in ("schemas", "securitySchemes", "parameters", "responses", "requestBodies"):
        if not isinstance(document.get("components", {}).get(key, {}), dict):
            raise _NotOpenApi(f"`components.{key}` is not a mapping")
    for key in ("servers", "tags", "security"):
        if key in document and not isinstance(document[key], list):
            raise _NotOpenApi(f"`{key}` is not a list")
    for path, item in document.get("paths", {}).items():
        if not isinstance(item, dict):
            raise _NotOpenApi(f"`paths.{path}` is not a mapping")
    resolver = Resolver(document)
    resolver.check_all()
    return Importer(document, resolver, report).run(name)


__all__ = ["import_document", "import_file", "pascal", "snake"]
