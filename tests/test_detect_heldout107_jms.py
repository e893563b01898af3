"""A Spring Boot application fed by a JMS queue (`@JmsListener` methods, Boot's Artemis starter
or Spring's `spring-jms`, no controller) serves no HTTP, though no broker finding names its
broker: beside the reactor's web application it is no backend (held-out set 107, #19). One
whose sources also declare a controller stays a backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import SPRING_PARENT, dep, pom, write

_APP = """package org.example.%s;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class %s {
    public static void main(String[] args) {
        SpringApplication.run(%s.class, args);
    }
}
"""

_CONSUMER = """package org.example.jms;

import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

@Component
public class QueueConsumer {
    @JmsListener(destination = "${broker.queue.request}")
    public void onMessage(String message) {
    }
}
"""

_CONTROLLER = """package org.example.%s;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatusController {
    @GetMapping("/status")
    public String status() {
        return "ok";
    }
}
"""


def _folders(tmp_path: Path, client: str, listener_serves: bool) -> list[str]:
    boot = "org.springframework.boot"
    listener = [
        dep(boot, "spring-boot-starter-actuator"),
        dep(boot, "spring-boot-starter-data-jpa"),
        dep("org.postgresql", "postgresql"),
        dep(boot if "boot" in client else "org.springframework", client),
    ]
    files = {
        "application/pom.xml": pom(
            "\n".join([dep(boot, "spring-boot-starter-web"), *listener[1:3]]), SPRING_PARENT
        ),
        "application/src/main/java/org/example/app/App.java": _APP % ("app", "App", "App"),
        "application/src/main/java/org/example/app/StatusController.java": _CONTROLLER % "app",
        "listener-jms/pom.xml": pom("\n".join(listener), SPRING_PARENT),
        "listener-jms/src/main/java/org/example/jms/JmsApp.java": _APP
        % ("jms", "JmsApp", "JmsApp"),
        "listener-jms/src/main/java/org/example/jms/QueueConsumer.java": _CONSUMER,
    }
    if listener_serves:
        files["listener-jms/src/main/java/org/example/jms/StatusController.java"] = (
            _CONTROLLER % "jms"
        )
    return sorted(by_folder(write(tmp_path, files)))


@pytest.mark.parametrize("client", ["spring-boot-starter-artemis", "spring-jms"])
def test_a_jms_listener_with_no_endpoint_is_no_backend(tmp_path: Path, client: str) -> None:
    assert _folders(tmp_path, client, listener_serves=False) == ["application"]


def test_a_jms_listener_with_a_controller_stays_a_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, "spring-boot-starter-artemis", listener_serves=True) == [
        "application",
        "listener-jms",
    ]
