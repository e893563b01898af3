"""What Maven coordinates and Gradle plugins mean: the JVM catalogue shared by the build-file
parser (`jvm`) and the resolution of version catalogues and properties (`jvm_refs`)."""

from __future__ import annotations

from designer.detect.ecosystems.jdbc import CLIENT_DRIVERS, JDBC_DRIVERS
from designer.detect.ecosystems.scala import CATALOG as SCALA_CATALOG
from designer.detect.signals import LazyPattern, Scope, Signal, Strength
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

NOWHERE = Evidence(path="")
"""Evidence of a signal whose place is set later (a catalogue entry, a property)."""

POOLS = ("hikaricp", "c3p0", "commons-dbcp2", "commons-dbcp")
"""JDBC connection pools (DBCP 2 and its predecessor, `commons-dbcp:commons-dbcp` 1.x, still
kept by older builds): the pool's release is not a version of JDBC's."""

OWN_RELEASES = ("spring-boot-starter-cloud-connectors",)
"""Starters named as Spring Boot's but released by another project on its own train (Spring
Cloud Connectors' starter, `2.0.7.RELEASE` beside Boot 2.4): the version a build pins on one
is not Spring Boot's, which the BOM or parent fixes."""

LENDERS = ("domain-models-runtime",)
"""Runtimes lending an application the framework and data layer they run on: their release is
neither the framework's nor the data layer's (the framework's version is the one the
application's build pins, through its BOM; the data layer's is not in the build)."""

SEARCH_CLIENTS = frozenset(
    {
        "elasticsearch-rest-high-level-client",
        "elasticsearch-java",
        "opensearch-rest-high-level-client",
        "opensearch-java",
    }
)
"""The search engines' own Java clients (the high-level REST client, the Java API client;
OpenSearch forked Elasticsearch 7 and keeps their names under its own groups): the engine of a
service whose documents live in the index (it indexes and queries through `RestHighLevelClient`,
no Spring Data beside it). Most services declaring one keep their records in a relational store
and index them beside it, so their engine is ranked with development fallbacks, as Node's and
Python's search clients are: any other driver, setting or Compose database outranks it."""

SPRING_STARTERS = {
    "spring-boot-starter-data-jpa": ((K.ORM, "JPA / Hibernate"),),
    "spring-boot-starter-data-redis": ((K.CACHE, "Redis"),),
    "spring-boot-starter-data-jdbc": ((K.ORM, "Spring Data JDBC"),),
    "spring-boot-starter-jdbc": ((K.QUERY, "Spring JDBC"),),
    "spring-boot-starter-data-r2dbc": ((K.ORM, "Spring Data R2DBC"),),
    # Spring Data Neo4j (its repositories, `Neo4jTemplate`, `Neo4jClient`) over the Neo4j
    # driver: the data layer and the engine, as the MongoDB starter names both.
    "spring-boot-starter-data-neo4j": ((K.DATABASE, "Neo4j"), (K.ORM, "Spring Data Neo4j")),
    # Spring Data Elasticsearch (its documents, repositories, `ElasticsearchOperations`): the
    # data layer and the engine, as the MongoDB starter names both. Beside a relational
    # store the search engine ranks second (`engines.SEARCH_ENGINES`).
    "spring-boot-starter-data-elasticsearch": (
        (K.DATABASE, "Elasticsearch"),
        (K.ORM, "Spring Data Elasticsearch"),
    ),
    "spring-boot-starter-amqp": ((K.BROKER, "RabbitMQ"),),
    "spring-boot-starter-web": ((K.SERVER, "Tomcat"),),
    # Spring Boot 4's name for the same starter (Spring MVC on the embedded Tomcat).
    "spring-boot-starter-webmvc": ((K.SERVER, "Tomcat"),),
    "spring-boot-starter-webflux": ((K.SERVER, "Netty"),),
    "spring-boot-starter-undertow": ((K.SERVER, "Undertow"),),
    "spring-boot-starter-jetty": ((K.SERVER, "Jetty"),),
}

SERVER_CONNECTORS = {
    "mysql-socket-factory": "MySQL",
    "mysql-socket-factory-connector-j-8": "MySQL",
    "postgres-socket-factory": "PostgreSQL",
}
"""Google Cloud SQL's JDBC socket factories: each opens the connections to a Cloud SQL instance
of one engine (Cloud SQL runs MySQL, PostgreSQL and SQL Server, never MariaDB), so it names the
server the program is deployed against (`Signal.server`), not only a protocol: a MariaDB driver
declared beside MySQL's and the MySQL factory is a client of that MySQL server."""

