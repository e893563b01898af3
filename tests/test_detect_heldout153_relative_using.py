"""A host importing a data library by a name relative to its own namespace (#19): C# resolves
a `using` written inside `namespace App.Web { ... }` against the enclosing namespaces too, so
`using Data.Repositories;` there imports `App.Data.Repositories`. Solutions that put their
usings inside the namespace block write them so. The rule declining a data library a host's
code never names (`dotnet_unwired_data`) read only full names and took the data away from the
API that queries the library's read models. A relative name that resolves elsewhere
(`using Repositories;`, which is `App.Web.Repositories` or `App.Repositories`) still names
nothing of the library."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import first
from test_detect_heldout368_unwired_data import _tree

from designer.model.stack import FindingKind as K

_STARTUP = """namespace App.Web
{
    using Infrastructure.ApiClients;
    using USING;

    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();
            services.AddTransient<IApplyRepository, ApplyRepository>();
        }

        public void Configure(IApplicationBuilder app) => app.UseRouting();
    }
}
"""


def test_a_using_relative_to_the_hosts_namespace_names_the_data_library(tmp_path: Path) -> None:
    backends = _tree(tmp_path, _STARTUP.replace("USING", "Data.Repositories"))
    assert "src/App.Web" in backends
    assert first(backends["src/App.Web"], K.DATABASE)[0] == "SQL Server"


def test_a_relative_using_resolving_elsewhere_names_nothing(tmp_path: Path) -> None:
    backends = _tree(tmp_path, _STARTUP.replace("USING", "Repositories"))
    assert "src/App.Api" in backends
    assert "src/App.Web" not in backends
