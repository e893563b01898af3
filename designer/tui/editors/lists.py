"""The record-list editors of each stage: features, integrations, services, databases, caching,
roles, scopes, environment variables and decision records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from textual.binding import Binding
from textual.widgets import Static

from designer.model.architecture import CallStyle, Dependency, Protocol, Service
from designer.model.auth import Role, Scope
from designer.model.data import CacheRule, Database
from designer.model.decisions import Decision
from designer.model.operations import EnvVar
from designer.model.requirements import Feature, Integration
from designer.model.types import BUILTIN_TYPES, EnumType
from designer.tui.editors import renames
from designer.tui.editors.fields import Codec, FormOptions, split_list
from designer.tui.editors.listkeys import focus_row
from designer.tui.editors.records import RecordListEditor, say
from designer.tui.widgets.row_table import RowTable


class FeaturesEditor(RecordListEditor):
    """Functional requirements: features and user stories."""

    TITLE = "Features"
    ITEM = Feature
    WHERE = "requirements.features"
    COLUMNS = ("name", "priority", "story")
    NOUN = "feature"
    HELP = """\
## Features
The functional requirements: one row per feature or user story, with a MoSCoW priority.

- **a** add, **e** / **Enter** edit, **d** delete (asks first).
- Write the story as *"As a buyer I want … so that …"*.
"""

    def items(self) -> list[Feature]:
        return self.design.requirements.features


class IntegrationsEditor(RecordListEditor):
    """External systems the backend calls or is called by."""

    TITLE = "Integrations"
    ITEM = Integration
    WHERE = "requirements.integrations"
    COLUMNS = ("name", "kind", "provider", "timeout_ms", "retries")
    NOUN = "integration"
    HELP = """\
## Integrations
External APIs, payments (Toss Payments, Naver Pay, Stripe), notifications (SMS, KakaoTalk),
webhooks. Decide a timeout, retries, a circuit breaker and idempotency for each: the review
flags payment calls without them.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[Integration]:
        return self.design.requirements.integrations

    def form_options(self, item: Any | None) -> FormOptions:
        # Always a list of the services with "new service…" (never a text box that becomes a
        # list once services exist); a service named here becomes a service of the design.
        services = [s.name for s in self.design.architecture.services if s.name]
        return FormOptions(choices={"services": services}, new={"services": "service"})

    def stored(self, item: Any) -> None:
        for name in item.services:
            _add_service(self, name)


def dependencies_codec(old: list[Dependency]) -> Codec:
    """`target:style:protocol, …` ⇄ dependencies; keeps descriptions of unchanged targets."""
    descriptions = {d.target: d.description for d in old}

    def to_text(deps: list[Dependency]) -> str:
        return ", ".join(f"{d.target}:{d.style.value}:{d.protocol.value}" for d in deps)

    def from_text(text: str) -> list[dict[str, str]]:
        deps = []
        for part in split_list(text):
            target, style, protocol = [*part.split(":"), "", ""][:3]
            target = target.strip()
            style = style.strip().lower() or CallStyle.SYNC.value
            protocol = protocol.strip().lower() or Protocol.REST.value
            if style not in {s.value for s in CallStyle}:
                raise ValueError(f"'{part}': style must be sync or async")
            if protocol not in {p.value for p in Protocol}:
                known = ", ".join(p.value for p in Protocol)
                raise ValueError(f"'{part}': protocol must be one of {known}")
            deps.append({"target": target, "style": style, "protocol": protocol,
                         "description": descriptions.get(target, "")})
        return deps

    return Codec(to_text, from_text, help="target:sync|async:rest|grpc|graphql|message|event, …")


class ServicesEditor(RecordListEditor):
    """Services or bounded contexts and their dependencies."""

    TITLE = "Services"
    ITEM = Service
    WHERE = "architecture.services"
    COLUMNS = ("name", "responsibility", "depends_on")
    NOUN = "service"
    HELP = """\
## Services
Services (microservices) or bounded contexts (modular monolith). Dependencies are written as
`target:style:protocol`, comma-separated, e.g. `payments:sync:rest, mailer:async:event`.
Dependencies should point one way only: the review reports cycles.

- **a** add, **e** / **Enter** edit, **d** delete. Renaming a service renames it in
  dependencies and owners of entities, databases and endpoints.
"""

    def items(self) -> list[Service]:
        return self.design.architecture.services

    def cell(self, item: Any, column: str) -> str:
        if column == "depends_on":
            return ", ".join(d.target for d in item.depends_on)
        return super().cell(item, column)

    def form_options(self, item: Any | None) -> FormOptions:
        return FormOptions(
            include=("name", "responsibility", "folder", "depends_on", "publishes", "consumes"),
            codecs={"depends_on": dependencies_codec(item.depends_on if item else [])},
            labels={"depends_on": "Depends on"},
        )

    def suggestions(self) -> Mapping[str, list[str]]:
        return {"depends_on": [s.name for s in self.items()]}

    def renamed(self, old: str, new: str) -> None:
        renames.rename_service(self.design, old, new)