ARTIFACTS = {
    "hibernate-core": ((K.ORM, "JPA / Hibernate"),),
    "spring-data-jpa": ((K.ORM, "JPA / Hibernate"),),
    "dropwizard-hibernate": ((K.ORM, "JPA / Hibernate"),),
    # JPA on EclipseLink, the other provider: the full artifact or its JPA module.
    "eclipselink": ((K.ORM, "JPA / EclipseLink"),),
    "org.eclipse.persistence.jpa": ((K.ORM, "JPA / EclipseLink"),),
    "ebean": ((K.ORM, "Ebean"),),
    # Morphia maps classes to MongoDB documents (its current and its first coordinates);
    # Sql2o runs SQL over JDBC, mapping rows to objects.
    "morphia-core": ((K.ORM, "Morphia"), (K.DATABASE, "MongoDB")),
    "morphia": ((K.ORM, "Morphia"), (K.DATABASE, "MongoDB")),
    "sql2o": ((K.QUERY, "Sql2o"),),
    "micronaut-data-jdbc": ((K.ORM, "Micronaut Data JDBC"),),
    "micronaut-data-r2dbc": ((K.ORM, "Micronaut Data R2DBC"),),
    "micronaut-data-mongodb": ((K.ORM, "Micronaut Data MongoDB"), (K.DATABASE, "MongoDB")),
    # Vert.x's reactive SQL clients: raw SQL, and the engine each speaks.
    "vertx-pg-client": ((K.QUERY, "Vert.x SQL Client"), (K.DATABASE, "PostgreSQL")),
    "vertx-mysql-client": ((K.QUERY, "Vert.x SQL Client"), (K.DATABASE, "MySQL")),
    "vertx-mssql-client": ((K.QUERY, "Vert.x SQL Client"), (K.DATABASE, "SQL Server")),
    # The RAML Module Builder's runtime (FOLIO's Vert.x modules) lends its modules their
    # storage: its `PostgresClient` runs SQL through the Vert.x PostgreSQL client. It lends
    # them their server too: its `RestLauncher` deploys its `RestVerticle`, a Vert.x Web
    # router over the module's generated JAX-RS interfaces (vertx-web comes with it), so a
    # module may declare no Vert.x Web of its own and still serve HTTP through it.
    "domain-models-runtime": (
        (K.FRAMEWORK, "Vert.x"),
        (K.QUERY, "Vert.x SQL Client"),
        (K.DATABASE, "PostgreSQL"),
    ),
    "spring-boot-starter-data-cassandra": ((K.DATABASE, "Cassandra"),),
    # Ektorp, CouchDB's Java client (`CouchDbRepositorySupport` repositories, `StdCouchDbConnector`
    # over CouchDB's HTTP API) and its Spring module: the server is CouchDB. No data layer is
    # named: none is catalogued for it (as for the JVM services reading CouchDB over plain HTTP).
    **dict.fromkeys(("org.ektorp", "org.ektorp.spring"), ((K.DATABASE, "CouchDB"),)),
    # Google Cloud Datastore's Java client: entities put and queried through the client itself
    # (`DatastoreOptions…getService()`), as the Python and Dart clients of the same store.
    "google-cloud-datastore": (
        (K.QUERY, "google-cloud-datastore"),
        (K.DATABASE, "Google Cloud Datastore"),
    ),
    # The search engines' own Java clients run directly (`SEARCH_CLIENTS`).
    **dict.fromkeys(
        ("elasticsearch-rest-high-level-client", "elasticsearch-java"),
        ((K.DATABASE, "Elasticsearch"),),
    ),
    **dict.fromkeys(
        ("opensearch-rest-high-level-client", "opensearch-java"),
        ((K.DATABASE, "OpenSearch"),),
    ),
    # DataStax's Java driver run directly (CQL statements through its `Session`): the data
    # layer is the driver, as `pg` or pgx are elsewhere. 4.x is java-driver-core, 3.x and
    # earlier cassandra-driver-core.
    "java-driver-core": ((K.QUERY, "DataStax Java driver"), (K.DATABASE, "Cassandra")),
    "cassandra-driver-core": ((K.QUERY, "DataStax Java driver"), (K.DATABASE, "Cassandra")),
    "jakarta.persistence-api": ((K.ORM, "JPA / Hibernate"),),
    "mybatis": ((K.ORM, "MyBatis"),),
    "mybatis-spring-boot-starter": ((K.ORM, "MyBatis"),),
    # MyBatis-Plus is its own layer on MyBatis (generic mappers, a query wrapper): named so.
    # Its starters and modules: `_is_mybatis_plus`.
    "mybatis-plus": ((K.ORM, "MyBatis-Plus"),),
    # jOOQ builds type-safe SQL from generated table classes: a query library, not an ORM.
    "jooq": ((K.QUERY, "jOOQ"),),
    "spring-boot-starter-jooq": ((K.QUERY, "jOOQ"),),
    "micronaut-jooq": ((K.QUERY, "jOOQ"),),
    # Querydsl's SQL module (`SQLQueryFactory`, `PostgreSQLQueryFactory`, the Q-classes its
    # codegen writes from the schema) builds type-safe SQL over JDBC: a query library, as
    # jOOQ is. Not querydsl-jpa, whose queries run through JPA (named for JPA's data layer).
    "querydsl-sql": ((K.QUERY, "Querydsl"),),
    "mybatis-spring": ((K.ORM, "MyBatis"),),
    # Micronaut's integrations of GORM (Grails' data layer, its entities `@Entity` Groovy
    # classes with dynamic finders) on Hibernate and on MongoDB.
    "micronaut-hibernate-gorm": ((K.ORM, "GORM"),),
    "micronaut-mongo-gorm": ((K.ORM, "GORM"), (K.DATABASE, "MongoDB")),
    # Jdbi maps SQL to objects through fluent handles or declarative SqlObject DAOs.
    **dict.fromkeys(
        ("jdbi3-core", "jdbi3-sqlobject", "jdbi3-kotlin-sqlobject", "jdbi3-spring5",
         "jdbi3-spring", "dropwizard-jdbi3"),
        ((K.QUERY, "Jdbi"),),
    ),
    # kotliquery runs hand-written SQL over a JDBC DataSource through `sessionOf` and
    # `queryOf`: a query library on JDBC, as Jdbi is.
    "kotliquery": ((K.QUERY, "kotliquery"),),
    # Hutool's database module runs SQL over JDBC through its `Db` and `Entity` helpers: a
    # query library, not an ORM.
    "hutool-db": ((K.QUERY, "hutool-db"),),
    # Spring's JDBC module itself (`JdbcTemplate`, `NamedParameterJdbcTemplate`), declared
    # without Spring Boot's starter: SQL written by hand, run through Spring's templates.
    "spring-jdbc": ((K.QUERY, "Spring JDBC"),),
    # npjt-extra generates repositories over Spring's NamedParameterJdbcTemplate: Spring JDBC.
    "npjt-extra": ((K.QUERY, "Spring JDBC"),),
    # A JDBC connection pool the build asks for itself: the code opens JDBC connections, so
    # plain JDBC is its data layer unless an ORM or query library also named sits on them.
    **dict.fromkeys(POOLS, ((K.QUERY, "JDBC"),)),
    # PageHelper's starter brings mybatis-spring-boot-starter with it.
    "pagehelper-spring-boot-starter": ((K.ORM, "MyBatis"),),
    "r2dbc-postgresql": ((K.DATABASE, "PostgreSQL"),),
    # Google Cloud SQL's JDBC socket factories (`SERVER_CONNECTORS`).
    **{artifact: ((K.DATABASE, engine),) for artifact, engine in SERVER_CONNECTORS.items()},
    "spring-boot-starter-data-mongodb": ((K.DATABASE, "MongoDB"), (K.ORM, "Spring Data MongoDB")),
    # Spring Data MongoDB declared without Boot's starter (a build picking modules by hand).
    "spring-data-mongodb": ((K.DATABASE, "MongoDB"), (K.ORM, "Spring Data MongoDB")),
    "spring-boot-starter-data-mongodb-reactive": (
        (K.DATABASE, "MongoDB"),
        (K.ORM, "Spring Data MongoDB"),
    ),
    # Spring Data Neo4j declared without Boot's starter (5.x builds pick it by hand, with the
    # Java driver or Neo4j-OGM's bolt driver beside it): its repositories over `@NodeEntity`
    # classes are the data layer, ranking above the bare driver it runs on.
    "spring-data-neo4j": ((K.DATABASE, "Neo4j"), (K.ORM, "Spring Data Neo4j")),
    # Azure Cosmos DB's Java SDK (a `CosmosClient` and its containers) is the data layer itself;
    # Spring Data Cosmos (its repositories over `@Container` entities, declared alone or through
    # Spring Cloud Azure's starter) ranks above it where declared.
    "azure-cosmos": ((K.DATABASE, "Azure Cosmos DB"), (K.QUERY, "azure-cosmos")),
    "azure-spring-data-cosmos": ((K.DATABASE, "Azure Cosmos DB"), (K.ORM, "Spring Data Cosmos")),
    "spring-cloud-azure-starter-data-cosmos": (
        (K.DATABASE, "Azure Cosmos DB"),
        (K.ORM, "Spring Data Cosmos"),
    ),
    "r2dbc-h2": ((K.DATABASE, "H2"),),
    "r2dbc-mariadb": ((K.DATABASE, "MariaDB"),),
    "r2dbc-mysql": ((K.DATABASE, "MySQL"),),
    "r2dbc-mssql": ((K.DATABASE, "SQL Server"),),
    # Neo4j's object-graph mapper (a `Session` loading and saving annotated node entities)
    # and its drivers: the graph database the service keeps its data in. The Java driver
    # declared without the mapper is the data layer itself (Cypher run through its
    # `Session`), as DataStax's driver is for Cassandra; beside the mapper the ORM ranks first.
    "neo4j-ogm-core": ((K.ORM, "Neo4j-OGM"), (K.DATABASE, "Neo4j")),
    "neo4j-ogm-bolt-driver": ((K.DATABASE, "Neo4j"),),
    "neo4j-java-driver": ((K.DATABASE, "Neo4j"), (K.QUERY, "neo4j-java-driver")),
    # MongoDB's own drivers: the code that declares one without an ODM (Spring Data MongoDB,
    # Morphia, Panache, which rank first where declared) queries through the driver itself,
    # the data layer as Node's `mongodb` package is.
    **{
        artifact: ((K.DATABASE, "MongoDB"), (K.QUERY, "mongodb"))
        for artifact in (
            # The 3.x driver (`MongoClient` with the legacy and the new API) and its uber jar,
            # the only coordinates before 3.7 split out mongodb-driver-sync.
            "mongodb-driver",
            "mongo-java-driver",
            "mongodb-driver-sync",
            "mongodb-driver-reactivestreams",
            "mongodb-driver-kotlin-coroutine",
            "mongodb-driver-kotlin-sync",
        )
    },
    **{artifact: ((K.DATABASE, engine),) for _, artifact, engine in JDBC_DRIVERS},
    **{artifact: ((K.DATABASE, engine),) for _, artifact, engine in CLIENT_DRIVERS},
    "flyway-core": ((K.MIGRATIONS, "Flyway"),),
    "flyway-maven-plugin": ((K.MIGRATIONS, "Flyway"),),
    "liquibase-core": ((K.MIGRATIONS, "Liquibase"),),
    "liquibase-maven-plugin": ((K.MIGRATIONS, "Liquibase"),),
    # Redis OM Spring maps the service's documents and hashes to Redis (its JSON and search
    # modules) through `RedisDocumentRepository`s: the data layer and the store it keeps them
    # in, not a cache beside another database.
    "redis-om-spring": ((K.ORM, "Redis OM"), (K.DATABASE, "Redis")),
    "jedis": ((K.CACHE, "Redis"),),
    "lettuce-core": ((K.CACHE, "Redis"),),
    "redisson": ((K.CACHE, "Redis"),),
    "spymemcached": ((K.CACHE, "Memcached"),),
    "kafka-clients": ((K.BROKER, "Kafka"),),
    "spring-kafka": ((K.BROKER, "Kafka"),),
    "amqp-client": ((K.BROKER, "RabbitMQ"),),
    "spring-rabbit": ((K.BROKER, "RabbitMQ"),),
    # Spring Cloud AWS's SQS module: `@SqsListener` methods fed by Amazon SQS queues.
    "spring-cloud-aws-starter-sqs": ((K.BROKER, "Amazon SQS"),),
    "spring-cloud-aws-sqs": ((K.BROKER, "Amazon SQS"),),
    "junit": ((K.TEST, "JUnit"),),
    "junit-jupiter": ((K.TEST, "JUnit"),),
    "junit-jupiter-api": ((K.TEST, "JUnit"),),
    "testng": ((K.TEST, "TestNG"),),
    "spock-core": ((K.TEST, "Spock"),),
    "spock-spring": ((K.TEST, "Spock"),),
    "kotest-runner-junit5": ((K.TEST, "Kotest"),),
    "kotest-runner-junit5-jvm": ((K.TEST, "Kotest"),),
    # Spek 2's specifications run on its JUnit Platform engine.
    "spek-dsl-jvm": ((K.TEST, "Spek"),),
    "spek-runner-junit5": ((K.TEST, "Spek"),),
    "spring-boot-starter-test": ((K.TEST, "JUnit"),),
    "quarkus-junit5": ((K.TEST, "JUnit"),),
    "micronaut-test-junit5": ((K.TEST, "JUnit"),),
    "micronaut-test-kotest5": ((K.TEST, "Kotest"),),
    "micronaut-test-spock": ((K.TEST, "Spock"),),
    "quarkus-hibernate-orm": ((K.ORM, "JPA / Hibernate"),),
    "quarkus-hibernate-orm-panache": ((K.ORM, "JPA / Hibernate"),),
    "quarkus-flyway": ((K.MIGRATIONS, "Flyway"),),
    "quarkus-liquibase": ((K.MIGRATIONS, "Liquibase"),),
    "quarkus-redis-client": ((K.CACHE, "Redis"),),
    "quarkus-kafka-client": ((K.BROKER, "Kafka"),),
    "micronaut-data-hibernate-jpa": ((K.ORM, "JPA / Hibernate"),),
    "kotlin-stdlib": ((K.LANGUAGE, "Kotlin"),),
    # Scala's standard library, declared by a Maven or Gradle build compiling Scala.
    "scala-library": ((K.LANGUAGE, "Scala"),),
    "scala3-library_3": ((K.LANGUAGE, "Scala"),),
}

