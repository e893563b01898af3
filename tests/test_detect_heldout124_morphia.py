"""Held-out set 124 (#19): Morphia, MongoDB's object-document mapper for the JVM.

A Maven reactor's library module declares `morphia-core` over `mongodb-driver-sync`, and the
Spring Boot web module depending on it persists through Morphia's `Datastore`: the data layer is
Morphia, not the driver it wraps (Morphia talks to MongoDB only, like Spring Data MongoDB).
Another reactor's modules import `dev.morphia` while no build of the tree names Morphia (a
company library the tree lacks lends it): the code is written to Morphia all the same.
Counter-cases: the driver alone is the data layer, and code importing only the driver is not
Morphia's.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_heldout124_bompins import boot_bom_root
from test_detect_projects import dep, pom, write
from test_detect_unseen import by_folder

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_ROOT = boot_bom_root("common", "api")

_PARENT = """  <parent>
    <groupId>org.example</groupId>
    <artifactId>texts</artifactId>
    <version>1.0</version>
  </parent>"""

_APP = (
    "package org.example.api;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class TextApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(TextApplication.class, args);\n    }\n}\n"
)

_CONTROLLER = (
    "package org.example.api;\n\n"
    "import org.springframework.web.bind.annotation.GetMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class PageController {\n"
    '    @GetMapping("/pages")\n    public String pages() {\n        return "[]";\n    }\n}\n'
)


def _data(backend: DetectedBackend) -> str:
    """The data layer as the held-out sets read it: the first ORM or query finding."""
    return next(
        (f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "none"
    )


def _reactor(common_deps: str) -> dict[str, str]:
    api_pom = pom(
        "\n".join(
            [
                dep("org.example", "common"),
                dep("org.springframework.boot", "spring-boot-starter-web"),
            ]
        ),
        parent=_PARENT,
    ).replace("<artifactId>demo</artifactId>", "<artifactId>api</artifactId>")
    common_pom = pom(common_deps, parent=_PARENT).replace(
        "<artifactId>demo</artifactId>", "<artifactId>common</artifactId>"
    )
    return {
        "pom.xml": _ROOT,
        "api/pom.xml": api_pom,
        "api/src/main/java/org/example/api/TextApplication.java": _APP,
        "api/src/main/java/org/example/api/PageController.java": _CONTROLLER,
        "common/pom.xml": common_pom,
        "common/src/main/java/org/example/common/Page.java": (
            "package org.example.common;\n\npublic class Page {\n    String id;\n}\n"
        ),
    }


def test_morphia_over_the_driver_is_the_data_layer(tmp_path: Path) -> None:
    common = "\n".join(
        [
            dep("dev.morphia.morphia", "morphia-core", version="2.2.9"),
            dep("org.mongodb", "mongodb-driver-sync", version="4.5.1"),
        ]
    )
    backend = by_folder(write(tmp_path, _reactor(common)))["api"]
    assert _data(backend) == "Morphia"


def test_the_driver_alone_stays_the_data_layer(tmp_path: Path) -> None:
    # Counter-case: no mapper beside the driver; the code queries through the driver itself.
    common = dep("org.mongodb", "mongodb-driver-sync", version="4.5.1")
    backend = by_folder(write(tmp_path, _reactor(common)))["api"]
    assert _data(backend) == "mongodb"


_DAO = """package org.example.service;

import {imports};

public class StatisticsDao {{
    private final Object store;

    public StatisticsDao(Object store) {{
        this.store = store;
    }}
}}
"""


def _lent(imports: str) -> dict[str, str]:
    """A web module whose persistence code lives in a sibling service module; Morphia comes
    from a company library (`store-commons`) whose pom the tree lacks."""
    files = _reactor(dep("org.example.shared", "store-commons", version="13"))
    common = dep("org.example", "common")
    files["api/pom.xml"] = files["api/pom.xml"].replace(
        common, common + "\n" + dep("org.example", "service")
    )
    files["pom.xml"] = _ROOT.replace(
        "<module>api</module>", "<module>service</module>\n    <module>api</module>"
    )
    files["service/pom.xml"] = pom(dep("org.example", "common"), parent=_PARENT).replace(
        "<artifactId>demo</artifactId>", "<artifactId>service</artifactId>"
    )
    files["service/src/main/java/org/example/service/StatisticsDao.java"] = _DAO.format(
        imports=imports
    )
    files["docker-compose.yml"] = "services:\n  mongo:\n    image: mongo:4.2.9\n"
    return files


def test_code_importing_morphia_lent_by_a_library_is_written_to_morphia(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _lent("dev.morphia.Datastore")))["api"]
    assert _data(backend) == "Morphia"


def test_code_importing_only_the_driver_is_not_morphia(tmp_path: Path) -> None:
    # Counter-case: the DAO holds the driver's client; nothing names Morphia.
    backend = by_folder(write(tmp_path, _lent("com.mongodb.client.MongoClient")))["api"]
    assert _data(backend) != "Morphia"
