"""Held-out set 337 (#19): a Quarkus service declares the MongoDB client extension
(`quarkus-mongodb-client`) and no Panache; its DAO queries collections through the injected
`MongoClient`. The driver is its data layer (as mongodb-driver-sync is), MongoDB its engine.
Where Panache is declared beside the client, Panache stays the data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<?xml version="1.0"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>market</artifactId>
  <version>1.0</version>
  <properties><quarkus.version>0.28.0</quarkus.version></properties>
  <dependencyManagement><dependencies><dependency>
    <groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId>
    <version>${quarkus.version}</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-resteasy</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-mongodb-client</artifactId></dependency>
%s    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-junit5</artifactId>
      <scope>test</scope></dependency>
  </dependencies>
</project>
"""

_PANACHE = (
    "    <dependency><groupId>io.quarkus</groupId>"
    "<artifactId>quarkus-mongodb-panache</artifactId></dependency>\n"
)

_DAO = """package org.example.dao;

import com.mongodb.MongoClient;
import javax.inject.Inject;

public class DefaultMongoDao {
    @Inject
    MongoClient mongoClient;

    public long count(String collection) {
        return mongoClient.getDatabase("mpc").getCollection(collection).countDocuments();
    }
}
"""

_RESOURCE = """package org.example;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

@Path("/listings")
public class ListingResource {
    @GET
    public String all() { return "[]"; }
}
"""


def _service(panache: bool) -> dict[str, str]:
    return {
        "pom.xml": _POM % (_PANACHE if panache else ""),
        "src/main/java/org/example/ListingResource.java": _RESOURCE,
        "src/main/java/org/example/dao/DefaultMongoDao.java": _DAO,
        "src/main/resources/application.properties":
            "quarkus.mongodb.connection-string=mongodb://localhost:27017\n",
    }


def test_mongodb_client_extension_is_the_data_layer(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _service(panache=False)))["."]
    data = next((f.name for f in app.findings if f.kind in (K.ORM, K.QUERY)), "")
    assert data == "mongodb"
    assert first(app, K.DATABASE)[0] == "MongoDB"


def test_panache_beside_the_client_stays_the_data_layer(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _service(panache=True)))["."]
    data = next((f.name for f in app.findings if f.kind in (K.ORM, K.QUERY)), "")
    assert data == "MongoDB Panache"