GLUE = frozenset(
    {
        "spring-boot-starter-test",
        "quarkus-junit5",
        "micronaut-test-junit5",
        "micronaut-test-kotest5",
        "micronaut-test-spock",
        "mybatis-spring-boot-starter",
        "mybatis-spring",
        "spring-boot-starter-jooq",
        "micronaut-jooq",
        "pagehelper-spring-boot-starter",
        "quarkus-hibernate-orm",
        "quarkus-hibernate-orm-panache",
        "micronaut-data-hibernate-jpa",
        "quarkus-flyway",
        "quarkus-liquibase",
        "spock-spring",
        "dropwizard-jdbi3",
        "dropwizard-hibernate",
    }
)
"""Artifacts that integrate a library: its own artifact's version is the library's."""

PLUGINS = {
    "org.springframework.boot": (K.FRAMEWORK, "Spring Boot"),
    "spring-boot-maven-plugin": (K.FRAMEWORK, "Spring Boot"),
    "io.quarkus": (K.FRAMEWORK, "Quarkus"),
    "quarkus-maven-plugin": (K.FRAMEWORK, "Quarkus"),
    "io.micronaut.application": (K.FRAMEWORK, "Micronaut"),
    # The same application plugin without the platform's default dependencies.
    "io.micronaut.minimal.application": (K.FRAMEWORK, "Micronaut"),
    "micronaut-maven-plugin": (K.FRAMEWORK, "Micronaut"),
    "io.ktor.plugin": (K.FRAMEWORK, "Ktor"),
    # Grails' application plugin (the Apache release's id and the older one); its plugin
    # modules apply `grails-plugin` instead (`LIBRARY_PLUGINS`).
    "org.grails.grails-web": (K.FRAMEWORK, "Grails"),
    "org.apache.grails.gradle.grails-web": (K.FRAMEWORK, "Grails"),
    "org.jetbrains.kotlin.jvm": (K.LANGUAGE, "Kotlin"),
    # A Kotlin Multiplatform build (a JVM target beside native ones) is Kotlin all the same.
    "org.jetbrains.kotlin.multiplatform": (K.LANGUAGE, "Kotlin"),
    # Gradle's core Scala plugin and Maven's Scala compiler plugin (net.alchim31.maven).
    "scala": (K.LANGUAGE, "Scala"),
    "scala-maven-plugin": (K.LANGUAGE, "Scala"),
    "org.flywaydb.flyway": (K.MIGRATIONS, "Flyway"),
    "org.liquibase.gradle": (K.MIGRATIONS, "Liquibase"),
    # SQLDelight's plugin generates the typed queries from the project's `.sq` files (its id
    # since 2.0, and 1.x's).
    "app.cash.sqldelight": (K.QUERY, "SQLDelight"),
    "com.squareup.sqldelight": (K.QUERY, "SQLDelight"),
}

