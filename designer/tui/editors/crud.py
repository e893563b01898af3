"""Generate the five CRUD endpoints of an entity (pure functions over the model).

`Order` becomes resource `orders` with `GET /orders` (paginated list), `POST /orders`,
`GET /orders/{id}`, `PUT /orders/{id}` and `DELETE /orders/{id}`, bodies referencing the entity
in its read / create / update variants. Nothing here imports Textual; it could move to the core.
"""

from __future__ import annotations

from designer.contract import naming
from designer.model.api import Endpoint, EndpointAuth, Method, Resource, SchemaRef, Variant
from designer.model.data import Entity
from designer.model.design import Design

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


def crud_endpoints(entity: Entity) -> list[Endpoint]:
    """The five CRUD endpoints of `entity`, in list / create / get / update / delete order."""
    name = entity.name
    noun = snake(name).replace("_", " ")
    many = resource_name(name).replace("_", " ")
    one = f"{_article(noun)} {noun}"
    base = collection_path(name)
    item = f"{base}/{{id}}"
    service = entity.service

    def ref(variant: Variant, many: bool = False) -> SchemaRef:
        return SchemaRef(name=name, variant=variant, many=many)

    def endpoint(method: Method, path: str, summary: str, **more: object) -> Endpoint:
        return Endpoint(method=method, path=path, summary=summary, auth=EndpointAuth.REQUIRED,
                        service=service, **more)  # type: ignore[arg-type]

    return [
        endpoint(Method.GET, base, f"List {many}", response=ref(Variant.READ, many=True),
                 paginated=True),
        endpoint(Method.POST, base, f"Create {one}", request=ref(Variant.CREATE),
                 response=ref(Variant.READ)),
        endpoint(Method.GET, item, f"Get {one}", response=ref(Variant.READ)),
        endpoint(Method.PUT, item, f"Update {one}", request=ref(Variant.UPDATE),
                 response=ref(Variant.READ)),
        endpoint(Method.DELETE, item, f"Delete {one}"),
    ]


def add_crud(design: Design, entity_name: str) -> tuple[str, list[str]]:
    """Add the CRUD endpoints of an entity to its resource, skipping ones that exist.

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
    for endpoint in crud_endpoints(entity):
        if endpoint.key not in existing:
            resource.endpoints.append(endpoint)
            added.append(endpoint.key)
    return resource.name, added
