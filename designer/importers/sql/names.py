"""Table and column names as the design spells them, and the reading of sqlglot's nodes."""

from __future__ import annotations

from sqlglot import exp

from designer.contract.naming import pascal
from designer.contract.storage import table_name


def name_of(node: exp.Expression | None) -> str:
    """The name a node holds: a table's, an identifier's, a column's; '' for none."""
    if node is None:
        return ""
    if isinstance(node, exp.Table):
        return node.name
    return node.name if hasattr(node, "name") else str(node)


def string_of(node: exp.Expression | None) -> str:
    """A string literal's text (a comment, an enum value); any other node as SQL."""
    return node.this if isinstance(node, exp.Literal) else (node.sql() if node else "")


def entity_name(table: str) -> str:
    """`order_item` → OrderItem when that maps back to the same table, else the table name."""
    name = pascal(table)
    return name if name and table_name(name) == table else table