BOMS = {
    "spring-boot-dependencies": "Spring Boot",
    "spring-boot-gradle-plugin": "Spring Boot",
    "spring-boot-starter-parent": "Spring Boot",
    "quarkus-bom": "Quarkus",
    "quarkus-universe-bom": "Quarkus",
    "micronaut-bom": "Micronaut",
    "micronaut-platform": "Micronaut",
    "micronaut-parent": "Micronaut",
    # Helidon's application parents (io.helidon.applications) and BOM; Vert.x's, Dropwizard's
    # and http4k's BOMs: their modules are declared without a version of their own.
    "helidon-se": "Helidon",
    "helidon-mp": "Helidon",
    "helidon-bom": "Helidon",
    "vertx-stack-depchain": "Vert.x",
    "vertx-dependencies": "Vert.x",
    "dropwizard-bom": "Dropwizard",
    "dropwizard-dependencies": "Dropwizard",
    "http4k-bom": "http4k",
    "grails-bom": "Grails",
    # Spring's own BOM: spring-webmvc's release in a war without Boot.
    "spring-framework-bom": "Spring MVC",
    "solon-parent": "Solon",
    # Airlift's BOM (`io.airlift:bom`, see `GROUP_BOMS`) fixes its modules' release, one for all.
    "airlift-bom": "Airlift",
    # Grails 3 to 6 put their Gradle plugin on the build classpath at the Grails release
    # (`grails-gradle-plugin:${grailsVersion}`, the version in gradle.properties).
    "grails-gradle-plugin": "Grails",
    # Pekko's and Akka's HTTP BOMs, built per Scala version (`pekko-http-bom_${scala.version}`;
    # see `bom_artifact`): a Java build on Pekko HTTP imports one to pin its modules.
    "pekko-http-bom": "Pekko HTTP",
    "akka-http-bom": "Akka HTTP",
}
"""Bills of materials, parents and build plugins that fix a framework's version without using
the framework: they give its version, never a framework of their own."""

