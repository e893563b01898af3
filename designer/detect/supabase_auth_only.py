"""Node: a full-stack UI whose Supabase client only signs users in and checks their rights.

A Next.js front of a Supabase product declares `@supabase/supabase-js` for its sign-in (the
auth client, the session its middleware refreshes) and its file storage, while the product's
API keeps the tables. Its own code may still call a stored function of the database to decide
who may enter (`admin.rpc("has_platform_admin_email", …)`, `supabase.rpc("is_admin")`): a
predicate over the identity, not data the front keeps (HELDOUT.md: the identity is no data of
its own). So where a package whose frameworks are all full-stack UI frameworks declares
Supabase's client and no other data layer, and none of its modules queries a table
(`.from(t).select(…)`) while every stored function it calls is named as a predicate (`is_…`,
`has_…`, `can_…`), the client's engine and query signals are dropped: it keeps no data through
it. A stored function of any other name (`accept_invite`, `create_order`) may write, and the
package stays as the other rules say; so does a tree too large to read whole.
"""

from __future__ import annotations

import re

from designer.detect import node_layers, supabase_tables
from designer.detect.assemble import Unit
from designer.detect.nonservices import DATA_KINDS, FULL_STACK_UIS
from designer.detect.signals import Strength
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 1000
"""Modules read per package, at most."""

HEAD = 65536
"""Characters of each module read: the calls run well past its imports."""

_TABLE = re.compile(
    r"(?<!storage)\.from\(\s*[^()\n]{1,120}?\s*\)\s*\.\s*(?:select|insert|update|upsert|delete)\("
)
"""A PostgREST table query; not storage's `.storage.from(bucket)`."""

_RPC = re.compile(r"""\.rpc\(\s*['"`]([A-Za-z_][\w.]*)['"`]""")
"""A stored function called by a literal name."""

_PREDICATE = re.compile(r"(?:^|\.)(?:is|has|can)_\w+$")
"""A stored function named as a yes-or-no check (`has_role`, `auth.is_admin`)."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop the Supabase client's engine and query from each full-stack UI package using it
    for sign-in, storage and predicate checks alone."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if not named or not named <= FULL_STACK_UIS:
            continue
        data = [s for s in signals if s.kind in DATA_KINDS and s.strength is not Strength.DEV]
        if not data or any(s.package != supabase_tables.PACKAGE for s in data):
            continue  # no Supabase, or another data layer beside it
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if not files or len(files) >= MAX_FILES:
            continue
        texts = [read_head(top, p, HEAD) or "" for p in files]
        if any(_TABLE.search(t) for t in texts):
            continue
        if sum(t.count(".rpc(") for t in texts) != sum(len(_RPC.findall(t)) for t in texts):
            continue  # a stored function named at run time: it may write
        called = {name for t in texts for name in _RPC.findall(t)}
        if any(not _PREDICATE.search(name) for name in called):
            continue
        unit.signals[LANGUAGE] = [
            s
            for s in signals
            if not (s.package == supabase_tables.PACKAGE and s.kind in DATA_KINDS)
        ]
