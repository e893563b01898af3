"""The Mermaid diagrams of a design: service architecture, ER, auth flows, deployment.

Each builder returns diagram text (see `mermaid_text.script`). Node ids are ours — a kind
prefix and the item's position in the design — so they are stable and never collide with
Mermaid keywords; every name the user wrote goes through `label` or `text`.
"""

from __future__ import annotations

from designer.contract.components import Component, components, one_unit
from designer.contract.events import resolve
from designer.contract.types import short_text
from designer.export.auth_diagrams import auth_flows
from designer.export.diagram_parts import Diagram, backend_label, system
from designer.export.diagram_parts import link as _link
from designer.export.diagram_parts import node as _node
from designer.export.event_diagrams import event_diagrams
from designer.export.mermaid_text import (
    ERDiagram,
    ErEntity,
    ErLink,
    FlowChart,
    Link,
    Node,
    ident,
    label,
    script,
)
from designer.export.payment_diagrams import payment_flows
from designer.model import Design
from designer.model.architecture import CallStyle
from designer.model.data import Cardinality, Entity
from designer.model.labels import label as human

__all__ = ["Diagram", "all_diagrams", "architecture", "auth_flows", "deployment", "er"]


def _component_node(component: Component) -> Node:
    shape = "subroutine-shape" if component.roles == ("broker",) else "cylindrical"
    return _node(component.key, component.title, shape)


def _component_links(design: Design, component: Component, node: Node,
                     by_name: dict[str, Node], backend: Node) -> list[Link]:
    """Edges from the services that use `component` (or the whole backend) to it; a broker
    role is drawn as publishing services into it and it delivering to consumers."""
    links: list[Link] = []
    services = design.architecture.services
    if "broker" in component.roles:
        senders, receivers = resolve(design).broker_users()
        publishers = [by_name[s.name] for s in services if s.name in senders and s.name in by_name]
        consumers = [by_name[s.name] for s in services if s.name in receivers
                     and s.name in by_name]
        links += [_link(p, node, "publishes", dotted=True) for p in publishers]
        links += [_link(node, c, "delivers", dotted=True) for c in consumers]
        if not publishers and not consumers:
            links.append(_link(backend, node, "events", dotted=True))
    roles = [r for r in component.roles if r != "broker"]
    if not roles:
        return links
    if roles == ["cache"]:
        patterns = sorted({r.pattern for r in design.data.caching if r.pattern})
        message = patterns[0] if len(patterns) == 1 else "cache"
    else:
        message = ", ".join("reads/writes" if r == "database" else r for r in roles)
    users = [by_name[u] for u in component.users if u in by_name] or [backend]
    links += [_link(user, node, message) for user in users]
    return links


def _fronted(design: Design, by_name: dict[str, Node]) -> list[Node]:
    """Services that serve endpoints of the API, in design order."""
    served = {e.service for _, e in design.api.endpoints() if e.service}
    return [node for name, node in by_name.items() if name in served]


def architecture(design: Design) -> Diagram:
    """Flowchart: clients, gateway, services, the components they use, external systems.

    Each running component is one node however many roles it plays, and an edge is drawn only
    where the design says that a service uses something; an edge from the services' box means
    the design ties it to the whole backend."""
    arch = design.architecture
    nodes: list[Node] = []
    links: list[Link] = []
    clients = _node("clients", "Clients (web, mobile)", "stadium-shape")
    nodes.append(clients)
    entry, via = clients, "HTTPS"
    if arch.gateway.strip():
        gateway = _node("gateway", f"API gateway: {arch.gateway}", "hexagon")
        nodes.append(gateway)
        links.append(_link(clients, gateway, "HTTPS"))
        entry, via = gateway, "routes"
    by_name: dict[str, Node] = {}
    if arch.services:
        members = [_node(f"svc{i + 1}", s.name or f"service {i + 1}")
                   for i, s in enumerate(arch.services)]
        for service, node in zip(arch.services, members, strict=True):
            by_name.setdefault(service.name, node)
        group = Node("services", sub_nodes=members)
        group.content = label(f"{system(design)} services")
        nodes.append(group)
        backend = group
        links += [_link(entry, node, via) for node in _fronted(design, by_name)] \
            or [_link(entry, group, via)]
    else:
        backend = _node("api", backend_label(design), "round-edge")
        nodes.append(backend)
        links.append(_link(entry, backend, via))
    for service in arch.services:
        for dep in service.depends_on:
            if dep.target in by_name and service.name in by_name:
                links.append(_link(by_name[service.name], by_name[dep.target],
                                   f"{human(dep.style)} {human(dep.protocol)}",
                                   dotted=dep.style is CallStyle.ASYNC))
    for component in components(design):
        node = _component_node(component)
        nodes.append(node)
        links += _component_links(design, component, node, by_name, backend)
    integrations = design.requirements.integrations
    externals = [_node(f"ext{i + 1}", f"{x.name or x.provider or 'external'} ({human(x.kind)})",
                       "parallelogram") for i, x in enumerate(integrations)]
    if externals:
        group = Node("external", sub_nodes=externals)
        group.content = label("External systems")
        nodes.append(group)
        for integration, node in zip(integrations, externals, strict=True):
            users = [by_name[u] for u in integration.services if u in by_name] or [backend]
            links += [_link(user, node, "HTTPS") for user in users]
    title = f"Service architecture of {system(design)}"
    chart = FlowChart(title, nodes=nodes, links=links, orientation="LR")
    return Diagram("architecture", title, script(chart, title))


def _er_cardinalities(kind: Cardinality, required: bool) -> tuple[str, str]:
    one = "exactly-one" if required else "zero-or-one"
    if kind is Cardinality.ONE_TO_ONE:
        return one, "zero-or-one"
    if kind is Cardinality.ONE_TO_MANY:
        return one, "zero-or-more"
    return "zero-or-more", "zero-or-more"