APPLICATION_PLUGINS = frozenset(
    {
        "spring-boot-maven-plugin",
        "quarkus-maven-plugin",
        "micronaut-maven-plugin",
        "org.springframework.boot",
        "io.quarkus",
        "io.micronaut.application",
        "io.micronaut.minimal.application",
        "io.ktor.plugin",
        "org.grails.grails-web",
        "org.apache.grails.gradle.grails-web",
    }
)
"""Build plugins that package a runnable application (a module, not a library)."""

LIBRARY_PLUGINS = frozenset({"org.grails.grails-plugin", "org.apache.grails.gradle.grails-plugin"})
"""Build plugins that make a module a library of an application elsewhere: a Grails plugin is
loaded by the Grails application that includes it, whatever web stack it names."""

_SCALA_BUILT = LazyPattern(r"_(?:2\.1[0-3]|3|\$\{[\w.-]+\})$")
"""The Scala version a Scala library's artifact is built for, as a Maven or Gradle build
names it (`_2.13`, `_3`, `_${scala.binary.version}`)."""


_STRUTS1 = frozenset(
    {("struts", "struts"), ("struts-core", "org.apache.struts"), ("struts-core", "")}
)
"""Struts 1's core, as 1.2 published it (group `struts`, artifact `struts`) and 1.3 does
(`org.apache.struts:struts-core`): the framework a war's `ActionServlet` runs."""


_AIRLIFT_SERVER = frozenset({"http-server", "jaxrs"})
"""Airlift's modules that serve HTTP (its `bootstrap` alone starts any Guice program, a worker
or a CLI too); read under Airlift's group only, their names alone being common ones."""

GROUP_BOMS = {("io.airlift", "bom"): "airlift-bom"}
"""BOMs whose artifact alone says nothing (`bom`, as several groups name theirs), by group and
artifact → the key they have in `BOMS`."""


def bom_artifact(artifact: str) -> str:
    """The BOM an artifact names, without the Scala version a Scala library's BOM is built for
    (`pekko-http-bom_2.13` is `pekko-http-bom`); other artifacts as they are."""
    bare = _SCALA_BUILT.sub("", artifact.lower())
    return bare if bare != artifact.lower() and bare in BOMS else artifact


_SCALA_KINDS = frozenset({K.FRAMEWORK, K.ORM, K.QUERY})
"""What the Scala catalogue tells a JVM build: the server and data layer (its engines and
test tools are the JVM catalogue's own, under their Java artifacts)."""


_SPECS2 = frozenset({"specs2-core", "specs2-junit", "specs2"})
"""specs2's modules a Scala build tests with, built for one Scala version."""



_KMONGO = LazyPattern(r"kmongo(?:-(?:async|coroutine|reactor|rxjava2|reactivestreams))?"
                     r"(?:-core)?(?:-serialization|-jackson-mapping|-native)?")
