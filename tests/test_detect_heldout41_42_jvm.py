"""JVM gaps the forty-first and forty-second held-out sets showed (benchmarks/
detect_heldout41.yaml, detect_heldout42.yaml), each as a small fixture of the real files' shape
(#19): ActiveJ's HTTP server beside plain Hibernate."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_activej_http_launcher_over_plain_hibernate(tmp_path: Path) -> None:
    """A Gradle build of ActiveJ's HTTP modules, hibernate-core without Spring and the
    PostgreSQL driver; the server class extends ActiveJ's multithreaded HTTP launcher. No
    test sources: no test framework."""
    files = {
        "build.gradle": (
            "plugins {\n    id \"java\"\n}\n\ndependencies {\n"
            "    implementation 'io.activej:activej-common:5.5'\n"
            "    implementation 'io.activej:activej-http:5.5'\n"
            "    implementation 'io.activej:activej-launchers-http:5.5'\n"
            "    implementation 'org.postgresql:postgresql:42.7.7'\n"
            "    implementation 'org.hibernate:hibernate-core:6.4.1.Final'\n"
            "}\n"
        ),
        "settings.gradle": "rootProject.name = 'piped'\n",
        "src/main/java/app/server/ServerLauncher.java": (
            "import io.activej.launchers.http.MultithreadedHttpServerLauncher;\n\n"
            "public class ServerLauncher extends MultithreadedHttpServerLauncher {\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("ActiveJ", "5.5")
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST) == ("", "")


def test_activej_core_modules_alone_serve_no_http(tmp_path: Path) -> None:
    """ActiveJ's promises and injector, without its HTTP server: a library or a non-HTTP
    program, no backend."""
    files = {
        "build.gradle": (
            "dependencies {\n"
            "    implementation 'io.activej:activej-promise:5.5'\n"
            "    implementation 'io.activej:activej-inject:5.5'\n"
            "}\n"
        ),
        "src/main/java/app/Main.java": "public class Main {}\n",
    }
    assert by_folder(write(tmp_path, files)) == {}
