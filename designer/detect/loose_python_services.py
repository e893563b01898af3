"""Python services kept as loose code in a folder no Python manifest covers.

A small Python server may ship with no manifest at all: its image installs its packages by
name (`RUN pip install bottle spacy`, `pip install fastapi[all] sqlalchemy`) and copies or
mounts its folder (`COPY ./tools /app`, `./tools:/app`). The walk has no project to give its
code to, so the code joins the project enclosing it: the root of a Laravel application (whose
report then carries a second framework) or a root with no manifest at all (reported as a
phantom backend at `.`, its service's folder lost). The folder whose code starts the framework
is the service.

Only a unit with no Python manifest is split, only when every Python web framework its code
starts is started in one folder below it, and only when that folder is not all it holds: the
unit declares a project of another language, or keeps Python code elsewhere (a batch runner
beside the API), none of it on the way down to the starts (a `main.py` running the `app/`
package below it is one program). Django is left alone: a settings module is where it is
configured, not a server's start, and `manage.py` lies above it. The folder is deployed when
a Compose file or a Dockerfile of the tree copies or mounts it. What an image that copies or
mounts it (a Dockerfile copying it, a Compose service building an image and mounting it)
installs by name is its manifest: its framework, data layer and drivers (a list it installs
with `-r` is read as a manifest by `image_lists` and `mounted_lists`; a command installing
one is left alone). An image installing names for code it neither copies nor mounts (a
development container kept running for a shell) lends nothing: which code it is for is not
said. A folder inside another language's project, or placed as a helper's (`tools/`, a mock's),
is split only when such an image ships it.

Two more shapes follow. A folder with no manifest whose own files start the framework (a
sidecar under `docker/renderer/`) takes as its manifest what an image copying the folder or
its start file installs by name (`COPY docker/renderer/app.py /app/`). And a root declaring
no project whose only Python code lies in one folder is still split when the root gathers
projects of their own beside that folder (a `server/` Flask app next to `admin/` and `user/`
front ends) and a file right in the folder creates the app and serves it when run as a script
(`if __name__ == '__main__': app.run(...)`): a program of the repository, named by its folder.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.image_lists import COPIED
from designer.detect.loose_helpers import helper_file
from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import Lines, Signal
from designer.detect.walker import Source, read_text
from designer.model.stack import FindingKind

_NOT_STARTED_HERE = frozenset({"Django", "Django REST framework"})
"""Frameworks whose code signal is configuration (a settings module), not a server's start."""


def split(
    top: str,
    units: dict[str, Unit],
    sources: dict[str, list[Source]],
    side: list[tuple[str, str, str]],
) -> None:
    """Give each loose Python service (see the module's docstring) a unit of its own, with the
    signals of the files below its folder."""
    for folder, unit in list(units.items()):
        if any(eco == "python" for _, eco, _ in unit.manifests):
            continue
        starts = [
            s
            for s in unit.signals.get("python", ())
            if s.kind is FindingKind.FRAMEWORK
            and s.evidence is not None
            and s.name not in _NOT_STARTED_HERE
        ]
        if not starts or any(s.name in _NOT_STARTED_HERE for s in unit.signals.get("python", ())):
            continue
        home = _common_folder([posixpath.dirname(s.evidence.path) for s in starts])
        if home == folder and not unit.manifests:
            _ship_own(top, unit, frozenset(s.evidence.path for s in starts), side)
            continue
        if home is None or home == folder or not _below(folder, home) or home in units:
            continue
        inside = home + "/"
        others = [
            s.path
            for s in sources.get(folder, ())
            if s.path.endswith(".py") and not s.path.startswith(inside) and not s.is_test
        ]
        if not unit.manifests and not others and not _among_projects(
            top, folder, home, units, starts
        ):
            continue  # the unit's only code: its own project, laid out below its folder
        if any(_between(folder, posixpath.dirname(path) or ".", home) for path in others):
            # Code in a folder on the way down to the starts (a `main.py` above the `app/`
            # package it runs): one program whose starts lie in its package, not a service
            # kept apart from the rest. A file at the tree's top has the folder `.`.
            continue
        service = Unit(home)
        for path, text in _images(top, home, side):
            specs = list(_named(text))
            if specs:
                result = python.installed_by_name(Lines(path, text), specs)
                service.manifests.append((path, "python", result))
                service.signals["python"] += result.signals
        if not service.manifests and (
            unit.manifests or all(helper_file(s.evidence.path) for s in starts)
        ):
            # Beside another language's project, or in a helper's place (`tools/`, a mock):
            # the developers' program unless an image ships it with its packages.
            continue
        for eco, signals in unit.signals.items():
            moved = [s for s in signals if s.evidence is not None
                     and s.evidence.path.startswith(inside)]
            if moved:
                unit.signals[eco] = [s for s in signals if s not in moved]
                service.signals[eco] += moved
        service.deployable = bool(service.manifests) or _deployed(home, side)
        units[home] = service


