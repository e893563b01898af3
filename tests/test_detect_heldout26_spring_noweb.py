"""A Spring Boot command line (Spring Shell) whose main class turns the web server off in code
(`setWebApplicationType(WebApplicationType.NONE)`) beside the repository's server is no
backend (held-out set 71, #19); the server, which starts its web application, stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import dep, pom, write

_CLI = """package app.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AppCli
{
    public void start(String[] args)
    {
        SpringApplication application = new SpringApplication(AppCli.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.%s;
        application.run(args);
    }

    public static void main(String[] args)
    {
        new AppCli().start(args);
    }
}
"""

_SERVER = """package app.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AppServer {
    public static void main(String[] args) {
        SpringApplication.run(AppServer.class, args);
    }
}
"""


def _folders(tmp_path: Path, call: str) -> list[str]:
    boot = "2.7.4"
    shell = dep("org.springframework.shell", "spring-shell-starter", version="2.1.0")
    cache = dep("org.springframework.boot", "spring-boot-starter-cache", version=boot)
    web = dep("org.springframework.boot", "spring-boot-starter-web", version=boot)
    files = {
        "client/cli/pom.xml": pom(f"{shell}\n{cache}\n{web}"),
        "client/cli/src/main/java/app/cli/AppCli.java": _CLI % call,
        "server/pom.xml": pom(web),
        "server/src/main/java/app/server/AppServer.java": _SERVER,
    }
    return sorted(by_folder(write(tmp_path, files)))


def test_a_main_class_choosing_no_web_application_is_no_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, "setWebApplicationType(WebApplicationType.NONE)") == ["server"]


def test_a_main_class_choosing_the_servlet_stack_stays(tmp_path: Path) -> None:
    assert _folders(tmp_path, "setWebApplicationType(WebApplicationType.SERVLET)") == [
        "client/cli",
        "server",
    ]