"""KMongo's client artifacts (`kmongo`, `kmongo-coroutine-serialization`, `kmongo-async-core`):
not `kmongo-id`, `kmongo-property`, nor its annotation processor."""
def classify(group: str, artifact: str) -> tuple[tuple[K, str], ...]:
    """What a Maven coordinate means; `group` may be empty (Gradle version catalogs)."""
    artifact = artifact.lower()
    found: list[tuple[K, str]] = list(ARTIFACTS.get(artifact, ()))
    if artifact == "junit-jupiter" and group not in ("org.junit.jupiter", ""):
        found = []  # org.testcontainers:junit-jupiter is Testcontainers' JUnit glue, not JUnit
    if _is_mybatis_plus(group, artifact):
        found.append((K.ORM, "MyBatis-Plus"))
    elif _is_mybatis_starter(artifact) and not found:
        found.append((K.ORM, "MyBatis"))
    if artifact.startswith("komapper-") and group in ("org.komapper", ""):
        found.append((K.ORM, "Komapper"))
    if artifact.startswith("exposed-") and group in ("org.jetbrains.exposed", ""):
        found.append((K.ORM, "Exposed"))
    # Jdbi 2, before its modules were split (`org.jdbi:jdbi`, its DBI handles and SqlObject
    # DAOs in one artifact), and Dropwizard's integration of it: Jdbi, as jdbi3-core is.
    if (artifact == "jdbi" and group in ("org.jdbi", "")) or (
        artifact == "dropwizard-jdbi" and group in ("io.dropwizard", "")
    ):
        found.append((K.QUERY, "Jdbi"))
    # KMongo, the Kotlin toolkit over MongoDB's Java driver (`coll.find(User::name eq x)`,
    # its blocking, coroutine, reactive and serialization flavours): the data layer, as an
    # ODM is. Not its id and property modules alone (`kmongo-id`: shared models' types).
    if group in ("org.litote.kmongo", "") and _KMONGO.fullmatch(artifact):
        found += [(K.ORM, "KMongo"), (K.DATABASE, "MongoDB")]
    # Ktorm before its 3.2 rename (`me.liuwj.ktorm:ktorm-core`, `import me.liuwj.ktorm.dsl`).
    if artifact == "ktorm-core" and group in ("org.ktorm", "me.liuwj.ktorm", ""):
        found.append((K.ORM, "Ktorm"))
    if group in SQLDELIGHT_GROUPS:
        found += _sqldelight(artifact)
    if artifact in ("kotlin-test", "kotlin-test-junit", "kotlin-test-junit5") and group in (
        "org.jetbrains.kotlin",
        "",
    ):
        found.append((K.TEST, "kotlin.test"))
    if group in ("org.grails", "org.apache.grails", "org.grails.plugins", ""):
        found += _grails(artifact, group)
    scala_library = _SCALA_BUILT.sub("", artifact)
    if scala_library != artifact:
        # A Scala library built for one Scala version (`akka-http_2.13`, `slick_${scala.
        # binary.version}`) in a Maven or Gradle build: its HTTP server or data layer.
        found += [m for m in SCALA_CATALOG.get(scala_library, ()) if m[0] in _SCALA_KINDS]
        if scala_library in _SPECS2 and group in ("org.specs2", ""):
            # specs2 has no Java artifact: its specifications (run by the JUnit runner its
            # `specs2-junit` binding gives them) are the build's tests.
            found.append((K.TEST, "specs2"))
    if artifact.startswith("ojdbc") and artifact[5:].isdigit():
        found.append((K.DATABASE, "Oracle"))  # ojdbc6 … ojdbc17, one per JDK
    if artifact.startswith("flyway-"):
        found.append((K.MIGRATIONS, "Flyway"))
    if artifact in BOOT_CORE and group in ("org.springframework.boot", ""):
        # Spring Boot itself (`SpringApplication`, its auto-configuration) declared without a
        # starter, as a build that picks each of its modules by hand does.
        found.append((K.FRAMEWORK, "Spring Boot"))
    elif artifact.startswith("spring-boot-starter") and artifact != "spring-boot-starter-test":
        found.append((K.FRAMEWORK, "Spring Boot"))
        found += SPRING_STARTERS.get(artifact, ())
    elif artifact.startswith("quarkus-") and group in ("io.quarkus", ""):
        if artifact != "quarkus-junit5":
            found.append((K.FRAMEWORK, "Quarkus"))
        if "kafka" in artifact:
            found.append((K.BROKER, "Kafka"))
        found += _quarkus_data(artifact)
    elif artifact.startswith("ktor-server-") and group in ("io.ktor", ""):
        # Ktor's server modules (the client ones, `ktor-client-*`, call other services; the
        # test host only hosts an application under test).
        if not artifact.startswith("ktor-server-test"):
            found.append((K.FRAMEWORK, "Ktor"))
            found += ENGINES.get(_KOTLIN_TARGET.sub("", artifact), ())
    elif artifact in ("javalin", "javalin-bundle") and group in ("io.javalin", ""):
        # The core (or the bundle of it with its usual plugins); a plugin such as
        # javalin-openapi has its own releases.
        found.append((K.FRAMEWORK, "Javalin"))
    elif artifact.startswith("jersey-container-") or artifact == "jersey-server":
        # Jersey's server core or a container it runs its JAX-RS resources in (a servlet
        # of an embedded Jetty, Grizzly, the JDK's server); its client modules call others.
        if group in ("org.glassfish.jersey.containers", "org.glassfish.jersey.core", ""):
            found.append((K.FRAMEWORK, "Jersey"))
    elif group.startswith("io.helidon") and artifact in _HELIDON:
        found.append((K.FRAMEWORK, "Helidon"))
    elif artifact in _AIRLIFT_SERVER and group == "io.airlift":
        # Airlift: Trino's service framework, its own embedded Jetty (`http-server`) serving
        # JAX-RS resources through its `jaxrs` module (Jersey underneath), started by a
        # `Bootstrap` of Guice modules.
        found.append((K.FRAMEWORK, "Airlift"))
    elif artifact == "vertx-web" and group in ("io.vertx", ""):
        found.append((K.FRAMEWORK, "Vert.x"))
    elif scala_library == "vertx-web-scala" and group in ("io.vertx", ""):
        # Vert.x Web's Scala binding (`vertx-web-scala_2.12`): the same router, wrapped for
        # Scala verticles, built for one Scala version.
        found.append((K.FRAMEWORK, "Vert.x"))
    elif artifact in _DROPWIZARD_SERVER and group in ("io.dropwizard", ""):
        found.append((K.FRAMEWORK, "Dropwizard"))
    elif artifact == "spark-core" and group in ("com.sparkjava", ""):
        found.append((K.FRAMEWORK, "Spark"))
    elif artifact == "jooby" and group in ("io.jooby", "org.jooby", ""):
        found.append((K.FRAMEWORK, "Jooby"))
    elif artifact == "takes" and group in ("org.takes", ""):
        # Takes: an object-oriented web framework whose server (`new FtBasic(take, port)`)
        # serves the application's routes (`TkFork` over `FkRegex`).
        found.append((K.FRAMEWORK, "Takes"))
    elif artifact == "apollo-http-service" and group in ("com.spotify", ""):
        # Apollo: a Java service framework whose HTTP service module boots the application's
        # routes on its embedded Jetty (`HttpService.boot(init, name, args)`); its other
        # modules (apollo-api, apollo-core) are the routing and lifecycle it builds on.
        found.append((K.FRAMEWORK, "Apollo"))
    elif artifact == "ratpack-core" and group in ("io.ratpack", ""):
        found.append((K.FRAMEWORK, "Ratpack"))
    elif artifact == "armeria" and group in ("com.linecorp.armeria", ""):
        found.append((K.FRAMEWORK, "Armeria"))
    elif artifact in _SOLON_WEB and group in ("org.noear", ""):
        found.append((K.FRAMEWORK, "Solon"))
    elif artifact == "jfinal" and group in ("com.jfinal", ""):
        found.append((K.FRAMEWORK, "JFinal"))
    elif artifact == "struts2-core" and group in ("org.apache.struts", ""):
        found.append((K.FRAMEWORK, "Struts"))
    elif (artifact, group) in _STRUTS1:
        # Struts 1: its ActionServlet serves the war's actions (`struts-config.xml`).
        found.append((K.FRAMEWORK, "Struts"))
    elif artifact == "jboss-seam" and group in ("org.jboss.seam", ""):
        # JBoss Seam 2's core: its components serve the war's JSF pages (and its RESTEasy
        # module the resources) on the application server; the `jboss-seam-*` modules (ui,
        # mail, remoting) extend it and may lag its release.
        found.append((K.FRAMEWORK, "Seam"))
    elif artifact == "wicket-core" and group in ("org.apache.wicket", ""):
        found.append((K.FRAMEWORK, "Wicket"))
    elif artifact == "spring-webmvc" and group in ("org.springframework", ""):
        # Spring's web framework without Boot (a war's DispatcherServlet); under a Spring
        # Boot application it is Boot's (`assemble.ABSORBED`).
        found.append((K.FRAMEWORK, "Spring MVC"))
    elif artifact == "http4k-core" or artifact.startswith("http4k-server-"):
        if group in ("org.http4k", ""):
            found.append((K.FRAMEWORK, "http4k"))
    elif artifact in _ACTIVEJ_SERVER and group in ("io.activej", ""):
        found.append((K.FRAMEWORK, "ActiveJ"))
    elif group in ("org.b3log", "") and artifact.startswith("latke-"):
        found += _latke(artifact)
    elif artifact.startswith("micronaut-") and not artifact.startswith("micronaut-test"):
        found.append((K.FRAMEWORK, "Micronaut"))
        if group in ("io.micronaut", "io.micronaut.servlet", ""):
            found += ENGINES.get(artifact, ())
    return tuple(dict.fromkeys(found))


