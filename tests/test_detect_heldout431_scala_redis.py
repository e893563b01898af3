"""Scala: an Akka HTTP service keeping its users and tokens in Redis through Jedis (set 431,
#19).

The sbt build declares akka-http and jedis; the service's own DAO base class imports
`redis.clients.jedis.JedisPooled` and constructs it from its settings. No other database is
named: Redis is the engine, as a Java service constructing the client makes it. A build
declaring Jedis whose code never imports it keeps Redis a cache at most."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = (
    'name := "token-service"\n\nscalaVersion := "2.13.10"\n\n'
    'val akkaHttpVersion = "10.2.9"\n\nlibraryDependencies ++= Seq(\n'
    '  "com.typesafe.akka" %% "akka-http" % akkaHttpVersion,\n'
    '  "redis.clients" % "jedis" % "4.4.0",\n'
    '  "org.scalatest" %% "scalatest" % "3.2.15" % Test\n)\n'
)

_SERVER = (
    "package example.sts\n\nimport akka.actor.ActorSystem\nimport akka.http.scaladsl.Http\n"
    "import akka.http.scaladsl.server.Directives._\n\n"
    "object Server extends App {\n  implicit val system: ActorSystem = ActorSystem(\"sts\")\n"
    '  Http().newServerAt("0.0.0.0", 8080).bind(path("ping") { get { complete("pong") } })\n}\n'
)

_REDIS = (
    "package example.sts.db\n\nimport redis.clients.jedis.JedisPooled\n\n"
    "trait Redis {\n"
    "  protected lazy val pool: JedisPooled = new JedisPooled(\"localhost\", 6379)\n\n"
    "  def saveUser(name: String): Unit = pool.hset(\"users:\" + name, \"name\", name)\n}\n"
)


def _service(with_redis: bool = True) -> dict[str, str]:
    files = {
        "build.sbt": _BUILD,
        "src/main/scala/example/sts/Server.scala": _SERVER,
    }
    if with_redis:
        files["src/main/scala/example/sts/db/Redis.scala"] = _REDIS
    return files


def test_the_jedis_client_the_code_opens_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert list(found) == ["."]
    root = found["."]
    assert first(root, K.FRAMEWORK) == ("Akka HTTP", "10.2.9")
    assert first(root, K.DATABASE)[0] == "Redis"


def test_jedis_declared_but_never_imported_is_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(with_redis=False)))
    assert first(found["."], K.DATABASE)[0] == ""
