"""The projects of a multi-project sbt build: which lines of `build.sbt` define the project of
which folder.

One `build.sbt` often defines every project of the build (`lazy val server = (project in
file("server")).settings(libraryDependencies ++= …)`), each in a folder with no build file of
its own: the dependencies a project's definition declares are that folder's, not the build
root's (the root itself often only aggregates them).

The folder may be spelt with a val of the build (`file(s"$appsFolder/common-lib")`), and a build
of several alike applications often makes them with a helper taking the folder's name
(`def playProject(label: String, projectName: String) = Project(projectName,
file(s"$appsFolder/$projectName")).enablePlugins(PlayScala)…`, then `val checker =
playProject("Rule checker", "checker")`): each call defines the project of the folder its
arguments spell, and the helper's own lines declare what every project it makes shares.
"""

from __future__ import annotations

import posixpath

from designer.detect.ecosystems import sbt_project_methods
from designer.detect.signals import LazyPattern

_FOLDER = r'(?:s?"[^"]*"|\w+)(?:[ \t]*\+[ \t]*(?:s?"[^"]*"|\w+))*'
"""The folder `file(…)` is given: a string, a val of the build, or a sum of them
(`file(appBackendDir + "/api")`)."""

_PROJECT = LazyPattern(
    r"^(?:lazy[ \t]+)?val[ \t]+(?P<name>\w+)\b[^=\n]*=[ \t]*\(?[ \t]*(?:"
    rf"project[ \t]*(?:\.in[ \t]*\(|in[ \t]+)[ \t]*file[ \t]*\([ \t]*(?P<in>{_FOLDER})[ \t]*\)"
    r"(?P<more>(?:[ \t]*/[ \t]*\"[^\"]*\")*)"
    r"|Project[ \t]*\([ \t]*(?:id[ \t]*=[ \t]*)?\"[^\"]*\"[ \t]*,[ \t]*(?:base[ \t]*=[ \t]*)?"
    rf"file[ \t]*\([ \t]*(?P<base>{_FOLDER})[ \t]*\)"
    r")"
)
"""A project definition at the top of the build: `lazy val api = (project in file("api"))`,
`project.in(file("api"))`, `Project("api", file("api"))`, a folder below another
(`file("server") / "target" / "models"`), matched on the definition's head (`_head`): the
chain may open on the lines below (`lazy val api = project` then `.in(file("api"))`)."""

_BARE = LazyPattern(
    r"^(?:lazy[ \t]+)?val[ \t]+(?P<name>\w+)[ \t]*(?::[ \t]*Project[ \t]*)?=[ \t]*\(?[ \t]*"
    r"project\b(?![ \t]*(?:\.[ \t]*in\b|in\b|\())"
)
"""A project given no folder (`lazy val server = project` then `.settings(…)`): sbt's
`project` macro places it in the folder named as its val, below the build's."""

_PLACED = LazyPattern(r"(?:\.[ \t]*in|\bin)[ \t]*\(?[ \t]*file[ \t]*\(")
"""A folder given further down the chain (`.in(file("api"))` on a later line)."""

_HEAD_LINES = 3
"""Lines of a definition its head joins: `lazy val api =`, `project`, `.in(file("api"))`."""

_PIECE = LazyPattern(r'(s?)"([^"]*)"|(\w+)')

_MORE = LazyPattern(r"\"([^\"]*)\"")

_STRING_VAL = LazyPattern(
    r'^(?:lazy[ \t]+)?val[ \t]+(\w+)[ \t]*(?::[ \t]*String[ \t]*)?=[ \t]*"([^"$]*)"[ \t]*$'
)
"""A string val of the build (`val appsFolder = "apps"`), which a folder may be spelt with."""

_HELPER = LazyPattern(r"^def[ \t]+(?P<name>\w+)[ \t]*\(")
"""A helper of the build, defined at the margin (`def playProject(`)."""

_HELPER_FOLDER = LazyPattern(
    r"(?:\bProject[ \t]*\([^,()]*,[ \t]*(?:base[ \t]*=[ \t]*)?"
    r"|\bproject[ \t]*(?:\.in[ \t]*\(|in[ \t]+)[ \t]*)"
    r"file[ \t]*\([ \t]*s?\"(?P<folder>[^\"]*)\"[ \t]*\)"
)
"""The project a helper makes, with the folder it spells (`Project(projectName,
file(s"$appsFolder/$projectName"))`)."""