ENGINES = {
    # Micronaut's HTTP server on Netty, its default runtime, or one of the servlet
    # containers micronaut-servlet runs it in, embedded in the application as Netty is.
    "micronaut-http-server-netty": ((K.SERVER, "Netty"),),
    "micronaut-http-server-jetty": ((K.SERVER, "Jetty"),),
    "micronaut-http-server-tomcat": ((K.SERVER, "Tomcat"),),
    "micronaut-http-server-undertow": ((K.SERVER, "Undertow"),),
    # Ktor's engines, one of which `embeddedServer(Netty, …)` or `EngineMain` starts;
    # `ktor-server-core` alone is the routing, `ktor-server-servlet` a war's container's.
    "ktor-server-netty": ((K.SERVER, "Netty"),),
    "ktor-server-cio": ((K.SERVER, "Ktor CIO"),),
    "ktor-server-jetty": ((K.SERVER, "Jetty"),),
    "ktor-server-jetty-jakarta": ((K.SERVER, "Jetty"),),
    "ktor-server-tomcat": ((K.SERVER, "Tomcat"),),
    "ktor-server-tomcat-jakarta": ((K.SERVER, "Tomcat"),),
}
"""The embedded servers of Micronaut and Ktor, named by the engine module a build declares
(a Spring starter's are in `SPRING_STARTERS`): the module serves HTTP itself
(`nonservices.serverless`)."""

_KOTLIN_TARGET = LazyPattern(r"-jvm$")
"""The JVM target of a Kotlin multiplatform module (`ktor-server-netty-jvm`), the module's
own artifact for a JVM build."""


BOOT_CORE = frozenset({"spring-boot", "spring-boot-autoconfigure"})
"""Spring Boot's own modules, which its starters bring: the application class and its runner,
and the auto-configuration `@SpringBootApplication` turns on."""


_ACTIVEJ_SERVER = frozenset({"activej-http", "activej-launchers-http"})
"""ActiveJ's HTTP server and the launchers that start one (`HttpServerLauncher`): its other
modules (promises, the injector, serializers, the RPC) serve libraries and non-HTTP programs
too."""


_LATKE_ENGINES = {"mysql": "MySQL", "h2": "H2", "postgresql": "PostgreSQL", "oracle": "Oracle",
                  "sqlserver": "SQL Server"}
"""Latke's repository modules, one per engine (`latke-repository-mysql`)."""


SQLDELIGHT_GROUPS = frozenset({"app.cash.sqldelight", "com.squareup.sqldelight"})
"""SQLDelight's groups (2.x, and 1.x before it moved): it generates typed Kotlin queries from
the project's `.sq` files, the layer the code is written to, as sqlc does for Go."""

_SQLDELIGHT_ENGINES = {
    # The drivers over SQLite: the JVM's (on sqlite-jdbc), Android's, Kotlin/Native's and the
    # browser's (sql.js, in a web worker).
    "sqlite-driver": "SQLite",
    "android-driver": "SQLite",
    "native-driver": "SQLite",
    "sqljs-driver": "SQLite",
    "web-worker-driver": "SQLite",
    # The dialects of server engines a build compiles its `.sq` files for.
    "postgresql-dialect": "PostgreSQL",
    "mysql-dialect": "MySQL",
}
"""SQLDelight artifacts that name the engine the generated queries run on; its runtime, its
JDBC and R2DBC drivers and its extensions name none."""


def _sqldelight(artifact: str) -> list[tuple[K, str]]:
    """SQLDelight's modules: the query layer, and the engine a driver or dialect names (its
    Gradle plugin's artifact, on a build classpath, is no dependency of the program)."""
    if artifact == "gradle-plugin":
        return []
    engine = _SQLDELIGHT_ENGINES.get(artifact)
    return [(K.QUERY, "SQLDelight"), *([(K.DATABASE, engine)] if engine else [])]


def _latke(artifact: str) -> list[tuple[K, str]]:
    """Latke, b3log's web framework (`latke-core`: its HTTP server, IoC and dispatcher), and
    its repository layer, built for the engine its module names."""
    if artifact == "latke-core":
        return [(K.FRAMEWORK, "Latke")]
    engine = _LATKE_ENGINES.get(artifact.removeprefix("latke-repository-"))
    return [(K.ORM, "Latke"), (K.DATABASE, engine)] if engine else []


def _is_mybatis_starter(artifact: str) -> bool:
    """A platform's own Spring Boot starter of MyBatis (`hzero-starter-mybatis-mapper`,
    `acme-mybatis-spring-boot-starter`): its name holds both words, and the services depending
    on it write their mappers to MyBatis as through MyBatis's own starter. MyBatis-Plus's and
    MyBatis-Flex's starters are their own layers."""
    words = artifact.split("-")
    return (
        "mybatis" in words
        and "starter" in words
        and not any(w in ("plus", "flex") for w in words)
    )


def _is_mybatis_plus(group: str, artifact: str) -> bool:
    """MyBatis-Plus's starters, one per Spring Boot generation (`mybatis-plus-boot-starter`,
    `mybatis-plus-spring-boot3-starter`, `…-boot4-starter`, the next one too), and its core
    modules; its BOM and add-ons (a SQL parser, the code generator) use nothing by themselves."""
    if group not in ("com.baomidou", "") or not artifact.startswith("mybatis-plus-"):
        return False
    return artifact.endswith("-starter") or artifact in ("mybatis-plus-core",
                                                         "mybatis-plus-extension")


