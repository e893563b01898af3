"""The `schema` export part: every file that states the data design as code.

SQL DDL and DBML per relational database (`schema/<database>.<dialect>.sql`,
`schema/<database>.dbml`), and the initial migration when the design's migration tool reads
plain SQL (`schema/migrations/<database>/…`); a MongoDB `$jsonSchema` script per document
database (`schema/<database>.mongodb.js`); nothing for a design whose databases hold no
entities or are of other engines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.export.mongo import validator_files
from designer.export.sql import dbml_files, migration_files
from designer.export.sql import schema_files as sql_files

if TYPE_CHECKING:
    from designer.model.design import Design


def schema_files(design: Design) -> dict[str, str]:
    """Relative path → text of every schema file of `design`."""
    return {**sql_files(design), **dbml_files(design), **migration_files(design),
            **validator_files(design)}