_CALL = LazyPattern(
    r"^(?:lazy[ \t]+)?val[ \t]+\w+\b[^=\n]*=[ \t]*(?:\w+[ \t]*\.[ \t]*)?(?P<name>\w+)[ \t]*\("
)
"""A project made by a helper's call (`val checker = playProject(`), the helper perhaps an
object's of the build definition (`lazy val api = utils.mkModule(`)."""

Helpers = dict[str, tuple[list[str], str]]
"""Helper's name → (its parameters, the folder it spells for the project it makes)."""

_NESTED_HELPER = LazyPattern(r"^(?P<indent>[ \t]*)def[ \t]+(?P<name>\w+)[ \t]*\(")
"""A helper of a Scala file of the build definition, in its object (`  def mkModule(`)."""

_INTERPOLATED = LazyPattern(r"\$\{?(\w+)\}?")

_PARAM = LazyPattern(r"(?:^|,)[ \t\n]*(\w+)[ \t\n]*:")


def blocks(lines: list[str], outside: Helpers | None = None) -> list[tuple[int, int, str]]:
    """(first line, line after the last, folder) of each project defined at the top of the
    build, the folder relative to the build's ("." for the root project). A definition runs
    until the next line that starts at the margin with anything but the chain's closing or
    continuation (`)`, `.settings(`) or a comment."""
    return [(start, end, folder) for start, end, folder, _ in _definitions(lines, outside)]


def helper_blocks(
    lines: list[str], outside: Helpers | None = None
) -> list[tuple[int, int, list[str]]]:
    """(first line, line after the last, folders) of each helper of the build that makes
    projects, with the folders of the projects its calls make: what its lines declare, every
    one of them declares."""
    made: dict[int, list[str]] = {}
    for _, _, folder, helper in _definitions(lines, outside):
        if helper >= 0:
            made.setdefault(helper, []).append(folder)
    return [(start, end, made[start]) for start, end in _margin_blocks(lines) if start in made]


def _margin_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after the last) of each definition starting at the margin."""
    found: list[tuple[int, int]] = []
    start = -1
    for index, line in enumerate(lines):
        if not line or line[0] in " \t)}]." or line.startswith(("//", "/*", "*")):
            continue
        if start >= 0:
            found.append((start, index))
        start = index
    if start >= 0:
        found.append((start, len(lines)))
    return found


def _definitions(
    lines: list[str], outside: Helpers | None = None
) -> list[tuple[int, int, str, int]]:
    """(first line, line after the last, folder, first line of the helper making it or -1)
    of each project defined at the top of the build; `outside` are the helpers other files of
    the build define (`outside_helpers`)."""
    vals = {m.group(1): m.group(2) for line in lines if (m := _STRING_VAL.match(line))}
    spans = _margin_blocks(lines)
    helpers: dict[str, tuple[list[str], str, int]] = {
        name: (params, template, -1) for name, (params, template) in (outside or {}).items()
    }
    for start, end in spans:
        opened = _HELPER.match(lines[start])
        if not opened:
            continue
        text = "\n".join(lines[start:end])
        inside = enclosed(text, text.index("(", opened.start("name")))
        made = _HELPER_FOLDER.search(text)
        if inside is not None and made:
            params = _PARAM.findall(inside)
            helpers[opened.group("name")] = (params, made.group("folder"), start)
    found: list[tuple[int, int, str, int]] = []
    for start, end in spans:
        line = lines[start]
        match = _PROJECT.match(line) or _PROJECT.match(_head(lines, start, end))
        if match:
            parts = [_template(match.group("in") or match.group("base") or '"."')]
            parts += _MORE.findall(match.group("more") or "")
            folder = _spelt(posixpath.join(*parts), vals)
            if folder is not None:
                found.append((start, end, posixpath.normpath(folder), -1))
            continue
        bare = _BARE.match(line)
        if bare and not _PLACED.search("\n".join(lines[start:end])):
            found.append((start, end, bare.group("name"), -1))
            continue
        # The call may be a helper's of another file, opening on the line below (`lazy val
        # api = utils` then `.mkModule("api")`).
        text = " ".join([line.rstrip(), *(more.strip() for more in lines[start + 1 : end])])
        call = _CALL.match(text)
        if not call or call.group("name") not in helpers:
            continue
        params, template, helper = helpers[call.group("name")]
        inside = enclosed(text, call.end() - 1)
        if inside is None:
            continue
        given = dict(vals)
        for position, argument in enumerate(_split(inside)):
            named, _, value = argument.partition("=")
            name, literal = (named.strip(), value.strip()) if value else ("", named.strip())
            if not name and position < len(params):
                name = params[position]
            if name and len(literal) >= 2 and literal[0] == literal[-1] == '"':
                given[name] = literal[1:-1]
        folder = _spelt(template, given)
        if folder is not None and folder:
            found.append((start, end, posixpath.normpath(folder), helper))
    return found


def outside_helpers(lines: list[str]) -> Helpers:
    """The helpers making projects that a Scala file of the build definition defines
    (`object utils { def mkModule(id: String): Project = Project(id, file(s"modules/$id")) }`
    in project/utils.scala), for the build's `build.sbt` to call."""
    found: Helpers = {}
    for index, line in enumerate(lines):
        opened = _NESTED_HELPER.match(line)
        if not opened:
            continue
        depth = len(opened.group("indent"))
        end = index + 1
        while end < len(lines) and (
            not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > depth
        ):
            end += 1
        text = "\n".join(lines[index:end])
        inside = enclosed(text, text.index("(", opened.start("name")))
        made = _HELPER_FOLDER.search(text)
        if inside is not None and made:
            found[opened.group("name")] = (_PARAM.findall(inside), made.group("folder"))
    return found


