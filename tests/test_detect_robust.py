"""Hostile trees: malformed manifests, symlink loops, unreadable and huge files, ignored and
pruned folders. None of them may crash detection."""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from permissions import honour_modes
from test_detect_projects import PROJECTS, package_json, write

from designer.detect import detect, walker
from designer.detect.ecosystems import ECOSYSTEMS
from designer.detect.gitignore import GitIgnore, IgnoreStack
from designer.detect.signals import LazyPattern, Lines, ManifestError, ManifestResult
from designer.errors import UsageError

MALFORMED = {
    "package.json": '{"dependencies": {"express": }',
    "pyproject.toml": "[project\ndependencies = [",
    "Pipfile": "[packages\n",
    "Cargo.toml": "[dependencies]\naxum = ",
    "pom.xml": "<project><dependencies></project>",
    "composer.json": "[1, 2]",
    "Api.csproj": "<Project Sdk='Microsoft.NET.Sdk.Web'>",
    "go.mod": "this is not a go.mod\n",
    "setup.cfg": "[options\ninstall_requires = flask\n",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_manifest_is_a_warning(tmp_path: Path, name: str) -> None:
    root = write(tmp_path, {f"broken/{name}": MALFORMED[name]})
    write(root / "ok", PROJECTS["gin"][2])
    detection = detect(root)
    assert [b.folder for b in detection.backends] == ["ok"]
    assert len(detection.warnings) == 1
    assert detection.warnings[0].startswith(f"broken/{name}: ")


def test_xml_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
        "<project><dependencies>&lol2;</dependencies></project>\n"
    )
    root = write(tmp_path, {"pom.xml": bomb})
    detection = detect(root)
    assert detection.backends == []
    assert detection.warnings == [
        "pom.xml: has a DOCTYPE or ENTITY declaration; not read (XML bomb guard)"
    ]


