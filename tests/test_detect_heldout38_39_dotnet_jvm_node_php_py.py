"""Generic gaps the thirty-eighth and thirty-ninth held-out sets showed in .NET, JVM, Node, PHP
and Python (benchmarks/detect_heldout38.yaml, detect_heldout39.yaml), each as a small fixture of
the real files' shape (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

# --- Python --------------------------------------------------------------------------------------


def _django_prices(dev: list[str], extra: dict[str, str] | None = None) -> dict[str, str]:
    """open-prices' shape: Django with DRF on PostgreSQL, its tests Django `TestCase`s run by
    `manage.py test`; pytest among the development dependencies."""
    listed = "".join(f'  "{spec}",\n' for spec in dev)
    files = {
        "pyproject.toml": (
            '[project]\nname = "prices"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n'
            'dependencies = [\n  "django==5.2.14",\n  "djangorestframework==3.17.1",\n'
            '  "psycopg2-binary>=2.9.9,<2.10.0",\n]\n\n'
            f"[dependency-groups]\ndev = [\n{listed}]\n"
        ),
        "manage.py": (
            "import os\nimport sys\n\n\ndef main():\n"
            '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")\n'
            "    from django.core.management import execute_from_command_line\n\n"
            "    execute_from_command_line(sys.argv)\n"
        ),
        "config/settings.py": (
            'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}\n'
        ),
        "config/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
        "prices/api/tests.py": (
            "from django.test import TestCase\n\n\nclass PriceApiTest(TestCase):\n"
            "    def test_list(self):\n        self.assertEqual(1, 1)\n"
        ),
        "prices/products/tests.py": (
            "from django.test import TestCase\n\n\nclass ProductTest(TestCase):\n"
            "    def test_str(self):\n        self.assertTrue(True)\n"
        ),
    }
    files.update(extra or {})
    return files


def test_django_test_cases_without_pytest_django_run_on_djangos_runner(tmp_path: Path) -> None:
    """pytest declared alone cannot run Django's `TestCase`s (no settings, no test database):
    `manage.py test` does, and the main test framework is unittest."""
    files = _django_prices(["pytest>=7.4.4,<8.0.0", "pytest-cov>=4.1.0,<5.0.0"])
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.TEST)[0] == "unittest"
    test = next(f for f in backend.findings if f.kind is K.TEST)
    assert any(e.text.startswith("from django.test import") for e in test.evidence)


def test_pytest_django_runs_the_django_test_cases(tmp_path: Path) -> None:
    """The other side: with pytest-django declared and a CI step running pytest (where the
    settings are passed: `--ds`, DJANGO_SETTINGS_MODULE), pytest runs the same test cases.
    (The plugin declared with nothing telling it the settings: tests/
    test_detect_heldout58_djangoplugin.py.)"""
    ci = {
        ".github/workflows/test.yml": (
            "jobs:\n  test:\n    steps:\n      - run: uv run pytest --ds=config.settings\n"
        )
    }
    files = _django_prices(["pytest>=7.4.4,<8.0.0", "pytest-django>=4.9"], ci)
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"


def test_a_conftest_makes_pytest_the_runner(tmp_path: Path) -> None:
    """And with a conftest.py of the project's own (which sets Django up), pytest is it too."""
    conftest = {"conftest.py": "import django\n\n\ndef pytest_configure():\n    django.setup()\n"}
    files = _django_prices(["pytest>=7.4.4,<8.0.0"], conftest)
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"


# --- .NET ----------------------------------------------------------------------------------------

_WEB = "Microsoft.NET.Sdk.Web"


