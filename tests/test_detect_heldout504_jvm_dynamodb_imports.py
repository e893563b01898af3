"""A gap the 504th held-out set showed in Java (benchmarks/detect_heldout504.yaml), as a small
fixture of the real files' shape (#19): a Spring Boot service whose pom's parent and company
commons library (outside the tree) bring the AWS SDK's DynamoDB Enhanced Client, so the pom
names no DynamoDB artifact, while its DAOs import `software.amazon.awssdk.enhanced.dynamodb`
over `@DynamoDbBean` entities: DynamoDB is its engine. Counter-case: a service importing only
another AWS client (SQS) names no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_PARENT = """  <parent>
    <groupId>org.example.platform</groupId>
    <artifactId>platform-parent</artifactId>
    <version>2.1.3-SPRINGBOOT3</version>
  </parent>"""

_APP = (
    "package org.example.tracker;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class TrackerApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(TrackerApplication.class, args);\n    }\n}\n"
)

_DAO = (
    "package org.example.tracker.middleware.dao.dynamo;\n\n"
    "import reactor.core.publisher.Mono;\n"
    "import software.amazon.awssdk.enhanced.dynamodb.*;\n"
    "import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;\n\n"
    "public class BaseDao<T> {\n"
    "    private final DynamoDbAsyncTable<T> table;\n\n"
    "    protected BaseDao(DynamoDbEnhancedAsyncClient client, String name, Class<T> type) {\n"
    "        this.table = client.table(name, TableSchema.fromBean(type));\n    }\n\n"
    "    protected Mono<T> putItem(T entity) {\n"
    "        return Mono.fromFuture(table.putItem(entity)).thenReturn(entity);\n    }\n}\n"
)

_QUEUE = (
    "package org.example.tracker.middleware.queue;\n\n"
    "import software.amazon.awssdk.services.sqs.SqsAsyncClient;\n\n"
    "public class EventSender {\n    private SqsAsyncClient sqs;\n}\n"
)


def _service(dao: bool = True) -> dict[str, str]:
    files = {
        "pom.xml": pom(
            "\n".join(
                [
                    dep("org.example.platform", "platform-commons", version="2.18.0"),
                    dep("org.springframework.boot", "spring-boot-starter-aop"),
                    dep("io.awspring.cloud", "spring-cloud-aws-starter-sqs"),
                ]
            ),
            parent=_PARENT,
        ),
        "src/main/java/org/example/tracker/TrackerApplication.java": _APP,
        "src/main/java/org/example/tracker/middleware/queue/EventSender.java": _QUEUE,
    }
    if dao:
        files["src/main/java/org/example/tracker/middleware/dao/dynamo/BaseDao.java"] = _DAO
    return files


def test_code_importing_the_dynamodb_client_names_dynamodb(tmp_path: Path) -> None:
    service = by_folder(write(tmp_path, _service()))["."]
    assert first(service, K.FRAMEWORK)[0] == "Spring Boot"
    assert first(service, K.DATABASE)[0] == "DynamoDB"
    assert first(service, K.ORM)[0] == "" and first(service, K.QUERY)[0] == ""


def test_another_aws_client_names_no_engine(tmp_path: Path) -> None:
    service = by_folder(write(tmp_path, _service(dao=False)))["."]
    assert first(service, K.DATABASE)[0] == ""
