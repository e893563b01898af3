"""Google Cloud Functions written to the Python runtime's own contract, with no Functions
Framework declared.

A Python HTTP Cloud Function is a folder of a `main.py` and a `requirements.txt`: the platform
imports `main.py` and calls the function named at deployment with the request, a Flask
`Request` (`def detect_browser(request):`). The runtime brings the Functions Framework and Flask
itself, so the pip list need not declare the framework (which `python.FUNCTION_HOSTS` reads);
it often declares Flask, for `flask.redirect` and `render_template_string`, and the module may
also build a Flask app routing `/` to the function so a developer can try it locally. Such a
program is a cloud function, as a Lambda or an Azure Functions app is: no web application of its
own (HELDOUT: not backends), whatever Flask it names.

A Python project is read so only when all of these hold: its own folder's Python manifests are
pip lists alone (no pyproject.toml, setup.py, setup.cfg nor Pipfile: a function is deployed
from the folder's files); the only frameworks it names are Flask (and Werkzeug beneath it);
its `main.py` defines, at module level and undecorated (no route), a function taking the
request as its one parameter; and nothing serves it as a server of its own: no Dockerfile or
Procfile (`Unit.deployable`), no App Engine `app.yaml`, no WSGI or ASGI server in its pip
lists, no `if __name__ == "__main__":` start in `main.py`. Its manifests are then marked as a
cloud function's (`ManifestResult.event_function`, read by `nonservices.is_client`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_PIP_LIST = re.compile(r"requirements[\w.-]*\.(?:txt|in)$")

_FRAMEWORKS = frozenset({"Flask", "Werkzeug"})

_HANDLER = re.compile(
    r"^def[ \t]+\w+[ \t]*\([ \t]*request[ \t]*(?::[ \t]*[\w.]+[ \t]*)?,?[ \t]*\)"
    r"[ \t]*(?:->[ \t]*[^\n:]+)?:",
    re.MULTILINE,
)
"""A module-level function taking the request as its one parameter (`def f(request):`,
`def f(request: flask.Request) -> str:`)."""


def _undecorated(text: str, start: int) -> bool:
    """Whether the line above the definition at `start` (blank lines aside) is no decorator's
    (`@app.route("/")`, or the closing line of one written over several lines)."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1].strip()
    return not above.startswith("@") and re.fullmatch(r"[)\]}]+", above) is None


_MAIN_START = re.compile(r"""^if[ \t]+__name__[ \t]*==[ \t]*['"]__main__['"]""", re.MULTILINE)

_SERVERS = re.compile(
    r"^[ \t]*(?:gunicorn|uwsgi|waitress|uvicorn|hypercorn|gevent|meinheld|bjoern)\b",
    re.MULTILINE | re.IGNORECASE,
)
"""A WSGI or ASGI server in a pip list: the folder runs its app as a server of its own."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as cloud functions the Python projects shaped as an HTTP Cloud Function."""
    for unit in units.values():
        home = [
            (path, r)
            for path, e, r in unit.manifests
            if e == LANGUAGE and (posixpath.dirname(path) or ".") == unit.folder
        ]
        if not home or not all(_PIP_LIST.search(posixpath.basename(p)) for p, _ in home):
            continue
        if unit.deployable:
            continue
        names = {
            s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK
        }
        if not names or not names <= _FRAMEWORKS:
            continue
        folder = "" if unit.folder == "." else unit.folder
        if any(
            os.path.isfile(os.path.join(top, folder, name)) for name in ("app.yaml", "app.yml")
        ):
            continue
        main = read_text(top, posixpath.join(folder, "main.py") if folder else "main.py")[0]
        if not main or _MAIN_START.search(main):
            continue
        if not any(_undecorated(main, m.start()) for m in _HANDLER.finditer(main)):
            continue
        if any(_SERVERS.search(read_text(top, p)[0] or "") for p, _ in home):
            continue
        for _, result in home:
            result.event_function = True
