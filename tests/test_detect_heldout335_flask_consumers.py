"""Python: a queue consumer that builds a Flask request context by hand is no backend (set
335, #19).

A user-worker container declares Flask and builds `app = flask.Flask("worker")`, but registers
no route and never serves: it consumes an AMQP queue with pika and hands each message to the
user's handler inside `app.test_request_context(data=body)`, publishing the view's response.
Like an app built only for `app.app_context()`, it is a worker, not a backend
(`flask_apps._CONTEXT`); a Flask service with routes that tests through the same call stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WORKER = (
    "import os\nimport pika\nimport flask\n\n"
    'app = flask.Flask("worker")\n\n\n'
    "def main():\n"
    '    userfunc = load_user_function(os.environ["CODE_ENTRYPOINT"])\n\n'
    "    def on_message(channel, method_frame, header_frame, body):\n"
    "        with app.test_request_context(data=body):\n"
    "            response = userfunc()\n"
    "        channel.basic_ack(delivery_tag=method_frame.delivery_tag)\n"
    '        channel.basic_publish(os.environ["AMQP_XCHG"], response.headers["X-Topic"],\n'
    "                              response.data)\n\n"
    '    conn = pika.BlockingConnection(pika.URLParameters(os.environ["AMQP_HOST"]))\n'
    "    chan = conn.channel()\n"
    '    chan.basic_consume("worker", on_message)\n'
    "    chan.start_consuming()\n\n\n"
    'if __name__ == "__main__":\n    main()\n'
)

_SERVICE = (
    "import flask\n\n"
    'app = flask.Flask("readings")\n\n\n'
    '@app.route("/readings", methods=["GET"])\n'
    "def readings():\n"
    '    return flask.jsonify([])\n\n\n'
    "def preview(body):\n"
    "    with app.test_request_context(data=body):\n"
    "        return readings()\n\n\n"
    'if __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8080)\n'
)

_PIPFILE = (
    '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n'
    '[packages]\nrequests = "*"\npika = "*"\nflask = "==2.*"\n\n'
    '[requires]\npython_version = "3.8"\n'
)


def _tree(main: str) -> dict[str, str]:
    # Beside the product's own service (a Go module at the root), as the worker ships.
    return {
        "go.mod": (
            "module example.com/acme/platform\n\ngo 1.23.1\n\n"
            "require github.com/go-chi/chi/v5 v5.0.7\n"
        ),
        "services/core/main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi/v5"\n)\n\n'
            'func main() {\n\tr := chi.NewRouter()\n\thttp.ListenAndServe(":3000", r)\n}\n'
        ),
        "service/worker/Pipfile": _PIPFILE,
        "service/worker/requirements.txt": "requests\npika\nflask==2.*\n",
        "service/worker/main.py": main,
        "service/worker/Dockerfile": (
            'FROM python:3.8-alpine\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["python", "main.py"]\n'
        ),
    }


def test_a_consumer_entering_a_request_context_is_no_backend(tmp_path: Path) -> None:
    assert "service/worker" not in by_folder(write(tmp_path, _tree(_WORKER)))


def test_a_routed_service_using_the_same_context_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_SERVICE)))
    assert "service/worker" in found
