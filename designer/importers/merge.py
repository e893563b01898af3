"""Folding an imported design into one the user already has, without losing their work.

Everything the import brings is matched to what the design has by identity (a resource by name,
an endpoint by method and path, an entity or schema by name …). New things are added; things
that are the same in both are left as they are; things that differ are conflicts. By default a
conflict stops the merge before anything changes and names what differs; `replace` takes the
imported version and `keep` keeps the user's. Settings (base path, pagination, …) work the same
way, except that a setting still at its default counts as not written by the user.

The result lists every change as `added`, `replaced` or `kept`, so the CLI and the app can show
it before (or instead of) writing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from designer.errors import DesignerError
from designer.importers.report import counted
from designer.model import Design


class Policy(StrEnum):
    """What to do when the import and the design disagree about one thing."""

    REFUSE = "refuse"
    REPLACE = "replace"
    KEEP = "keep"


class MergeConflict(DesignerError):
    """The import would overwrite something the user wrote; nothing was changed."""


@dataclass
class Changes:
    """What a merge did (or would do), one line per thing."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def render(self) -> str:
        """Lines `added: …`, `replaced: …`, `kept: …`, and a count line."""
        lines = [f"  added: {x}" for x in self.added]
        lines += [f"  replaced: {x}" for x in self.replaced]
        lines += [f"  kept: {x}" for x in self.kept]
        head = (f"{len(self.added)} added, {len(self.replaced)} replaced, "
                f"{len(self.kept)} kept as they were")
        return "\n".join([head, *lines]) + "\n"


# (label, path to the list, identity of an item)
_LISTS: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("server", "api.servers", lambda x: x),
    ("schema", "api.schemas", lambda x: x.name),
    ("channel", "api.channels", lambda x: (x.kind, x.path, x.name)),
    ("webhook", "api.webhooks", lambda x: x.event),
    ("entity", "data.entities", lambda x: x.name),
    ("enum", "data.enums", lambda x: x.name),
    ("relationship", "data.relationships", lambda x: (x.source, x.target, x.kind.value)),
    ("database", "data.databases", lambda x: x.name),
    ("auth method", "auth.methods", lambda x: x),
    ("scope", "auth.oauth.scopes", lambda x: x.name),
    ("role", "auth.roles", lambda x: x.name),
    ("feature", "requirements.features", lambda x: x.name),
    ("integration", "requirements.integrations", lambda x: x.name),
    ("compliance", "requirements.compliance", lambda x: x),
    ("message", "architecture.events.messages", lambda x: x.name),
    ("service", "architecture.services", lambda x: x.name),
]

_SETTINGS = [
    "requirements.description", "requirements.domain", "requirements.locale",
    "requirements.consistency", "requirements.nfr",
    "architecture.style", "stack.language", "stack.language_version", "stack.framework",
    "stack.framework_version", "stack.server", "stack.cache", "stack.test_framework",
    "api.style", "api.base_path", "api.versioning", "api.pagination", "api.page_size",
    "api.max_page_size", "api.error_format", "api.idempotency", "api.rate_limit",
    "api.cors_origins", "api.webhook_signing", "data.orm", "data.migration_tool", "data.pool",
    "auth.jwt", "auth.session", "auth.api_keys", "auth.oauth.providers", "auth.oauth.flows",
    "auth.oauth.pkce", "auth.oauth.oidc", "auth.oauth.authorization_url",
    "auth.oauth.token_url", "auth.password_hashing", "testing", "operations",
]


def _get(root: Any, path: str) -> Any:
    for part in path.split("."):
        root = getattr(root, part)
    return root


def _set(root: Any, path: str, value: Any) -> None:
    *head, last = path.split(".")
    for part in head:
        root = getattr(root, part)
    setattr(root, last, value)


