"""Swagger 2.0 lifted to the OpenAPI 3 shape the importer reads.

`definitions` become component schemas, `securityDefinitions` security schemes, `host` +
`basePath` a server, `in: body` parameters request bodies and response `schema`s JSON content.
`$ref`s are rewritten from `#/definitions/` to `#/components/schemas/`. Form parameters are
reported (the design's bodies are JSON).
"""

from __future__ import annotations

from typing import Any

from designer.importers.report import Report


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _rewrite(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str):
            for old, new in (("#/definitions/", "#/components/schemas/"),
                             ("#/parameters/", "#/components/parameters/"),
                             ("#/responses/", "#/components/responses/")):
                if ref.startswith(old):
                    out["$ref"] = new + ref[len(old):]
        return out
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    return node


def _scheme(name: str, scheme: dict[str, Any]) -> dict[str, Any]:
    kind = scheme.get("type")
    if kind == "oauth2":
        flow = {"implicit": "implicit", "password": "password", "application":
                "clientCredentials", "accessCode": "authorizationCode"}.get(
            str(scheme.get("flow")), "authorizationCode")
        body = {"scopes": _dict(scheme.get("scopes"))}
        if "authorizationUrl" in scheme:
            body["authorizationUrl"] = scheme["authorizationUrl"]
        if "tokenUrl" in scheme:
            body["tokenUrl"] = scheme["tokenUrl"]
        return {"type": "oauth2", "description": scheme.get("description", ""),
                "flows": {flow: body}}
    if kind == "basic":
        return {"type": "http", "scheme": "basic"}
    return dict(scheme)


def lift(doc: dict[str, Any], report: Report) -> dict[str, Any]:
    """The OpenAPI 3 form of a Swagger 2.0 document."""
    doc = _rewrite(doc)
    out: dict[str, Any] = {"openapi": "3.0.3", "info": doc.get("info", {})}
    host = doc.get("host")
    base = str(doc.get("basePath") or "")
    if host:
        scheme = (doc.get("schemes") or ["https"])[0]
        out["servers"] = [{"url": f"{scheme}://{host}{base}"}]
    elif base:
        out["servers"] = [{"url": base}]
    if "tags" in doc:
        out["tags"] = doc["tags"]
    if "security" in doc:
        out["security"] = doc["security"]
    components: dict[str, Any] = {"schemas": _dict(doc.get("definitions"))}
    schemes = {n: _scheme(n, _dict(s)) for n, s in _dict(doc.get("securityDefinitions")).items()}
    if schemes:
        components["securitySchemes"] = schemes
    body_params: dict[str, Any] = {}
    params: dict[str, Any] = {}
    for name, param in _dict(doc.get("parameters")).items():
        if _dict(param).get("in") == "body":
            body_params[name] = param
        else:
            params[name] = _param(_dict(param))
    components["parameters"] = params
    components["responses"] = {n: _response(_dict(r)) for n, r in
                               _dict(doc.get("responses")).items()}
    out["components"] = components
    paths: dict[str, Any] = {}
    for path, item in _dict(doc.get("paths")).items():
        new_item: dict[str, Any] = {}
        for method, op in _dict(item).items():
            if method == "parameters":
                new_item["parameters"] = [_param(_dict(p)) for p in op or []
                                          if _dict(p).get("in") != "body"]
                continue
            if not isinstance(op, dict):
                continue
            new_op = {k: v for k, v in op.items() if k not in ("parameters", "responses",
                                                                "consumes", "produces")}
            new_params = []
            for raw in op.get("parameters") or []:
                param = _dict(raw)
                ref = param.get("$ref", "")
                if isinstance(ref, str) and ref.rsplit("/", 1)[-1] in body_params:
                    param = _dict(body_params[ref.rsplit("/", 1)[-1]])
                if param.get("in") == "body":
                    new_op["requestBody"] = {
                        "required": bool(param.get("required")),
                        "content": {"application/json": {"schema": param.get("schema", {})}},
                    }
                elif param.get("in") == "formData":
                    report.note(f"paths.{path}.{method}.parameters.{param.get('name')}",
                                "form parameters have no equivalent (bodies are JSON)")
                else:
                    new_params.append(_param(param))
            if new_params:
                new_op["parameters"] = new_params
            new_op["responses"] = {c: _response(_dict(r)) for c, r in
                                   _dict(op.get("responses")).items()}
            new_item[method] = new_op
        paths[path] = new_item
    out["paths"] = paths
    return out


def _param(param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        return param
    schema_keys = ("type", "format", "enum", "items", "default", "minimum", "maximum",
                   "minLength", "maxLength", "pattern")
    out = {k: v for k, v in param.items() if k not in schema_keys}
    out["schema"] = {k: param[k] for k in schema_keys if k in param}
    return out


def _response(response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        return response
    out = {k: v for k, v in response.items() if k not in ("schema", "examples")}
    if "schema" in response:
        out["content"] = {"application/json": {"schema": response["schema"]}}
    return out
