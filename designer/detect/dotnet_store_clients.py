""".NET projects whose code works an Azure store's SDK client: the store is their data layer.

Azure's storage SDKs are not declared the way a database driver is. A project may take the
Cosmos DB SDK (`Microsoft.Azure.Cosmos`) only through a wrapper package of its organisation's
that depends on it, while its repositories import the SDK's namespace and write items through
the container API (`UpsertItemAsync`, `CreateItemAsync`); and the Azure Tables SDK
(`Azure.Data.Tables`) is often referenced by a solution's shared library (through an Aspire
integration) that no host ever opens, so the package alone proves no data. What proves the
store is the project's own code: a C# file importing the SDK's namespace and constructing,
registering or calling its client (`new TableClient(…)`, `new CosmosClient(…)`,
`container.UpsertItemAsync(…)`).

Where a .NET project that is no test project declares no data layer of its own and such code
is found among its own files, the SDK is its data layer and the store its engine, seen in that
code, lent to the hosts referencing it as a declared one would be (the rule runs before the
hosts' registrations are read). A project holding another data layer keeps it: the store
beside it (an audit log in a table beside EF Core) is a side store. A project too large to read
is left alone (`own_sources`).

A host may only register the client and leave the work to a library of the solution: its
`Program.cs` calls Aspire's registration (`builder.AddAzureTableClient("tables")`, an extension
of `Microsoft.Extensions.Hosting` that needs no `using Azure.Data.Tables;`) and its endpoints hand
the injected `TableServiceClient` to the referenced library's service, whose files import the
namespace and write the entities (`UpsertEntityAsync`). The registration is then the host's call,
and the writes may be found in the files of the projects it references.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import dataless_projects, own_sources, referenced_texts
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind


@dataclass(frozen=True)
class _Sdk:
    """An Azure store's SDK: its namespace, its client's working calls, what it stands for."""

    layer: str
    engine: str
    namespace: re.Pattern[str]
    calls: re.Pattern[str]
    writes: re.Pattern[str] | None = None
    """Calls writing to the store, one of which some own file importing the namespace (or a
    file of a referenced project importing it) must make (None: the client's calls suffice)."""
    registers: re.Pattern[str] | None = None
    """The client registered through a helper of another namespace (Aspire's): such a call
    counts in a file that does not import the SDK's."""


_SDKS = (
    _Sdk(
        "Azure.Data.Tables",
        "Azure Table Storage",
        re.compile(r"^[ \t]*(?:global[ \t]+)?using[ \t]+Azure\.Data\.Tables[ \t]*;", re.MULTILINE),
        # A client constructed, or registered through Aspire's or Microsoft.Extensions.Azure's
        # helpers (`AddAzureTableServiceClient("tables")`, `AddTableServiceClient(…)`).
        re.compile(
            r"\bnew[ \t]+Table(?:Service)?Client[ \t]*\("
            r"|\.Add(?:Azure)?Table(?:Service)?Client[ \t]*\("
        ),
        # A table only read (one `GetEntityAsync` of a settings row at start-up, the shape of
        # configuration kept in Table Storage) is the program's settings, not data of its own.
        re.compile(
            r"\.(?:Add|Upsert|Update|Delete)Entity(?:Async)?[ \t]*(?:<[^>\n]*>)?[ \t]*\("
            r"|\.SubmitTransaction(?:Async)?[ \t]*\("
        ),
        re.compile(r"\.AddAzureTable(?:Service)?Client[ \t]*\("),
    ),
    _Sdk(
        "Microsoft.Azure.Cosmos",
        "Azure Cosmos DB",
        re.compile(
            r"^[ \t]*(?:global[ \t]+)?using[ \t]+Microsoft\.Azure\.Cosmos[ \t]*;", re.MULTILINE
        ),
        # A client constructed or registered, or the container API's item calls.
        re.compile(
            r"\bnew[ \t]+CosmosClient(?:Builder)?[ \t]*\("
            r"|\.AddAzureCosmosClient[ \t]*\("
            r"|\.(?:Create|Read|Upsert|Replace|Delete|Patch)Item(?:Stream)?Async"
            r"[ \t]*(?:<[^>\n]*>)?[ \t]*\("
            r"|\.GetItem(?:QueryIterator|LinqQueryable)[ \t]*(?:<[^>\n]*>)?[ \t]*\("
        ),
    ),
)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give an Azure store's SDK, seen in code, to each .NET project with no data layer whose
    own C# files import its namespace and work its client."""
    for unit, signals in dataless_projects(units):
        paths = own_sources(top, unit, units)
        if not paths:
            continue
        found = _worked(top, paths, lambda u=unit: referenced_texts(top, u, units))
        if found is None:
            continue
        sdk, evidence = found
        signals.append(Signal(FindingKind.QUERY, sdk.layer, Strength.ENTRY, evidence))
        signals.append(Signal(FindingKind.DATABASE, sdk.engine, Strength.ENTRY, evidence))


def _worked(
    top: str, paths: list[str], referenced: Callable[[], list[str]]
) -> tuple[_Sdk, Evidence] | None:
    """The first SDK (in `_SDKS`' order) a file of `paths` imports and works the client of
    (or registers through `registers`' helper), with the line of that file's first such call;
    None when there is none. `referenced` gives the texts of the projects the project
    references, read only when its own files register the client but write nothing."""
    texts = [(path, read_text(top, path)[0] or "") for path in paths]
    lent: list[str] | None = None
    for sdk in _SDKS:
        importing = [(path, text) for path, text in texts if sdk.namespace.search(text)]
        imported = {path for path, _ in importing}
        registering = [
            (path, text)
            for path, text in texts
            if sdk.registers is not None and path not in imported and sdk.registers.search(text)
        ]
        if sdk.writes is not None and not any(sdk.writes.search(t) for _, t in importing):
            if not registering:
                continue
            if lent is None:
                lent = referenced()
            if not any(sdk.namespace.search(t) and sdk.writes.search(t) for t in lent):
                continue
        for path, text in importing + registering:
            call = sdk.calls.search(text)
            if call is None:
                continue
            line = text.count("\n", 0, call.start()) + 1
            start = text.rfind("\n", 0, call.start()) + 1
            end = text.find("\n", call.end())
            shown = text[start : end if end >= 0 else len(text)].strip()
            return sdk, Evidence(path=path, line=line, text=shown[:200])
    return None