_DROPWIZARD_SERVER = frozenset({"dropwizard-core", "dropwizard-auth", "dropwizard-views"})
"""Dropwizard's core and the server bundles built on it (authentication filters, views): a
project taking only these gets the core through them; its client, Jackson and testing modules
are used by libraries and clients too."""


_SOLON_WEB = frozenset(
    {"solon-web", "solon-api", "solon-boot-jdkhttp", "solon-boot-jetty", "solon-boot-smarthttp",
     "solon-boot-undertow", "solon-server-jdkhttp", "solon-server-jetty",
     "solon-server-smarthttp", "solon-server-undertow"}
)
"""Solon's web starters and the HTTP servers it boots on (its core alone serves nothing)."""


_HELIDON = frozenset(
    {"helidon-webserver", "helidon-microprofile", "helidon-microprofile-core",
     "helidon-microprofile-server"}
)
"""Helidon's web server (SE) and its MicroProfile server (MP): its other modules are
clients, configuration and the like."""


_QUARKUS_ENGINES = {
    "postgresql": "PostgreSQL",
    "pg": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "mssql": "SQL Server",
    "oracle": "Oracle",
    "db2": "Db2",
    "h2": "H2",
}


def _quarkus_data(artifact: str) -> list[tuple[K, str]]:
    """The data layer a Quarkus extension brings: Hibernate ORM / Reactive and their Panache
    and Spring Data flavours, MongoDB's client and Panache, Hibernate Search's standalone
    mapper over Elasticsearch, and the engine of a JDBC or reactive SQL client
    (`quarkus-jdbc-postgresql`, `quarkus-reactive-pg-client`)."""
    found: list[tuple[K, str]] = []
    if ("hibernate-orm" in artifact or "hibernate-reactive" in artifact
            or artifact == "quarkus-spring-data-jpa"):
        found.append((K.ORM, "JPA / Hibernate"))
    if "mongodb" in artifact:
        found.append((K.DATABASE, "MongoDB"))
        if "panache" in artifact:
            found.append((K.ORM, "MongoDB Panache"))
        elif artifact == "quarkus-mongodb-client":
            # The client extension alone injects the driver's `MongoClient`: the code queries
            # through the driver, its data layer as mongodb-driver-sync is (Panache, declared
            # beside it, ranks first as an ORM).
            found.append((K.QUERY, "mongodb"))
    if artifact == "quarkus-hibernate-search-standalone-elasticsearch":
        # Hibernate Search's standalone mapper: the application's entities live only in the
        # Elasticsearch (or OpenSearch) index it maps them to, no relational store behind
        # them. Its ORM flavour (`…-search-orm-elasticsearch`) indexes JPA entities kept in
        # a database: the index is a search beside that store, not the engine.
        found += [(K.ORM, "Hibernate Search"), (K.DATABASE, "Elasticsearch")]
    parts = artifact.split("-")
    if len(parts) >= 3 and parts[1] in ("jdbc", "reactive") and parts[2] in _QUARKUS_ENGINES:
        found.append((K.DATABASE, _QUARKUS_ENGINES[parts[2]]))
    return found


_UNVERSIONED = frozenset((*POOLS, *LENDERS, *OWN_RELEASES))
"""Artifacts whose release is not that of what they are read as."""


def typed(
    meanings: tuple[tuple[K, str], ...],
    artifact: str,
    version: str,
    dev: bool,
    evidence: Evidence,
    provided: bool = False,
) -> list[Signal]:
    """The signals of one dependency (a language is never development-only); `provided`: the
    container the module runs in gives it (`Signal.provided`)."""
    strength = Strength.DEV if dev else Strength.DEPENDENCY
    artifact_lower = artifact.lower()
    glue = (artifact_lower in GLUE or artifact_lower.startswith("spring-boot-starter")
            or _is_mybatis_plus("", artifact_lower) or _is_mybatis_starter(artifact_lower))
    return [
        Signal(
            kind,
            name,
            Strength.DEPENDENCY if kind is K.LANGUAGE else strength,
            evidence,
            "" if artifact_lower in _UNVERSIONED else version,
            package=artifact_lower,
            # A Spring starter's version is Spring Boot's, the framework's own.
            glue=glue and kind is not K.FRAMEWORK,
            provided=provided,
            server=kind is K.DATABASE and artifact_lower in SERVER_CONNECTORS,
            scope=Scope.FALLBACK if kind is K.DATABASE and artifact_lower in SEARCH_CLIENTS
            else None,
        )
        for kind, name in meanings
    ]


GRAILS_HIBERNATE = frozenset(
    {"grails-data-hibernate5", "gorm-hibernate5", "grails-datastore-gorm-hibernate5"}
)
"""Grails' GORM for Hibernate: the artifact of the Apache releases and of the older ones."""

GRAILS_MONGODB = frozenset({"grails-data-mongodb", "gorm-mongodb", "grails-datastore-gorm-mongodb"})
"""Grails' GORM for MongoDB: its domain classes mapped onto collections (the driver it pulls in,
often declared beside it, is only its transport)."""


def _grails(artifact: str, group: str) -> tuple[tuple[K, str], ...]:
    """Grails' own artifacts: its core (the framework) and GORM, its data layer (named as
    Grails names it; Go's GORM is another library, told apart by the backend's language)."""
    if artifact == "grails-core" and group != "org.grails.plugins":
        return ((K.FRAMEWORK, "Grails"),)
    if artifact in GRAILS_HIBERNATE or (artifact == "hibernate5" and group == "org.grails.plugins"):
        return ((K.ORM, "GORM"),)
    if artifact in GRAILS_MONGODB or (artifact == "mongodb" and group == "org.grails.plugins"):
        return ((K.ORM, "GORM"), (K.DATABASE, "MongoDB"))
    return ()
