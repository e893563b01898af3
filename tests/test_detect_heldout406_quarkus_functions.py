"""A Quarkus project built on the Azure Functions extension, from set 406's shape (#19): the
function host runs its triggers, whatever JAX-RS resources it holds, so it is no backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

QUARKUS_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>it.example</groupId>
  <artifactId>{name}</artifactId>
  <version>1.0</version>
  <properties><quarkus.platform.version>3.5.1</quarkus.platform.version></properties>
  <dependencyManagement><dependencies><dependency>
    <groupId>io.quarkus.platform</groupId><artifactId>quarkus-bom</artifactId>
    <version>${{quarkus.platform.version}}</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
{deps}
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-resteasy-jackson</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-mongodb-panache</artifactId></dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>io.quarkus.platform</groupId><artifactId>quarkus-maven-plugin</artifactId>
    <version>${{quarkus.platform.version}}</version>
  </plugin></plugins></build>
</project>
"""
FUNCTIONS = """    <dependency>
      <groupId>io.quarkus</groupId><artifactId>quarkus-azure-functions</artifactId>
    </dependency>
    <dependency>
      <groupId>com.microsoft.azure.functions</groupId>
      <artifactId>azure-functions-java-library</artifactId>
    </dependency>"""
RESOURCE = (
    "package it.example;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    '@Path("/onboardings")\npublic class OnboardingResource {\n'
    '    @GET\n    public String list() { return "[]"; }\n}\n'
)


def _quarkus(tmp_path: Path, deps: str) -> dict[str, object]:
    files = {
        "apps/functions/pom.xml": QUARKUS_POM.format(name="functions", deps=deps),
        "apps/functions/src/main/java/it/example/OnboardingResource.java": RESOURCE,
    }
    return by_folder(write(tmp_path, files))


def test_quarkus_on_azure_functions_is_no_backend(tmp_path: Path) -> None:
    assert "apps/functions" not in _quarkus(tmp_path, FUNCTIONS)


def test_quarkus_without_a_functions_extension_stays(tmp_path: Path) -> None:
    assert "apps/functions" in _quarkus(tmp_path, "")
