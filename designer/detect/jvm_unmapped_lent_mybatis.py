"""JVM: MyBatis a shared library lends a service whose own build names another data layer.

A Spring Cloud build's shared security library may declare `mybatis-plus-extension` for the
paging and entity types its users' services pass around, and every service depending on it is
lent MyBatis-Plus with it. An OAuth server among them declares `spring-boot-starter-jdbc`
itself (its client details read by a `JdbcClientDetailsService`) and maps no table with
MyBatis: no mapper interface, mapper file or mapper scan, no import of MyBatis's API, of
MyBatis-Plus's mappers, services or annotations; at most MyBatis-Plus's `Page` as a paging type
in a response. MyBatis, an ORM by kind, would still outrank the service's own layer. So where a
JVM unit's own build declares a data layer, the modules it uses (through one another) lend it
MyBatis or MyBatis-Plus, which its own build does not declare, and none of its own main sources
reaches MyBatis, the lent names are marked `Unit.unreached_layers` (dropped where
`build_modules` lends). A unit declaring no layer of its own keeps the lent one: its code may
call a library's services that map the tables (`driverless_layers` judges those). A tree too
large to read whole is left as it is, and so is a library only one service uses, which folds
into it whole as that service's own code.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import used_modules
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 1500
"""Main sources read per unit, at most."""

HEAD = 16384
"""Bytes read of a source: its imports and annotations, a mapper file's root element."""

_ENDINGS = (".java", ".kt", ".groovy", ".xml")

_NAMES = frozenset({"MyBatis", "MyBatis-Plus"})

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)

_REACHED = re.compile(
    r"^[ \t]*import[ \t]+(?:static[ \t]+)?(?:org\.apache\.ibatis|org\.mybatis|tk\.mybatis"
    r"|com\.baomidou\.mybatisplus\.(?!extension\.plugins\.pagination\.|core\.metadata\.IPage\b))"
    r"|<mapper\b|@Mapper\b|@MapperScan\b",
    re.MULTILINE,
)
"""Code written to MyBatis: its API or MyBatis-Plus's (but its paging types) imported, a mapper
file, a mapper interface or scan."""

_DEPTH = 4
"""Levels of modules followed from the unit (a service, its core library, the security
library the core depends on…)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark the lent MyBatis layers of each JVM unit declaring a data layer of its own whose
    own main sources never reach MyBatis."""
    for _, unit in sorted(units.items()):
        own = {s.name for s in unit.signals.get(ECOSYSTEM, []) if s.kind in _LAYERS}
        if not own - _NAMES:
            continue
        lent = {
            s.name
            for module in _used(unit, units)
            for s in module.signals.get(ECOSYSTEM, [])
            if s.kind in _LAYERS and s.name in _NAMES and s.name not in own
        }
        if not lent or unit.reached_layers & lent:
            continue
        if _reaches(top, unit) is not False:
            continue
        unit.unreached_layers |= lent


def _used(unit: Unit, units: dict[str, Unit]) -> list[Unit]:
    """The modules of the tree `unit` uses, directly or through one another."""
    seen: list[Unit] = []
    todo = [unit]
    for _ in range(_DEPTH):
        todo = [
            m for u in todo for m in used_modules(u, units, ECOSYSTEM)
            if m is not unit and m not in seen
        ]
        seen += [m for m in todo if m not in seen]
        if not todo:
            break
    return seen


def _reaches(top: str, unit: Unit) -> bool | None:
    """Whether a main source of `unit` reaches MyBatis (None when too large to read whole)."""
    paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
    if paths is None:
        return None
    return any(_REACHED.search(read_head(top, path, HEAD) or "") for path in paths)
