"""Generic gaps the JVM and .NET backends of held-out set 52 showed
(benchmarks/detect_heldout52.yaml), each as a small fixture of the real files' shape (#19):
Jdbi 2's single artifact; Spring Boot's JPA settings in a configuration template while the
entities come in a library the tree lacks; a Spring Boot worker polling another service and a
Cucumber system tester, neither a backend; two .NET solutions of one repository each with
their own `Infrastructure` project; LiteDB chosen by a bare `"Database"` setting among EF
Core's providers."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_BOOT_MAIN = (
    "package org.example;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(Application.class, args);\n    }\n}\n"
)


def _data_layer(backend: object) -> str:
    """The first ORM or query finding, whichever the detector ranks first (as measured)."""
    for finding in backend.findings:  # type: ignore[attr-defined]
        if finding.kind in (K.ORM, K.QUERY):
            return finding.name
    return "none"


# --- Jdbi 2 ----------------------------------------------------------------------------------


def test_jdbi_2_single_artifact_is_the_data_layer(tmp_path: Path) -> None:
    # cmc-claim-store: Spring Boot's JDBC starter (the DataSource) and org.jdbi:jdbi 2.78,
    # whose DBI handles the repositories use.
    root = write(tmp_path, {
        "build.gradle": (
            "plugins {\n  id 'java'\n  id 'org.springframework.boot' version '3.3.3'\n}\n"
            "dependencies {\n"
            "  implementation group: 'org.springframework.boot', name: 'spring-boot-starter-web'\n"
            "  implementation group: 'org.springframework.boot', name: 'spring-boot-starter-jdbc'\n"
            "  implementation group: 'org.jdbi', name: 'jdbi', version: '2.78'\n"
            "  implementation group: 'org.postgresql', name: 'postgresql', version: '42.7.2'\n"
            "}\n"
        ),
        "src/main/java/org/example/Application.java": _BOOT_MAIN,
    })
    backend = by_folder(root)["."]
    assert _data_layer(backend) == "Jdbi"
    assert first(backend, K.QUERY) == ("Jdbi", "2.78")


# --- JPA settings, entities in a library -----------------------------------------------------


def _lent_entities(properties: dict[str, str]) -> dict[str, str]:
    # openhospital-api: the entities and repositories come in the core library (fetched from
    # git, not in the tree); the application's properties template configures JPA.
    return {
        "pom.xml": pom(
            "\n".join([
                dep("org.springframework.boot", "spring-boot-starter-web"),
                dep("org.example", "core", version="1.0.0"),
                dep("com.h2database", "h2", scope="test"),
            ]),
            parent=SPRING_PARENT,
        ),
        "src/main/java/org/example/Application.java": _BOOT_MAIN,
        **properties,
    }


def test_spring_jpa_settings_in_a_template_name_jpa(tmp_path: Path) -> None:
    root = write(tmp_path, _lent_entities({
        "rsc/application.properties.dist": (
            "server.port=8080\nspring.jpa.hibernate.naming.physical-strategy="
            "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n"
        ),
    }))
    assert _data_layer(by_folder(root)["."]) == "JPA / Hibernate"


def test_spring_jpa_section_in_yaml_names_jpa(tmp_path: Path) -> None:
    root = write(tmp_path, _lent_entities({
        "src/main/resources/application.yml": (
            "spring:\n  jpa:\n    open-in-view: false\n    hibernate:\n"
            "      ddl-auto: validate\n"
        ),
    }))
    assert _data_layer(by_folder(root)["."]) == "JPA / Hibernate"


def test_spring_settings_without_jpa_name_no_data_layer(tmp_path: Path) -> None:
    # powerauth-admin: `open-in-view` turned off in settings copied from a JPA service, in a
    # UI with no data of its own.
    root = write(tmp_path, _lent_entities({
        "src/main/resources/application.properties": (
            "server.port=8080\nspring.main.banner-mode=off\nspring.jpa.open-in-view=false\n"
        ),
    }))
    assert _data_layer(by_folder(root)["."]) == "none"


# --- A polling worker and a system tester beside the services --------------------------------

_CONTROLLER = (
    "package org.example.orchestrator\n\nimport org.springframework.web.bind.annotation.*\n\n"
    "@RestController\nclass TaskController {\n    @GetMapping(\"/tasks\")\n"
    "    fun tasks() = listOf<String>()\n}\n"
)
_KT_MAIN = (
    "package org.example.{pkg}\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
    "import org.springframework.boot.runApplication\n\n"
    "@SpringBootApplication\nclass Application\n\n"
    "fun main(args: Array<String>) {{\n    runApplication<Application>(*args)\n}}\n"
)


def _module(artifact: str, deps: list[str]) -> str:
    return pom("\n".join(deps), parent=SPRING_PARENT).replace(
        "<artifactId>demo</artifactId>", f"<artifactId>{artifact}</artifactId>"
    )


def _reactor(worker_sources: dict[str, str], tester_sources: dict[str, str]) -> dict[str, str]:
    # bpdm: an orchestrator with controllers and its own data, an API module of client
    # interfaces, a dummy worker polling the orchestrator and a Cucumber system tester.
    web = dep("org.springframework.boot", "spring-boot-starter-web")
    return {
        "pom.xml": pom("", parent=SPRING_PARENT).replace(
            "<dependencies>",
            "<packaging>pom</packaging>\n  <modules><module>orchestrator</module>"
            "<module>orchestrator-api</module><module>worker</module>"
            "<module>tester</module></modules>\n  <dependencies>",
        ),
        "orchestrator/pom.xml": _module("orchestrator", [
            web,
            dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
            dep("org.postgresql", "postgresql"),
            dep("org.example", "orchestrator-api"),
        ]),
        "orchestrator/src/main/kotlin/org/example/orchestrator/Application.kt":
            _KT_MAIN.format(pkg="orchestrator"),
        "orchestrator/src/main/kotlin/org/example/orchestrator/TaskController.kt": _CONTROLLER,
        "orchestrator-api/pom.xml": _module("orchestrator-api", [
            dep("org.springframework", "spring-web"),
        ]),
        "orchestrator-api/src/main/kotlin/org/example/api/TaskApi.kt": (
            "package org.example.api\n\nimport org.springframework.web.bind.annotation.*\n\n"
            "interface TaskApi {\n    @GetMapping(\"/tasks\")\n    fun tasks(): List<String>\n}\n"
        ),
        "worker/pom.xml": _module("worker", [
            web,
            dep("org.springframework.boot", "spring-boot-starter-webflux"),
            dep("org.example", "orchestrator"),
            dep("org.example", "orchestrator-api"),
        ]),
        "worker/src/main/kotlin/org/example/worker/Application.kt": _KT_MAIN.format(pkg="worker"),
        **worker_sources,
        "tester/pom.xml": _module("tester", [
            dep("org.springframework.boot", "spring-boot-starter"),
            dep("io.cucumber", "cucumber-java", version="7.20.1"),
            dep("io.cucumber", "cucumber-junit", version="7.20.1"),
            dep("org.example", "orchestrator-api"),
            dep("org.springframework.boot", "spring-boot-starter-test", scope="test"),
        ]),
        **tester_sources,
    }


_POLLER = {
    "worker/src/main/kotlin/org/example/worker/CleaningService.kt": (
        "package org.example.worker\n\nimport org.springframework.scheduling.annotation."
        "Scheduled\n\nclass CleaningService {\n"
        "    @Scheduled(cron = \"\\${worker.pollingCron:-}\", zone = \"UTC\")\n"
        "    fun poll() {}\n}\n"
    ),
}
_CUCUMBER_MAIN = {
    "tester/src/main/kotlin/org/example/tester/Application.kt": (
        "package org.example.tester\n\nimport io.cucumber.junit.Cucumber\n"
        "import org.junit.runner.RunWith\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication\n\n"
        "@RunWith(Cucumber::class)\nclass CucumberTestRunConfiguration\n\n"
        "@SpringBootApplication\nclass SpringApplicationConfiguration\n\n"
        "fun main(args: Array<String>) {\n    io.cucumber.core.cli.Main.main(*args)\n}\n"
    ),
}


def test_polling_worker_and_system_tester_are_not_backends(tmp_path: Path) -> None:
    root = write(tmp_path, _reactor(_POLLER, _CUCUMBER_MAIN))
    assert set(by_folder(root)) == {"orchestrator"}


def test_worker_with_a_controller_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    own = {
        **_POLLER,
        "worker/src/main/kotlin/org/example/worker/StatusController.kt": _CONTROLLER.replace(
            "orchestrator", "worker"
        ),
    }
    root = write(tmp_path, _reactor(own, _CUCUMBER_MAIN))
    assert set(by_folder(root)) == {"orchestrator", "worker"}


def test_scheduled_agent_serving_grpc_stays_a_backend(tmp_path: Path) -> None:
    # bigtop-manager's agent: metrics collected on a schedule, and gRPC services the server
    # calls.
    own = {
        **_POLLER,
        "worker/src/main/kotlin/org/example/worker/HostInfoService.kt": (
            "package org.example.worker\n\nimport net.devh.boot.grpc.server.service.GrpcService"
            "\n\n@GrpcService\nclass HostInfoService\n"
        ),
    }
    root = write(tmp_path, _reactor(own, _CUCUMBER_MAIN))
    assert set(by_folder(root)) == {"orchestrator", "worker"}


# --- Two .NET solutions in one repository ----------------------------------------------------

_WEB_MAIN = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n" \
    "app.Run();\n"


def _api(infrastructure: str) -> str:
    return csproj("Swashbuckle.AspNetCore", sdk="Microsoft.NET.Sdk.Web").replace(
        "</Project>",
        f'  <ItemGroup>\n    <ProjectReference Include="..\\{infrastructure}\\'
        f'{infrastructure}.csproj" />\n  </ItemGroup>\n</Project>',
    )


def _two_solutions(settings: str = "") -> dict[str, str]:
    # featbit: the back end over EF Core and the evaluation server over Dapper, each with a
    # project named Infrastructure; the evaluation server keeps MongoDB.Driver as the
    # alternative provider and its settings pick PostgreSQL.
    return {
        "modules/back-end/src/Api/Api.csproj": _api("Infrastructure"),
        "modules/back-end/src/Api/Program.cs": _WEB_MAIN,
        "modules/back-end/src/Infrastructure/Infrastructure.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL"
        ),
        "modules/back-end/src/Infrastructure/Services.cs": (
            "public static class Services {\n    public static void Add(IServiceCollection s) "
            "{\n        s.AddDbContext<AppDbContext>(o => o.UseNpgsql(\"\"));\n    }\n}\n"
        ),
        "modules/evaluation-server/src/Api/Api.csproj": _api("Infrastructure"),
        "modules/evaluation-server/src/Api/Program.cs": _WEB_MAIN,
        "modules/evaluation-server/src/Infrastructure/Infrastructure.csproj": csproj(
            "Dapper", "Npgsql", "MongoDB.Driver"
        ),
        **(
            {"modules/evaluation-server/src/Api/appsettings.json": settings} if settings else {}
        ),
    }


def test_a_project_reference_reaches_its_own_solutions_namesake(tmp_path: Path) -> None:
    root = write(tmp_path, _two_solutions())
    found = by_folder(root)
    assert _data_layer(found["modules/back-end/src/Api"]) == "EF Core"
    evaluation = found["modules/evaluation-server/src/Api"]
    assert "EF Core" not in {f.name for f in evaluation.findings}


def test_a_query_library_on_the_chosen_engine_beats_a_document_store_client(
    tmp_path: Path,
) -> None:
    root = write(tmp_path, _two_solutions('{\n  "DbProvider": "Postgres"\n}\n'))
    evaluation = by_folder(root)["modules/evaluation-server/src/Api"]
    assert first(evaluation, K.DATABASE)[0] == "PostgreSQL"
    assert _data_layer(evaluation) == "Dapper"


# --- LiteDB chosen by the settings -----------------------------------------------------------


def _providers(database: str) -> dict[str, str]:
    # FluentCMS: the web project references a repository project per provider and a switch
    # on `configuration["Database"]` registers one; appsettings.json picks it.
    web = csproj(sdk="Microsoft.NET.Sdk.Web").replace(
        "</Project>",
        "  <ItemGroup>\n"
        '    <ProjectReference Include="..\\Repositories.LiteDb\\Repositories.LiteDb.csproj" />\n'
        '    <ProjectReference Include="..\\Repositories.SqlServer\\Repositories.SqlServer.csproj"'
        " />\n  </ItemGroup>\n</Project>",
    )
    return {
        "src/App/App.csproj": web,
        "src/App/Program.cs": _WEB_MAIN,
        "src/App/appsettings.json": (
            f'{{\n    "Database": "{database}",\n    "ConnectionStrings": {{\n'
            '        "DefaultConnection": "Filename=./app.db"\n    }\n}\n'
        ),
        "src/Repositories.LiteDb/Repositories.LiteDb.csproj": csproj("LiteDB.Queryable"),
        "src/Repositories.LiteDb/EntityRepository.cs": "using LiteDB;\n\npublic class R {}\n",
        "src/Repositories.SqlServer/Repositories.SqlServer.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer"
        ),
        "src/Repositories.SqlServer/Extensions.cs": (
            "public static class E {\n    public static void Add(IServiceCollection s) {\n"
            "        s.AddDbContext<Db>(o => o.UseSqlServer(\"\"));\n    }\n}\n"
        ),
    }


def test_litedb_chosen_by_a_bare_database_setting(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _providers("LiteDb")))["src/App"]
    assert first(backend, K.DATABASE)[0] == "LiteDB"
    assert _data_layer(backend) == "LiteDB"
    # LiteDB.Queryable's own release numbers are not LiteDB's.
    assert first(backend, K.QUERY) == ("LiteDB", "")


def test_a_bare_database_setting_naming_a_database_proves_no_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _providers("postgres")))["src/App"]
    assert first(backend, K.DATABASE)[0] != "PostgreSQL"
