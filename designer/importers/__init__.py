"""Importers: designs started from something that already exists.

One module per source: `openapi` (an OpenAPI 3.0 / 3.1 or Swagger 2.0 description), `sql`
(PostgreSQL or MySQL DDL), `spec` (a SPEC markdown as seed 001 writes them). Each returns a
`Design` and a `Report` of what it could not represent; `merge` folds an imported design into
an existing one without overwriting what the user wrote unless told to. Nothing here contacts
the network or imports textual.
"""
