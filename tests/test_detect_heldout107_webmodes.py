"""A Spring Boot main class that turns the web server off only in a command-line mode
(`builder.web(NONE)` in one branch, `builder.web(SERVLET)` in the other) still serves HTTP:
it is the application of its Maven reactor, and the reactor's library modules (Spring and
Wicket on their classpath, no entry point of their own) fold into it instead of each being
reported as a backend (held-out set 107, #19). A main class that only ever chooses `NONE`
stays no backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import dep, write

_MAIN = """package app;

import static org.springframework.boot.WebApplicationType.NONE;
import static org.springframework.boot.WebApplicationType.SERVLET;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.support.SpringBootServletInitializer;

@SpringBootApplication
public class App
    extends SpringBootServletInitializer
{
    public static void main(String[] args)
    {
        var builder = new SpringApplicationBuilder();
        builder.sources(App.class);
        // If invoking in command-mode via the command line, do not start a web server
        if (args.length > 0 && "cli".equals(args[0])) {
            builder.web(NONE);
        }
        else {
%s
        }
        builder.run(args);
    }
}
"""

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>reactor</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <properties>
    <maven.compiler.release>21</maven.compiler.release>
    <spring.boot.version>4.1.0</spring.boot.version>
  </properties>
  <modules>
    <module>app-webapp</module>
    <module>lib-io</module>
    <module>lib-ui</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>${spring.boot.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""


def _module(name: str, dependencies: list[str], packaging: str = "jar") -> str:
    body = "\n".join(dependencies)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>reactor</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>{name}</artifactId>
  <packaging>{packaging}</packaging>
  <dependencies>
{body}
  </dependencies>
</project>
"""


def _folders(tmp_path: Path, otherwise: str) -> list[str]:
    boot = "org.springframework.boot"
    library = [
        dep(boot, "spring-boot-autoconfigure"),
        dep("org.apache.wicket", "wicket-core"),
        dep("jakarta.persistence", "jakarta.persistence-api"),
    ]
    app = [
        dep("org.example", "lib-io"),
        dep("org.example", "lib-ui"),
        dep(boot, "spring-boot-starter-web"),
        dep(boot, "spring-boot-starter-data-jpa"),
        dep("org.hsqldb", "hsqldb"),
    ]
    files = {
        "pom.xml": _ROOT,
        "app-webapp/pom.xml": _module("app-webapp", app, packaging="war"),
        "app-webapp/src/main/java/app/App.java": _MAIN % otherwise,
        "lib-io/pom.xml": _module("lib-io", library),
        "lib-io/src/main/java/app/io/Reader.java": "package app.io;\n\npublic class Reader {}\n",
        "lib-ui/pom.xml": _module("lib-ui", library),
        "lib-ui/src/main/java/app/ui/Page.java": "package app.ui;\n\npublic class Page {}\n",
    }
    return sorted(by_folder(write(tmp_path, files)))


def test_a_main_class_serving_outside_its_command_mode_is_the_application(
    tmp_path: Path,
) -> None:
    assert _folders(tmp_path, "            builder.web(SERVLET);") == ["app-webapp"]


def test_a_main_class_only_ever_choosing_no_web_application_stays_no_backend(
    tmp_path: Path,
) -> None:
    assert "app-webapp" not in _folders(tmp_path, "            builder.headless(true);")
