""".NET: a rendering service takes its data from the bodies it is posted, not from a store.

A product's jobs and sites often get their e-mails' or reports' HTML from a small ASP.NET Core
project of their own: its controllers bind the model the caller posts (`[FromBody]`) and return
a view rendered over it (`dotnet_sites._renders_posted`). It references the product's common
library for those models' types, and that library also holds the product's SQL code (its
connections and commands) for the jobs and the main site, so the library lends the rendering
service a data layer and engine it never opens: everything it renders arrives in the request.

So an ASP.NET Core host (not a test project) whose own code renders posted models and names
no data access at all (`_OPENS`: no connection, command, context, repository, store client)
declines every library it references (`Unit.declined`, read by
`build_modules.take_from_used_modules`), as `dotnet_unwired_data` declines a library another
host wires. A project whose files cannot all be read is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_registrations import project_references, referenced_projects
from designer.detect.dotnet_sites import renders_posted
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.walker import read_text

LANGUAGE = "dotnet"

_OPENS = re.compile(
    r"\b\w*(?:Connection|Command|DbContext|Repository|DataSource|Client|Store|Database)\b"
    r"|\bEntityFrameworkCore\b|\bDapper\b|\bSqlClient\b|\bQuery\w*\s*[<(]"
)
"""Any data access named in the host's own code: a connection, command or context, a
repository, a store's or service's client, a query. A rendering service names none."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Decline the referenced libraries of each host that only renders the models it is
    posted and opens no data access of its own."""
    for host, paths in aspnet_projects(top, units):
        if any(r.tests_only for _, e, r in host.manifests if e == LANGUAGE):
            continue
        texts = [read_text(top, path)[0] for path in paths]
        if any(text is None for text in texts):
            continue
        if not any(renders_posted(text or "") for text in texts):
            continue
        if any(_OPENS.search(text or "") for text in texts):
            continue
        for library in referenced_projects(host, project_references(host, units)):
            host.declined.add(library.folder)
