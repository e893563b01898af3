"""No phantom backends: library packages of a monorepo, Gradle `subprojects {}` blocks,
included requirement files, and framework calls inside string literals (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import PROJECTS, package_json, write

from designer.detect import detect
from designer.model.stack import FindingKind


def folders(root: Path) -> list[str]:
    return [b.folder for b in detect(root).backends]


def test_library_package_that_depends_on_a_framework_is_no_service(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({}, {"typescript": "^5"}, workspaces=["packages/*"]),
        "packages/api/package.json": package_json({"express": "^4.19.2"}),
        "packages/api/src/index.ts": "const app = express()\napp.listen(3000)\n",
        # A shared middleware package: it depends on Express but runs nothing.
        "packages/auth-middleware/package.json": package_json({"express": "^4.19.2"}),
        "packages/auth-middleware/src/check.ts": "export function check(req, res, next) {}\n",
    }
    assert folders(write(tmp_path / "lib", files)) == ["packages/api"]
    # The same package with a Dockerfile is deployed on its own: a backend, unsure of its
    # framework's entry point.
    files["packages/auth-middleware/Dockerfile"] = "FROM node:20\n"
    assert folders(write(tmp_path / "deployed", files)) == [
        "packages/api",
        "packages/auth-middleware",
    ]


def test_a_lone_package_without_entry_point_is_still_reported(tmp_path: Path) -> None:
    # With no application anywhere, the only candidate is asked about, never dropped.
    files = {"package.json": package_json({"express": "^4.19.2"})}
    assert folders(write(tmp_path, files)) == ["."]


def test_gradle_subprojects_block_does_not_make_every_module_a_backend(tmp_path: Path) -> None:
    files = {
        "settings.gradle": "rootProject.name = 'shop'\ninclude 'api', 'common', 'batch'\n",
        "build.gradle": "plugins {\n    id 'org.springframework.boot' version '3.2.0' apply false\n"
        "}\nsubprojects {\n    apply plugin: 'java'\n    apply plugin: 'org.springframework.boot'\n"
        "    dependencies {\n"
        "        implementation 'org.springframework.boot:spring-boot-starter-web'\n"
        "    }\n}\n",
        "api/build.gradle": "dependencies {\n    implementation project(':common')\n}\n",
        "api/src/main/java/shop/Application.java": "@SpringBootApplication\nclass Application {}\n",
        "common/build.gradle": "dependencies {\n"
        "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
        "    runtimeOnly 'org.postgresql:postgresql:42.7.3'\n}\n",
        "common/src/main/java/shop/Util.java": "class Util {}\n",
        "batch/build.gradle": "dependencies {\n    implementation project(':common')\n}\n",
        "batch/src/main/java/shop/Job.java": "class Job {}\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert backend.folder == "api"
    assert (backend.findings[0].name, backend.findings[0].version) == ("Spring Boot", "3.2.0")
    names = {(f.kind, f.name) for f in backend.findings}
    assert {(FindingKind.ORM, "JPA / Hibernate"), (FindingKind.DATABASE, "PostgreSQL")} <= names


def test_included_requirements_belong_to_their_includer(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "-r deploy/requirements-prod.txt\npytest\n",
        "deploy/requirements-prod.txt": "django==5.0.6\npsycopg==3.1.19\n",
        "deploy/requirements.txt": "-c ../constraints.txt\ngunicorn==22.0\n",
        "constraints.txt": "",
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
    }
    # deploy/requirements.txt is its own manifest (nobody includes it): it makes no backend
    # beside the Django app, having no framework; deploy/requirements-prod.txt is the app's.
    (backend,) = detect(write(tmp_path, files)).backends
    assert backend.folder == "."
    assert backend.findings[0].name == "Django"
    assert backend.findings[0].version == "==5.0.6"


def test_included_manifest_in_another_folder_is_no_backend(tmp_path: Path) -> None:
    files = {
        "service/requirements.txt": "-r ../shared/requirements-web.txt\nsqlalchemy\n",
        "service/main.py": "app = Flask(__name__)\n",
        "shared/requirements-web.txt": "flask==3.0.3\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert backend.folder == "service"
    assert (backend.findings[0].name, backend.findings[0].version) == ("Flask", "==3.0.3")


def test_framework_call_in_a_string_literal_of_a_non_entry_file(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "scaffold"\ndependencies = ["jinja2"]\n',
        "scaffold/templates.py": 'MAIN = """\nfrom fastapi import FastAPI\n\napp = FastAPI()\n"""\n'
        "FLASK = 'app = Flask(__name__)'\n",
        "scaffold/js.py": "EXPRESS = `const app = express()`\n",
    }
    assert folders(write(tmp_path / "lib", files)) == []
    # In code, after a string on the same line, the call still counts.
    files["scaffold/serve.py"] = "title = 'x'; app = FastAPI(title=title)\n"
    files["pyproject.toml"] = '[project]\nname = "s"\ndependencies = ["fastapi"]\n'
    (backend,) = detect(write(tmp_path / "app", files)).backends
    framework = backend.findings[0]
    assert framework.name == "FastAPI"
    assert [e.path for e in framework.evidence] == ["pyproject.toml", "scaffold/serve.py"]


def test_entry_points_keep_their_strings(tmp_path: Path) -> None:
    # manage.py names Django's settings in a string: an entry point is read as it is.
    (backend,) = detect(write(tmp_path, PROJECTS["django"][2])).backends
    assert backend.findings[0].name == "Django"
    assert backend.findings[0].confidence == 0.95


def test_server_language_library_is_no_backend_unless_deployed(tmp_path: Path) -> None:
    files = {"go.mod": "module x\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n"}
    assert folders(write(tmp_path / "lib", files)) == []
    files["Dockerfile"] = "FROM golang:1.22\n"
    (backend,) = detect(write(tmp_path / "deployed", files)).backends
    assert backend.ambiguous and backend.language == "Go"


def _module_pom(artifact: str, dependency: str, plugin: str = "") -> str:
    build = (
        f"  <build><plugins><plugin><groupId>io.quarkus</groupId><artifactId>{plugin}"
        "</artifactId></plugin></plugins></build>\n"
        if plugin
        else ""
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n    <dependency><groupId>"
        f"io.quarkus</groupId><artifactId>{dependency}</artifactId></dependency>\n"
        f"  </dependencies>\n{build}</project>\n"
    )


def test_a_module_whose_build_packages_an_application_is_a_backend(tmp_path: Path) -> None:
    # Quarkus apps have no main(): the build plugin is what makes a module an application.
    files = {
        "pom.xml": '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <artifactId>all</artifactId>\n"
        "  <modules>\n    <module>hello</module>\n    <module>greeting</module>\n"
        "    <module>shared</module>\n  </modules>\n</project>\n",
        "hello/pom.xml": _module_pom("hello", "quarkus-rest", "quarkus-maven-plugin"),
        "hello/src/main/resources/application.properties": "quarkus.http.port=8081\n",
        "greeting/pom.xml": _module_pom("greeting", "quarkus-rest", "quarkus-maven-plugin"),
        "greeting/src/main/java/g/Greeting.java": "class Greeting {}\n",
        "shared/pom.xml": _module_pom("shared", "quarkus-arc"),
        "shared/src/main/java/s/Util.java": "class Util {}\n",
    }
    assert folders(write(tmp_path, files)) == ["greeting", "hello"]
