"""Gaps the 498th held-out set showed (benchmarks/detect_heldout498.yaml), as small fixtures of
the real files' shape (#19):

- a Gin wallet server whose example settings file keeps, under `db:`, a `datastore:` block
  choosing the engine (`engine: sqlite`) beside a `sql:` block of the SQL server's connection
  (`driver: postgresql`): the engine key is the choice, the driver one engine's connection
  settings (`defaults.yaml_section_rules`). Counter-case: a section with only a driver key
  still names its engine;
- a Spring Boot war whose default Maven profile (`activeByDefault`) declares the Oracle JDBC
  driver in `provided` scope, for the application server's JNDI datasource, beside a Compose
  file of a PostgreSQL variant: the provided driver is on the class path when the program
  runs, so it is a run-time driver, not a test's;
- three .NET hosts over a shared class library on the plain SDK that references
  Swashbuckle.AspNetCore (an ASP.NET Core integration, which brings the shared framework),
  one of them a plain console executable whose Program.cs builds the web host
  (`ConfigureWebHostDefaults`): the integration the library references confirms the host, as
  the executable's own would. Counter-case: a console tool referencing the same library and
  starting no host is no backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Go: the engine key of an example settings file ------------------------------------------

_GO_MOD = (
    "module example.com/wallet\n\ngo 1.24.0\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.10.0\n\tgorm.io/driver/postgres v1.5.11\n"
    "\tgorm.io/driver/sqlite v1.5.7\n\tgorm.io/gorm v1.25.12\n)\n"
)

_MAIN = (
    'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
    "func main() {\n\tengine := gin.New()\n\tengine.Run()\n}\n"
)

_STORE = (
    "package datastore\n\nimport (\n"
    '\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\n'
    "func Open(engine, dsn string) (*gorm.DB, error) {\n"
    '\tif engine == "postgresql" {\n\t\treturn gorm.Open(postgres.Open(dsn))\n\t}\n'
    "\treturn gorm.Open(sqlite.Open(dsn))\n}\n"
)

_EXAMPLE = (
    "cache:\n  engine: freecache\ndb:\n  datastore:\n    # enable datastore debug mode\n"
    "    debug: false\n    # datastore engine - sqlite/postgresql\n    engine: sqlite\n"
    "    table_prefix: xapi\n  sql:\n    debug: false\n    driver: postgresql\n"
    "    host: localhost\n    name: xapi\n    port: \"5432\"\n    user: postgres\n"
    "  sqlite:\n    database_path: ./wallet.db\n    shared: true\n"
)

_DRIVER_ONLY = (
    "db:\n  sql:\n    driver: postgresql\n    host: localhost\n    name: xapi\n"
)


def _go_tree(example: str) -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        "cmd/main.go": _MAIN,
        "engine/datastore/sql.go": _STORE,
        "config.example.yaml": example,
        "docker-compose.yml": (
            "services:\n  db:\n    image: postgres\n    environment:\n"
            "      POSTGRES_PASSWORD: postgres\n"
        ),
    }


def test_the_engine_key_of_a_settings_section_outranks_a_driver_key(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _go_tree(_EXAMPLE)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_section_with_a_driver_key_alone_names_its_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _go_tree(_DRIVER_ONLY)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Java: a JDBC driver the application server provides -------------------------------------

_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>2.2.5.RELEASE</version>\n    <relativePath/>\n  </parent>\n"
    "  <groupId>org.example</groupId>\n  <artifactId>gateway</artifactId>\n"
    "  <version>0.0.0</version>\n  <packaging>${packaging.type}</packaging>\n"
    "  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-starter-data-jpa</artifactId>\n    </dependency>\n"
    "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-starter-test</artifactId>\n      <scope>test</scope>\n"
    "    </dependency>\n  </dependencies>\n  <profiles>\n    <profile>\n"
    "      <id>jboss-oracle</id>\n      <activation>\n"
    "        <activeByDefault>true</activeByDefault>\n      </activation>\n"
    "      <properties>\n        <packaging.type>war</packaging.type>\n      </properties>\n"
    "      <dependencies>\n        <dependency>\n"
    "          <groupId>org.springframework.boot</groupId>\n"
    "          <artifactId>spring-boot-starter-web</artifactId>\n        </dependency>\n"
    "        <dependency>\n          <groupId>com.oracle</groupId>\n"
    "          <artifactId>ojdbc8</artifactId>\n          <scope>provided</scope>\n"
    "          <version>12.2.0.1</version>\n        </dependency>\n      </dependencies>\n"
    "    </profile>\n    <profile>\n      <id>springboot-postgres</id>\n"
    "      <properties>\n        <packaging.type>jar</packaging.type>\n      </properties>\n"
    "      <dependencies>\n        <dependency>\n"
    "          <groupId>org.springframework.boot</groupId>\n"
    "          <artifactId>spring-boot-starter-web</artifactId>\n        </dependency>\n"
    "        <dependency>\n          <groupId>org.postgresql</groupId>\n"
    "          <artifactId>postgresql</artifactId>\n          <scope>runtime</scope>\n"
    "        </dependency>\n      </dependencies>\n    </profile>\n  </profiles>\n</project>\n"
)

_APPLICATION = (
    "package org.example.gateway;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(Application.class, args);\n    }\n}\n"
)

_REPOSITORY = (
    "package org.example.gateway.repository;\n\n"
    "import org.springframework.data.jpa.repository.JpaRepository;\n\n"
    "public interface PaymentRepository extends JpaRepository<Payment, Long> {\n}\n"
)


def _war_tree(**extra: str) -> dict[str, str]:
    return {
        "pom.xml": _POM,
        "src/main/java/org/example/gateway/Application.java": _APPLICATION,
        "src/main/java/org/example/gateway/repository/PaymentRepository.java": _REPOSITORY,
        "src/main/resources/application-jboss-oracle.properties": (
            "pagopa.datasource.jndi.name=java:/jdbc/core\n"
        ),
        "docker-compose-springboot-postgres.yaml": (
            "services:\n  postgres:\n    image: postgres:latest\n"
        ),
        **extra,
    }


def test_a_provided_jdbc_driver_is_the_programs_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _war_tree()))["."]
    assert first(backend, K.DATABASE)[0] == "Oracle"


def test_a_test_scoped_driver_stays_the_tests(tmp_path: Path) -> None:
    pom = _POM.replace("<scope>provided</scope>", "<scope>test</scope>")
    backend = by_folder(write(tmp_path, _war_tree(**{"pom.xml": pom})))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- .NET: a host confirmed by the integration its shared library references -----------------

_PROPS = (
    "<Project>\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n"
    "  </PropertyGroup>\n</Project>\n"
)

_CORE = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n'
    '    <PackageReference Include="MongoDB.Driver" Version="2.24.0" />\n'
    '    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_STARTUP = (
    "using Microsoft.AspNetCore.Builder;\nusing MongoDB.Driver;\n\n"
    "namespace Indexer.Core\n{\n  public class Startup\n  {\n"
    "    public void Configure(IApplicationBuilder app)\n    {\n"
    "      var client = new MongoClient(\"mongodb://localhost\");\n"
    "      app.UseRouting();\n    }\n  }\n}\n"
)


def _console(reference: str = "Indexer.Core") -> str:
    return (
        '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
        "    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n  <ItemGroup>\n"
        f'    <ProjectReference Include="..\\{reference}\\{reference}.csproj" />\n'
        "  </ItemGroup>\n</Project>\n"
    )


_HOST = (
    "using Microsoft.Extensions.Hosting;\n\nnamespace Indexer.Chain\n{\n"
    "  public class Program\n  {\n    public static void Main(string[] args)\n    {\n"
    "      Host.CreateDefaultBuilder(args)\n"
    "        .ConfigureWebHostDefaults(webBuilder =>\n        {\n"
    "          webBuilder.UseStartup<ChainStartup>();\n        }).Build().Run();\n"
    "    }\n  }\n}\n"
)


def _dotnet_tree(**extra: str) -> dict[str, str]:
    return {
        "src/Directory.Build.props": _PROPS,
        "src/Indexer.Core/Indexer.Core.csproj": _CORE,
        "src/Indexer.Core/Startup.cs": _STARTUP,
        **extra,
    }


def test_a_console_host_is_confirmed_by_its_librarys_integration(tmp_path: Path) -> None:
    tree = _dotnet_tree(**{
        "src/Indexer.Chain/Indexer.Chain.csproj": _console(),
        "src/Indexer.Chain/Program.cs": _HOST,
        "src/Indexer.Chain/ChainStartup.cs": (
            "namespace Indexer.Chain\n{\n  public class ChainStartup : Indexer.Core.Startup"
            "\n  {\n  }\n}\n"
        ),
    })
    backend = by_folder(write(tmp_path, tree))["src/Indexer.Chain"]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "8.0")


def test_a_console_tool_starting_no_host_stays_no_backend(tmp_path: Path) -> None:
    tree = _dotnet_tree(**{
        "src/Tool/Tool.csproj": _console(),
        "src/Tool/Program.cs": 'System.Console.WriteLine("reindex");\n',
    })
    assert "src/Tool" not in by_folder(write(tmp_path, tree))
