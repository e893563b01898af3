"""The walk's name picker finds exactly the names `str.startswith`/`str.endswith` would."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.detect import walker
from designer.detect.picking import Picker

PREFIXES = ("app.", "application", "main.", "requirements", "docker-compose", "test_")
ENDINGS = (".csproj", "_test.go", "Test.java", "Tests.java", ".props", ".test.ts")


def expected(picker: Picker, files: list[str]) -> set[str]:
    return {n for n in files if n.startswith(picker.prefixes) or n.endswith(picker.endings)}


def test_prefixes_and_endings_are_picked() -> None:
    picker = Picker(PREFIXES, ENDINGS)
    files = ["app.py", "apps.py", "application-dev.yml", "x_test.go", "test_x.py", "Tests.java",
             "FooTests.java", "a.props", "props", "main.go", "mainx.go", "readme.md", "App.csproj"]
    assert picker.pick(files, "\n".join(files)) == {
        "app.py", "application-dev.yml", "x_test.go", "test_x.py", "Tests.java", "FooTests.java",
        "a.props", "main.go", "App.csproj"}


def test_a_name_holding_a_line_end_is_still_told_apart() -> None:
    picker = Picker(PREFIXES, ENDINGS)
    files = ["notes\nmain.go", "x.props\nreadme", "main.py"]
    assert picker.pick(files, "\n".join(files)) == {"main.py"}


def test_no_files() -> None:
    assert Picker(PREFIXES, ENDINGS).pick([], "") == set()


NAME = st.lists(
    st.sampled_from([*PREFIXES, *ENDINGS, "a", ".", "_", "\n", "x", "T", "est", "pp"]),
    max_size=5,
).map("".join)


# No deadline nor speed check: a picker is plain string work, and a loaded machine (the suite
# beside a measurement) stretched one draw past Hypothesis's 200 ms, which says nothing of it.
_UNTIMED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_UNTIMED
@given(st.lists(NAME, max_size=12, unique=True))
def test_same_as_string_methods(files: list[str]) -> None:
    picker = Picker(PREFIXES, ENDINGS)
    assert picker.pick(files, "\n".join(files)) == expected(picker, files)


@_UNTIMED
@given(st.lists(st.text(alphabet="apmnil._-TestscojrdvyGgk\n", max_size=14), max_size=10,
                unique=True))
def test_the_walks_picker_is_the_string_methods(files: list[str]) -> None:
    picker = walker._PICKER
    assert picker.pick(files, "\n".join(files)) == expected(picker, files)
