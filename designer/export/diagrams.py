"""The Mermaid diagrams of a design: service architecture, ER, auth flows, deployment.

Each builder returns diagram text (see `mermaid_text.script`). Node ids are ours — a kind
prefix and the item's position in the design — so they are stable and never collide with
Mermaid keywords; every name the user wrote goes through `label` or `text`.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.contract.types import short_text
from designer.export.mermaid_text import (
    Alt,
    ERDiagram,
    ErEntity,
    ErLink,
    FlowChart,
    Link,
    Message,
    Node,
    Note,
    Participant,
    SequenceDiagram,
    ident,
    label,
    script,
    text,
)
from designer.model import Design
from designer.model.architecture import Broker, CallStyle
from designer.model.auth import AuthMethod
from designer.model.data import Cardinality, Entity
from designer.model.labels import label as human
from designer.model.labels import labels as human_list

FLOWS: dict[AuthMethod, tuple[str, str]] = {
    AuthMethod.JWT: ("auth-jwt", "JWT login and refresh"),
    AuthMethod.OAUTH2: ("auth-oauth2", "OAuth 2.0 authorization code"),
    AuthMethod.SESSION: ("auth-session", "Server session login"),
}
"""Auth methods that get a sequence diagram: file stem and title."""


@dataclass(frozen=True)
class Diagram:
    """One generated diagram."""

    stem: str
    """File name without `.mmd`, e.g. `architecture`."""
    title: str
    """Human title."""
    source: str
    """Mermaid text, marker comment first."""


def _node(id_: str, content: str, shape: str = "normal") -> Node:
    node = Node(id_, shape=shape)
    node.content = label(content)  # mermaid-py would put the raw text between quotes
    return node


def _link(a: Node, b: Node, message: str = "", dotted: bool = False) -> Link:
    return Link(a, b, shape="dotted" if dotted else "normal",
                message=label(message, 40) if message else "")


def _system(design: Design) -> str:
    return design.name.strip() or "backend"


def _backend_label(design: Design) -> str:
    framework = design.stack.framework_other or design.stack.framework
    return f"{_system(design)} API" + (f" ({framework})" if framework else "")


def architecture(design: Design) -> Diagram:
    """Flowchart: clients, gateway, services, databases, cache, broker, external systems."""
    arch, data = design.architecture, design.data
    nodes: list[Node] = []
    links: list[Link] = []
    clients = _node("clients", "Clients (web, mobile)", "stadium-shape")
    nodes.append(clients)
    entry = clients
    if arch.gateway.strip():
        gateway = _node("gateway", f"API gateway: {arch.gateway}", "hexagon")
        nodes.append(gateway)
        links.append(_link(clients, gateway, "HTTPS"))
        entry = gateway
    by_name: dict[str, Node] = {}
    if arch.services:
        members = [_node(f"svc{i + 1}", s.name or f"service {i + 1}")
                   for i, s in enumerate(arch.services)]
        for service, node in zip(arch.services, members, strict=True):
            by_name.setdefault(service.name, node)
        group = Node("services", sub_nodes=members)
        group.content = label(f"{_system(design)} services")
        nodes.append(group)
        links.append(_link(entry, group, "HTTPS" if entry is clients else "routes"))
        backend = group
    else:
        backend = _node("api", _backend_label(design), "round-edge")
        nodes.append(backend)
        links.append(_link(entry, backend, "HTTPS" if entry is clients else "routes"))
    for service in arch.services:
        for dep in service.depends_on:
            if dep.target in by_name and service.name in by_name:
                links.append(_link(by_name[service.name], by_name[dep.target],
                                   f"{human(dep.style)} {human(dep.protocol)}",
                                   dotted=dep.style is CallStyle.ASYNC))
    for i, db in enumerate(data.databases):
        node = _node(f"db{i + 1}", f"{db.name or 'database'} ({human(db.engine)}"
                     + (f" {db.version}" if db.version else "") + ")", "cylindrical")
        nodes.append(node)
        links.append(_link(by_name.get(db.service, backend), node, "reads/writes"))
    cache_name = design.stack.cache or ("Redis" if data.caching else "")
    if cache_name:
        cache = _node("cache", f"Cache: {cache_name}", "cylindrical")
        nodes.append(cache)
        links.append(_link(backend, cache, "cache-aside"))
    if arch.broker is not Broker.NONE:
        broker = _node("broker", f"Broker: {human(arch.broker)}", "subroutine-shape")
        nodes.append(broker)
        publishers = [s for s in arch.services if s.publishes and s.name in by_name]
        consumers = [s for s in arch.services if s.consumes and s.name in by_name]
        for s in publishers:
            links.append(_link(by_name[s.name], broker, "publishes", dotted=True))
        for s in consumers:
            links.append(_link(broker, by_name[s.name], "delivers", dotted=True))
        if not publishers and not consumers:
            links.append(_link(backend, broker, "events", dotted=True))
    externals = [_node(f"ext{i + 1}", f"{x.name or x.provider or 'external'} ({human(x.kind)})",
                       "parallelogram")
                 for i, x in enumerate(design.requirements.integrations)]
    if externals:
        group = Node("external", sub_nodes=externals)
        group.content = label("External systems")
        nodes.append(group)
        links.append(_link(backend, group, "HTTPS"))
    title = f"Service architecture of {_system(design)}"
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
    title = f"Entities of {_system(design)}"
    chart = ERDiagram(title, entities=entities, links=links)
    return Diagram("er", title, script(chart, title))


def _participants(*names: str) -> list[Participant]:
    out = []
    for i, name in enumerate(names):
        p = Participant(f"p{i + 1}")
        p.name = text(name, 40)
        out.append(p)
    return out


def _say(a: Participant, b: Participant, message: str, reply: bool = False) -> Message:
    return Message(a, b, "Dotted-arrow" if reply else "Solid-arrow", text(message, 100))


def _jwt(design: Design) -> list[object]:
    jwt, base = design.auth.jwt, design.api.base_path.rstrip("/")
    client, api, store = _participants("Client", _backend_label(design), "Token store")
    refresh = jwt.refresh_ttl_days > 0
    items: list[object] = [
        client, api, store,
        _say(client, api, f"POST {base}/auth/login (email, password)"),
        Alt({
            "credentials valid": [
                _say(api, store, "save refresh token") if refresh else
                _say(api, api, "sign access token"),
                _say(api, client, f"200 access token ({jwt.access_ttl_minutes} min, "
                     f"{jwt.algorithm})" + (" + refresh token" if refresh else ""), reply=True),
            ],
            "invalid": [_say(api, client, "401 error INVALID_CREDENTIALS", reply=True)],
        }),
        _say(client, api, "API call with Authorization: Bearer access token"),
        _say(api, client, "200 response", reply=True),
    ]
    if refresh:
        rotation = "rotate: old token revoked, new pair issued" if jwt.rotation \
            else "same refresh token kept"
        items += [
            Note("access token expired", client),
            _say(client, api, f"POST {base}/auth/refresh (refresh token)"),
            _say(api, store, f"check refresh token ({human(jwt.revocation)})"),
            Alt({
                "valid": [_say(api, client, f"200 new access token; {rotation}", reply=True)],
                "revoked or expired": [_say(api, client, "401 log in again", reply=True)],
            }),
        ]
    return items


def _oauth(design: Design) -> list[object]:
    oauth, base = design.auth.oauth, design.api.base_path.rstrip("/")
    providers = human_list(oauth.providers) or "identity provider"
    user, api, idp = _participants("User agent", _backend_label(design), f"IdP: {providers}")
    pkce = " + PKCE code_challenge" if oauth.pkce else ""
    return [
        user, api, idp,
        _say(user, api, f"GET {base}/auth/oauth/authorize"),
        _say(api, user, f"302 to IdP authorize (state{pkce})", reply=True),
        _say(user, idp, "user logs in and consents"),
        _say(idp, user, "302 back with code and state", reply=True),
        _say(user, api, f"GET {base}/auth/oauth/callback (code, state)"),
        _say(api, idp, "POST token endpoint (code" + (", code_verifier" if oauth.pkce else "")
             + ")"),
        _say(idp, api, "access token" + (" + ID token (OIDC)" if oauth.oidc else ""),
             reply=True),
        _say(api, api, "find or create the user; start our own session or tokens"),
        _say(api, user, "200 signed in", reply=True),
    ]


def _session(design: Design) -> list[object]:
    session, base = design.auth.session, design.api.base_path.rstrip("/")
    client, api, store = _participants("Browser", _backend_label(design),
                                       f"Session store ({human(session.store)})")
    return [
        client, api, store,
        _say(client, api, f"POST {base}/auth/login (email, password)"),
        _say(api, store, f"create session (idle TTL {session.ttl_minutes} min)"),
        _say(api, client, f"200 Set-Cookie {session.cookie_name} (HttpOnly, Secure, SameSite)",
             reply=True),
        _say(client, api, f"request with cookie {session.cookie_name}"),
        _say(api, store, "load session and extend TTL"),
        _say(api, client, "200 response", reply=True),
        _say(client, api, f"POST {base}/auth/logout"),
        _say(api, store, "delete session"),
        _say(api, client, "204 cookie cleared", reply=True),
    ]


def auth_flows(design: Design) -> list[Diagram]:
    """One sequence diagram per chosen auth flow, in the order of `FLOWS`."""
    builders = {AuthMethod.JWT: _jwt, AuthMethod.OAUTH2: _oauth, AuthMethod.SESSION: _session}
    out = []
    for method, (stem, title) in FLOWS.items():
        if method in design.auth.methods:
            full = f"{title} for {_system(design)}"
            chart = SequenceDiagram(full, builders[method](design))  # type: ignore[arg-type]
            out.append(Diagram(stem, full, script(chart, full)))
    return out


def deployment(design: Design) -> Diagram:
    """Flowchart of where things run: platform, instances, data stores, externals."""
    ops, arch = design.operations, design.architecture
    where = human(ops.orchestration) if ops.orchestration else "runtime"
    platform = where + (f" on {ops.cloud}" if ops.cloud else "")
    internet = _node("internet", "Internet clients", "stadium-shape")
    edge = _node("edge", f"Gateway: {arch.gateway}" if arch.gateway.strip()
                 else "Load balancer (TLS)", "hexagon")
    kind = "container" if ops.containers else "process"
    apps = [_node(f"app{i + 1}", f"{s.name or f'service {i + 1}'} {kind}")
            for i, s in enumerate(arch.services)] or [_node("app1", f"{_system(design)} {kind}")]
    stores = [_node(f"db{i + 1}", f"{db.name or 'database'} ({human(db.engine)})", "cylindrical")
              for i, db in enumerate(design.data.databases)]
    if design.stack.cache or design.data.caching:
        stores.append(_node("cache", f"Cache: {design.stack.cache or 'Redis'}", "cylindrical"))
    if arch.broker is not Broker.NONE:
        stores.append(_node("broker", f"Broker: {human(arch.broker)}", "subroutine-shape"))
    if design.auth.secrets:
        secrets = f"Secrets: {human(design.auth.secrets)}"
        stores.append(_node("secrets", secrets, "subroutine-shape"))
    app_group = Node("apps", sub_nodes=apps)
    app_group.content = label(f"Application ({human(ops.rollout)} rollout)"
                              if ops.rollout else "Application")
    members: list[Node] = [edge, app_group, *stores]
    cluster = Node("platform", sub_nodes=members, direction="TB")
    cluster.content = label(platform)
    nodes = [internet, cluster]
    links = [_link(internet, edge, "HTTPS"), _link(edge, app_group, "HTTP")]
    links += [_link(app_group, store) for store in stores]
    if design.requirements.integrations:
        ext = _node("external", "External systems: " + ", ".join(
            x.name or x.provider or "external" for x in design.requirements.integrations),
            "parallelogram")
        nodes.append(ext)
        links.append(_link(app_group, ext, "HTTPS"))
    title = f"Deployment of {_system(design)}"
    chart = FlowChart(title, nodes=nodes, links=links, orientation="LR")
    return Diagram("deployment", title, script(chart, title))


def all_diagrams(design: Design) -> list[Diagram]:
    """Every diagram of the design, in document order."""
    return [architecture(design), er(design), *auth_flows(design), deployment(design)]