def _dump(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _shown(label: str, key: Any) -> str:
    if isinstance(key, tuple):
        key = " ".join(str(k) for k in key if str(k))
    return f"{label} {key}"


def merge(design: Design, imported: Design, policy: Policy = Policy.REFUSE,
          source: str = "the import") -> Changes:
    """Fold `imported` into `design` in place; the changes made.

    With `Policy.REFUSE` a conflict raises `MergeConflict` before `design` is touched.
    """
    target = design.model_copy(deep=True)
    changes = _fold(target, imported, policy)
    if changes.conflicts and policy is Policy.REFUSE:
        shown = "; ".join(changes.conflicts[:3])
        more = f" and {len(changes.conflicts) - 3} more" if len(changes.conflicts) > 3 else ""
        raise MergeConflict(f"{source} differs from the design in {shown}{more}; nothing was "
                            "changed (use --replace to take the imported version or --keep "
                            "to keep yours)")
    for name in type(design).model_fields:
        setattr(design, name, getattr(target, name))
    return changes


def preview(design: Design, imported: Design) -> Changes:
    """What `merge` would do, `design` untouched: the additions, what is already the same
    (`kept`) and, in `conflicts`, what `Policy.REPLACE` would replace and `Policy.KEEP` keep.

    The app shows this before asking how to resolve the conflicts; it is the same walk as
    `merge`, so the app and `designer import --into` cannot disagree.
    """
    return _fold(design.model_copy(deep=True), imported, Policy.REFUSE)


def _fold(target: Design, imported: Design, policy: Policy) -> Changes:
    """Fold `imported` into `target` (a copy); with `Policy.REFUSE` conflicts are only listed."""
    changes = Changes()
    defaults = Design()
    for path in _SETTINGS:
        new, old = _get(imported, path), _get(target, path)
        if _dump(new) == _dump(_get(defaults, path)) or _dump(new) == _dump(old):
            continue
        if _dump(old) == _dump(_get(defaults, path)):
            _set(target, path, new)
            changes.added.append(f"setting {path}")
        else:
            _conflict(changes, policy, f"setting {path}",
                      lambda p=path, v=new: _set(target, p, v))
    for label, path, key in _LISTS:
        _merge_list(changes, policy, label, _get(target, path), _get(imported, path), key)
    _merge_resources(changes, policy, target, imported)
    return changes


def _conflict(changes: Changes, policy: Policy, what: str, apply: Callable[[], None]) -> None:
    if policy is Policy.REPLACE:
        apply()
        changes.replaced.append(what)
    elif policy is Policy.KEEP:
        changes.kept.append(f"{what} (yours; the import differs)")
    else:
        changes.conflicts.append(what)


def _merge_list(changes: Changes, policy: Policy, label: str, mine: list[Any],
                theirs: list[Any], key: Callable[[Any], Any]) -> None:
    index = {key(x): i for i, x in enumerate(mine)}
    for item in theirs:
        k = key(item)
        if k not in index:
            mine.append(item)
            index[k] = len(mine) - 1
            changes.added.append(_shown(label, k))
        elif _dump(mine[index[k]]) == _dump(item):
            changes.kept.append(_shown(label, k))
        else:
            position = index[k]
            _conflict(changes, policy, _shown(label, k),
                      lambda p=position, v=item: mine.__setitem__(p, v))


def _merge_resources(changes: Changes, policy: Policy, target: Design,
                     imported: Design) -> None:
    mine = {r.name: r for r in target.api.resources}
    for resource in imported.api.resources:
        own = mine.get(resource.name)
        if own is None:
            target.api.resources.append(resource)
            mine[resource.name] = resource
            changes.added.append(f"resource {resource.name} "
                                 f"({counted(len(resource.endpoints), 'endpoint')})")
            continue
        for attr in ("description", "entity"):
            new, old = getattr(resource, attr), getattr(own, attr)
            if new and new != old:
                if not old:
                    setattr(own, attr, new)
                    changes.added.append(f"resource {resource.name} {attr}")
                else:
                    _conflict(changes, policy, f"resource {resource.name} {attr}",
                              lambda o=own, a=attr, v=new: setattr(o, a, v))
        _merge_list(changes, policy, "endpoint", own.endpoints, resource.endpoints,
                    lambda e: e.key)
