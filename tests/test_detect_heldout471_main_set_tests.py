"""JVM: a test class kept in a main source set (`src/main/test/…`) runs in no build (set 471,
#19).

A Maven reactor's scheduler module declares JUnit and keeps its two test classes beside its
main sources, in `src/main/test/…Test.java`: neither Maven's `src/test/java` nor its
`src/main/java`, so neither the compiler nor Surefire ever reaches them. Another module of the
build (an unrelated service) has a real test in its own `src/test`, which keeps the
repository-wide reading (`testless_jvm`) from dropping anything; the module's own reading
(`unused_module_tests`) must count those main-set files for nothing, as `testless_jvm` does.
The same class in the module's `src/test/java` keeps JUnit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout252_unused_module_tests import _reactor
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TEST = (
    "package org.acme.portal.task;\n\n"
    "import org.junit.jupiter.api.Test;\n"
    "import org.springframework.boot.test.context.SpringBootTest;\n\n"
    "@SpringBootTest\nclass ReportTaskTest {\n\n    @Test\n    void process() {\n"
    "        task.process(\"{}\");\n    }\n}\n"
)


def _files(test_path: str) -> dict[str, str]:
    files = _reactor()
    files[f"portal/portal-api/{test_path}"] = _TEST
    return files


def test_a_test_class_in_the_main_source_set_runs_nothing(tmp_path: Path) -> None:
    found = by_folder(write(
        tmp_path, _files("src/main/test/org/acme/portal/task/ReportTaskTest.java")
    ))
    assert first(found["portal/portal-api"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["portal/portal-api"], K.TEST) == ("", "")


def test_the_same_class_in_the_test_source_set_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: `src/test/java` is the module's test source root; Surefire runs it.
    found = by_folder(write(
        tmp_path, _files("src/test/java/org/acme/portal/task/ReportTaskTest.java")
    ))
    assert first(found["portal/portal-api"], K.TEST)[0] == "JUnit"