def _state_manager(package: str) -> dict[str, str]:
    """Dawnshard's state manager: an ASP.NET Core host with controllers keeping its games in a
    Redis collection."""
    return {
        "StateManager/StateManager.csproj": (
            f'<Project Sdk="{_WEB}">\n  <PropertyGroup>\n'
            "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n"
            '  <ItemGroup>\n    <PackageReference Include="Microsoft.AspNetCore.OpenApi" '
            'Version="10.0.0" />\n'
            f'    <PackageReference Include="{package}" Version="1.1.0" />\n'
            "  </ItemGroup>\n</Project>\n"
        ),
        "StateManager/Program.cs": (
            "WebApplicationBuilder builder = WebApplication.CreateBuilder(args);\n"
            "builder.Services.AddControllers();\nWebApplication app = builder.Build();\n"
            "app.MapControllers();\napp.Run();\n"
        ),
        "StateManager/Controllers/EventController.cs": (
            "using Microsoft.AspNetCore.Mvc;\nusing Redis.OM.Contracts;\n\n[ApiController]\n"
            "public class EventController : ControllerBase\n{\n"
            "    private readonly IRedisConnectionProvider connectionProvider;\n}\n"
        ),
    }


def test_redis_om_keeps_the_documents_in_redis(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _state_manager("Redis.OM")))["StateManager"]
    assert first(backend, K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(backend, K.ORM) == ("Redis OM", "1.1.0")
    assert first(backend, K.DATABASE)[0] == "Redis"
    engine = next(f for f in backend.findings if f.kind is K.DATABASE)
    assert any("Redis.OM" in e.text for e in engine.evidence)


def test_a_redis_client_alone_is_a_cache(tmp_path: Path) -> None:
    """The other side: StackExchange.Redis alone names a cache, no database."""
    backend = by_folder(write(tmp_path, _state_manager("StackExchange.Redis")))["StateManager"]
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.CACHE)[0] == "Redis"


_SAMPLE = "src/Acme.Dialogs.WebApiClient.WebApiSample"


def _dialogs(service_program: str) -> dict[str, str]:
    """dialogporten's shape: a Web API host, a message consumer host on the Web SDK (MassTransit
    consumers, health checks only) and a sample client of the API, each project in a folder
    of its own beside a solution file."""
    web = (
        f'<Project Sdk="{_WEB}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net9.0</TargetFramework>\n  </PropertyGroup>\n"
        '  <ItemGroup>\n    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" '
        'Version="9.0.2" />\n    <PackageReference Include="MassTransit" Version="8.3.0" />\n'
        "  </ItemGroup>\n</Project>\n"
    )
    return {
        "Acme.Dialogs.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "src/Acme.Dialogs.WebApi/Acme.Dialogs.WebApi.csproj": web,
        "src/Acme.Dialogs.WebApi/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\n"
            "builder.Services.AddControllers();\nvar app = builder.Build();\n"
            'app.MapGet("/api/v1/dialogs", () => Results.Ok());\napp.Run();\n'
        ),
        "src/Acme.Dialogs.Service/Acme.Dialogs.Service.csproj": web,
        "src/Acme.Dialogs.Service/Program.cs": service_program,
        "src/Acme.Dialogs.Service/Consumers/DomainEventConsumer.cs": (
            "using MassTransit;\n\npublic sealed class DomainEventConsumer<TEvent> : "
            "IConsumer<TEvent> where TEvent : class\n{\n"
            "    public Task Consume(ConsumeContext<TEvent> context) => Task.CompletedTask;\n}\n"
        ),
        f"{_SAMPLE}/Acme.Dialogs.WebApiClient.WebApiSample.csproj": (
            f'<Project Sdk="{_WEB}">\n  <PropertyGroup>\n'
            "    <TargetFramework>net9.0</TargetFramework>\n  </PropertyGroup>\n"
            '  <ItemGroup>\n    <PackageReference Include="Microsoft.AspNetCore.OpenApi" '
            'Version="9.0.2" />\n  </ItemGroup>\n</Project>\n'
        ),
        f"{_SAMPLE}/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
            'app.MapGet("/dialog/{id:Guid}", (Guid id) => Results.Ok(id));\napp.Run();\n'
        ),
    }


