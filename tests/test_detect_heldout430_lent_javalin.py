"""A Java program whose web layer a library of its organisation builds (#19): its pom names only
that library, its code never calls `Javalin.create`, yet its API classes import Javalin and
register their routes on the instance the library's base class hands them. Javalin is lent,
at no version the tree states."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>org.example</groupId>\n  <artifactId>tracker</artifactId>\n"
    "  <version>4.2</version>\n  <properties>\n"
    "    <maven.compiler.source>21</maven.compiler.source>\n  </properties>\n"
    "  <dependencies>\n    <dependency>\n      <groupId>org.example</groupId>\n"
    "      <artifactId>example-core</artifactId>\n      <version>1.1.0</version>\n"
    "    </dependency>\n  </dependencies>\n"
    "  <build>\n    <sourceDirectory>src</sourceDirectory>\n  </build>\n</project>\n"
)
API = (
    "package org.example.tracker.api;\n"
    "import org.example.core.httpd.*;\n"
    "import io.javalin.Javalin;\n"
    "import io.javalin.http.Context;\n\n"
    "public class ItemApi extends ServerBase {\n"
    "    private Object info(Context ctx) { return null; }\n"
    "    public void start() {\n"
    '        a.get("/items/{id}", (ctx) -> {\n            ctx.json(info(ctx));\n        });\n'
    "    }\n}\n"
)
MAIN = (
    "package org.example.tracker;\n\npublic class Main {\n"
    "    public static void main(String[] args) {\n        new Server().start();\n    }\n}\n"
)


def test_routes_on_lent_javalin_make_the_program_a_javalin_backend(tmp_path: Path) -> None:
    files = {"pom.xml": POM, "src/api/ItemApi.java": API, "src/Main.java": MAIN}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Javalin", "")


def test_library_without_a_main_stays_no_backend(tmp_path: Path) -> None:
    files = {"pom.xml": POM, "src/api/ItemApi.java": API}
    assert "." not in by_folder(write(tmp_path, files))


def test_routes_without_the_import_lend_nothing(tmp_path: Path) -> None:
    api = API.replace("import io.javalin.Javalin;\n", "").replace(
        "import io.javalin.http.Context;\n", ""
    )
    files = {"pom.xml": POM, "src/api/ItemApi.java": api, "src/Main.java": MAIN}
    assert "." not in by_folder(write(tmp_path, files))
