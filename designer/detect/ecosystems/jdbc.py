"""The JDBC drivers every JVM language's build may name (one table, read by the Maven and
Gradle, sbt and Clojure catalogues)."""

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
)
"""Group, artifact and engine of each JDBC driver: the engine a build requiring it runs on,
whichever JVM language's build names it (Maven, Gradle, sbt, deps.edn)."""