def _keys(entity: Entity, name: str) -> list[str]:
    field = entity.field(name)
    if field is None:
        return []
    keys = ["PK"] if field.primary_key else []
    if field.references:
        keys.append("FK")
    if field.unique and not field.primary_key:
        keys.append("UK")
    return keys


def er(design: Design) -> Diagram:
    """ER diagram: entities with typed fields and keys, relationships with cardinalities."""
    data = design.data
    ids: dict[str, ErEntity] = {}
    entities: list[ErEntity] = []
    for i, entity in enumerate(data.entities):
        node = ErEntity(f"e{i + 1}", entity.name or f"entity {i + 1}")
        for field in entity.fields:
            # Names Mermaid cannot take as attribute names keep their spelling in the comment.
            comment = field.name if ident(field.name, "f") != field.name else ""
            node.add_row(short_text(field), field.name, _keys(entity, field.name), comment)
        entities.append(node)
        ids.setdefault(entity.name, node)
    links: list[ErLink] = []
    linked: set[frozenset[str]] = set()
    for rel in data.relationships:
        if rel.source not in ids or rel.target not in ids:
            continue
        name = rel.name or rel.kind.value.replace("_", "-")
        if rel.kind is Cardinality.MANY_TO_MANY and rel.through in ids:
            for side in (rel.source, rel.target):
                links.append(ErLink(ids[side], ids[rel.through], "exactly-one", "zero-or-more",
                                    label=label(name, 40)))
                linked.add(frozenset((side, rel.through)))
            continue
        left, right = _er_cardinalities(rel.kind, rel.required)
        links.append(ErLink(ids[rel.source], ids[rel.target], left, right, label=label(name, 40)))
        linked.add(frozenset((rel.source, rel.target)))
    # Foreign keys the relationships do not already draw still belong in the picture.
    for entity in data.entities:
        for field in entity.fields:
            target = field.reference_entity
            pair = frozenset((target, entity.name))
            if target in ids and entity.name in ids and pair not in linked:
                linked.add(pair)
                links.append(ErLink(ids[target], ids[entity.name],
                                    "zero-or-one" if field.nullable else "exactly-one",
                                    "zero-or-more", label=label(field.name or "references", 40)))
    title = f"Entities of {system(design)}"
    chart = ERDiagram(title, entities=entities, links=links)
    return Diagram("er", title, script(chart, title))


def deployment(design: Design) -> Diagram:
    """Flowchart of where things run: platform, instances, the components they use, secrets."""
    ops, arch = design.operations, design.architecture
    where = human(ops.orchestration) if ops.orchestration else "runtime"
    platform = where + (f" on {ops.cloud}" if ops.cloud else "")
    internet = _node("internet", "Internet clients", "stadium-shape")
    edge = _node("edge", f"Gateway: {arch.gateway}" if arch.gateway.strip()
                 else "Load balancer (TLS)", "hexagon")
    kind = "container" if ops.containers else "process"
    if one_unit(design):
        # A (modular) monolith ships as one unit; its modules are not separate deployments.
        modules = ", ".join(s.name for s in arch.services if s.name)
        apps = [_node("app1", f"{system(design)} {kind}"
                      + (f" (modules: {modules})" if modules else ""))]
        by_name: dict[str, Node] = {}
    else:
        apps = [_node(f"app{i + 1}", f"{s.name or f'service {i + 1}'} {kind}")
                for i, s in enumerate(arch.services)]
        by_name = {s.name: node for s, node in zip(arch.services, apps, strict=True) if s.name}
    app_group = Node("apps", sub_nodes=apps)
    app_group.content = label(f"Application ({human(ops.rollout)} rollout)"
                              if ops.rollout else "Application")
    stores = [(c, _component_node(c)) for c in components(design)]
    links = [_link(internet, edge, "HTTPS")]
    links += [_link(edge, node, "HTTP") for node in _fronted(design, by_name)] \
        or [_link(edge, app_group, "HTTP")]
    for component, node in stores:
        links += _component_links(design, component, node, by_name, app_group)
    members: list[Node] = [edge, app_group, *(node for _, node in stores)]
    if design.auth.secrets:
        secrets = _node("secrets", f"Secrets: {human(design.auth.secrets)}", "subroutine-shape")
        members.append(secrets)
        links.append(_link(app_group, secrets, "reads at start"))
    cluster = Node("platform", sub_nodes=members, direction="TB")
    cluster.content = label(platform)
    nodes = [internet, cluster]
    integrations = design.requirements.integrations
    if integrations:
        ext = _node("external", "External systems: " + ", ".join(
            x.name or x.provider or "external" for x in integrations), "parallelogram")
        nodes.append(ext)
        users = {u for x in integrations for u in x.services}
        if any(not x.services for x in integrations) or not users & by_name.keys():
            links.append(_link(app_group, ext, "HTTPS"))
        else:
            links += [_link(by_name[u], ext, "HTTPS") for u in by_name if u in users]
    title = f"Deployment of {system(design)}"
    chart = FlowChart(title, nodes=nodes, links=links, orientation="LR")
    return Diagram("deployment", title, script(chart, title))


def all_diagrams(design: Design) -> list[Diagram]:
    """Every diagram of the design, in document order."""
    from designer.export.rpc_diagrams import rpc_diagrams
    from designer.export.webhook_diagrams import webhook_delivery

    hooks = webhook_delivery(design)
    return [architecture(design), er(design), *auth_flows(design), *payment_flows(design),
            deployment(design), *event_diagrams(design), *([hooks] if hooks else []),
            *rpc_diagrams(design)]
