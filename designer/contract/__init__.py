"""Facts every contract output shares, one layer below the renderers.

Type resolution, the fields of each entity variant, example values and names are decided here
once, so that the OpenAPI spec, the document and later contracts (AsyncAPI, GraphQL, protobuf,
SQL) cannot disagree about them.
"""