def _ship_own(
    top: str, unit: Unit, starts: frozenset[str], side: list[tuple[str, str, str]]
) -> None:
    """Give a folder with no manifest, whose own files start the framework, the packages an
    image shipping it installs by name (a sidecar's Dockerfile: `pip install Flask==3.1.0`,
    `COPY svc/app.py /app/`): that command is its manifest, and the image deploys it."""
    for path, text in _images(top, unit.folder, side, starts):
        specs = list(_named(text))
        if specs:
            result = python.installed_by_name(Lines(path, text), specs)
            unit.manifests.append((path, "python", result))
            unit.signals["python"] += result.signals
    if unit.manifests:
        unit.deployable = True


_SERVES = re.compile(
    r"^if[ \t]+__name__[ \t]*==[ \t]*['\"]__main__['\"][ \t]*:[^\n]*\n"
    r"(?:[ \t][^\n]*\n|\n)*?[ \t]+\w+\.run\(",
    re.MULTILINE,
)
"""A module run as a script that serves its app (`if __name__ == '__main__': app.run(...)`)."""


def _among_projects(
    top: str, folder: str, home: str, units: dict[str, Unit], starts: list[Signal]
) -> bool:
    """Whether `folder`, declaring no project, gathers projects of their own beside `home` (a
    `server/` Flask app next to `admin/` and `user/` front ends, each with its manifest), and a
    file right in `home` both creates the app and serves it when run as a script: the server
    is one of the repository's programs, named by its own folder, not the repository's root."""
    if not any(
        f not in (folder, home) and _below(folder, f) and not _below(home, f) and u.manifests
        for f, u in units.items()
    ):
        return False
    for path in {s.evidence.path for s in starts if s.evidence is not None}:
        if posixpath.dirname(path) != home:
            continue
        text = read_text(top, path)[0]
        if text is not None and _SERVES.search(text):
            return True
    return False


def _common_folder(folders: list[str]) -> str | None:
    """The deepest folder enclosing every one of `folders` (None when they share none)."""
    parts = [f.split("/") for f in folders if f]
    if len(parts) != len(folders):
        return None  # a start at the tree's top
    common: list[str] = []
    for names in zip(*parts, strict=False):
        if len(set(names)) != 1:
            break
        common.append(names[0])
    return "/".join(common) or None


def _between(folder: str, middle: str, home: str) -> bool:
    """Whether `middle` is `folder` or a folder between it and `home` (above `home`)."""
    return middle == folder or (_below(folder, middle) and _below(middle, home))


def _below(folder: str, inner: str) -> bool:
    """Whether `inner` lies below `folder` (`.` is above every folder of the tree)."""
    return folder == "." or inner.startswith(folder + "/")


def _deployed(home: str, side: list[tuple[str, str, str]]) -> bool:
    """Whether a Compose file or Dockerfile of the tree copies or mounts `home`, written from
    the tree's top (`COPY ./tools /app`, `- ./tools:/app`)."""
    mapped = re.compile(rf"(?<![\w./-])(?:\./)?{re.escape(home)}/?(?=[:\s\"'])")
    return any(mapped.search(text) for _, _, text in side)


def _images(
    top: str, home: str, side: list[tuple[str, str, str]], files: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str]]:
    """(path, text) of the Dockerfiles whose image copies `home` or one of `files` (from their
    own folder or one above), or whose Compose service builds them and mounts `home`."""
    seen: set[str] = set()
    for path, _, text in side:
        name = posixpath.basename(path)
        if (name == "Dockerfile" or name.startswith(DOCKERFILE_VARIANTS)) and _copies(
            posixpath.dirname(path), home, text, files=files
        ):
            seen.add(path)
            yield path, text
    for path, _, text in side:
        name = posixpath.basename(path)
        if not name.startswith(("docker-compose", "compose.")):
            continue
        folder = posixpath.dirname(path) or "."
        for dockerfile, context, volumes in _built_services(text):
            built = posixpath.normpath(posixpath.join(folder, context, dockerfile))
            if built in seen or built.startswith("../"):
                continue
            content = read_text(top, built)[0]
            if content is None:
                continue
            mounted = any(
                posixpath.normpath(posixpath.join(folder, source)) == home
                for source in volumes
            )
            base = posixpath.normpath(posixpath.join(folder, context))
            if mounted or _copies(base, home, content, nearest_only=True, files=files):
                seen.add(built)
                yield built, content


