"""The database drivers every JVM language's build may name (tables read by the Maven and
Gradle, sbt and Clojure catalogues): JDBC's, and the clients of databases JDBC does not reach."""

JDBC_DRIVERS: tuple[tuple[str, str, str], ...] = (
    ("org.postgresql", "postgresql", "PostgreSQL"),
    ("com.mysql", "mysql-connector-j", "MySQL"),
    ("mysql", "mysql-connector-java", "MySQL"),
    ("org.mariadb.jdbc", "mariadb-java-client", "MariaDB"),
    ("com.h2database", "h2", "H2"),
    ("org.hsqldb", "hsqldb", "HSQLDB"),
    # Apache Derby, embedded (`derby`) or its network client.
    ("org.apache.derby", "derby", "Derby"),
    ("org.apache.derby", "derbyclient", "Derby"),
    ("org.xerial", "sqlite-jdbc", "SQLite"),
    ("com.oracle.database.jdbc", "ojdbc8", "Oracle"),
    ("com.oracle.database.jdbc", "ojdbc11", "Oracle"),
    ("com.microsoft.sqlserver", "mssql-jdbc", "SQL Server"),
    # ClickHouse's JDBC driver, under its first group and its current one: an analytics
    # service's tables (Slick, Doobie or plain JDBC over it) live in ClickHouse.
    ("ru.yandex.clickhouse", "clickhouse-jdbc", "ClickHouse"),
    ("com.clickhouse", "clickhouse-jdbc", "ClickHouse"),
)
"""Group, artifact and engine of each JDBC driver: the engine a build requiring it runs on,
whichever JVM language's build names it (Maven, Gradle, sbt, deps.edn)."""

CLIENT_DRIVERS: tuple[tuple[str, str, str], ...] = (
    # AWS SDK v2's DynamoDB client and its Enhanced Client (a document/bean mapper over it),
    # and SDK v1's client. AWS's DynamoDB Encryption Client (SDK v1's, and its successor the
    # Database Encryption SDK) encrypts the items a program writes through the DynamoDB
    # client it requires: declared alone, it stands for that client.
    ("software.amazon.awssdk", "dynamodb", "DynamoDB"),
    ("software.amazon.awssdk", "dynamodb-enhanced", "DynamoDB"),
    ("com.amazonaws", "aws-java-sdk-dynamodb", "DynamoDB"),
    ("com.amazonaws", "aws-dynamodb-encryption-java", "DynamoDB"),
    ("software.amazon.cryptography", "aws-database-encryption-sdk-dynamodb", "DynamoDB"),
)
"""Group, artifact and engine of each client of a database with no JDBC driver: a program
calling it keeps its data there (a Play app's repositories over `DynamoDbClient`)."""