def _service_options(editor: RecordListEditor) -> FormOptions:
    """The owning service: one of the services, or a new one named on the spot."""
    services = [s.name for s in editor.design.architecture.services if s.name]
    return FormOptions(choices={"service": services}, new={"service": "service"})


def _add_service(editor: RecordListEditor, name: str) -> None:
    """A service named in a dialog becomes a service of the design (never a dangling name)."""
    if name and name not in {s.name for s in editor.design.architecture.services}:
        editor.design.architecture.services.append(Service(name=name))


class DatabasesEditor(RecordListEditor):
    """Databases the backend uses."""

    TITLE = "Databases"
    ITEM = Database
    WHERE = "data.databases"
    COLUMNS = ("name", "engine", "version", "purpose", "service")
    NOUN = "database"
    HELP = """\
## Databases
Each database with its engine and purpose. With microservices, give each database its owning
service (database-per-service).

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[Database]:
        return self.design.data.databases

    def form_options(self, item: Any | None) -> FormOptions:
        return _service_options(self)

    def stored(self, item: Any) -> None:
        _add_service(self, item.service)


class EnumsEditor(RecordListEditor):
    """Named enums that entity and schema fields share."""

    TITLE = "Enums"
    ITEM = EnumType
    WHERE = "data.enums"
    COLUMNS = ("name", "values", "description")
    NOUN = "enum"
    HELP = """\
## Enums
Named enums (`OrderStatus`: pending, paid, shipped) that fields of entities and schemas use
as their *Type*. Values are comma-separated, in order.

- **a** add, **e** / **Enter** edit, **d** delete (fields that use it are then reported).
- Renaming an enum renames it in every field that uses it.
"""

    def items(self) -> list[EnumType]:
        return self.design.data.enums

    def form_options(self, item: Any | None) -> FormOptions:
        return FormOptions(include=("name", "values", "description"),
                           help={"values": "allowed values, comma-separated: pending, paid"})

    def _check(self, index: int | None) -> Any:
        unique = super()._check(index)
        taken = {e.name for e in self.design.data.entities} | {
            s.name for s in self.design.api.schemas}

        def check(record: EnumType) -> dict[str, str]:
            errors = dict(unique(record))
            if "name" not in errors and record.name in BUILTIN_TYPES:
                errors["name"] = f"'{record.name}' is a built-in type"
            elif "name" not in errors and record.name in taken:
                errors["name"] = f"an entity or schema is already called '{record.name}'"
            if not record.values:
                errors["values"] = "an enum needs at least one value"
            return errors

        return check

    def renamed(self, old: str, new: str) -> None:
        renames.rename_type(self.design, old, new)


class CachingEditor(RecordListEditor):
    """What is cached, where, for how long."""

    TITLE = "Caching"
    ITEM = CacheRule
    WHERE = "data.caching"
    COLUMNS = ("target", "store", "ttl_seconds", "invalidation", "pattern")
    KEY = "target"
    NOUN = "cache rule"
    HELP = """\
## Caching
One rule per cached thing: an entity, an endpoint or a key pattern such as `user:{id}`, its
store, time to live and invalidation.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[CacheRule]:
        return self.design.data.caching

    def form_options(self, item: Any | None) -> FormOptions:
        patterns = ["cache-aside", "read-through", "write-through", "write-behind"]
        return FormOptions(choices={"pattern": patterns})

    def suggestions(self) -> Mapping[str, list[str]]:
        return {"target": [e.name for e in self.design.data.entities if e.name]}