_CONSUMER_HOST = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddMassTransit(x =>\n{\n"
    "    x.AddConsumer(typeof(DomainEventConsumer<>));\n})\n    .AddHealthChecks();\n"
    "var app = builder.Build();\napp.MapAspNetHealthChecks();\napp.UseHttpsRedirection();\n"
    "app.Run();\n"
)


def test_a_consumer_host_serving_health_checks_only_is_no_backend(tmp_path: Path) -> None:
    """The consumer host and the sample (a `…Sample` project) are no backends; the API is."""
    found = by_folder(write(tmp_path, _dialogs(_CONSUMER_HOST)))
    assert sorted(found) == ["src/Acme.Dialogs.WebApi"]
    assert first(found["src/Acme.Dialogs.WebApi"], K.FRAMEWORK)[0] == "ASP.NET Core"


def test_a_consumer_host_mapping_routes_is_a_backend(tmp_path: Path) -> None:
    """The other side: the same host mapping a route of its own serves clients."""
    program = _CONSUMER_HOST.replace(
        "app.MapAspNetHealthChecks();\n", 'app.MapAspNetHealthChecks();\napp.MapPost("/events", '
        "() => Results.Accepted());\n"
    )
    found = by_folder(write(tmp_path, _dialogs(program)))
    assert sorted(found) == ["src/Acme.Dialogs.Service", "src/Acme.Dialogs.WebApi"]


_ASPIRE_CONSUMERS = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services\n    .AddApplication()\n"
    "    .AddConsumerInfrastructure(builder.Configuration, builder.Environment);\n"
    "builder.AddServiceDefaults();\nvar app = builder.Build();\n"
    "app.UseRequestTimeouts();\napp.MapDefaultEndpoints();\nawait app.RunAsync();\n"
)


def test_an_aspire_consumer_host_mapping_its_default_endpoints_is_no_backend(
    tmp_path: Path,
) -> None:
    """CFO's Cats.Consumers (set 27): the consumers registered through the project's own
    extension (`AddConsumerInfrastructure`, the handlers in an infrastructure library), and
    only .NET Aspire's default health and liveness endpoints mapped."""
    files = _dialogs(_ASPIRE_CONSUMERS)
    del files["src/Acme.Dialogs.Service/Consumers/DomainEventConsumer.cs"]
    assert sorted(by_folder(write(tmp_path, files))) == ["src/Acme.Dialogs.WebApi"]


def test_an_aspire_host_mapping_routes_beside_its_defaults_is_a_backend(tmp_path: Path) -> None:
    program = _ASPIRE_CONSUMERS.replace(
        "app.MapDefaultEndpoints();\n",
        'app.MapDefaultEndpoints();\napp.MapPost("/jobs/{id}/run", (int id) => Results.Ok());\n',
    )
    found = by_folder(write(tmp_path, _dialogs(program)))
    assert sorted(found) == ["src/Acme.Dialogs.Service", "src/Acme.Dialogs.WebApi"]


def test_an_application_named_for_what_its_sample_shows_is_a_backend(tmp_path: Path) -> None:
    """The other side: a project whose name only starts with "Sample" (a template's
    `NimblePros.SampleToDo.Web`) is the application, not a sample of a client."""
    files = _dialogs(_CONSUMER_HOST)
    moved = {
        path.replace("Acme.Dialogs.WebApi/", "Acme.SampleToDo.Web/").replace(
            "Acme.Dialogs.WebApi.csproj", "Acme.SampleToDo.Web.csproj"
        ): text
        for path, text in files.items()
    }
    found = by_folder(write(tmp_path, moved))
    assert "src/Acme.SampleToDo.Web" in found



# --- PHP -----------------------------------------------------------------------------------------


def _crm(factory: str) -> dict[str, str]:
    """espocrm's shape: Slim under an ORM of the application's own over PDO, settings naming
    a host but no platform, the connection parameters' factory deep in the code."""
    return {
        "composer.json": (
            '{\n  "name": "acme/crm",\n  "require": {\n    "php": ">=8.3.0 <8.6.0",\n'
            '    "ext-pdo": "*",\n    "slim/slim": "^4.15",\n    "doctrine/dbal": "^3.10"\n'
            '  },\n  "require-dev": {\n    "phpunit/phpunit": "^11.5"\n  }\n}\n'
        ),
        "phpunit.xml": "<phpunit/>\n",
        "public/index.php": (
            "<?php\nuse Slim\\Factory\\AppFactory;\n\n$app = AppFactory::create();\n"
            "$app->run();\n"
        ),
        "application/Acme/Resources/defaults/config.php": (
            "<?php\nreturn [\n    'database' => [\n        'host' => 'localhost',\n"
            "        'dbname' => '',\n    ],\n];\n"
        ),
        "application/Acme/Core/ORM/DatabaseParamsFactory.php": factory,
    }


