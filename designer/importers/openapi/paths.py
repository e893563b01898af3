"""Tags and paths: resources, operations as endpoints, SSE streams as channels, access."""

from __future__ import annotations

import re
from typing import Any

from designer.contract.naming import operation_id
from designer.export.openapi_paths import base_segments
from designer.importers.openapi.state import METHODS, OTHER_METHODS, State, as_dict, as_list
from designer.model.api import Channel, ChannelKind, Endpoint, EndpointAuth, Method, Resource


class PathReader(State):
    """Reads tags into resources and operations into endpoints."""

    def _tags(self) -> None:
        self.resources: dict[str, Resource] = {}
        for tag in as_list(self.doc.get("tags")):
            tag = as_dict(tag)
            name = str(tag.get("name") or "")
            if not name or name in self.resources:
                continue
            text = str(tag.get("description") or "")
            resource = Resource(name=name, description=text)
            if self.conventions:
                if match := re.fullmatch(r"Operations on (.+)\.", text):
                    resource.entity, resource.description = match[1], ""
                elif text == f"Operations of the {name} resource.":
                    resource.description = ""
            self.resources[name] = resource

    def _resource(self, name: str) -> Resource:
        if name not in self.resources:
            self.resources[name] = Resource(name=name)
        return self.resources[name]

    def _paths(self) -> None:
        base = "/" + "/".join(base_segments(self.design.api.base_path))
        base = "" if base == "/" else base
        for path, item in as_dict(self.doc.get("paths")).items():
            item = as_dict(self.resolver.deref(item))
            shared = as_list(item.get("parameters"))
            for key, op in item.items():
                where = f"paths.{path}.{key}"
                if key in OTHER_METHODS:
                    self.report.note(where, f"{key.upper()} operations have no equivalent; "
                                     "left out")
                    continue
                if key not in METHODS or not isinstance(op, dict):
                    if key not in ("parameters", "summary", "description", "servers") \
                            and not str(key).startswith("x-"):
                        self.report.note(where, "not an operation; left out")
                    continue
                if self._channel(path, key, op):
                    continue
                inside = path.startswith(base + "/") or path == base or not base
                local = path[len(base):] if inside and base else path
                if not inside:
                    self.report.note(where, f"path is outside the base path {base}; kept whole")
                self._operation(where, local or "/", METHODS[key], op, shared)
        self.design.api.resources = [r for r in self.resources.values() if r.endpoints
                                     or r.name not in ("realtime", "webhooks")
                                     or not self.conventions]

    def _channel(self, path: str, method: str, op: dict[str, Any]) -> bool:
        """An SSE stream designer wrote (tag realtime, text/event-stream): a channel."""
        ok = as_dict(as_dict(op.get("responses")).get("200"))
        if method != "get" or "text/event-stream" not in as_dict(ok.get("content")):
            return False
        summary = str(op.get("summary") or "")
        name = summary.removeprefix("Server-Sent Events: ")
        parts = str(op.get("description") or "").split("\n\n")
        parts = [p for p in parts if not p.startswith("Streams Server-Sent Events;")]
        self.design.api.channels.append(Channel(
            name="" if name == path else name, kind=ChannelKind.SSE, path=path,
            description="\n\n".join(parts),
        ))
        return True

    def _operation(self, where: str, path: str, method: Method, op: dict[str, Any],
                   shared: list[Any]) -> None:
        endpoint = Endpoint(method=method, path=path)
        tags = [t for t in as_list(op.get("tags")) if isinstance(t, str)]
        if len(tags) > 1:
            self.report.note(where, f"tagged {', '.join(tags)}; filed under the first")
        tag = tags[0] if tags else (next((s for s in path.split("/") if s and "{" not in s),
                                         "default"))
        resource = self._resource(tag)
        text = str(op.get("description") or "")
        self._access(endpoint, op, text)
        self._parameters(endpoint, where, [*shared, *as_list(op.get("parameters"))])
        self._request(endpoint, where, op)
        self._responses(endpoint, where, op)
        op_id = str(op.get("operationId") or "")
        summary = " ".join(str(op.get("summary") or "").split())
        many = endpoint.response.many if endpoint.response is not None else None
        derived = operation_id(method.value.lower(), path, collection=many)
        made = " ".join(re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", op_id or derived)).lower()
        made = made[:1].upper() + made[1:]
        endpoint.summary = "" if summary == made and op_id.startswith(derived) else summary
        if op_id and not op_id.startswith(derived):
            self.report.note(where, f"operationId {op_id!r} is derived from method and path "
                             f"on export ({derived})")
        for key in ("callbacks", "deprecated", "servers"):
            if key in op:
                self.report.note(where, f"`{key}` has no equivalent; left out")
        resource.endpoints.append(endpoint)

    def _access(self, endpoint: Endpoint, op: dict[str, Any], text: str) -> None:
        """Auth, roles and scopes: from designer's `Access:` paragraph, else from `security`."""
        paragraphs = text.split("\n\n") if text else []
        access = next((i for i, p in enumerate(paragraphs) if p.startswith("Access: ")), None)
        security = op.get("security", self.doc.get("security"))
        requirements = [as_dict(r) for r in as_list(security)]
        scopes = [s for r in requirements for n, v in r.items()
                  if self.scheme_methods.get(n) and self.scheme_methods[n].value == "oauth2"
                  for s in as_list(v) if isinstance(s, str)]
        endpoint.scopes = list(dict.fromkeys(scopes))
        if access is None:
            endpoint.description = text.strip()
            if security is None or not requirements:
                endpoint.auth = EndpointAuth.NONE
            elif any(not r for r in requirements):
                endpoint.auth = EndpointAuth.OPTIONAL
            roles = [s for r in requirements for n, v in r.items()
                     if n in self.scheme_methods and self.scheme_methods[n].value != "oauth2"
                     for s in as_list(v) if isinstance(s, str)]
            endpoint.roles = list(dict.fromkeys(roles))
            return
        endpoint.description = "\n\n".join(paragraphs[:access])
        line = paragraphs[access].removesuffix(
            " The design defines no HTTP authentication scheme yet.")
        if line == "Access: public (no authentication).":
            endpoint.auth = EndpointAuth.NONE
            return
        match = re.fullmatch(r"Access: optional authentication \((.*) gets more\)\.", line)
        if match:
            endpoint.auth = EndpointAuth.OPTIONAL
            who = match[1]
        else:
            who = line.removeprefix("Access: ").removesuffix(".")
        who, _, scope_text = who.partition("; scopes ")
        if who.startswith("roles "):
            endpoint.roles = who[len("roles "):].split(", ")
        if scope_text and not endpoint.scopes:
            endpoint.scopes = scope_text.split(", ")
