"""A gap the 468th held-out set showed (#19), as a small fixture of the real files' shape: a
.NET solution whose unit test project references the API and, directly, the Core and
Infrastructure libraries it is built on, beside a worker host (Hangfire jobs) built on the same
libraries that no test project references. The suite tests the worker's code too (the rule of
sets 418 and 426): the worker is tested with xUnit. A host referencing only the foundation
library (Core, which Infrastructure builds on) is not."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, first
from test_detect_heldout458_dotnet_test_supports import _project
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = "Microsoft.NET.Sdk.Web"
_LIB = "Microsoft.NET.Sdk"
_CORE = "..\\Acme.Core\\Acme.Core.csproj"
_INFRA = "..\\Acme.Infrastructure\\Acme.Infrastructure.csproj"


def _tree(worker_references: tuple[str, ...]) -> dict[str, str]:
    return {
        "Acme.Api/Acme.Api.csproj": _project(_WEB, (), (_CORE, _INFRA)),
        "Acme.Api/Program.cs": WEB_MAIN,
        "Acme.Core/Acme.Core.csproj": _project(_LIB, (), ()),
        "Acme.Core/Species.cs": "namespace Acme.Core;\npublic class Species { }\n",
        "Acme.Infrastructure/Acme.Infrastructure.csproj": _project(
            _LIB, ("Microsoft.EntityFrameworkCore.SqlServer",), (_CORE,)
        ),
        "Acme.Infrastructure/Db.cs": "namespace Acme.Infrastructure;\npublic class Db { }\n",
        "Acme.Workers/Acme.Workers.csproj": _project(
            _WEB, ("Hangfire.AspNetCore",), worker_references
        ),
        "Acme.Workers/Program.cs": WEB_MAIN,
        "Acme.Tests.Unit/Acme.Tests.Unit.csproj": _project(
            _LIB, ("Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio"),
            ("..\\Acme.Api\\Acme.Api.csproj", _CORE, _INFRA),
        ),
        "Acme.Tests.Unit/SearchTests.cs": (
            "using Xunit;\nnamespace Acme.Tests.Unit;\n"
            "public class SearchTests\n{\n    [Fact]\n    public void Works() { }\n}\n"
        ),
    }


def test_a_host_built_on_the_tested_libraries_is_tested(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree((_CORE, _INFRA))))
    assert first(found["Acme.Api"], K.TEST)[0] == "xUnit"
    assert first(found["Acme.Workers"], K.TEST)[0] == "xUnit"


def test_a_host_on_the_foundation_library_alone_is_not(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree((_CORE,))))
    assert first(found["Acme.Workers"], K.TEST)[0] == ""
