"""Held-out set 124 (#19): a Maven module holding no code, only what the build generates.

A reactor of the RAML Module Builder keeps its Vert.x server module (the RAML Module Builder's
`domain-models-runtime`, which lends the server and the PostgreSQL client, beside the module's
own implementation of the generated interfaces) and a client module whose pom names the same
runtime and whose folder holds only resources: its classes are generated from the API contract
when the build runs. With no code, nothing serves HTTP: no backend. Counter-case: a module
with no code of its own that keeps an application's settings (a launcher assembling other
modules' code) is left as it was.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import dep, write
from test_detect_unseen import by_folder

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>records</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>records-server</module>
    <module>records-client</module>
  </modules>
  <properties>
    <java.version>21</java.version>
    <rmb.version>36.0.1</rmb.version>
  </properties>
</project>
"""


def _module(name: str, deps: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <artifactId>{name}</artifactId>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>records</artifactId>
    <version>1.0</version>
  </parent>
  <dependencies>
{deps}
  </dependencies>
</project>
"""


_IMPL = """package org.example.rest.impl;

import io.vertx.core.Context;
import org.example.rest.jaxrs.resource.RecordsResource;

public class RecordsResourceImpl implements RecordsResource {
    public RecordsResourceImpl(Context context, String tenantId) {
    }
}
"""

_RUNTIME = dep("org.folio", "domain-models-runtime", version="${rmb.version}")


def _tree(client_settings: bool) -> dict[str, str]:
    files = {
        "pom.xml": _ROOT,
        "records-server/pom.xml": _module(
            "records-server", "\n".join([_RUNTIME, dep("io.vertx", "vertx-web", version="5.1.6")])
        ),
        "records-server/src/main/java/org/example/rest/impl/RecordsResourceImpl.java": (
            _IMPL
        ),
        "records-client/pom.xml": _module(
            "records-client",
            "\n".join([_RUNTIME, dep("org.folio", "domain-models-api-interfaces",
                                     version="${rmb.version}")]),
        ),
        "records-client/src/main/resources/log4j2.xml": "<Configuration/>\n",
    }
    if client_settings:
        files["records-client/src/main/resources/application.yml"] = (
            "server:\n  port: 8081\n"
        )
    return files


def test_a_module_holding_no_code_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(client_settings=False)))
    assert "records-server" in found
    assert "records-client" not in found


def test_a_module_keeping_application_settings_is_left_as_it_was(tmp_path: Path) -> None:
    # Counter-case: settings of an application: the module may assemble other modules' code.
    found = by_folder(write(tmp_path, _tree(client_settings=True)))
    assert "records-client" in found