def test_symlink_loops_and_links_out_of_the_root_are_not_followed(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside", PROJECTS["flask"][2])
    root = write(tmp_path / "root", PROJECTS["fastapi"][2])
    (root / "pkg").mkdir()
    os.symlink(root / "pkg", root / "pkg" / "loop")  # pkg/loop -> pkg
    os.symlink(root, root / "pkg" / "up")  # back to the root
    os.symlink("..", root / "parent")  # out of the root
    os.symlink(outside, root / "elsewhere")
    os.symlink(root / "missing", root / "dangling")
    os.symlink(root / "nowhere-a", root / "nowhere-b")
    detection = detect(root)
    assert [b.folder for b in detection.backends] == ["."]
    assert [f.name for f in detection.backends[0].findings][:1] == ["FastAPI"]


def test_symlinked_service_inside_the_root_counts_once(tmp_path: Path) -> None:
    root = write(tmp_path / "root", {})
    write(root / "services" / "api", PROJECTS["gin"][2])
    os.symlink(root / "services", root / "alias")
    detection = detect(root)
    assert len(detection.backends) == 1


def test_unreadable_manifest_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write(tmp_path, PROJECTS["express"][2])
    real_open = os.open

    def guarded_open(path: str, flags: int, *args: int) -> int:
        if str(path).endswith("package.json"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(walker.os, "open", guarded_open)
    detection = detect(root)
    assert "package.json: cannot be read (Permission denied)" in detection.warnings
    # the entry point alone still names the framework, with less confidence
    assert detection.backends[0].findings[0].name == "Express"


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    root = write(tmp_path, PROJECTS["gin"][2])
    os.mkfifo(root / "requirements.txt")
    os.mkfifo(root / "main.py")
    detection = detect(root)
    assert detection.warnings == ["requirements.txt: skipped, not a regular file"]
    assert [b.folder for b in detection.backends] == ["."]


def test_symlinked_files_inside_the_root_are_read_outside_are_not(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside", {"package.json": package_json({"koa": "^2"})})
    root = write(tmp_path / "root", {"a/requirements.txt": "flask\n"})
    (root / "b").mkdir()
    (root / "c").mkdir()
    os.symlink(root / "a" / "requirements.txt", root / "b" / "requirements.txt")
    os.symlink(outside / "package.json", root / "c" / "package.json")
    found = {b.folder: b for b in detect(root).backends}
    assert sorted(found) == ["a", "b"]


def test_chmod_000_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write(tmp_path, PROJECTS["flask"][2])
    write(root / "locked", {"requirements.txt": "django\n"})
    (root / "pyproject.toml").chmod(0)
    (root / "locked").chmod(0)
    honour_modes(monkeypatch)  # root reads files whatever their mode otherwise
    try:
        detection = detect(root)
    finally:
        (root / "pyproject.toml").chmod(0o644)
        (root / "locked").chmod(0o755)
    assert "pyproject.toml: cannot be read (Permission denied)" in detection.warnings
    assert "locked/: folder cannot be read (Permission denied)" in detection.warnings
    assert [b.folder for b in detection.backends] == ["."]


def test_unreadable_folder_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write(tmp_path, PROJECTS["gin"][2])
    write(root / "secret", PROJECTS["flask"][2])
    real_scandir = os.scandir

    def guarded(path: str) -> object:
        if str(path).endswith("secret"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walker.os, "scandir", guarded)
    detection = detect(root)
    assert "secret/: folder cannot be read (Permission denied)" in detection.warnings
    assert [b.folder for b in detection.backends] == ["."]


def test_huge_and_binary_manifests_are_skipped(tmp_path: Path) -> None:
    root = write(tmp_path, {"big/requirements.txt": "flask\n" + "#" * (1024 * 1024)})
    (root / "bin").mkdir()
    (root / "bin" / "package.json").write_bytes(b'{"dependencies": {"express": "4"}}\x00\x01')
    detection = detect(root)
    assert detection.backends == []
    assert detection.warnings == [
        "big/requirements.txt: skipped, larger than 1 MiB (1.0 MiB)",
        "bin/package.json: skipped, binary file",
    ]


def test_pruned_folders_are_never_read(tmp_path: Path) -> None:
    root = write(tmp_path, {"package.json": package_json({"react": "^18"})})
    write(root / "node_modules" / "express", {"package.json": package_json({"express": "4"})})
    write(root / ".venv", {"pyvenv.cfg": "home = /usr\n", "lib/flask/app.py": "Flask(__name__)"})
    write(root / "env", {"pyvenv.cfg": "home = /usr\n", "requirements.txt": "django\n"})
    write(root / "vendor" / "x", PROJECTS["gin"][2])
    write(root / "target" / "x", PROJECTS["spring"][2])
    write(root / ".git" / "x", PROJECTS["flask"][2])
    assert detect(root).backends == []


def test_gitignore_is_respected(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {".gitignore": "# generated\n/generated/\nscratch*\n!scratch-keep/\n*.log\n"},
    )
    write(root / "generated", PROJECTS["flask"][2])
    write(root / "scratch-1", PROJECTS["koa"][2])
    write(root / "scratch-keep", PROJECTS["gin"][2])
    write(root / "apps" / "generated", PROJECTS["echo"][2])  # not anchored: kept
    # With its code ignored, the Dockerfile is what still makes apps/api an application.
    api_files = {".gitignore": "*.py\n", "Dockerfile": "FROM python:3.12\n"}
    write(root / "apps" / "api", {**api_files, **PROJECTS["fastapi"][2]})
    found = {b.folder: b for b in detect(root).backends}
    assert sorted(found) == ["apps/api", "apps/generated", "scratch-keep"]
    api = found["apps/api"]
    assert all(
        e.path.endswith(".txt") or e.path.endswith(".ini") for f in api.findings for e in f.evidence
    ), "the .py entry point is ignored by apps/api/.gitignore"


@pytest.mark.parametrize(
    ("patterns", "path", "is_dir", "ignored"),
    [
        ("build/", "build", True, True),
        ("build/", "build", False, False),
        ("/root-only", "sub/root-only", True, False),
        ("/root-only", "root-only", True, True),
        ("doc/*.txt", "doc/a.txt", False, True),
        ("doc/*.txt", "doc/x/a.txt", False, False),
        ("**/logs", "a/b/logs", True, True),
        ("a/**/z", "a/z", True, True),
        ("a/**/z", "a/b/c/z", True, True),
        ("secret/**", "secret/x", False, True),
        ("*.py[co]", "m.pyc", False, True),
        ("*.log\n!keep.log", "keep.log", False, False),
        ("[!a]bc", "abc", False, False),
        ("[!a]bc", "xbc", False, True),
        ("\\#hash", "#hash", False, True),
        ("# comment", "# comment", False, False),
        ("file?.txt", "file1.txt", False, True),
    ],
)
def test_gitignore_matcher(patterns: str, path: str, is_dir: bool, ignored: bool) -> None:
    stack = IgnoreStack().push("", GitIgnore(patterns))
    assert stack.ignored(path, path.rsplit("/", 1)[-1], is_dir) is ignored


def test_deeper_gitignore_wins() -> None:
    stack = IgnoreStack().push("", GitIgnore("*.txt\n")).push("sub", GitIgnore("!keep.txt\n"))
    assert stack.ignored("sub/keep.txt", "keep.txt", False) is False
    assert stack.ignored("sub/other.txt", "other.txt", False) is True


def test_missing_path_and_file_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such folder"):
        detect(tmp_path / "nope")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UsageError, match="is a file, not a project folder"):
        detect(tmp_path / "file.txt")


MANIFEST_NAMES = [
    "requirements.txt",
    "pyproject.toml",
    "Pipfile",
    "setup.cfg",
    "setup.py",
    "package.json",
    "go.mod",
    "Cargo.toml",
    "pom.xml",
    "build.gradle",
    "build.gradle.kts",
    "settings.gradle",
    "composer.json",
    "Api.csproj",
    "Gemfile",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(MANIFEST_NAMES),
    text=st.one_of(
        st.text(max_size=300),
        st.text(alphabet='{}[]"=:,<>/ \nabc-_.0123456789', max_size=300),
    ),
)
def test_any_manifest_text_parses_or_is_refused(name: str, text: str) -> None:
    module = next(m for m in ECOSYSTEMS if m.is_manifest(name, ""))
    try:
        result = module.parse(Lines(name, text))
    except ManifestError as error:
        # Shown as one warning line after the file's name: says what the file is not.
        message = str(error)
        assert message.startswith(("not ", "has a ")), message
        assert "\n" not in message, message
    else:
        assert isinstance(result, ManifestResult)
        for signal in result.signals:
            assert signal.evidence.path == name


def assert_linear(run: Callable[[int], object]) -> None:
    """`run(scale)` takes about `scale` times as long at scale 4 as at scale 1 (quadratic work
    would take 16 times): a ratio of this thread's CPU time, not of wall-clock time, so a busy
    machine does not fail it (in wall-clock time a loaded CI once measured a linear parser at
    18.9×: the larger run had waited for a core). Each is the best of three, the two sizes
    taken in turn; work too quick to time at all passes."""
    def timed(scale: int) -> float:
        start = time.thread_time()
        run(scale)
        return time.thread_time() - start

    smalls, larges = [], []
    for _ in range(3):
        smalls.append(timed(1))
        larges.append(timed(4))
    small, large = min(smalls), min(larges)
    assert large < 10 * small + 0.02, f"4× the input took {large / small:.1f}× as long"


@pytest.mark.parametrize("name", MANIFEST_NAMES)
def test_long_hostile_lines_parse_in_linear_time(name: str) -> None:
    module = next(m for m in ECOSYSTEMS if m.is_manifest(name, ""))

    def run(scale: int) -> None:
        n = 20_000 * scale
        for line in ("a." * n, "require " + "a." * n, "[" * n, '"' + "x-" * n):
            with contextlib.suppress(ManifestError):
                module.parse(Lines(name, f"module x\n{line}\n"))

    assert_linear(run)


FLOODS = ("\n" * 5_000, "\t\n " * 1_750, " " * 5_000, "a." * 2_500, "(" * 5_000)
"""Texts that make a backtracking pattern or a naive scan quadratic. Small: at four times this
size a quadratic parser or pattern still takes 16 times as long (a `\\s*\\n\\s*x` took 70×),
and the floods run thousands of times (every rule, every manifest kind): four times this size
made these tests a minute of CI."""


def test_source_rules_run_in_linear_time_on_floods() -> None:
    from designer.detect.ecosystems import RULES

    patterns = [rule.pattern for rule in RULES if rule.pattern is not None]

    def run(scale: int) -> None:
        for text in FLOODS:
            flood = text * scale
            for pattern in patterns:
                pattern.search(flood)

    assert_linear(run)


LINE_FLOODS = ("// a\r\n", "# a\r\n", "-- a\r\n", "<!-- a -->\r\n", " \t\r\n", "a = 1\r\n")
"""Lines of comments and blanks with Windows line ends, a few to a flood: a pattern reading a
comment as `[^\n]*` before `\r?\n` can take each such line two ways, and one that repeats
over lines then fails takes 2^n steps (a C# file opening with thirty CRLF comment lines once
held `designer detect` for minutes). Short, since exponential work shows at two dozen lines
and a hang is what this guards against."""


def _every_detect_pattern() -> list[re.Pattern[str] | LazyPattern]:
    """The patterns of every module of designer.detect (module-level names) and of its rules."""
    import designer.detect as package
    from designer.detect.ecosystems import RULES

    found: dict[int, re.Pattern[str] | LazyPattern] = {
        id(rule.pattern): rule.pattern for rule in RULES if rule.pattern is not None
    }
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, (re.Pattern, LazyPattern)):
                found[id(value)] = value
    return list(found.values())


def test_every_detect_pattern_runs_in_linear_time_on_line_floods() -> None:
    patterns = _every_detect_pattern()
    assert len(patterns) > 500  # every module was reached, not only the rules

    def run(scale: int) -> None:
        for line in LINE_FLOODS:
            flood = line * (6 * scale) + "\x00"  # a last character no pattern expects
            for pattern in patterns:
                pattern.match(flood)
                pattern.search(flood)

    assert_linear(run)


@pytest.mark.parametrize("name", MANIFEST_NAMES)
def test_manifests_parse_in_linear_time_on_floods(name: str) -> None:
    module = next(m for m in ECOSYSTEMS if m.is_manifest(name, ""))

    def run(scale: int) -> None:
        for text in FLOODS:
            for word in ("implementation", "id", "gem", "require", "include", "kotlin"):
                with contextlib.suppress(ManifestError):
                    module.parse(Lines(name, f"module x\n{word}{text * scale}x\n"))

    assert_linear(run)


SIDE_NAMES = (
    ".env.example",
    "docker-compose.yml",
    "compose.yaml",
    ".nvmrc",
    "gradle/libs.versions.toml",
    "gradle.properties",
    "Directory.Packages.props",
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(SIDE_NAMES),
    text=st.one_of(
        st.text(max_size=300),
        st.text(alphabet='{}[]"=:,<>/ \n-abdceimgsv_.0123456789&*', max_size=300),
    ),
)
def test_any_side_file_text_is_read_or_is_one_warning(name: str, text: str) -> None:
    from designer.detect import sidefiles
    from designer.detect.assemble import Unit

    warnings: list[str] = []
    units: dict[str, Unit] = {}
    files = [(name, ".", text)]
    sidefiles.read_build_files(files, warnings)
    sidefiles.read(units, files, warnings)
    assert all(w.startswith(f"{name}: ") and "\n" not in w for w in warnings)


def test_framework_calls_in_strings_are_skipped_in_linear_time(tmp_path: Path) -> None:
    # A generated module of 100 000 quoted calls on one line, and 20 000 lines of them.
    text = "X = [" + ", ".join(['"express()"'] * 100_000) + "]\n"
    text += "".join("'app = FastAPI()'\n" for _ in range(20_000))
    write(tmp_path, {"package.json": '{"dependencies": {"express": "^4"}}', "lib/gen.js": text})
    start = time.thread_time()
    (backend,) = detect(tmp_path).backends
    assert time.thread_time() - start < 3.0
    express = backend.findings[0]
    assert [e.path for e in express.evidence] == ["package.json"], "no call outside a string"
