"""Status phrases and the error bodies of the seeds, as shared OpenAPI responses.

The standard format is seed 000/001's `{error: {code, message, details[], timestamp}}`; the
alternative is RFC 9457 problem details served as `application/problem+json`. Every 4xx and 5xx
of every operation refers to one of the responses built here.

Phrases come from this table, not from `http.HTTPStatus`, whose wording changes between Python
versions (413, 422) and would make the output depend on the interpreter.
"""

from __future__ import annotations

from typing import Any

PHRASES: dict[int, str] = {
    100: "Continue",
    101: "Switching Protocols",
    102: "Processing",
    103: "Early Hints",
    200: "OK",
    201: "Created",
    202: "Accepted",
    203: "Non-Authoritative Information",
    204: "No Content",
    205: "Reset Content",
    206: "Partial Content",
    207: "Multi-Status",
    300: "Multiple Choices",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    407: "Proxy Authentication Required",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    412: "Precondition Failed",
    413: "Content Too Large",
    414: "URI Too Long",
    415: "Unsupported Media Type",
    416: "Range Not Satisfiable",
    417: "Expectation Failed",
    418: "I'm a Teapot",
    421: "Misdirected Request",
    422: "Unprocessable Content",
    423: "Locked",
    424: "Failed Dependency",
    425: "Too Early",
    426: "Upgrade Required",
    428: "Precondition Required",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    451: "Unavailable For Legal Reasons",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    505: "HTTP Version Not Supported",
    507: "Insufficient Storage",
    508: "Loop Detected",
    511: "Network Authentication Required",
}

_NAMES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    422: "UnprocessableContent",
    429: "TooManyRequests",
    500: "InternalError",
    503: "ServiceUnavailable",
}

_CODES = {
    400: "VALIDATION_ERROR",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    409: "CONFLICT",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
}

_MESSAGES = {
    400: "The request is not valid; see details.",
    401: "Authentication is required or the credentials are invalid.",
    403: "The caller is not allowed to do this.",
    404: "The resource does not exist.",
    409: "The request conflicts with the current state of the resource.",
    429: "Too many requests; retry after the time in Retry-After.",
    500: "An unexpected error occurred; it has been logged.",
}

SCHEMA_NAMES = ("Error", "ErrorDetail", "Problem", "ProblemError")
"""Component names the error bodies use; no design schema may take them."""

EXAMPLE_TIME = "2025-01-01T09:00:00Z"
"""Fixed example timestamp: examples must not change between exports."""


def phrase(code: int) -> str:
    """The reason phrase of `code` (RFC 9110 wording), or `Status N` for unnamed codes."""
    return PHRASES.get(code, f"Status {code}")


def response_name(code: int) -> str:
    """Component name of the shared response for `code`: NotFound, Status599 …"""
    if code in _NAMES:
        return _NAMES[code]
    if code in PHRASES:
        return "".join(w[:1].upper() + w[1:] for w in PHRASES[code].replace("'", "").split())
    return f"Status{code}"


def _error_code(code: int) -> str:
    if code in _CODES:
        return _CODES[code]
    return "_".join(phrase(code).replace("'", "").replace("-", " ").upper().split())


def schemas(problem_json: bool) -> dict[str, Any]:
    """The error body schemas of the chosen format."""
    if problem_json:
        return {
            "Problem": {
                "type": "object",
                "description": "Problem details (RFC 9457).",
                "properties": {
                    "type": {
                        "type": "string",
                        "format": "uri-reference",
                        "default": "about:blank",
                        "description": "URI identifying the problem type.",
                    },
                    "title": {"type": "string", "description": "Short summary of the type."},
                    "status": {
                        "type": "integer",
                        "minimum": 100,
                        "maximum": 599,
                        "description": "HTTP status code.",
                    },
                    "detail": {"type": "string", "description": "What went wrong this time."},
                    "instance": {
                        "type": "string",
                        "format": "uri-reference",
                        "description": "URI of this occurrence.",
                    },
                    "errors": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/ProblemError"},
                        "description": "Field-level problems (validation).",
                    },
                },
            },
            "ProblemError": {
                "type": "object",
                "required": ["detail"],
                "properties": {
                    "detail": {"type": "string", "description": "What is wrong."},
                    "pointer": {
                        "type": "string",
                        "description": "JSON Pointer to the offending member.",
                    },
                },
            },
        }
    return {
        "Error": {
            "type": "object",
            "description": "The standard error body.",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message", "timestamp"],
                    "properties": {
                        "code": {
                            "type": "string",
                            "description": "Machine-readable code, e.g. VALIDATION_ERROR.",
                        },
                        "message": {"type": "string", "description": "Human-readable message."},
                        "details": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/ErrorDetail"},
                            "description": "Field-level problems (validation).",
                        },
                        "timestamp": {
                            "type": "string",
                            "format": "date-time",
                            "description": "When the error occurred (UTC).",
                        },
                    },
                },
            },
        },
        "ErrorDetail": {
            "type": "object",
            "required": ["message"],
            "properties": {
                "field": {"type": "string", "description": "Field the problem is about."},
                "message": {"type": "string", "description": "What is wrong with it."},
            },
        },
    }


def example(code: int, problem_json: bool) -> dict[str, Any]:
    """The example body of error status `code` (the spec's and the document's)."""
    message = _MESSAGES.get(code, phrase(code) + ".")
    if problem_json:
        body: dict[str, Any] = {
            "type": "about:blank",
            "title": phrase(code),
            "status": code,
            "detail": message,
        }
        if code == 400:
            body["errors"] = [{"detail": "must be a valid e-mail address", "pointer": "/email"}]
        return body
    error: dict[str, Any] = {"code": _error_code(code), "message": message}
    if code == 400:
        error["details"] = [{"field": "email", "message": "must be a valid e-mail address"}]
    error["timestamp"] = EXAMPLE_TIME
    return {"error": error}


def response(code: int, problem_json: bool) -> dict[str, Any]:
    """The shared response object for error status `code`."""
    media = "application/problem+json" if problem_json else "application/json"
    schema = "Problem" if problem_json else "Error"
    out: dict[str, Any] = {"description": phrase(code)}
    if code == 429:
        out["headers"] = {
            "Retry-After": {
                "description": "Seconds to wait before retrying.",
                "schema": {"type": "integer", "minimum": 0},
            }
        }
    out["content"] = {
        media: {
            "schema": {"$ref": f"#/components/schemas/{schema}"},
            "example": example(code, problem_json),
        }
    }
    return out