class RolesEditor(RecordListEditor):
    """RBAC roles."""

    TITLE = "Roles"
    ITEM = Role
    WHERE = "auth.roles"
    COLUMNS = ("name", "description", "inherits")
    NOUN = "role"
    HELP = """\
## Roles
RBAC roles. A role may inherit the permissions of others. Renaming a role renames it in the
permission matrix and on endpoints; deleting it removes its matrix row.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[Role]:
        return self.design.auth.roles

    def form_options(self, item: Any | None) -> FormOptions:
        own = item.name if item is not None else None
        others = [r.name for r in self.items() if r.name and r.name != own]
        return FormOptions(choices={"inherits": others})

    def renamed(self, old: str, new: str) -> None:
        renames.rename_role(self.design, old, new)

    def removed(self, item: Any) -> None:
        renames.forget_role(self.design, item.name)


class ScopesEditor(RecordListEditor):
    """OAuth scopes."""

    TITLE = "OAuth scopes"
    ITEM = Scope
    WHERE = "auth.oauth.scopes"
    COLUMNS = ("name", "description")
    NOUN = "scope"
    HELP = """\
## OAuth scopes
Scope strings such as `orders:read`, with what each grants. Endpoints can require them.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[Scope]:
        return self.design.auth.oauth.scopes


class EnvVarsEditor(RecordListEditor):
    """Environment variables the service reads."""

    TITLE = "Environment variables"
    ITEM = EnvVar
    WHERE = "operations.env"
    COLUMNS = ("name", "secret", "required", "example")
    NOUN = "variable"
    HELP = """\
## Environment variables
Every variable the service reads (the devops hand-off lists them). Mark secrets: they come
from the secrets manager and never have a real example value. Give a variable the *purpose*
it serves (`database:main`, `jwt_signing_key` …) when the design implies one: the document
then lists yours instead of a derived `DATABASE_URL`.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    BINDINGS: ClassVar = [
        Binding("i", "implied", "Implied", id="env.implied",
                tooltip="Add the variables the design implies (database URL, signing key …)"),
    ]

    def items(self) -> list[EnvVar]:
        return self.design.operations.env

    def fill(self) -> None:
        """Rows, and a hint when the design implies variables the list does not hold."""
        super().fill()
        from designer.questionnaire.envvars import missing_env

        missing = missing_env(self.design)
        if missing:
            names = ", ".join(v.name for v in missing[:4]) + (" …" if len(missing) > 4 else "")
            say(self.query_one(".editor-hint", Static),
                f"The design implies {len(missing)} more: {names} — press i to add them.")

    def action_implied(self) -> None:
        """Offer the implied variables not listed yet; add the ones ticked."""
        from designer.questionnaire.envvars import missing_env
        from designer.tui.editors.dialogs import ChooseManyScreen

        missing = missing_env(self.design)
        if not missing:
            self.notify("Every variable the design implies is listed.")
            return
        labels = [f"{v.name}  {'(secret) ' if v.secret else ''}{v.description}" for v in missing]

        def done(chosen: list[int] | None) -> None:
            if not chosen:
                return
            self.items().extend(missing[i] for i in chosen)
            self.fill()
            focus_row(self.query_one(RowTable), len(self.items()) - 1)
            self.changed(self.WHERE)

        self.app.push_screen(ChooseManyScreen("Add the variables this design implies:", labels),
                             done)

    def form_options(self, item: Any | None) -> FormOptions:
        # The configurations the design implies (a database's URL, the JWT signing key …): a
        # variable that carries one stands for it, so the document lists no second name.
        from designer.export.facts import implied_env  # the export layer loads on first use

        purposes = [v.purpose for v in implied_env(self.design)]
        return FormOptions(choices={"purpose": purposes},
                           help={"purpose": "the configuration it carries, if the design "
                                            "implies one; then no second name is derived"})


class DecisionsEditor(RecordListEditor):
    """Architecture decision records."""

    TITLE = "Decision records"
    ITEM = Decision
    WHERE = "decisions"
    COLUMNS = ("id", "title", "status")
    KEY = "id"
    NOUN = "decision"
    HELP = """\
## Decision records
Architecture decision records (ADRs): context, decision, consequences and the alternatives
not taken. They close the exported document. Tick the *topics* a record argues for (cache,
framework …): the technology table cites it as the reason for that choice.

- **a** add (the next `ADR-nnn` id is filled in), **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[Decision]:
        return self.design.decisions

    def new_item(self) -> Decision:
        taken = {d.id for d in self.items()}
        n = len(taken) + 1
        while f"ADR-{n:03d}" in taken:
            n += 1
        return Decision(id=f"ADR-{n:03d}")
