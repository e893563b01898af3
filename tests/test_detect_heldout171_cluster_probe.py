"""Python: a Flask program whose GET routes report the cluster's service states is a probe
(set 171, #19).

Beside a product's API, its operators keep a small Flask program with its own Dockerfile and
Helm chart: it loads the cluster's credentials (`config.load_incluster_config()`), checks that
each labelled service of its namespace has a ready endpoint, and answers two GET routes with an
HTML or JSON summary and 200 or 500, for a global load balancer to call. No data, no client of
the product: no backend (`cluster_probes`). A route taking data keeps it one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_MAIN = (
    "from kubernetes import client, config\nfrom flask import Flask\nfrom os import environ\n\n"
    "app = Flask(__name__)\n\n\n"
    "def check_services(output_type):\n"
    "    try:\n        config.load_incluster_config()\n"
    "    except config.ConfigException:\n        config.load_kube_config()\n"
    "    v1 = client.CoreV1Api()\n    data = {}\n"
    "    for service in v1.list_namespaced_service(environ.get('namespace')).items:\n"
    "        endpoints = v1.read_namespaced_endpoints(service.metadata.name, "
    "environ.get('namespace'))\n"
    "        data[service.metadata.name] = 'OK' if endpoints.subsets else 'FAILED'\n"
    "    return data, 200\n\n\n"
    "@app.route('/probe/touch')\ndef output_html():\n    return check_services('html')\n\n\n"
    "@app.route('/probe/json', methods=['GET'])\ndef output_json():\n"
    "    return check_services('json')\n\n\n"
    "if __name__ == '__main__':\n    app.run(host='0.0.0.0', port=8080)\n"
)


def _repository(main: str = _MAIN) -> dict[str, str]:
    return {
        "infra/probe/requirements.txt": "Flask>2\nkubernetes==26.1.0\nFlask-WTF>1\n",
        "infra/probe/main.py": main,
        "infra/probe/Dockerfile": "FROM python:3.11-slim\nCOPY requirements.txt .\n"
        "RUN pip3 install -r requirements.txt\nCOPY main.py main.py\nEXPOSE 8080\n"
        'ENTRYPOINT ["python", "main.py"]\n',
        "infra/probe/chart/probe/Chart.yaml": "apiVersion: v2\nname: probe\nversion: 0.1.0\n",
        # The product's API.
        "backend/api/package.json": package_json({"express": "^4.19.2", "pg": "^8.11.0"}),
        "backend/api/src/index.js": "const express = require('express');\n"
        "const app = express();\napp.post('/api/records', (req, res) => res.json({}));\n"
        "app.listen(3000);\n",
    }


def test_a_flask_probe_of_the_cluster_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repository()))
    assert "infra/probe" not in found
    assert first(found["backend/api"], K.FRAMEWORK)[0] == "Express"


def test_a_route_taking_data_keeps_the_backend(tmp_path: Path) -> None:
    # Counter-case: a route that takes what a client sends makes it a service.
    main = _MAIN.replace(
        "\n\nif __name__",
        "\n\n@app.route('/probe/silence', methods=['POST'])\ndef silence():\n"
        "    return check_services('json')\n\n\nif __name__",
    )
    found = by_folder(write(tmp_path, _repository(main)))
    assert first(found["infra/probe"], K.FRAMEWORK)[0] == "Flask"


def test_a_flask_app_reading_no_cluster_stays(tmp_path: Path) -> None:
    # Counter-case: GET routes alone, but nothing of the cluster read: the rule says nothing.
    main = _MAIN.replace("load_incluster_config", "load_settings").replace(
        "load_kube_config", "load_defaults"
    )
    found = by_folder(write(tmp_path, _repository(main)))
    assert first(found["infra/probe"], K.FRAMEWORK)[0] == "Flask"
