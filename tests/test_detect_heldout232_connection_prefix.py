""".NET: the provider branch a shipped connection string's first key selects (set 232, #19).

A payments API's `Startup.cs` registers its context with Pomelo's MySQL provider when
`DB_CONNECTION` starts with `server` and with Npgsql otherwise (`else`), each registration
written over several lines; `appsettings.json` ships `"DB_CONNECTION": "host=localhost;…"`.
The `else` block runs: PostgreSQL is the engine, MySQL one it supports. Counter-cases: a
shipped `server=…` string selects MySQL, and with no such setting shipped the choice is left
to the other rules.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_STARTUP = (
    "public class Startup\n{\n"
    "    public void ConfigureServices(IServiceCollection services)\n    {\n"
    "        services.AddControllers();\n"
    '        if (Configuration["DB_CONNECTION"].StartsWith("server"))\n        {\n'
    "            var serverVersion = new MariaDbServerVersion(new Version(10, 6));\n"
    "            services.AddDbContext<PaymentContext>(\n"
    "                dbContextOptions => dbContextOptions\n"
    '                    .UseMySql(Configuration["DB_CONNECTION"], serverVersion)\n'
    "            );\n        }\n        else\n"
    "            services.AddDbContext<PaymentContext>(\n"
    "                dbContextOptions => dbContextOptions\n"
    '                    .UseNpgsql(Configuration["DB_CONNECTION"])\n'
    "                    .EnableDetailedErrors()\n"
    "            );\n    }\n}\n"
)


def _api(connection: str | None) -> dict[str, str]:
    files = {
        "Payments.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL",
            "Pomelo.EntityFrameworkCore.MySql",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "Program.cs": "public class Program\n{\n    public static void Main(string[] args) =>\n"
        "        Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(b => "
        "b.UseStartup<Startup>()).Build().Run();\n}\n",
        "Startup.cs": _STARTUP,
        "Controllers/PaymentsController.cs": "[ApiController]\n[Route(\"api\")]\n"
        "public class PaymentsController : ControllerBase\n{\n"
        "    [HttpPost]\n    public IActionResult Pay() => Ok();\n}\n",
    }
    setting = f'  "DB_CONNECTION": "{connection}",\n' if connection else ""
    files["appsettings.json"] = '{\n' + setting + '  "AllowedHosts": "*"\n}\n'
    return files


def test_a_host_connection_string_selects_the_else_branch(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api("host=localhost;database=payment;port=26257")))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_server_connection_string_selects_the_if_branch(tmp_path: Path) -> None:
    # Counter-case: the string starting with `server` enters the MySQL block.
    found = by_folder(write(tmp_path, _api("server=localhost;database=payment")))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_no_shipped_setting_leaves_both_chosen(tmp_path: Path) -> None:
    # Counter-case: nothing shipped, nothing selected: both registrations stay choices.
    backend = by_folder(write(tmp_path, _api(None)))["."]
    engines = {f.name for f in backend.findings if f.kind is K.DATABASE}
    assert {"PostgreSQL", "MySQL"} <= engines
