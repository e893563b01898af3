"""A Spring Boot service declaring AWS's DynamoDB Encryption Client, from set 406's shape (#19):
the client encrypts the items it writes through the DynamoDB client it requires, so the engine
is DynamoDB."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

BOOT_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>gov.example</groupId>
  <artifactId>rest-api</artifactId>
  <version>1.0</version>
  <dependencyManagement><dependencies><dependency>
    <groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId>
    <version>3.5.15</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>com.amazonaws</groupId><artifactId>aws-java-sdk-core</artifactId><version>1.12.700</version></dependency>
    <dependency><groupId>com.amazonaws</groupId><artifactId>aws-dynamodb-encryption-java</artifactId><version>2.0.3</version></dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>
    <version>3.5.15</version>
  </plugin></plugins></build>
</project>
"""
BOOT_APP = (
    "package gov.example;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class RestApiApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(RestApiApplication.class, args);\n    }\n}\n"
)


def test_dynamodb_encryption_client_names_dynamodb(tmp_path: Path) -> None:
    files = {
        "pom.xml": BOOT_POM,
        "src/main/java/gov/example/RestApiApplication.java": BOOT_APP,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Spring Boot"
    assert first(backend, K.DATABASE)[0] == "DynamoDB"