_FACTORY = """<?php
namespace Acme\\Core\\ORM;

class DatabaseParamsFactory
{
    private const DEFAULT_PLATFORM = 'Mysql';

    public function create(): DatabaseParams
    {
        return $params->withPlatform(self::DEFAULT_PLATFORM);
    }
}
"""


def test_the_platform_a_connection_factory_defaults_to_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _crm(_FACTORY)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Slim"
    assert first(backend, K.DATABASE)[0] == "MySQL"
    engine = next(f for f in backend.findings if f.kind is K.DATABASE)
    assert [(e.path, e.line) for e in engine.evidence] == [
        ("application/Acme/Core/ORM/DatabaseParamsFactory.php", 6)
    ]


def test_a_factory_with_no_default_names_no_engine(tmp_path: Path) -> None:
    """The other side: a factory taking the platform from the settings alone names none."""
    factory = _FACTORY.replace("    private const DEFAULT_PLATFORM = 'Mysql';\n", "")
    backend = by_folder(write(tmp_path, _crm(factory)))["."]
    assert first(backend, K.DATABASE) == ("", "")


# --- JVM -----------------------------------------------------------------------------------------


def _module_pom(artifact: str, dependencies: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <parent><groupId>com.acme</groupId><artifactId>etl-web</artifactId>"
        "<version>2.1.2</version></parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n{dependencies}"
        "  </dependencies>\n</project>\n"
    )


def _dep(group: str, artifact: str, version: str = "") -> str:
    pinned = f"<version>{version}</version>" if version else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{pinned}</dependency>\n"
    )


_BOOT = "org.springframework.boot"

_EXECUTOR_HANDLER = """package com.acme.etl.executor.jobhandler;

import com.acme.etl.core.handler.IJobHandler;
import com.acme.etl.core.handler.annotation.JobHandler;
import org.springframework.stereotype.Component;

@JobHandler(value = "executorJobHandler")
@Component
public class ExecutorJobHandler extends IJobHandler {
    public void execute(String param) {
    }
}
"""


def _etl_web(handler: str) -> dict[str, str]:
    """datax-web's shape: an admin (controllers over MyBatis-Plus on MySQL) and an executor of
    its jobs (Spring Boot's web starter, job handlers on the scheduler's core module, no data),
    both modules of one Maven build."""
    root = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <groupId>com.acme</groupId>\n  <artifactId>etl-web</artifactId>\n"
        "  <version>2.1.2</version>\n  <packaging>pom</packaging>\n"
        "  <parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId><version>2.1.4.RELEASE</version>"
        "</parent>\n  <modules>\n    <module>etl-core</module>\n    <module>etl-admin</module>\n"
        "    <module>etl-executor</module>\n  </modules>\n</project>\n"
    )
    main = (
        "package com.acme.etl.{0};\n\nimport org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class {1} {{\n"
        "    public static void main(String[] args) {{ SpringApplication.run({1}.class, args); }}\n"
        "}}\n"
    )
    core = "etl-core/src/main/java/com/acme/etl/core"
    return {
        "pom.xml": root,
        "etl-core/pom.xml": _module_pom("etl-core", _dep("io.netty", "netty-all", "4.1.42.Final")),
        f"{core}/handler/IJobHandler.java": (
            "package com.acme.etl.core.handler;\n\npublic abstract class IJobHandler {\n"
            "    public abstract void execute(String param) throws Exception;\n}\n"
        ),
        "etl-admin/pom.xml": _module_pom(
            "etl-admin",
            _dep(_BOOT, "spring-boot-starter-web")
            + _dep("com.baomidou", "mybatis-plus-boot-starter", "3.3.1")
            + _dep("mysql", "mysql-connector-java", "5.1.47")
            + _dep("com.acme", "etl-core", "2.1.2"),
        ),
        "etl-admin/src/main/java/com/acme/etl/admin/AdminApplication.java": main.format(
            "admin", "AdminApplication"
        ),
        "etl-admin/src/main/java/com/acme/etl/admin/JobController.java": (
            "package com.acme.etl.admin;\n\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n"
            "@RestController\npublic class JobController {\n}\n"
        ),
        "etl-executor/pom.xml": _module_pom(
            "etl-executor",
            _dep(_BOOT, "spring-boot-starter-web") + _dep("com.acme", "etl-core", "2.1.2"),
        ),
        "etl-executor/src/main/java/com/acme/etl/executor/ExecutorApplication.java": main.format(
            "executor", "ExecutorApplication"
        ),
        "etl-executor/src/main/java/com/acme/etl/executor/jobhandler/ExecutorJobHandler.java": (
            handler
        ),
    }


