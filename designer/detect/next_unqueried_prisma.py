"""A Next.js app's own Prisma client that none of its code queries: no data of its own.

A Next.js front of a workspace may keep a copy of the product's Prisma schema and a module
building a client (`prisma/client.ts`: `export const db = new PrismaClient({ adapter })`),
generated at build time so that its pages can import the models' types and enums (`import type
{ Policy } from '@/db'`, `import { Frequency } from '@/db'`), while every read and write goes
to the product's API through a fetch client. A client nothing queries opens no store (HELDOUT:
data of its own is a store the program opens and writes to). So where the app's only framework
is Next.js, a module of its own builds the client, and no other module of it (tests aside)
queries a model (`db.policy.update(`), runs SQL or a transaction (`prisma.$queryRaw`), hands a
client to an auth adapter (`PrismaAdapter(`) or names a binding the building modules export
outside an import or re-export, and no building module queries its own client (`const prisma =
new PrismaClient()` beside `prisma.user.findMany(` in a route), the app's Prisma signals (the
ORM, Prisma Migrate, the engine its schema names) are dropped: the front is then judged by what
else it uses (`next_server_uses`, `nonservices.ui_only`). An app whose client comes from a
workspace package is that package's lending to weigh (`next_server_uses`); a tree too large to
read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import LazyPattern, Signal
from designer.detect.walker import PRUNED, TEST_FOLDERS, TEST_NAME, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"
FRAMEWORK = "Next.js"
ORM = "Prisma"

MAX_FILES = 3000
"""Code files of the application read at most."""

_SKIPPED = frozenset({*PRUNED, *TEST_FOLDERS, ".next", "out", "coverage", "e2e"})

_BUILDS = LazyPattern(r"\bnew[ \t]+PrismaClient\b")
"""A module building the client."""

_METHODS = (
    r"(?:findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany"
    r"|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany"
    r"|count|aggregate|groupBy)[ \t]*\("
)
"""A model's query methods, called with their arguments."""

_MODEL = r"[ \t]*\??\.[ \t\r\n]*\w+[ \t\r\n]*\??\.[ \t\r\n]*"
"""`.policy.` between a client and a query method, over lines and optional chaining."""

_RAW = (
    r"\.\$(?:transaction|queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe|extends|connect)\b"
    r"|\b[Pp]risma\w*Adapter[ \t]*\("
)
"""Raw SQL or a transaction (Prisma's own `$` methods), or the client handed to an auth
library's adapter, which writes its users."""

_QUERY = LazyPattern(r"(?:\b[\w$]+|\)|\])" + _MODEL + _METHODS + "|" + _RAW)
"""A query through a client (`db.policy.findMany(`, `tx.user.create(`, `getDb().user.count(`),
raw SQL or a transaction, or an auth adapter. Any two-step call of these names counts (an API
client's `api.policies.update(` too): a match keeps the data layer, the way things were."""

_BOUND = LazyPattern(r"([\w$]+)[ \t]*(?::[^=;\n]+)?=[ \t]*new[ \t]+PrismaClient\b")
"""A binding a module assigns its new client to (`const prisma = new PrismaClient()`,
`globalForPrisma.prisma = new PrismaClient()`)."""
"""A query through a client (`db.policy.findMany(`, `tx.user.create(`), raw SQL or a
transaction, or the client handed to an auth library's adapter, which writes its users. Any
two-step call of these names counts (an API client's `api.policies.update(` too): a match keeps
the data layer, the way things were."""

_EXPORTED = LazyPattern(
    r"^[ \t]*export[ \t]+(?:const|let|var|function|async[ \t]+function|class)[ \t]+([\w$]+)"
    r"|^[ \t]*export[ \t]*\{([^}]*)\}[ \t]*;?[ \t]*$",
    re.MULTILINE,
)
"""A binding a building module exports (`export const db = …`, `export { prisma }`)."""

_IMPORTS = LazyPattern(
    r"""^[ \t]*(?:import|export)\b[^;'"`]{0,2000}?\bfrom[ \t]*['"][^'"\n]+['"]""",
    re.MULTILINE,
)
"""An import or re-export statement, over as many lines as its names take: naming a binding
there uses nothing."""

_QUOTED = LazyPattern(r"'[^'\n]*'|\"[^\"\n]*\"")
"""A string on one line (a package's name in the Next.js config, `'@app/db'`): no binding."""


def _skip_dir(name: str) -> bool:
    return name in _SKIPPED


def _is_test(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return bool(TEST_NAME.match(name)) or ".test." in name or ".spec." in name


def drop_unqueried(top: str, units: dict[str, Unit]) -> None:
    """Drop the Prisma signals of each Next.js app whose own client nothing of it queries."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if named != {FRAMEWORK} or not any(
            s.kind is FindingKind.ORM and s.name == ORM for s in signals
        ):
            continue
        if not _unqueried(top, unit.folder):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if not _prisma(s)]


def _prisma(signal: Signal) -> bool:
    """A signal of the app's Prisma: the ORM, its migrations, the engine a schema names."""
    if signal.kind is FindingKind.ORM and signal.name == ORM:
        return True
    if signal.kind is FindingKind.MIGRATIONS and signal.name.startswith(ORM):
        return True
    return signal.kind is FindingKind.DATABASE and signal.evidence.path.endswith(".prisma")


def _unqueried(top: str, folder: str) -> bool:
    """Whether a module of `folder` builds a Prisma client and no other module uses one."""
    paths = all_code_files(top, folder, node_imports.ENDINGS, MAX_FILES, skip_dir=_skip_dir)
    if not paths:
        return False  # none, or too many to read whole
    texts = {p: read_text(top, p)[0] or "" for p in paths if not _is_test(p)}
    builders = {p for p, text in texts.items() if _BUILDS.search(text)}
    if not builders:
        return False  # the client comes from elsewhere: that lending is weighed elsewhere
    names: set[str] = set()
    for path in builders:
        exported = _exported(texts[path])
        names |= exported
        # A module building its client may query it itself (a route handler with its own
        # `const prisma = new PrismaClient()`): there only the client's bindings are weighed,
        # not every two-step call (`url.searchParams.delete(` beside the client's options).
        own = sorted(exported | set(_BOUND.findall(texts[path])))
        queried = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, own)) + r")" + _MODEL + _METHODS)
            if own
            else None
        )
        if re.search(_RAW, texts[path]) or (queried and queried.search(texts[path])):
            return False
    alternatives = "|".join(map(re.escape, sorted(names)))
    used = re.compile(r"\b(?:" + alternatives + r")\b") if names else None
    for path, text in texts.items():
        if path in builders:
            continue
        if _QUERY.search(text):
            return False
        if used is not None and used.search(_QUOTED.sub("", _IMPORTS.sub("", text))):
            return False
    return True


def _exported(text: str) -> set[str]:
    """The bindings a module exports by name (`export const db`, `export { prisma as db }`)."""
    names: set[str] = set()
    for match in _EXPORTED.finditer(text):
        if match.group(1):
            names.add(match.group(1))
        for part in (match.group(2) or "").split(","):
            name = part.strip().split(" as ")[-1].strip()
            if name and name != "default":
                names.add(name)
    return names
