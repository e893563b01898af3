"""Held-out set 31 (#19), found again in session 33: the tests of a foundation library are not
the tests of every host referencing it.

The real shape: a .NET solution whose API host is tested by a project named after the core
library (`App.Core.Test`, referencing `App.Core`, the data library and the API) and whose
proxy host (a Web SDK project forwarding routes to a map server) references the core library
too, with no test project of its own. The core library is a foundation: the data library,
the models and every host build on it. Its tests test its helpers and the API they reference,
not the proxy. A library only the hosts reference (a business library, `App.BusinessLogic`,
set 87's shape in tests/test_detect_heldout28_library_named_tests.py) stays the logic of
each host referencing it: its tests are theirs.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout28_library_named_tests import _HOST, _project
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TEST = "using Xunit;\n\npublic class HelperTests\n{\n    [Fact]\n    public void Works() { }\n}\n"


def _solution(dal_references_core: bool) -> dict[str, str]:
    """The solution; `dal_references_core` says whether the data library builds on the core
    library (the real one does: a foundation) or only the hosts reference it."""
    return {
        "App.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "App.Core/App.Core.csproj": _project("Microsoft.NET.Sdk", (), ()),
        "App.Core/Extensions/StringExtensions.cs": "public static class StringExtensions { }\n",
        "App.Dal/App.Dal.csproj": _project(
            "Microsoft.NET.Sdk",
            ("Microsoft.EntityFrameworkCore.SqlServer",),
            ("App.Core",) if dal_references_core else (),
        ),
        "App.Dal/AppContext.cs": (
            "using Microsoft.EntityFrameworkCore;\n\npublic class AppContext : DbContext { }\n"
        ),
        "App.Api/App.Api.csproj": _project(
            "Microsoft.NET.Sdk.Web", (), ("App.Core", "App.Dal")
        ),
        "App.Api/Program.cs": _HOST.format(name="App.Api"),
        "App.Proxy/App.Proxy.csproj": _project(
            "Microsoft.NET.Sdk.Web", ("AspNetCore.Proxy",), ("App.Core",)
        ),
        "App.Proxy/Program.cs": _HOST.format(name="App.Proxy"),
        "App.Core.Test/App.Core.Test.csproj": _project(
            "Microsoft.NET.Sdk",
            ("Microsoft.NET.Test.Sdk", "xunit"),
            ("App.Api", "App.Core", "App.Dal"),
        ),
        "App.Core.Test/HelperTests.cs": _TEST,
    }


def test_a_foundation_librarys_tests_do_not_test_a_host_referencing_it(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution(dal_references_core=True)))
    assert sorted(found) == ["App.Api", "App.Proxy"]
    assert first(found["App.Api"], K.TEST)[0] == "xUnit"
    assert first(found["App.Proxy"], K.TEST) == ("", "")


def test_a_library_only_hosts_reference_is_their_logic_and_its_tests_theirs(
    tmp_path: Path,
) -> None:
    # No other library builds on it: the proxy referencing it runs its logic, as the API does.
    found = by_folder(write(tmp_path, _solution(dal_references_core=False)))
    assert sorted(found) == ["App.Api", "App.Proxy"]
    assert first(found["App.Api"], K.TEST)[0] == "xUnit"
    assert first(found["App.Proxy"], K.TEST)[0] == "xUnit"