def test_a_job_executor_with_no_endpoint_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _etl_web(_EXECUTOR_HANDLER)))
    assert sorted(found) == ["etl-admin"]
    assert first(found["etl-admin"], K.FRAMEWORK)[0] == "Spring Boot"


def test_a_job_executor_serving_a_controller_is_a_backend(tmp_path: Path) -> None:
    """The other side: the executor with a controller of its own serves HTTP clients too."""
    handler = _EXECUTOR_HANDLER.replace("@Component", "@Component\n@RestController")
    found = by_folder(write(tmp_path, _etl_web(handler)))
    assert sorted(found) == ["etl-admin", "etl-executor"]


_MAIL_RECEIVER = """package com.acme.etl.mail;

import com.acme.etl.core.model.MailMessage;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

@Component
public class MailReceiver {
    @RabbitListener(queues = "etl.mail.welcome")
    public void handler(MailMessage message) {
    }
}
"""


def _with_mail_consumer(core_extra: dict[str, str]) -> dict[str, str]:
    """vhr's mailserver shape (set 6): a RabbitMQ consumer module sending mail, using the
    build's model module (etl-core) for the message it receives."""
    files = _etl_web(_EXECUTOR_HANDLER)
    files["pom.xml"] = files["pom.xml"].replace(
        "<module>etl-executor</module>",
        "<module>etl-executor</module>\n    <module>etl-mail</module>",
    )
    files["etl-mail/pom.xml"] = _module_pom(
        "etl-mail",
        _dep(_BOOT, "spring-boot-starter-amqp")
        + _dep(_BOOT, "spring-boot-starter-mail")
        + _dep("com.acme", "etl-core", "2.1.2"),
    )
    files["etl-mail/src/main/java/com/acme/etl/mail/MailApplication.java"] = (
        "package com.acme.etl.mail;\n\nimport org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class MailApplication {\n    public static void "
        "main(String[] args) { SpringApplication.run(MailApplication.class, args); }\n}\n"
    )
    files["etl-mail/src/main/java/com/acme/etl/mail/MailReceiver.java"] = _MAIL_RECEIVER
    files["etl-core/src/main/java/com/acme/etl/core/model/MailMessage.java"] = (
        "package com.acme.etl.core.model;\n\npublic class MailMessage {\n"
        "    private String to;\n}\n"
    )
    files.update(core_extra)
    return files


def test_a_queue_consumer_using_a_model_module_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _with_mail_consumer({})))
    assert "etl-mail" not in found
    assert "etl-admin" in found


def test_a_queue_consumer_whose_module_holds_a_controller_is_a_backend(tmp_path: Path) -> None:
    """The other side: a controller in the module it uses would be served by it."""
    controller = {
        "etl-core/src/main/java/com/acme/etl/core/web/StatusController.java": (
            "package com.acme.etl.core.web;\n\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n"
            "@RestController\npublic class StatusController {\n}\n"
        )
    }
    assert "etl-mail" in by_folder(write(tmp_path, _with_mail_consumer(controller)))