def _head(lines: list[str], start: int, end: int) -> str:
    """The first lines of a definition joined into one: a chain written one call a line
    (`lazy val api = project` then `.in(file("api"))`) reads as if written on one."""
    rest = [line.strip() for line in lines[start + 1 : min(end, start + _HEAD_LINES)]]
    return " ".join([lines[start].rstrip(), *rest])


def _template(folder: str) -> str:
    """The folder `file(…)` is given as one template (`appBackendDir + "/api"` is
    `${appBackendDir}/api`, for `_spelt` to write out)."""
    parts = []
    for piece in _PIECE.finditer(folder):
        parts.append(piece.group(2) if piece.group(2) is not None else f"${{{piece.group(3)}}}")
    return "".join(parts)


def _spelt(folder: str, vals: dict[str, str]) -> str | None:
    """The folder with the vals it names written out; None when one is unknown."""
    missing = [name for name in _INTERPOLATED.findall(folder) if name not in vals]
    if missing:
        return None
    return _INTERPOLATED.sub(lambda m: vals[m.group(1)], folder)


def enclosed(text: str, opening: int) -> str | None:
    """The text between the parenthesis at `opening` and the one closing it; None when none
    closes it. Shared with `sbt_named_lists`."""
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return text[opening + 1 : index]
    return None


def _split(arguments: str) -> list[str]:
    """The arguments of a call, split at the commas outside brackets and strings."""
    parts: list[str] = []
    depth, quoted, current = 0, False, []
    for char in arguments:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "([{":
            depth += 1
        elif not quoted and char in ")]}":
            depth -= 1
        elif not quoted and depth == 0 and char == ",":
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    if "".join(current).strip():
        parts.append("".join(current).strip())
    return parts


_VAL_NAME = LazyPattern(r"^(?:lazy[ \t]+)?val[ \t]+(\w+)")

_SETTINGS_VAL = LazyPattern(r"^(?:lazy[ \t]+)?val[ \t]+(?P<name>\w+)\b[^=\n]*=[ \t]*Seq[ \t]*\(")
"""A val of settings the projects list by name (`lazy val commonSettings = Seq(…)`)."""

_DEPENDS_ON = LazyPattern(r"\.dependsOn[ \t]*\(")


