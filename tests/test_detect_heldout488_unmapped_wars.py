"""Held-out set 488 (#19): beside a Spring MVC war (web.xml mounting the DispatcherServlet, its
controllers), a repository keeps a statistics war whose pom declares spring-webmvc (for Spring's
context listener) while its web.xml starts a scheduling servlet of its own on start-up, mapped
to no URL, and maps only a connection pool's admin servlet: it serves no request of the
product's, and is no backend (`unmapped_wars`). The same war mapping its own servlet to a URL
serves it, and stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(artifact: str, extra: str = "") -> str:
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <version>1.0</version>\n"
        "  <packaging>war</packaging>\n"
        "  <properties><spring.version>4.3.1.RELEASE</spring.version></properties>\n"
        "  <dependencies>\n"
        "    <dependency><groupId>org.springframework</groupId>"
        "<artifactId>spring-webmvc</artifactId><version>${spring.version}</version></dependency>\n"
        "    <dependency><groupId>org.springframework</groupId>"
        "<artifactId>spring-jdbc</artifactId><version>${spring.version}</version></dependency>\n"
        "    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>"
        "<version>9.2-1003-jdbc3</version></dependency>\n"
        f"{extra}  </dependencies>\n</project>\n"
    )


_STATS_WEB = """<?xml version="1.0" encoding="UTF-8"?>
<web-app version="2.5" xmlns="http://java.sun.com/xml/ns/javaee">
  <context-param>
    <param-name>contextConfigLocation</param-name>
    <param-value>classpath:/applicationContext.xml</param-value>
  </context-param>
  <listener>
    <listener-class>org.springframework.web.context.ContextLoaderListener</listener-class>
  </listener>
  <servlet>
    <servlet-name>Admin</servlet-name>
    <servlet-class>org.logicalcobwebs.proxool.admin.servlet.AdminServlet</servlet-class>
  </servlet>
  <servlet-mapping>
    <servlet-name>Admin</servlet-name>
    <url-pattern>/admin</url-pattern>
  </servlet-mapping>
  <servlet>
    <servlet-name>taskServlet</servlet-name>
    <servlet-class>com.acme.stats.servlet.TaskServlet</servlet-class>
    <load-on-startup>2</load-on-startup>
  </servlet>
</web-app>
"""

_TREE = {
    "stats/pom.xml": _pom("stats"),
    "stats/web/WEB-INF/web.xml": _STATS_WEB,
    "stats/src/main/java/com/acme/stats/servlet/TaskServlet.java": (
        "package com.acme.stats.servlet;\n\nimport javax.servlet.http.HttpServlet;\n\n"
        "public class TaskServlet extends HttpServlet {\n"
        "    public void init() { new java.util.Timer().schedule(new StatsTask(), 0, 60000); }\n"
        "}\n"
    ),
    "stats/src/main/java/com/acme/stats/impl/DataBaseImpl.java": (
        "package com.acme.stats.impl;\n\nimport org.springframework.jdbc.core.JdbcTemplate;\n\n"
        "public class DataBaseImpl extends JdbcTemplate {}\n"
    ),
    "api/pom.xml": _pom("api"),
    "api/src/main/webapp/WEB-INF/web.xml": (
        '<web-app version="3.0">\n  <servlet>\n    <servlet-name>spring</servlet-name>\n'
        "    <servlet-class>org.springframework.web.servlet.DispatcherServlet</servlet-class>\n"
        "  </servlet>\n  <servlet-mapping>\n    <servlet-name>spring</servlet-name>\n"
        "    <url-pattern>/</url-pattern>\n  </servlet-mapping>\n</web-app>\n"
    ),
    "api/src/main/java/com/acme/api/ParkController.java": (
        "package com.acme.api;\n\nimport org.springframework.stereotype.Controller;\n"
        "import org.springframework.web.bind.annotation.RequestMapping;\n\n"
        '@Controller\n@RequestMapping("/park")\npublic class ParkController {}\n'
    ),
}


def test_a_war_mapping_no_servlet_of_its_own_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _TREE))
    assert "stats" not in backends
    assert first(backends["api"], K.FRAMEWORK)[0] == "Spring MVC"


def test_a_war_mapping_its_own_servlet_stays(tmp_path: Path) -> None:
    tree = dict(_TREE)
    tree["stats/web/WEB-INF/web.xml"] = _STATS_WEB.replace(
        "</web-app>",
        "  <servlet-mapping>\n    <servlet-name>taskServlet</servlet-name>\n"
        "    <url-pattern>/task</url-pattern>\n  </servlet-mapping>\n</web-app>",
    )
    assert "stats" in by_folder(write(tmp_path, tree))
