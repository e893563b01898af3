"""A module compiling sources kept outside its folder, as set 118 showed it
(benchmarks/detect_heldout118.yaml, #19): a service module's pom declares
`<build><sourceDirectory>../src/main/java</sourceDirectory>` (tests and resources likewise)
while the root pom is only the reactor. The root's `src/` is that module's code: its entry
point, its controllers or listeners, its data code; Gradle's `srcDirs` says the same."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.assemble import Unit
from designer.detect.ecosystems import jvm
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K

_ROOT_POM = (
    "<project>\n  <groupId>g</groupId>\n  <artifactId>reactor</artifactId>\n"
    "  <packaging>pom</packaging>\n  <modules>\n    <module>svc</module>\n  </modules>\n"
    "  <build>\n    <plugins>\n      <plugin>\n"
    "        <artifactId>maven-checkstyle-plugin</artifactId>\n        <configuration>\n"
    "          <sourceDirectories>\n"
    "            <sourceDirectory>src/main/java</sourceDirectory>\n"
    "          </sourceDirectories>\n        </configuration>\n      </plugin>\n"
    "    </plugins>\n  </build>\n</project>\n"
)


def _svc_pom(moved: bool) -> str:
    build = (
        "    <sourceDirectory>../src/main/java</sourceDirectory>\n"
        "    <testSourceDirectory>../src/test/java</testSourceDirectory>\n"
        "    <resources>\n      <resource>\n        <directory>../src/main/resources</directory>\n"
        "      </resource>\n      <resource>\n"
        "        <directory>${maven.multiModuleProjectDirectory}/api</directory>\n"
        "      </resource>\n    </resources>\n"
        if moved
        else ""
    )
    return (
        "<project>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.4.1</version>\n  </parent>\n  <artifactId>svc</artifactId>\n"
        "  <dependencies>\n"
        "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        "      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.springframework.kafka</groupId>\n"
        "      <artifactId>spring-kafka</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.junit.jupiter</groupId>\n"
        "      <artifactId>junit-jupiter</artifactId>\n      <scope>test</scope>\n"
        "    </dependency>\n  </dependencies>\n"
        f"  <build>\n{build}    <plugins>\n      <plugin>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-maven-plugin</artifactId>\n      </plugin>\n"
        "    </plugins>\n  </build>\n</project>\n"
    )


_APP = (
    "package org.acme;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class BootApplication {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(BootApplication.class, args);\n  }\n}\n"
)
_CONTROLLER = (
    "package org.acme;\n\nimport org.springframework.web.bind.annotation.GetMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class TallyResource {\n  @GetMapping(\"/api/v1/tally\")\n"
    "  public String tally() { return \"\"; }\n}\n"
)


def _tree(moved: bool) -> dict[str, str]:
    files = {
        "pom.xml": _ROOT_POM,
        "svc/pom.xml": _svc_pom(moved),
        "src/main/java/org/acme/BootApplication.java": _APP,
        "src/main/resources/application.yaml": "spring:\n  kafka:\n    bootstrap-servers: k:9092\n",
    }
    files["src/main/java/org/acme/TallyResource.java"] = _CONTROLLER
    return files


def test_moved_sources_are_the_modules_entry_point(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(moved=True)))["svc"]
    framework = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert framework.name == "Spring Boot"
    assert any(e.path == "src/main/java/org/acme/BootApplication.java" for e in framework.evidence)


def test_readers_of_main_sources_read_the_declared_tree() -> None:
    # Controllers, listeners and data code are read from `main_tree`: the declared folder's
    # source set (`src/main`, holding `java/` and `resources/`), never the tests' folder.
    unit = Unit("svc")
    unit.manifests.append(("svc/pom.xml", "jvm", jvm.parse(Lines("svc/pom.xml", _svc_pom(True)))))
    assert main_tree(unit) == "src/main"
    # Counter-cases: no folder declared, or one inside the module's own folder.
    plain = Unit("svc")
    plain.manifests.append(("svc/pom.xml", "jvm", jvm.parse(Lines("svc/pom.xml", _svc_pom(False)))))
    assert main_tree(plain) == "svc/src/main"
    inside = Unit("svc")
    own = _svc_pom(True).replace("../src", "src")
    inside.manifests.append(("svc/pom.xml", "jvm", jvm.parse(Lines("svc/pom.xml", own))))
    assert main_tree(inside) == "svc/src/main"
    assert main_tree(Unit(".")) == "src/main"


def test_module_without_a_declared_folder_keeps_its_own_layout(tmp_path: Path) -> None:
    # Counter-case: the module names no source folder; the root's `src/` is not its code, and
    # the reactor's checkstyle
    # `<sourceDirectory>` inside a plugin's configuration moves nothing.
    found = by_folder(write(tmp_path, _tree(moved=False)))
    assert "svc" in found
    framework = next(f for f in found["svc"].findings if f.kind is K.FRAMEWORK)
    assert not any(e.path.startswith("src/") for e in framework.evidence)


def test_only_the_builds_own_folders_are_read() -> None:
    pom = jvm.parse(Lines("svc/pom.xml", _svc_pom(True)))
    assert pom.linked == ["../src/main/java", "../src/test/java", "../src/main/resources"]
    assert jvm.parse(Lines("pom.xml", _ROOT_POM)).linked == []


def test_gradle_source_sets_name_their_folders() -> None:
    build = (
        "plugins { id 'java' }\nsourceSets {\n  main {\n"
        "    java.srcDirs = ['../src/main/java', \"$projectDir/generated\"]\n"
        "    resources.srcDir(\"${rootDir}/shared\")\n  }\n"
        "  test { java { srcDir '../src/test/java' } }\n}\n"
    )
    assert jvm.parse(Lines("svc/build.gradle", build)).linked == [
        "../src/main/java",
        "./generated",
        "../src/test/java",
    ]
    # Counter-case: a build naming no source set's folder links nothing.
    assert jvm.parse(Lines("svc/build.gradle", "plugins { id 'java' }\n")).linked == []
