"""A Dropwizard service whose data layer is hand-written DAOs over DBCP 1.x (#19): the
teletraan shape of held-out set 118. The service module depends on a sibling `common` module
keeping the DAOs (commons-dbutils' QueryRunner over a `commons-dbcp:commons-dbcp` pool and
mysql-connector-j): plain JDBC is the data layer, as with DBCP 2. A module declaring the pool
whose sources never touch JDBC keeps no data (`unused_pools`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(artifact: str, deps: list[tuple[str, str]], parent: bool = True) -> str:
    items = "\n".join(
        f"    <dependency>\n      <groupId>{g}</groupId>\n      <artifactId>{a}</artifactId>\n"
        "    </dependency>"
        for g, a in deps
    )
    above = (
        "  <parent>\n    <groupId>com.acme</groupId>\n    <artifactId>deploy</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        if parent
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        f"{above}  <groupId>com.acme</groupId>\n  <artifactId>{artifact}</artifactId>\n"
        f"  <version>1.0</version>\n  <dependencies>\n{items}\n  </dependencies>\n</project>\n"
    )


_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>deploy</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>common</module>
    <module>service</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.dropwizard</groupId>
        <artifactId>dropwizard-dependencies</artifactId>
        <version>2.1.11</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""

_DAO = """package com.acme.deploy.db;

import org.apache.commons.dbcp.BasicDataSource;
import org.apache.commons.dbutils.QueryRunner;
import org.apache.commons.dbutils.handlers.BeanHandler;

public class DBHostDAOImpl {
  private final BasicDataSource dataSource;

  public DBHostDAOImpl(BasicDataSource dataSource) { this.dataSource = dataSource; }

  public Object get(String id) throws Exception {
    return new QueryRunner(dataSource).query("SELECT * FROM hosts WHERE id=?",
        new BeanHandler<>(Object.class), id);
  }
}
"""

_APP = """package com.acme.deploy;

import io.dropwizard.Application;
import io.dropwizard.setup.Environment;

public class DeployService extends Application<DeployServiceConfiguration> {
  @Override
  public void run(DeployServiceConfiguration configuration, Environment environment) {}

  public static void main(String[] args) throws Exception { new DeployService().run(args); }
}
"""

_UTIL = "package com.acme.deploy.util;\n\npublic class Strings {}\n"


def _tree(uses_jdbc: bool = True, driver: bool = True) -> dict[str, str]:
    common = [("commons-dbcp", "commons-dbcp"), ("commons-dbutils", "commons-dbutils")]
    if driver:
        common.insert(0, ("com.mysql", "mysql-connector-j"))
    java = "common/src/main/java/com/acme/deploy"
    files = {
        "pom.xml": _ROOT,
        "common/pom.xml": _pom("common", common),
        "service/pom.xml": _pom(
            "service", [("com.acme", "common"), ("io.dropwizard", "dropwizard-core")]
        ),
        "service/src/main/java/com/acme/deploy/DeployService.java": _APP,
    }
    if uses_jdbc:
        files[f"{java}/db/DBHostDAOImpl.java"] = _DAO
    else:
        files[f"{java}/util/Strings.java"] = _UTIL
    return files


def test_dbcp1_pool_under_hand_written_daos_is_jdbc(tmp_path: Path) -> None:
    write(tmp_path, _tree())
    service = by_folder(tmp_path)["service"]
    assert first(service, K.FRAMEWORK) == ("Dropwizard", "2.1.11")
    assert first(service, K.QUERY)[0] == "JDBC"
    assert first(service, K.DATABASE)[0] == "MySQL"


def test_dbcp1_pool_nothing_uses_keeps_no_data(tmp_path: Path) -> None:
    # The counter-case: the pool is declared, but no driver and no source names JDBC.
    write(tmp_path, _tree(uses_jdbc=False, driver=False))
    service = by_folder(tmp_path)["service"]
    assert first(service, K.QUERY) == ("", "")
    assert first(service, K.ORM) == ("", "")
