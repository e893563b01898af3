"""A Spring Batch application with a web server in its build (#19, set 73): a batch job
module declaring WebFlux (for its `WebClient` calls) beside the batch starter, whose code
builds Spring Batch jobs from tasklets and declares no endpoint, is a batch job, not a
backend, though its jobs keep data through JPA; the web service beside it stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _pom(name: str, *starters: str) -> str:
    dependencies = "".join(
        f"<dependency><groupId>org.springframework.boot</groupId>"
        f"<artifactId>spring-boot-starter-{s}</artifactId></dependency>"
        for s in starters
    )
    return f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId><version>3.2.3</version></parent>
  <artifactId>{name}</artifactId>
  <dependencies>{dependencies}</dependencies>
</project>
"""


def _main(package: str) -> str:
    return f"""package org.example.{package};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Main {{
  public static void main(String[] args) {{ SpringApplication.run(Main.class, args); }}
}}
"""


_JOB = """package org.example.batchjob.job;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ExpiryJobConfig {
  public Job expiryJob(JobRepository repository, Tasklet expiry) {
    return new JobBuilder("expiryJob", repository).start(step(expiry)).build();
  }
}
"""

_CONTROLLER = """package org.example.{package};

import org.springframework.web.bind.annotation.RestController;

@RestController
public class Resource {{}}
"""

_BATCH = "batchjob/src/main/java/org/example/batchjob"


def _files(**extra: str) -> dict[str, str]:
    return {
        "batchjob/pom.xml": _pom("batchjob", "batch", "webflux", "data-jpa"),
        f"{_BATCH}/Main.java": _main("batchjob"),
        f"{_BATCH}/job/ExpiryJobConfig.java": _JOB,
        "web/pom.xml": _pom("web", "web", "data-jpa"),
        "web/src/main/java/org/example/web/Main.java": _main("web"),
        "web/src/main/java/org/example/web/Resource.java": _CONTROLLER.format(package="web"),
        **extra,
    }


def test_a_batch_job_serving_nothing_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _files()))) == ["web"]


def test_a_batch_application_with_a_controller_stays_a_backend(tmp_path: Path) -> None:
    controller = {f"{_BATCH}/Resource.java": _CONTROLLER.format(package="batchjob")}
    assert sorted(by_folder(write(tmp_path, _files(**controller)))) == ["batchjob", "web"]
