"""A Spring Boot harvesting worker whose production profile turns the web server off
(`collector-production.properties`: `spring.main.web_environment=false`, Boot 1's name) and
whose code declares no endpoint is no backend (held-out set 151's xroad-catalog-collector,
#19); one with a controller, or whose web server is off only outside production, stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import dep, pom, write

_MAIN = """package fi.catalog.collector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationContext;

@SpringBootApplication
public class CatalogCollector {
    public static void main(String[] args) {
        ApplicationContext context = SpringApplication.run(CatalogCollector.class, args);
        context.getBean(Harvester.class).scheduleWithFixedDelay();
    }
}
"""

_CONTROLLER = """package fi.catalog.collector;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatusController {
    @GetMapping("/status")
    public String status() { return "ok"; }
}
"""


def _folders(tmp_path: Path, configs: dict[str, str], controller: bool = False) -> list[str]:
    boot = "2.7.5"
    web = dep("org.springframework.boot", "spring-boot-starter-web-services", version=boot)
    jpa = dep("org.springframework.boot", "spring-boot-starter-data-jpa", version=boot)
    resources = "collector/src/main/resources/"
    files = {
        # The repository's server beside it (the catalogue's lister).
        "lister/pom.xml": pom(f"{web}\n{jpa}"),
        "lister/src/main/java/fi/catalog/lister/Lister.java": _MAIN.replace("collector", "lister"),
        "lister/src/main/java/fi/catalog/lister/StatusController.java": _CONTROLLER.replace(
            "collector", "lister"
        ),
        "collector/pom.xml": pom(f"{web}\n{jpa}"),
        "collector/src/main/java/fi/catalog/collector/CatalogCollector.java": _MAIN,
        **{resources + name: text for name, text in configs.items()},
    }
    if controller:
        files["collector/src/main/java/fi/catalog/collector/StatusController.java"] = _CONTROLLER
    return sorted(by_folder(write(tmp_path, files)))


@pytest.mark.parametrize(
    ("name", "setting"),
    [
        ("collector-production.properties", "spring.main.web_environment=false\n"),
        ("application-prod.yml", "spring:\n  main:\n    web-application-type: none\n"),
    ],
)
def test_a_production_profile_without_web_and_no_endpoint_is_no_backend(
    tmp_path: Path, name: str, setting: str
) -> None:
    configs = {"collector.properties": "spring.main.web_environment=true\n", name: setting}
    assert _folders(tmp_path, configs) == ["lister"]


def test_a_controller_serves_whatever_the_profile_says(tmp_path: Path) -> None:
    configs = {"collector-production.properties": "spring.main.web_environment=false\n"}
    assert _folders(tmp_path, configs, controller=True) == ["collector", "lister"]


def test_web_off_only_outside_production_stays(tmp_path: Path) -> None:
    configs = {
        "collector-sshtest.properties": "spring.main.web_environment=false\n",
        "collector-production.properties": "spring.main.web_environment=true\n",
    }
    assert _folders(tmp_path, configs) == ["collector", "lister"]
