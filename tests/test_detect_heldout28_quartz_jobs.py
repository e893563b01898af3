"""Held-out set 89 (#19): a repository of Spring Boot modules beside its API, two of them
schedulers built on spring-boot-starter-quartz. One has the web starter (for Actuator's
health) and no data: its only class of work is a Quartz job (`implements org.quartz.Job`)
that posts to the API through a RestTemplate on the triggers a `@Configuration` registers.
The other has no web server at all (spring-web for its clients, Spring Data JPA and Spring
Data Elasticsearch): a Quartz job copying the API's PostgreSQL rows into Elasticsearch.
Neither serves a client: not backends. The API beside them, with the same Quartz setup, its
controllers and its data, stays one; so does each scheduler given a controller, and the
web-less module without its Quartz job keeps the old answer.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import dep, pom, write

_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.6.3</version>
  </parent>"""

_APP = """package it.example.{package};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class {name}Application {{

    public static void main(String[] args) {{
        SpringApplication.run({name}Application.class, args);
    }}
}}
"""

_JOB = """package it.example.{package}.job;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class NotifyJob implements Job {{

    @Autowired
    private RestTemplate restTemplate;

    public void execute(JobExecutionContext context) throws JobExecutionException {{
        restTemplate.postForEntity("http://api/notifications", null, Void.class);
    }}
}}
"""

_TRIGGERS = """package it.example.{package};

import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.JobDetailFactoryBean;
import org.springframework.scheduling.quartz.SimpleTriggerFactoryBean;

import it.example.{package}.job.NotifyJob;

@Configuration
public class QuartzScheduler {{

    @Bean
    public JobDetailFactoryBean jobDetail() {{
        JobDetailFactoryBean factory = new JobDetailFactoryBean();
        factory.setJobClass(NotifyJob.class);
        return factory;
    }}

    @Bean
    public SimpleTriggerFactoryBean trigger(JobDetail job) {{
        SimpleTriggerFactoryBean trigger = new SimpleTriggerFactoryBean();
        trigger.setJobDetail(job);
        trigger.setRepeatInterval(3600000);
        return trigger;
    }}
}}
"""

_CONTROLLER = """package it.example.{package};

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PermitController {{

    @GetMapping("/permits")
    public String list() {{
        return "[]";
    }}
}}
"""

_ENTITY = """package it.example.{package}.model;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Permit {{
    @Id
    private Long id;
}}
"""

_YML = """spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/permits
  jpa:
    hibernate:
      ddl-auto: none
"""


def _module(
    folder: str, name: str, deps: list[str], job: bool = True, controller: bool = False
) -> dict[str, str]:
    package = name.lower()
    src = f"{folder}/src/main/java/it/example/{package}"
    files = {
        f"{folder}/pom.xml": pom("\n".join(deps), parent=_PARENT),
        f"{src}/{name}Application.java": _APP.format(package=package, name=name),
    }
    if job:
        files[f"{src}/job/NotifyJob.java"] = _JOB.format(package=package)
        files[f"{src}/QuartzScheduler.java"] = _TRIGGERS.format(package=package)
    if controller:
        files[f"{src}/PermitController.java"] = _CONTROLLER.format(package=package)
    return files


_BOOT = "org.springframework.boot"
_WEB = dep(_BOOT, "spring-boot-starter-web")
_QUARTZ = dep(_BOOT, "spring-boot-starter-quartz")
_JPA = dep(_BOOT, "spring-boot-starter-data-jpa")
_PG = dep("org.postgresql", "postgresql")
_SPRING_WEB = dep("org.springframework", "spring-web")
_ELASTIC = dep("org.springframework.data", "spring-data-elasticsearch")


def _api() -> dict[str, str]:
    files = _module("api", "Api", [_WEB, _QUARTZ, _JPA, _PG], controller=True)
    files["api/src/main/java/it/example/api/model/Permit.java"] = _ENTITY.format(package="api")
    files["api/src/main/resources/application.yml"] = _YML
    return files


def _elastic(job: bool = True, controller: bool = False) -> dict[str, str]:
    deps = [_QUARTZ, _JPA, _SPRING_WEB, _ELASTIC, _PG]
    files = _module("indexer", "Indexer", deps, job=job, controller=controller)
    files["indexer/src/main/resources/application.yml"] = _YML
    return files


def _folders(tmp_path: Path, files: dict[str, str]) -> set[str]:
    return set(by_folder(write(tmp_path, files)))


def test_a_quartz_scheduler_with_no_data_is_no_backend(tmp_path: Path) -> None:
    files = _api() | _module("notifier", "Notifier", [_QUARTZ, _WEB])
    assert _folders(tmp_path, files) == {"api"}


def test_a_quartz_scheduler_with_no_web_server_is_no_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, _api() | _elastic()) == {"api"}


def test_a_scheduler_with_a_controller_stays_a_backend(tmp_path: Path) -> None:
    files = _module("notifier", "Notifier", [_QUARTZ, _WEB], controller=True)
    assert _folders(tmp_path, files) == {"notifier"}


def test_the_web_less_module_with_a_controller_stays(tmp_path: Path) -> None:
    assert _folders(tmp_path, _elastic(controller=True)) == {"indexer"}


def test_the_web_less_module_without_its_job_keeps_the_old_answer(tmp_path: Path) -> None:
    assert _folders(tmp_path, _elastic(job=False)) == {"indexer"}
