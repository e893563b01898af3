"""A go.mod `replace` directive pinning a module to another release of itself (#19, set 67):
Go builds the replacement's release, whatever the `require` line says; a replacement by a fork
or a local folder is another module's code and leaves the required release alone."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = (
    'package main\n\nimport "github.com/labstack/echo/v4"\n\n'
    "func main() {\n\te := echo.New()\n\te.Logger.Fatal(e.Start(\":8080\"))\n}\n"
)


def _echo(root: Path, replace: str) -> tuple[str, str]:
    """The framework found for an Echo program whose go.mod ends with `replace`."""
    files = {"go.mod": go_mod("github.com/labstack/echo/v4 v4.10.2") + replace, "main.go": _MAIN}
    return first(by_folder(write(root, files))["."], K.FRAMEWORK)


def test_a_replace_block_pinning_the_same_module_gives_its_release(tmp_path: Path) -> None:
    replace = (
        "\nreplace (\n\tgoogle.golang.org/grpc => google.golang.org/grpc v1.29.0\n"
        "\tgithub.com/labstack/echo/v4 => github.com/labstack/echo/v4 v4.6.1\n)\n"
    )
    assert _echo(tmp_path, replace) == ("Echo", "v4.6.1")


def test_a_one_line_replace_of_the_required_release(tmp_path: Path) -> None:
    replace = (
        "\nreplace github.com/labstack/echo/v4 v4.10.2 =>"
        " github.com/labstack/echo/v4 v4.9.0\n"
    )
    assert _echo(tmp_path, replace) == ("Echo", "v4.9.0")


def test_a_fork_a_folder_or_another_release_leaves_the_requirement(tmp_path: Path) -> None:
    replace = (
        "\nreplace (\n\tgithub.com/labstack/echo/v4 v4.1.0 =>"
        " github.com/labstack/echo/v4 v4.2.0\n)\n"
        "replace github.com/labstack/echo/v4 => github.com/someone/echo/v4 v4.6.1\n"
    )
    assert _echo(tmp_path, replace) == ("Echo", "v4.10.2")
    local = "\nreplace github.com/labstack/echo/v4 => ../echo\n"
    assert _echo(tmp_path, local) == ("Echo", "v4.10.2")
