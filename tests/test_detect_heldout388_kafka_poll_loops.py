"""A gap the 388th held-out set showed (benchmarks/detect_heldout388.yaml), as a small fixture
of the real files' shape (#19): a Maven reactor's Kafka loggers are Spring Boot applications
with the web starter (and Actuator) whose code polls the plain Kafka client itself (a `while`
loop over `ConsumerRecords<String, String> records = consumer.poll(…)`, no `@KafkaListener`)
and declares no controller: they serve no HTTP, beside the reactor's API. One whose sources
also declare a controller stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import SPRING_PARENT, dep, pom, write

_APP = """package org.example.%s;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""

_CONSUMER = """package org.example.logger;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.springframework.stereotype.Component;

@Component
public class LoggingConsumer {
    public void startKafkaConsumer(KafkaConsumer<String, String> consumer) {
        while (true) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
            for (var record : records) {
                System.out.println(record.value());
            }
        }
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


def _folders(tmp_path: Path, logger_serves: bool) -> list[str]:
    boot = "org.springframework.boot"
    web = dep(boot, "spring-boot-starter-web")
    files = {
        "api/pom.xml": pom(web, SPRING_PARENT),
        "api/src/main/java/org/example/api/Application.java": _APP % "api",
        "api/src/main/java/org/example/api/StatusController.java": _CONTROLLER % "api",
        "ode-logger/pom.xml": pom(
            "\n".join(
                [
                    web,
                    dep(boot, "spring-boot-starter-actuator"),
                    dep("org.apache.kafka", "kafka-clients"),
                ]
            ),
            SPRING_PARENT,
        ),
        "ode-logger/src/main/java/org/example/logger/Application.java": _APP % "logger",
        "ode-logger/src/main/java/org/example/logger/LoggingConsumer.java": _CONSUMER,
    }
    if logger_serves:
        files["ode-logger/src/main/java/org/example/logger/StatusController.java"] = (
            _CONTROLLER % "logger"
        )
    return sorted(by_folder(write(tmp_path, files)))


def test_a_kafka_poll_loop_with_no_endpoint_is_no_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, logger_serves=False) == ["api"]


def test_a_kafka_poll_loop_beside_a_controller_stays_a_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, logger_serves=True) == ["api", "ode-logger"]
