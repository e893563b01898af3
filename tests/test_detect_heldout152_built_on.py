"""Held-out set 152's misses (#19): a Rails application built on a product of Rails engines
takes the lock's Rails and ActiveRecord; a Gradle build of one module (`gradle init`'s `app/`)
is keyed at the build's root; a Python service's `prod` extra is its deployment's install (its
shared library lends the data layer)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APPLICATION = (
    'require_relative "boot"\nrequire "rails/all"\n\nmodule App\n'
    "  class Application < Rails::Application\n  end\nend\n"
)


def _lock(dependencies: str) -> str:
    # The product's meta-gem requires its core engine, which requires Rails (the meta-gem);
    # rspec-rails, a test gem, requires Railties too.
    return (
        "GEM\n  remote: https://rubygems.org/\n  specs:\n"
        "    activerecord (7.0.10)\n      activemodel (= 7.0.10)\n"
        "    engine (0.30.9)\n      engine-core (= 0.30.9)\n"
        "    engine-core (0.30.9)\n      rails (>= 7.0)\n      pg (~> 1.5)\n"
        "    pg (1.5.9)\n    puma (6.6.0)\n"
        "    rails (7.0.10)\n      activerecord (= 7.0.10)\n      railties (= 7.0.10)\n"
        "    railties (7.0.10)\n      activesupport (= 7.0.10)\n"
        "    rspec-rails (6.1.5)\n      railties (>= 6.1)\n\n"
        f"PLATFORMS\n  ruby\n\nDEPENDENCIES\n{dependencies}"
    )


def test_a_rails_app_on_an_engine_product_takes_the_locked_rails(tmp_path: Path) -> None:
    files = {
        "Gemfile": (
            'source "https://rubygems.org"\n\ngem "engine", "0.30.9"\ngem "puma"\n\n'
            'group :development, :test do\n  gem "rspec-rails"\nend\n'
        ),
        "Gemfile.lock": _lock("  engine (= 0.30.9)\n  puma\n  rspec-rails\n"),
        "config/application.rb": _APPLICATION,
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
        "config/database.yml": "default: &default\n  adapter: postgresql\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.0.10")
    assert first(backend, K.ORM)[0] == "ActiveRecord"


def test_rails_reached_only_through_a_test_gem_stays_unversioned(tmp_path: Path) -> None:
    # Counter-case: only rspec-rails (a development gem) leads to Railties in the lock; no
    # run-time gem of the Gemfile requires Rails, so the lock's release is not the app's.
    files = {
        "Gemfile": (
            'source "https://rubygems.org"\n\ngem "puma"\n\n'
            'group :development, :test do\n  gem "rspec-rails"\nend\n'
        ),
        "Gemfile.lock": _lock("  puma\n  rspec-rails\n"),
        "config/application.rb": _APPLICATION,
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
    }
    backend = by_folder(write(tmp_path, files)).get(".")
    assert backend is None or first(backend, K.FRAMEWORK) != ("Rails", "7.0.10")


_KTOR_BUILD = (
    'plugins {\n    id("org.jetbrains.kotlin.jvm") version "2.1.20"\n    application\n}\n\n'
    'val ktorVersion = "2.3.13"\n\ndependencies {\n'
    '    implementation("io.ktor:ktor-server-core:$ktorVersion")\n'
    '    implementation("io.ktor:ktor-server-netty:$ktorVersion")\n'
    '    testImplementation("io.ktor:ktor-server-test-host:$ktorVersion")\n'
    '    testImplementation("org.jetbrains.kotlin:kotlin-test:2.1.20")\n'
    '    testImplementation("org.jetbrains.kotlin:kotlin-test-junit:2.1.20")\n}\n\n'
    'application {\n    mainClass.set("org.example.AppKt")\n}\n'
)
_KTOR_MAIN = (
    "package org.example\n\nimport io.ktor.server.engine.*\nimport io.ktor.server.netty.*\n"
    "import io.ktor.server.routing.*\nimport io.ktor.server.application.*\n"
    "import io.ktor.server.response.*\n\n"
    "fun main() {\n    embeddedServer(Netty, port = 8080) {\n        routing {\n"
    '            post("/upload") { call.respondText("ok") }\n        }\n'
    "    }.start(wait = true)\n}\n"
)
_KTOR_TEST = (
    "package org.example\n\nimport io.ktor.server.testing.*\nimport kotlin.test.*\n\n"
    "class AppTest {\n    @Test\n    fun testRoot() = testApplication {\n"
    "        assertEquals(1, 1)\n    }\n}\n"
)


def _gradle_tree(settings: str, **extra: str) -> dict[str, str]:
    return {
        "service/settings.gradle.kts": settings,
        "service/gradlew": "#!/bin/sh\nexec java -classpath gradle/wrapper/gradle-wrapper.jar\n",
        "service/Dockerfile": (
            'FROM amazoncorretto:21\nCMD ["java", "-jar", "app/build/libs/app.jar"]\n'
        ),
        "service/app/build.gradle.kts": _KTOR_BUILD,
        "service/app/src/main/kotlin/org/example/App.kt": _KTOR_MAIN,
        "service/app/src/test/kotlin/org/example/AppTest.kt": _KTOR_TEST,
        **extra,
    }


def test_a_one_module_gradle_build_is_keyed_at_its_root(tmp_path: Path) -> None:
    files = _gradle_tree('rootProject.name = "service"\ninclude("app")\n')
    found = by_folder(write(tmp_path, files))
    assert "service/app" not in found
    backend = found["service"]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "2.3.13")


def test_a_gradle_build_of_several_modules_keeps_the_module_key(tmp_path: Path) -> None:
    # Counter-case: the settings include a second module (a library): the service stays at
    # its module, as multi-module builds are keyed.
    files = _gradle_tree(
        'rootProject.name = "service"\ninclude("app", "lib")\n',
        **{
            "service/lib/build.gradle.kts": 'plugins {\n    id("org.jetbrains.kotlin.jvm")\n}\n',
            "service/lib/src/main/kotlin/org/example/Lib.kt": (
                "package org.example\n\nfun f() = 1\n"
            ),
        },
    )
    found = by_folder(write(tmp_path, files))
    assert "service/app" in found and "service" not in found


def test_a_one_module_build_of_another_name_keeps_the_module_key(tmp_path: Path) -> None:
    # Counter-case: a module named for itself (`include(":backend")`) is not gradle init's
    # template folder; such settings often leave a larger tree's other modules out.
    files = {
        name.replace("/app/", "/backend/"): text
        for name, text in _gradle_tree(
            'rootProject.name = "service"\ninclude(":backend")\n'
        ).items()
    }
    found = by_folder(write(tmp_path, files))
    assert "service/backend" in found and "service" not in found


def _python_tree(extra: str) -> dict[str, str]:
    return {
        "api/pyproject.toml": (
            '[build-system]\nbuild-backend = "flit_core.buildapi"\n'
            'requires = ["flit_core >=3.8.0,<4"]\n\n[project]\nname = "org_api"\n'
            'dynamic = ["version"]\ndependencies = [\n    "fastapi",\n    "uvicorn",\n]\n\n'
            "[project.optional-dependencies]\n"
            'dev = [\n    "pytest",\n    "psycopg2-binary",\n]\n'
            f'{extra} = [\n    "org_common @ git+https://example.org/org/repo.git@main'
            '#subdirectory=common",\n    "psycopg2",\n    "gunicorn",\n]\n'
        ),
        "api/org_api/__init__.py": "",
        "api/org_api/main.py": (
            "from fastapi import FastAPI\nfrom org_common.settings import Settings\n\n"
            "app = FastAPI()\n"
        ),
        "api/Dockerfile": 'FROM python:3.10\nRUN pip install -e ".[prod]"\n',
        "common/pyproject.toml": (
            '[build-system]\nbuild-backend = "flit_core.buildapi"\n'
            'requires = ["flit_core >=3.8.0,<4"]\n\n[project]\nname = "org_common"\n'
            'dynamic = ["version"]\ndependencies = [\n    "pydantic",\n    "sqlalchemy",\n]\n'
        ),
        "common/org_common/__init__.py": "",
        "common/org_common/settings.py": "from sqlalchemy import create_engine\n",
    }


def test_a_prod_extra_lends_its_shared_library_s_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _python_tree("prod")))["api"]
    assert first(backend, K.ORM)[0] == "SQLAlchemy"


def test_a_feature_extra_stays_optional(tmp_path: Path) -> None:
    # Counter-case: an extra named for a feature (`postgres`) is an optional install: the
    # library it names lends nothing.
    backend = by_folder(write(tmp_path, _python_tree("postgres")))["api"]
    assert first(backend, K.ORM)[0] != "SQLAlchemy"
