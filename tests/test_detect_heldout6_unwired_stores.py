"""A document store's SDK a core library declares is no host's whose code never reaches the
classes working it (benchmarks/detect_heldout6.yaml, #19): the shape of held-out set 6's
SignalR hub, once Azure Cosmos DB's SDK was catalogued. The core library every host references
declares `Microsoft.Azure.Cosmos` and holds a grant repository over a Cosmos container; the
shared web library registers that repository (and the Dapper repositories over SQL Server) in
its `AddDatabaseRepositories`, which the API
calls and the hub does not (so the hub declines the shared library, as
tests/test_detect_heldout6_registrations.py reads). The hub keeps no store; a host calling the
registration, or naming the repository itself, keeps it; a core library constructing the
repository in its own code lends it as before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_heldout6_registrations import (
    _AUTHENTICATION,
    _DAPPER,
    _DAPPER_EXTENSIONS,
    _DATABASE,
    _EF,
    _EF_EXTENSIONS,
    _HOST,
    _LIBRARY,
    _PROGRAM,
    _REPOSITORY,
    _SETUP,
    _SHARED,
    _SHARED_EXTENSIONS,
    _SIGNALR,
    _STARTUP,
)
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CORE = _LIBRARY.format(
    items='    <PackageReference Include="Microsoft.Azure.Cosmos" Version="3.52.0" />\n'
    '    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.2" />\n'
)

_GRANTS = """using System.Net;
using Bit.Core.Settings;
using Microsoft.Azure.Cosmos;

namespace Bit.Core.Auth.Repositories.Cosmos;

public class GrantRepository : IGrantRepository
{
    private readonly Container _container;

    public GrantRepository(GlobalSettings globalSettings)
    {
        var client = new CosmosClient(globalSettings.IdentityServer.CosmosConnectionString);
        _container = client.GetContainer("identity", "grant");
    }

    public async Task SaveAsync(Grant grant)
    {
        await _container.UpsertItemAsync(grant, new PartitionKey(grant.Key));
    }
}
"""

_CONVERTER = """namespace Bit.Core.Auth.Repositories.Cosmos;

public static class Base64IdStringConverter
{
    public static string ToId(string key) => key.Replace('/', '_');
}
"""

_REGISTER_GRANTS = (
    "        services.AddKeyedSingleton<IGrantRepository,\n"
    '            Core.Auth.Repositories.Cosmos.GrantRepository>("cosmos");\n'
)

_FACTORY = """namespace Bit.Core.Auth;

public static class GrantStores
{
    public static IGrantRepository Create(GlobalSettings settings) => new GrantRepository(settings);
}
"""

_OWN_STORE = """using Bit.Core.Auth.Repositories.Cosmos;

namespace Bit.Notifications;

public class GrantCleanup
{
    private readonly GrantRepository _grants = new(new GlobalSettings());
}
"""


def _tree(tmp_path: Path, notifications: str = _AUTHENTICATION, **extra: str) -> dict[str, object]:
    files = {
        "src/Core/Core.csproj": _CORE,
        "src/Core/Auth/Repositories/Cosmos/GrantRepository.cs": _GRANTS,
        "src/Core/Auth/Repositories/Cosmos/Base64IdStringConverter.cs": _CONVERTER,
        "src/Core/Entities/User.cs": "namespace Bit.Core.Entities;\n\npublic class User { }\n",
        "src/Infrastructure.Dapper/Infrastructure.Dapper.csproj": _DAPPER,
        "src/Infrastructure.Dapper/DapperServiceCollectionExtensions.cs": _DAPPER_EXTENSIONS,
        "src/Infrastructure.Dapper/Repositories/UserRepository.cs": _REPOSITORY,
        "src/Infrastructure.EntityFramework/Infrastructure.EntityFramework.csproj": _EF,
        "src/Infrastructure.EntityFramework/EntityFrameworkServiceCollectionExtensions.cs": (
            _EF_EXTENSIONS
        ),
        "src/SharedWeb/SharedWeb.csproj": _SHARED,
        "src/SharedWeb/Utilities/ServiceCollectionExtensions.cs": _SHARED_EXTENSIONS.format(
            setup=_SETUP + _REGISTER_GRANTS
        ),
        "src/Api/Api.csproj": _HOST.format(items=""),
        "src/Api/Program.cs": _PROGRAM.format(name="Api"),
        "src/Api/Startup.cs": _STARTUP.format(name="Api", calls=_DATABASE + _AUTHENTICATION),
        "src/Notifications/Notifications.csproj": _HOST.format(items=_SIGNALR),
        "src/Notifications/Program.cs": _PROGRAM.format(name="Notifications"),
        "src/Notifications/Startup.cs": _STARTUP.format(name="Notifications", calls=notifications),
    }
    files.update(extra)
    return by_folder(write(tmp_path, files))


def _data(backend: object) -> set[tuple[K, str]]:
    return {
        (f.kind, f.name)
        for f in backend.findings  # type: ignore[attr-defined]
        if f.kind in (K.ORM, K.QUERY, K.DATABASE)
    }


_COSMOS = {(K.QUERY, "Microsoft.Azure.Cosmos"), (K.DATABASE, "Azure Cosmos DB")}


def test_a_host_not_reaching_the_store_classes_takes_no_store(tmp_path: Path) -> None:
    found = _tree(tmp_path)
    assert _data(found["src/Notifications"]) == set()
    assert _data(found["src/Api"]) >= _COSMOS


def test_a_host_calling_the_registration_keeps_the_store(tmp_path: Path) -> None:
    found = _tree(tmp_path, _AUTHENTICATION + _DATABASE)
    assert _data(found["src/Notifications"]) >= _COSMOS


def test_a_host_naming_the_store_class_itself_keeps_it(tmp_path: Path) -> None:
    found = _tree(tmp_path, **{"src/Notifications/GrantCleanup.cs": _OWN_STORE})
    assert _data(found["src/Notifications"]) >= _COSMOS


def test_a_library_constructing_its_store_class_lends_it_as_before(tmp_path: Path) -> None:
    found = _tree(tmp_path, **{"src/Core/Auth/GrantStores.cs": _FACTORY})
    assert _data(found["src/Notifications"]) >= _COSMOS
