"""An ASP.NET Core receiver of callbacks that only logs them (benchmarks/detect_heldout101.yaml,
#19): no project reference, no data, nothing registered, controllers taking only a logger, so
no backend. A receiver that keeps what it is sent (an EF context), references another
project, or whose controller takes a service of its own stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_CSPROJ = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="8.0.10" />\n'
    '    <PackageReference Include="Serilog.AspNetCore" Version="7.0.0" />\n'
    '    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />\n{extra}'
    "  </ItemGroup>\n</Project>\n"
)

_PROGRAM = (
    "namespace Receiver\n{{\n    public class Program\n    {{\n"
    "        public static void Main(string[] args)\n        {{\n"
    "            var builder = WebApplication.CreateBuilder(args);\n"
    "            builder.Services.AddControllers().AddXmlSerializerFormatters();\n"
    "            builder.Services.AddEndpointsApiExplorer();\n"
    "            builder.Services.AddSwaggerGen();\n{services}"
    "            var app = builder.Build();\n"
    "            app.UseHttpsRedirection();\n"
    "            app.MapControllers();\n"
    "            app.Run();\n        }}\n    }}\n}}\n"
)

_CONTROLLER = (
    "using Microsoft.AspNetCore.Mvc;\n\nnamespace Receiver.Controllers\n{{\n"
    "    [ApiController]\n    [Route(\"api/status\")]\n"
    "    public class StatusController : ControllerBase\n    {{\n"
    "        //private readonly ISender sender;\n"
    "        private readonly ILogger logger;\n\n"
    "        public StatusController({parameters})\n        {{\n"
    "            this.logger = logger;\n        }}\n\n"
    "        [HttpPost(\"messagestatus\")]\n"
    "        public ContentResult MessageStatus([FromBody] StatusInput value)\n        {{\n"
    "            logger.Log(LogLevel.Information, $\"Received {{value.Id}}\");\n"
    "            return Content(\"<ok/>\", \"application/xml\");\n        }}\n    }}\n}}\n"
)

_LOGGER = "ILogger<StatusController> logger"

_EF = '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.4" />\n'

_CONTEXT = "            builder.Services.AddDbContext<StatusContext>();\n"


def _backends(
    tmp_path: Path, extra: str = "", services: str = "", parameters: str = _LOGGER
) -> set[str]:
    files = {
        "Receiver/Receiver.csproj": _CSPROJ.format(extra=extra),
        "Receiver/Program.cs": _PROGRAM.format(services=services),
        "Receiver/Controllers/StatusController.cs": _CONTROLLER.format(parameters=parameters),
        "Receiver/Requests/StatusInput.cs": "namespace Receiver\n{\n    public class "
                                            "StatusInput\n    {\n        public string Id "
                                            "{ get; set; }\n    }\n}\n",
        "docker-compose.yml": "services:\n  db:\n    image: postgres:15\n",
        # The solution's API beside it, keeping the data.
        "Api/Api.csproj": _CSPROJ.format(extra=_EF),
        "Api/Program.cs": _PROGRAM.format(services=_CONTEXT),
    }
    return set(by_folder(write(tmp_path, files)))


def test_a_receiver_that_only_logs_is_no_backend(tmp_path: Path) -> None:
    assert _backends(tmp_path) == {"Api"}


def test_a_receiver_keeping_what_it_receives_stays_a_backend(tmp_path: Path) -> None:
    assert "Receiver" in _backends(tmp_path, _EF, _CONTEXT)


def test_a_receiver_referencing_another_project_stays_a_backend(tmp_path: Path) -> None:
    extra = '    <ProjectReference Include="..\\Core\\Core.csproj" />\n'
    assert "Receiver" in _backends(tmp_path, extra)


def test_a_receiver_handing_messages_to_a_service_stays_a_backend(tmp_path: Path) -> None:
    parameters = "IStatusService service, " + _LOGGER
    assert "Receiver" in _backends(tmp_path, parameters=parameters)
