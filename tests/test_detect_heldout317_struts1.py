"""Held-out set 317 (#19): a Struts 1 war — Maven packaging `war`, `struts:struts` 1.2.9,
`WEB-INF/web.xml` mounting `org.apache.struts.action.ActionServlet`, a `struts-config.xml` —
whose DAOs run their SQL through `java.sql` over a JNDI DataSource is a backend on Struts, its
data layer JDBC, even when its main tree holds more than a thousand classes."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <groupId>ca.example.farm</groupId>
    <artifactId>farm-web</artifactId>
    <packaging>war</packaging>
    <version>1.0-SNAPSHOT</version>
    <dependencies>
        <dependency>
            <groupId>struts</groupId>
            <artifactId>struts</artifactId>
            <version>1.2.9</version>
        </dependency>
        <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>42.7.7</version>
        </dependency>
        <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <version>5.13.4</version>
            <scope>test</scope>
        </dependency>
    </dependencies>
</project>
"""

_WEB_XML = """<?xml version="1.0" encoding="UTF-8"?>
<web-app>
  <servlet>
    <servlet-name>action</servlet-name>
    <servlet-class>org.apache.struts.action.ActionServlet</servlet-class>
    <init-param>
      <param-name>config</param-name>
      <param-value>/WEB-INF/struts-config.xml</param-value>
    </init-param>
  </servlet>
  <servlet-mapping>
    <servlet-name>action</servlet-name>
    <url-pattern>*.do</url-pattern>
  </servlet-mapping>
</web-app>
"""

_DAO = """package farm.dao;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;

public class {name}DAO {{
    public void write(Connection c) throws Exception {{
        try (CallableStatement s = c.prepareCall("{{call farm_{name}.write(?)}}")) {{
            s.execute();
        }}
    }}
}}
"""


def _war(fillers: int) -> dict[str, str]:
    files = {
        "web/pom.xml": _POM,
        "web/src/main/webapp/WEB-INF/web.xml": _WEB_XML,
        "web/src/main/webapp/WEB-INF/struts-config.xml": "<struts-config/>\n",
        "web/src/main/webapp/index.jsp": "<html:form action=\"/save\"/>\n",
    }
    for name in ("Program", "Scenario", "Staging", "Error", "Client", "Benchmark"):
        files[f"web/src/main/java/farm/dao/{name}DAO.java"] = _DAO.format(name=name)
    for index in range(fillers):
        files[f"web/src/main/java/farm/view/Form{index}.java"] = (
            f"package farm.view;\npublic class Form{index} {{}}\n"
        )
    return files


def test_struts1_war_is_a_backend_on_struts(tmp_path: Path) -> None:
    web = by_folder(write(tmp_path, _war(0)))["web"]
    assert first(web, K.FRAMEWORK) == ("Struts", "1.2.9")
    assert first(web, K.QUERY)[0] == "JDBC"
    assert first(web, K.DATABASE)[0] == "PostgreSQL"


def test_struts1_war_of_many_classes_still_uses_jdbc(tmp_path: Path) -> None:
    web = by_folder(write(tmp_path, _war(1200)))["web"]
    assert first(web, K.QUERY)[0] == "JDBC"
