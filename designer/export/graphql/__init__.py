"""The GraphQL contract: `schema.graphql` (SDL) for designs whose API style is GraphQL or
mixed. `names` makes every name, `scalars` maps built-in types, `sdl` declares the types and
the Query and Mutation roots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.model.api import ApiStyle

if TYPE_CHECKING:
    from designer.model.design import Design

GRAPHQL_FILE = "schema.graphql"
STYLES = {ApiStyle.GRAPHQL, ApiStyle.MIXED}


def graphql_files(design: Design) -> dict[str, str]:
    """`schema.graphql` → its text; nothing for other styles or a design without a query."""
    from designer.export.graphql.sdl import render

    if design.api.style not in STYLES:
        return {}
    text = render(design)
    return {GRAPHQL_FILE: text} if text is not None else {}
