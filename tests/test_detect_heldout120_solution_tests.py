"""Held-out set 120 (#19): a solution's one test project, named after the solution. The
solution `Game.Web.sln` lists three ASP.NET Core hosts (`Game.Web`, `Game.Auth`,
`Game.ServerHub`) and `Game.Web.Tests`, which references all three: it is the solution's test
suite and tests them all, although one host bears the solution's name too. Counter-cases: the
same test project in a solution of another name tests only the host it is named after (the
`Ordering.FunctionalTests` rule), and so does one the solution of its name does not list.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write
from test_detect_unseen import PROGRAM, by_folder, csproj, names

from designer.model.stack import FindingKind as K

_HOSTS = ("Game.Web", "Game.Auth", "Game.ServerHub")


def _solution(projects: tuple[str, ...]) -> str:
    lines = [
        'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = '
        f'"{p}", "{p}\\{p}.csproj", "{{5885E65D-954D-45FE-B1EC-751D41CC412{i}}}"\nEndProject'
        for i, p in enumerate(projects)
    ]
    return "Microsoft Visual Studio Solution File, Format Version 12.00\n" + "\n".join(lines) + "\n"


def _tree(solution_name: str, listed: tuple[str, ...]) -> dict[str, str]:
    files = {f"{solution_name}.sln": _solution(listed)}
    for host in _HOSTS:
        files[f"{host}/{host}.csproj"] = csproj("Npgsql.EntityFrameworkCore.PostgreSQL/6.0.1")
        files[f"{host}/Program.cs"] = PROGRAM
    files["Game.Web.Tests/Game.Web.Tests.csproj"] = csproj(
        "Microsoft.NET.Test.Sdk/17.0.0", "NUnit/3.13.2", "NUnit3TestAdapter/4.2.0",
        sdk="Microsoft.NET.Sdk",
        refs=tuple(f"..\\{h}\\{h}.csproj" for h in _HOSTS),
    )
    files["Game.Web.Tests/TestJsonHelper.cs"] = (
        "using NUnit.Framework;\n\nnamespace Game.Web.Tests;\n\npublic class TestJsonHelper\n{\n"
        "    [Test]\n    public void Parses() { }\n}\n"
    )
    return files


def test_a_test_project_named_after_the_solution_tests_every_host_it_references(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree("Game.Web", (*_HOSTS, "Game.Web.Tests"))))
    assert set(found) == set(_HOSTS)
    for host in _HOSTS:
        assert names(found[host], K.TEST) == ["NUnit"], host


def test_in_a_solution_of_another_name_it_tests_the_host_it_is_named_after(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree("Game", (*_HOSTS, "Game.Web.Tests"))))
    assert names(found["Game.Web"], K.TEST) == ["NUnit"]
    assert names(found["Game.Auth"], K.TEST) == []
    assert names(found["Game.ServerHub"], K.TEST) == []


def test_a_solution_of_its_name_not_listing_it_changes_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("Game.Web", _HOSTS)))
    assert names(found["Game.Web"], K.TEST) == ["NUnit"]
    assert names(found["Game.Auth"], K.TEST) == []
