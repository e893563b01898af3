"""Generate the CRUD endpoints of an entity (pure functions over the model).

`Order` becomes resource `orders` with `GET /orders` (paginated list), `POST /orders`,
`GET /orders/{id}`, `PUT /orders/{id}` and `DELETE /orders/{id}`, bodies referencing the entity
in its read / create / update variants. Nothing here imports Textual; it could move to the core.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from designer.contract import naming
from designer.model.api import Endpoint, EndpointAuth, Method, Resource, SchemaRef, Variant
from designer.model.auth import Action
from designer.model.data import Entity
from designer.model.design import Design
from designer.model.requirements import Compliance

OPERATIONS = ("list", "create", "get", "update", "delete")
"""The CRUD operations, in the order their endpoints are added."""
ACTION_OF = {"list": Action.LIST, "create": Action.CREATE, "get": Action.READ,
             "update": Action.UPDATE, "delete": Action.DELETE}
"""The permission-matrix action each operation needs."""
PUBLIC_ROLES = frozenset({"guest", "anonymous", "public", "visitor", "everyone", "anyone"})
"""Role names that stand for callers who have not signed in."""
CATALOGUE = re.compile(r"product|catalog|categor|brand|item|review|notice|faq|banner|article|"
                       r"post|store|shop|menu|event|coupon_?policy|plan|price", re.IGNORECASE)
"""Entities people browse before signing in: their lists and reads are public by default."""
RECORDS = re.compile(r"order|payment|refund|invoice|receipt|transaction|contract|settlement|"
                     r"claim|shipment|delivery|ledger|consent|audit", re.IGNORECASE)
"""Entities that are business records: laws that require retention forbid deleting them."""
RETAINING = {
    Compliance.ECOMMERCE_ACT: "Korea's e-commerce act keeps order, payment and refund records "
                              "for 5 years",
    Compliance.PCI_DSS: "PCI-DSS keeps transaction records for audit",
    Compliance.HIPAA: "HIPAA keeps records for at least 6 years",
}
"""Laws that require business records to be kept, and what they ask."""


@dataclass
class CrudPlan:
    """What CRUD generation proposes for an entity, and why; the person confirms it."""

    operations: list[str] = field(default_factory=lambda: list(OPERATIONS))
    """Operations to add."""
    public: list[str] = field(default_factory=list)
    """Operations callers may use without signing in."""
    reasons: list[str] = field(default_factory=list)
    """Why the proposal differs from all five operations, all signed in."""


def propose(design: Design, entity_name: str) -> CrudPlan:
    """The operations and public ones a senior architect would start from for `entity_name`.

    Public: what the permission matrix already grants a public role (guest, anonymous …) on the
    entity's resource; without a matrix entry, the list and read of what people browse before
    signing in (products, categories, reviews …). No DELETE for a business record (orders,
    payments …) when a law the design names requires keeping it.
    """
    plan = CrudPlan()
    resource = resource_name(entity_name)
    granted = [p for p in design.auth.permissions
               if p.resource == resource and p.role.lower() in PUBLIC_ROLES and not p.own_only]
    if granted:
        actions = {a for p in granted for a in p.actions}
        plan.public = [op for op in OPERATIONS if ACTION_OF[op] in actions]
        roles = ", ".join(sorted({p.role for p in granted}))
        plan.reasons.append(f"Public ({', '.join(plan.public)}): the permission matrix lets "
                            f"{roles} do it on {resource}.")
    elif CATALOGUE.search(entity_name):
        plan.public = ["list", "get"]
        plan.reasons.append(f"Public (list, get): people browse {resource} before signing in.")
    laws = [why for law, why in RETAINING.items() if law in design.requirements.compliance]
    if laws and RECORDS.search(entity_name):
        plan.operations.remove("delete")
        plan.reasons.append(f"No delete: {'; '.join(laws)} — cancel or anonymise instead.")
    return plan

_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women"}


def snake(name: str) -> str:
    """`OrderItem` / `order item` / `order-item` → `order_item`; `리뷰` → `ribyu`.

    The one naming function of designer (`designer.contract.naming`), so a resource's path
    agrees with the schema and operation names the exporters derive from the same entity; a name
    with no word at all gets the same stable hash the component names get.
    """
    return naming.snake(name) or f"r{naming.short_hash(name)}"


def plural(word: str) -> str:
    """English plural of a lower-case word: category → categories, address → addresses."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def resource_name(entity: str) -> str:
    """Resource of an entity: plural snake case, `OrderItem` → `order_items`."""
    parts = snake(entity).split("_")
    return "_".join([*parts[:-1], plural(parts[-1])]) if parts[-1] else ""


