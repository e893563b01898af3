"""Modules near a JVM service that it does not reference, as the hundred-and-eighteenth
held-out set showed (benchmarks/detect_heldout118.yaml, #19): once a Gradle build's project
references resolve, a service depending on modules of its build by reference is made of
those; a module beside them it never references (a store's test harness declaring the
driver its containers need) lends it its tests, not its data. Where the service references
no module of the build, the modules nearest it still fold into it whole."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _app(*projects: str) -> str:
    uses = "".join(f'  implementation(project(":{p}"))\n' for p in projects)
    return (
        'plugins {\n  java\n  id("org.springframework.boot") version "3.3.5"\n}\n\n'
        "dependencies {\n"
        '  implementation("org.springframework.boot:spring-boot-starter-web")\n'
        f"{uses}}}\n"
    )


_MAIN = (
    "package org.acme;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class App {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(App.class, args);\n  }\n}\n"
)


def _tree(*projects: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": (
            'rootProject.name = "acme"\ninclude("server", "core", "harness")\n'
        ),
        "server/build.gradle.kts": _app(*projects),
        "server/src/main/java/org/acme/App.java": _MAIN,
        "core/build.gradle.kts": "plugins {\n  `java-library`\n}\n",
        "harness/build.gradle.kts": (
            "plugins {\n  `java-library`\n}\n\ndependencies {\n"
            '  implementation("org.mongodb:mongodb-driver-sync:5.1.0")\n'
            '  implementation("org.junit.jupiter:junit-jupiter-api:5.10.2")\n}\n'
        ),
    }


def test_a_module_the_service_does_not_reference_lends_no_data(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("core")))
    assert first(found["server"], K.QUERY) == ("", "")
    assert first(found["server"], K.DATABASE) == ("", "")


def test_a_service_referencing_no_module_takes_the_nearest_whole(tmp_path: Path) -> None:
    """Counter-case: no reference resolves, so nearness still decides."""
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["server"], K.DATABASE)[0] == "MongoDB"
