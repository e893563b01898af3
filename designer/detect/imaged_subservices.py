"""Python services a development project encloses, each shipped by its own folder's image.

A repository may keep a root `pyproject.toml` that lists, unpinned, the packages of all its
Python services "for local development", while each service lives in a folder of its own
(`apps/api/`, `apps/collector/`) with no manifest but its Dockerfile: the image copies the folder
(`COPY . /app`) and installs the service's packages pinned by name (`RUN pip install
"litestar[standard]"==2.15.1 sqlalchemy==2.0.38`), then starts it. The walk gives all the code to
the root's project, which is then reported as one backend at `.` and the services are lost. Each
service is the folder whose image ships it, with that install as its manifest.

Only a unit with a Python manifest is split, and only when every framework start of its Python
code lies below its folder, each in a folder (the start's own or the nearest above it, below the
unit's) holding no project of its own whose Dockerfile copies that folder and installs the started
framework by name. One start left uncovered (code the root's project itself serves) leaves the
unit whole. The root keeps its manifest but, its servers gone, no longer counts as a backend: the
frameworks it declared are those the split services start (a workspace's dev environment).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.loose_python_services import _copies, _named
from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import Lines, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"


def split(units: dict[str, Unit], side: list[tuple[str, str, str]]) -> None:
    """Give each imaged service a Python project encloses (see the module's docstring) a unit of
    its own, with its image's install as its manifest and the signals of the files below it."""
    dockerfiles: dict[str, list[tuple[str, str]]] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name == "Dockerfile" or name.startswith(DOCKERFILE_VARIANTS):
            dockerfiles.setdefault(posixpath.dirname(path), []).append((path, text))
    for folder, unit in list(units.items()):
        if not any(eco == LANGUAGE for _, eco, _ in unit.manifests):
            continue
        starts = [
            s
            for s in unit.signals.get(LANGUAGE, ())
            if s.kind is FindingKind.FRAMEWORK
            and s.strength is Strength.ENTRY
            and s.evidence is not None
        ]
        if not starts:
            continue
        services: dict[str, Unit] = {}
        for start in starts:
            assert start.evidence is not None
            home = _image_folder(folder, posixpath.dirname(start.evidence.path), dockerfiles)
            if home is None or home in units:
                services = {}
                break
            service = services.get(home) or _service(home, dockerfiles[home])
            if not any(
                s.name == start.name and s.kind is FindingKind.FRAMEWORK
                for s in service.signals[LANGUAGE]
            ):
                services = {}  # the image installs another framework than the code starts
                break
            services[home] = service
        if not services:
            continue
        for home, service in services.items():
            inside = home + "/"
            for eco, signals in unit.signals.items():
                moved = [
                    s for s in signals
                    if s.evidence is not None and s.evidence.path.startswith(inside)
                ]
                if moved:
                    unit.signals[eco] = [s for s in signals if s not in moved]
                    service.signals[eco] += moved
            units[home] = service
        # The root's framework lines are the services' development environment, not a server.
        started = {s.name for s in starts}
        unit.signals[LANGUAGE] = [
            s for s in unit.signals[LANGUAGE]
            if not (s.kind is FindingKind.FRAMEWORK and s.name in started)
        ]


def _image_folder(
    folder: str, start_dir: str, dockerfiles: dict[str, list[tuple[str, str]]]
) -> str | None:
    """The nearest folder at or above `start_dir`, below `folder`, whose Dockerfiles copy it
    from their own folder (`COPY . /app`) and install packages by name."""
    current = start_dir
    while current and current != folder and (folder == "." or current.startswith(folder + "/")):
        images = dockerfiles.get(current, [])
        if any(_copies(current, current, text, nearest_only=True) and any(_named(text))
               for _, text in images):
            return current
        current = posixpath.dirname(current)
    return None


def _service(home: str, images: list[tuple[str, str]]) -> Unit:
    """A unit for `home` whose manifests are its images' installs by name."""
    service = Unit(home)
    for path, text in images:
        specs = list(_named(text))
        if specs and _copies(home, home, text, nearest_only=True):
            result = python.installed_by_name(Lines(path, text), specs)
            service.manifests.append((path, LANGUAGE, result))
            service.signals[LANGUAGE] += result.signals
    service.deployable = True
    return service
