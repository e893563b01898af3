"""An ASP.NET Core 2.2 backend on EF Core that only the `Microsoft.AspNetCore.App` metapackage
brings, whose context class lies deep in a `Persistence/<provider>/Services` tree past the
ordinary quota of source files read (held-out set 56, #19): the EF Core context file, named
so by convention, is read on the configuration quota."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROGRAM = (
    "public class Program {\n    public static void Main(string[] args) =>\n"
    "        WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().Build().Run();\n}\n"
)

_CONTEXT = (
    "using Microsoft.EntityFrameworkCore;\n\nnamespace Api.Persistence.SqlServer.Services\n{\n"
    "    public class IdentityDbContext : DbContext, IIdentityDbContext\n    {\n"
    "        public IdentityDbContext(DbContextOptions<IdentityDbContext> options)"
    " : base(options) { }\n    }\n}\n"
)


def test_a_deep_ef_core_context_proves_the_data_layer(tmp_path: Path) -> None:
    # Shallow folders of ordinary code fill the quota before the walk reaches the context.
    shallow = {
        f"Api/{folder}/Thing{i}.cs": f"namespace Api.{folder} {{ public class Thing{i} {{ }} }}\n"
        for folder in ("Models", "Services", "Validators")
        for i in range(12)
    }
    files = {
        "Api/Api.csproj": csproj("Microsoft.AspNetCore.App", sdk="Microsoft.NET.Sdk.Web"),
        "Api/Program.cs": _PROGRAM,
        **shallow,
        "Api/Persistence/SqlServer/Stores/SqlServerClientStore.cs": "namespace S { }\n",
        "Api/Persistence/SqlServer/Services/IdentityDbContext.cs": _CONTEXT,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["Api"], K.ORM)[0] == "EF Core"
