"""Whole web applications served only as AWS Lambda functions, as set 412 showed them (#19):
a Django project deployed only by Zappa (`zappa_settings.json` beside manage.py, no Dockerfile,
Procfile nor Compose file), and a Spring Boot service wrapped by AWS's serverless Java container
whose only Compose file runs a local Loki and Grafana stack. Both are Lambdas, no backends; the
same projects with a Dockerfile, or a Compose file building an image, stay backends."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "Django==4.0.2\ndjangorestframework==3.13.1\nPyMySQL==1.0.2\nzappa==0.54.1\n"
)
_MANAGE = (
    "#!/usr/bin/env python\nimport os\nimport sys\n\n"
    "def main():\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_app.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n\nif __name__ == '__main__':\n    main()\n"
)
_SETTINGS = (
    "INSTALLED_APPS = ['django.contrib.admin', 'rest_framework', 'grants']\n"
    "ROOT_URLCONF = 'site_app.urls'\n"
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'site'}}\n"
)
_URLS = "from django.urls import path\nurlpatterns = []\n"
_ZAPPA = (
    '{"prod": {"aws_region": "us-east-1", "django_settings": "site_app.settings",'
    ' "runtime": "python3.9", "s3_bucket": "site-prod"}}\n'
)


def _django(**extra: str) -> dict[str, str]:
    return {
        "backend/requirements.txt": _REQUIREMENTS,
        "backend/manage.py": _MANAGE,
        "backend/site_app/__init__.py": "",
        "backend/site_app/settings.py": _SETTINGS,
        "backend/site_app/urls.py": _URLS,
        "backend/site_app/wsgi.py": "from django.core.wsgi import get_wsgi_application\n"
        "application = get_wsgi_application()\n",
        "backend/grants/models.py": "from django.db import models\n\n"
        "class Grant(models.Model):\n    title = models.CharField(max_length=200)\n",
        "backend/zappa_settings.json": _ZAPPA,
        **extra,
    }


def test_django_deployed_only_by_zappa_is_a_lambda(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _django())) == {}


def test_django_under_zappa_a_container_serves_is_a_backend(tmp_path: Path) -> None:
    dockerfile = "FROM python:3.12-slim\nCOPY . .\nCMD gunicorn site_app.wsgi\n"
    found = by_folder(write(tmp_path, _django(**{"backend/Dockerfile": dockerfile})))
    assert set(found) == {"backend"}
    assert first(found["backend"], K.FRAMEWORK)[0] == "Django"


_GRADLE = """\
plugins {
    id 'java'
    id 'org.springframework.boot' version '3.2.5'
    id 'io.spring.dependency-management' version '1.1.4'
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation 'com.amazonaws.serverless:aws-serverless-java-container-springboot3:2.1.4'
    implementation 'com.amazonaws:aws-lambda-java-core:1.4.0'
    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'
    runtimeOnly 'org.postgresql:postgresql'
    testImplementation 'org.springframework.boot:spring-boot-starter-test'
}

tasks.register('lambdaZip', Zip) {
    from compileJava
    into('lib') { from configurations.runtimeClasspath }
}
"""
_APPLICATION = """\
package com.example.records;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RecordsApplication {
    public static void main(String[] args) {
        SpringApplication.run(RecordsApplication.class, args);
    }
}
"""
_HANDLER = """\
package com.example.records.lambda;

import com.amazonaws.serverless.proxy.spring.SpringBootLambdaContainerHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

public class StreamLambdaHandler implements RequestStreamHandler {
    private static SpringBootLambdaContainerHandler handler;
}
"""
_CONTROLLER = """\
package com.example.records.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecordController {
    @GetMapping("/records")
    public String list() { return "[]"; }
}
"""
_LOKI = """\
services:
  loki:
    image: grafana/loki:2.9.4
  promtail:
    image: grafana/promtail:2.9.4
  grafana:
    image: grafana/grafana:10.2.3
"""


def _spring(**extra: str) -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'records'\n",
        "build.gradle": _GRADLE,
        "src/main/java/com/example/records/RecordsApplication.java": _APPLICATION,
        "src/main/java/com/example/records/lambda/StreamLambdaHandler.java": _HANDLER,
        "src/main/java/com/example/records/web/RecordController.java": _CONTROLLER,
        "src/main/resources/application.yml": "spring:\n  datasource:\n"
        "    url: jdbc:postgresql://localhost:5432/records\n",
        "docker/loki/docker-compose.loki.yml": _LOKI,
        **extra,
    }


def test_spring_boot_in_the_serverless_java_container_is_a_lambda(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _spring())) == {}


def test_spring_boot_a_compose_file_builds_is_a_backend(tmp_path: Path) -> None:
    compose = "services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n"
    found = by_folder(write(tmp_path, _spring(**{"docker-compose.yml": compose})))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "Spring Boot"
