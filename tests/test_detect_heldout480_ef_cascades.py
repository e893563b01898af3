""".NET: EF Core's `.OnDelete(…)` cascade is no Razor page's form handler (set 480, #19).

A solution's Web SDK host serves its Angular/Ionic build (`Frontend/package.json`,
`MapFallbackToFile`) and maps the minimal API endpoints of a referenced application library;
its infrastructure library holds the EF Core context, whose entity configurations call
`.OnDelete(DeleteBehavior.Cascade)`. Read as a Razor page's `OnDelete` handler, that made the
infrastructure library a "host taking writes" whose database the web host only reads, and the
web host was dropped. A form handler is a method declared on a page model, never a call on a
builder. Counter-case: a real `OnPostAsync` handler still takes writes.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.dotnet_sites import _takes_writes


def _project(sdk: str, packages: tuple[str, ...] = (), refs: tuple[str, ...] = ()) -> str:
    items = "".join(f'    <PackageReference Include="{p}" Version="8.0.10" />\n' for p in packages)
    items += "".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />\n' for r in refs)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n'
        f"  </PropertyGroup>\n  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddInfrastructure(builder.Configuration);\n"
    "var app = builder.Build();\n"
    "app.UseDefaultFiles();\napp.UseStaticFiles();\napp.UseRouting();\n"
    "app.MapControllers();\napp.RegisterEndpointsFeatures();\n"
    'app.MapFallbackToFile("/");\napp.Run();\n'
)

_ENDPOINTS = (
    "public static class RegisterEndpoints\n{\n"
    "    public static void RegisterEndpointsFeatures(this IEndpointRouteBuilder app)\n    {\n"
    '        app.MapPost("/api/termin", CreateTermin.Handle);\n'
    '        app.MapGet("/api/termin", ListTermine.Handle);\n'
    "    }\n}\n"
)

_INJECTION = (
    "public static class DependencyInjection\n{\n"
    "    public static IServiceCollection AddInfrastructure(this IServiceCollection services,"
    " IConfiguration config)\n    {\n"
    "        services.AddDbContext<OrchestraDbContext>(o => o.UseNpgsql(config"
    '.GetConnectionString("Default")));\n'
    "        return services;\n    }\n}\n"
)

_CONFIGURATION = (
    "public class MemberConfiguration : IEntityTypeConfiguration<Member>\n{\n"
    "    public void Configure(EntityTypeBuilder<Member> builder)\n    {\n"
    "        builder.HasOne<Instrument>().WithMany().HasForeignKey(m => m.InstrumentId)"
    ".OnDelete(DeleteBehavior.Cascade);\n"
    "    }\n}\n"
)


def _solution() -> dict[str, str]:
    return {
        "Server/App.sln": "",
        "Server/App.Api/App.Api.csproj": _project(
            "Microsoft.NET.Sdk.Web",
            ("Microsoft.EntityFrameworkCore.Design",),
            ("App.Application", "App.Infrastructure"),
        ),
        "Server/App.Api/Program.cs": _PROGRAM,
        "Server/App.Api/Frontend/package.json": '{"name": "app-ui", "private": true}\n',
        "Server/App.Application/App.Application.csproj": _project(
            "Microsoft.NET.Sdk", ("Microsoft.AspNetCore.Authentication.JwtBearer",), ("App.Domain",)
        ),
        "Server/App.Application/Features/RegisterEndpoints.cs": _ENDPOINTS,
        "Server/App.Domain/App.Domain.csproj": _project("Microsoft.NET.Sdk"),
        "Server/App.Domain/Member.cs": "public class Member { public int Id { get; set; } }\n",
        "Server/App.Infrastructure/App.Infrastructure.csproj": _project(
            "Microsoft.NET.Sdk",
            (
                "Microsoft.AspNetCore.Authentication.JwtBearer",
                "Microsoft.EntityFrameworkCore",
                "Npgsql.EntityFrameworkCore.PostgreSQL",
            ),
            ("App.Application",),
        ),
        "Server/App.Infrastructure/DependencyInjection.cs": _INJECTION,
        "Server/App.Infrastructure/Persistence/MemberConfiguration.cs": _CONFIGURATION,
    }


def test_an_ef_cascade_does_not_drop_the_web_host(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert "Server/App.Api" in found
    names = {f.name for f in found["Server/App.Api"].findings}
    assert {"ASP.NET Core", "EF Core", "PostgreSQL"} <= names


def test_a_razor_form_handler_still_takes_writes() -> None:
    assert _takes_writes("public async Task<IActionResult> OnPostAsync()\n{\n}\n")
    assert _takes_writes("public IActionResult OnDeleteItem(int id) => Page();\n")
    assert not _takes_writes(".HasForeignKey(m => m.Id).OnDelete(DeleteBehavior.Cascade);\n")