# --- Node ----------------------------------------------------------------------------------------

_UWS_SERVER = """import uws from 'uWebSockets.js'
import {Kysely} from 'kysely'
import yoga from './yoga'

const app = uws
  .App()
  .get('/health', yoga)
  .post('/graphql', async (res, req) => yoga(res, req))
  .ws('/*', wsHandler)

app.any('/*', createSSR).listen(PORT, listenHandler)
"""


def _team_app(server: str) -> dict[str, str]:
    """parabol's shape: a pnpm workspace whose root package.json installs the data layer
    (Kysely over pg) and Jest, a browser client package, and the server package on
    uWebSockets.js installed from its GitHub tag."""
    return {
        "package.json": package_json(
            {"kysely": "0.30.0-beta.1", "pg": "^8.23.0", "react": "^18.3.1"},
            {"jest": "^29.7.0", "typescript": "^5.8.0"},
            name="team-app",
        ),
        "pnpm-workspace.yaml": "packages:\n  - packages/*\n",
        "packages/client/package.json": package_json(
            {"react": "^18.3.1", "react-dom": "^18.3.1"}, name="team-client"
        ),
        "packages/client/index.tsx": "import React from 'react'\n",
        "packages/server/package.json": package_json(
            {"uWebSockets.js": "uNetworking/uWebSockets.js#v20.57.0", "graphql-yoga": "^5.21.0"},
            {"jest-transform-graphql": "^2.1.0"},
            name="team-server",
            scripts={"test": "jest --verbose --runInBand"},
        ),
        "packages/server/jest.config.js": "module.exports = {testEnvironment: 'node'}\n",
        # A suite of the package's (a runner's config alone, with no test, proves none).
        "packages/server/server.test.ts": "test('serves', () => {})\n",
        "packages/server/server.ts": server,
        "packages/server/postgres/getPg.ts": (
            "import pg from 'pg'\n\nexport default new pg.Pool()\n"
        ),
    }


def test_a_uwebsockets_app_with_http_routes_is_the_framework(tmp_path: Path) -> None:
    """uWebSockets.js' App() routing HTTP requests is the server's framework, at the release
    its git tag names; the root's Kysely and PostgreSQL are the one server package's."""
    found = by_folder(write(tmp_path, _team_app(_UWS_SERVER)))
    assert sorted(found) == ["packages/server"]
    backend = found["packages/server"]
    assert first(backend, K.FRAMEWORK) == ("uWebSockets.js", "v20.57.0")
    framework = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert any("uws" in e.text for e in framework.evidence)
    assert first(backend, K.QUERY)[0] == "Kysely"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "Jest"


def test_a_websocket_only_uwebsockets_server_is_no_entry_point(tmp_path: Path) -> None:
    """The other side: an App() given WebSocket routes alone is not the HTTP server the rule
    looks for; only the declared dependency names the framework."""
    server = "import uws from 'uWebSockets.js'\n\nuws.App().ws('/*', wsHandler).listen(9001)\n"
    backend = by_folder(write(tmp_path, _team_app(server)))["packages/server"]
    framework = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert framework.name == "uWebSockets.js"
    assert [e.path for e in framework.evidence] == ["packages/server/package.json"]


def test_a_package_importing_none_of_the_roots_data_takes_none(tmp_path: Path) -> None:
    """The other side: a second server package whose code imports neither Kysely nor pg keeps
    no data layer, while the server importing them has the root's."""
    files = _team_app(_UWS_SERVER)
    files["packages/gateway/package.json"] = package_json({"express": "^4.21.0"}, name="gate")
    files["packages/gateway/index.js"] = (
        "const express = require('express')\nconst app = express()\napp.listen(3000)\n"
    )
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["packages/gateway", "packages/server"]
    assert first(found["packages/server"], K.QUERY)[0] == "Kysely"
    assert first(found["packages/gateway"], K.QUERY) == ("", "")
    assert first(found["packages/gateway"], K.DATABASE) == ("", "")
