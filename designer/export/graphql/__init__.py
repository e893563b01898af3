"""The GraphQL contract: `schema.graphql` (SDL) for designs with a GraphQL part (style GraphQL,
or mixed with GraphQL operations). `names` makes every name, `scalars` maps built-in types,
`sdl` declares the types and the Query, Mutation and Subscription roots, `operations` the
design's own operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.model.design import Design

GRAPHQL_FILE = "schema.graphql"


def graphql_files(design: Design) -> dict[str, str]:
    """`schema.graphql` → its text; nothing for other styles or a design without a query."""
    from designer.contract.styles import has_graphql
    from designer.export.graphql.sdl import render

    if not has_graphql(design):
        return {}
    text = render(design)
    return {GRAPHQL_FILE: text} if text is not None else {}