def collection_path(entity: str) -> str:
    """URL of the collection: kebab case, `OrderItem` → `/order-items`."""
    return "/" + resource_name(entity).replace("_", "-")


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def crud_endpoints(entity: Entity, operations: tuple[str, ...] | list[str] = OPERATIONS,
                   public: tuple[str, ...] | list[str] = ()) -> list[Endpoint]:
    """The CRUD endpoints of `entity` for `operations` (all five by default), in list / create /
    get / update / delete order; those in `public` need no sign-in."""
    name = entity.name
    noun = snake(name).replace("_", " ")
    many = resource_name(name).replace("_", " ")
    one = f"{_article(noun)} {noun}"
    base = collection_path(name)
    item = f"{base}/{{id}}"
    service = entity.service

    def ref(variant: Variant, many: bool = False) -> SchemaRef:
        return SchemaRef(name=name, variant=variant, many=many)

    def endpoint(op: str, method: Method, path: str, summary: str, **more: object) -> Endpoint:
        auth = EndpointAuth.NONE if op in public else EndpointAuth.REQUIRED
        return Endpoint(method=method, path=path, summary=summary, auth=auth,
                        service=service, **more)  # type: ignore[arg-type]

    every = {
        "list": lambda: endpoint("list", Method.GET, base, f"List {many}",
                                 response=ref(Variant.READ, many=True), paginated=True),
        "create": lambda: endpoint("create", Method.POST, base, f"Create {one}",
                                   request=ref(Variant.CREATE), response=ref(Variant.READ)),
        "get": lambda: endpoint("get", Method.GET, item, f"Get {one}",
                                response=ref(Variant.READ)),
        "update": lambda: endpoint("update", Method.PUT, item, f"Update {one}",
                                   request=ref(Variant.UPDATE), response=ref(Variant.READ)),
        "delete": lambda: endpoint("delete", Method.DELETE, item, f"Delete {one}"),
    }
    return [every[op]() for op in OPERATIONS if op in operations]


def add_crud(design: Design, entity_name: str,
             operations: tuple[str, ...] | list[str] = OPERATIONS,
             public: tuple[str, ...] | list[str] = ()) -> tuple[str, list[str]]:
    """Add the CRUD endpoints (`operations`, `public` ones without sign-in) of an entity to its
    resource, skipping ones that exist.

    The resource is the one already exposing the entity, else the one named after it, else a
    new one. An endpoint exists when any resource has the same method and path.

    Returns:
        The resource name and the keys (`GET /orders`) of the endpoints added.

    Raises:
        KeyError: when the design has no entity called `entity_name`.
    """
    entity = design.data.entity(entity_name)
    if entity is None:
        raise KeyError(entity_name)
    api = design.api
    name = resource_name(entity.name)
    resource = next((r for r in api.resources if r.entity == entity.name), None) or next(
        (r for r in api.resources if r.name == name), None
    )
    if resource is None:
        resource = Resource(name=name, entity=entity.name, description=entity.description)
        api.resources.append(resource)
    elif not resource.entity:
        resource.entity = entity.name
    existing = {e.key for _, e in api.endpoints()}
    added = []
    for endpoint in crud_endpoints(entity, operations, public):
        if endpoint.key not in existing:
            resource.endpoints.append(endpoint)
            added.append(endpoint.key)
    return resource.name, added