def _copies(
    context: str,
    home: str,
    text: str,
    nearest_only: bool = False,
    files: frozenset[str] = frozenset(),
) -> bool:
    """Whether a Dockerfile built from `context` (or, unless `nearest_only`, a folder above
    it) copies the folder `home` (`COPY ./tools /app`) or one of `files`."""
    contexts = [context or "."]
    while not nearest_only and contexts[-1] != ".":
        contexts.append(posixpath.dirname(contexts[-1]) or ".")
    return any(
        (copied := posixpath.normpath(posixpath.join(c, source))) == home or copied in files
        for source, _ in COPIED.findall(text)
        for c in contexts
    )


def _built_services(text: str) -> Iterator[tuple[str, str, list[str]]]:
    """(Dockerfile, build context, the host folders mounted) of each service of a Compose
    file that builds its image."""
    import yaml

    try:
        # Only the top levels are read: an alias bomb is never expanded.
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, dict):
        return
    for body in services.values():
        if not isinstance(body, dict):
            continue
        build = body.get("build")
        if isinstance(build, str):
            context, dockerfile = build, "Dockerfile"
        elif isinstance(build, dict):
            context = build.get("context", ".")
            dockerfile = build.get("dockerfile", "Dockerfile")
        else:
            continue
        if not isinstance(context, str) or not isinstance(dockerfile, str):
            continue
        volumes = body.get("volumes")
        sources = [
            v.split(":", 1)[0]
            for v in (volumes if isinstance(volumes, list) else [])
            if isinstance(v, str) and v.startswith(".") and ":" in v
        ]
        yield dockerfile, context, sources


_PIP = re.compile(r"^(?:pip3?(?:\.\d+)?|python3?(?:\.\d+)?[ \t]+-m[ \t]+pip)$")
_SEPARATORS = frozenset({"&&", "||", ";", "|"})
_VALUED = frozenset(
    {"-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
     "-t", "--target", "--prefix", "--root", "--trusted-host", "--platform", "--python-version",
     "--progress-bar", "--cache-dir"}
)
"""pip options followed by a value (not a package)."""
_LISTED = frozenset({"-r", "--requirement", "-e", "--editable"})
"""Options naming a list or a local project: such a command is read elsewhere, or not at all."""
_SPEC = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[A-Za-z0-9_,.-]*\])?(?:[=<>~!]=?[^\s]*)?$")
"""A package named on the command line (`fastapi[all]`, `numpy-stl`, `bottle==0.12.25`)."""


def _named(text: str) -> Iterator[tuple[int, str]]:
    """(line index, requirement) of each package a Dockerfile's `RUN` commands install with pip
    by name; a continued instruction's comment lines are skipped, as Docker does."""
    words: list[tuple[int, str]] = []
    continued = False
    for number, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if continued and stripped.startswith("#"):
            continue
        if not continued:
            yield from _installs(words)
            words = []
        body = stripped[:-1] if stripped.endswith("\\") else stripped
        continued = stripped.endswith("\\")
        words += [(number, w) for w in body.split()]
    yield from _installs(words)


def _installs(words: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The packages a `RUN` instruction's words (with their line indexes) install by name."""
    if not words or words[0][1].upper() != "RUN":
        return
    # The shell joins quoted parts to the word: `"litestar[standard]"==2.15.1` is one package.
    tokens = [(n, w.replace('"', "").replace("'", "")) for n, w in words[1:]]
    for i, (_, word) in enumerate(tokens):
        two = f"{tokens[i - 2][1]} {tokens[i - 1][1]} {word}" if i >= 2 else ""
        if word != "install" or i == 0:
            continue
        if not (_PIP.match(tokens[i - 1][1]) or _PIP.match(two.rsplit(" ", 1)[0])):
            continue
        found: list[tuple[int, str]] = []
        skip = False
        for number, token in tokens[i + 1:]:
            if token in _SEPARATORS or token.endswith(";"):
                break
            if skip:
                skip = False
                continue
            if token in _LISTED or token.startswith(("-r", "--requirement=", "-e", "--editable=")):
                found = []
                break
            if token.startswith("-"):
                skip = token in _VALUED
                continue
            if _SPEC.match(token):
                found.append((number, token))
        yield from found