def settings_blocks(
    lines: list[str], outside: Helpers | None = None
) -> list[tuple[int, int, list[str]]]:
    """(first line, line after the last, folders) of each val of settings of the build with
    the folders of the projects whose definitions (or whose helper's) name it: what its lines
    declare, those projects declare."""
    definitions = _definitions(lines, outside)
    spans = dict(_margin_blocks(lines))
    texts: list[tuple[str, str]] = []
    for start, end, folder, helper in definitions:
        text = "\n".join(lines[start:end])
        if helper >= 0:
            text += "\n" + "\n".join(lines[helper : spans.get(helper, helper)])
        texts.append((folder, text))
    found: list[tuple[int, int, list[str]]] = []
    for start, end in spans.items():
        opened = _SETTINGS_VAL.match(lines[start])
        if not opened:
            continue
        word = LazyPattern(rf"(?<![\w.\"]){opened.group('name')}\b")
        users = [f for f, text in texts if f != "." and word.search(text)]
        if users:
            found.append((start, end, users))
    return found


def depended_on(
    lines: list[str],
    packaged: LazyPattern,
    outside: Helpers | None = None,
    methods: sbt_project_methods.Methods | None = None,
) -> set[str]:
    """The folders of the projects that a project packaging a program (its definition, its
    helper's or the build's `Project` methods it calls, matching `packaged`) depends on at run
    time (`.dependsOn(commonLib)`, `core % "compile->compile;test->test"`; not `% "test->test"`
    alone), and those these depend on in turn: the program runs with its libraries' own."""
    folders, texts = _definition_texts(lines, outside)
    needs: dict[str, set[str]] = {}
    for folder, text in texts:
        needs.setdefault(folder, set()).update(_needs(text, folders) - {folder})
    todo = [
        need
        for folder, text in texts
        if packaged.search(sbt_project_methods.spelt(text, methods))
        for need in needs[folder]
    ]
    found: set[str] = set()
    while todo:
        need = todo.pop()
        if need not in found:
            found.add(need)
            todo += needs.get(need, ())
    return found


def dependencies(lines: list[str], outside: Helpers | None = None) -> dict[str, set[str]]:
    """Folder of each project of the build → the folders of the projects it depends on at
    run time (`.dependsOn(infra, core % "compile->compile;test->test")`; not a project it
    only tests with, `% "test->test"`): the modules it runs with, whose data layer is its."""
    folders, texts = _definition_texts(lines, outside)
    found: dict[str, set[str]] = {}
    for folder, text in texts:
        if needs := _needs(text, folders) - {folder}:
            found.setdefault(folder, set()).update(needs)
    return found


def _definition_texts(
    lines: list[str], outside: Helpers | None
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The folder of each project by the name of its `val`, and each project's folder with
    the text of its definition, its helper's body appended when it calls one."""
    definitions = _definitions(lines, outside)
    spans = dict(_margin_blocks(lines))
    folders: dict[str, str] = {}
    for start, _, folder, _ in definitions:
        named = _VAL_NAME.match(lines[start])
        if named:
            folders[named.group(1)] = folder
    texts: list[tuple[str, str]] = []
    for start, end, folder, helper in definitions:
        text = "\n".join(lines[start:end])
        if helper >= 0:
            text += "\n" + "\n".join(lines[helper : spans.get(helper, helper)])
        texts.append((folder, text))
    return folders, texts


def _needs(text: str, folders: dict[str, str], compiled: bool = True) -> set[str]:
    """The folders of the projects a definition's `.dependsOn(…)` names for run time, with
    (`compiled`) those scoped to compile and test alike (`core % "compile->compile;test->test"`)
    and a cross-built project named by its platform (`core.jvm`)."""
    found: set[str] = set()
    for call in _DEPENDS_ON.finditer(text):
        inside = enclosed(text, call.end() - 1) or ""
        for argument in _split(inside):
            name = argument.split("%", 1)[0].strip()
            _, scoped, configuration = argument.partition("%")
            if scoped and "test" in configuration and not (compiled and "compile" in configuration):
                continue
            if compiled and name not in folders:
                name = name.split(".", 1)[0]
            if name in folders:
                found.add(folders[name])
    return found
