"""A Gradle multi-project whose root gives every subproject Spring MVC (`subprojects {
dependencies { compile 'org.springframework:spring-webmvc:…' } }`) and whose one war mounts
its own subclass of the DispatcherServlet in web.xml (#19): the war is the Spring MVC
backend, with the root's version and the data layer of the library projects it packages; the
root, which builds no war, is none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

SETTINGS = 'include "modules:core",\n        "modules:db",\n        "modules:web"\n'
ROOT = (
    "subprojects {\n  apply plugin: 'java'\n  repositories { mavenCentral() }\n"
    "  dependencies {\n    compile 'org.springframework:spring-webmvc:4.1.5.RELEASE',\n"
    "        'org.springframework:spring-core:4.1.5.RELEASE'\n"
    "    testCompile 'junit:junit:4.12'\n  }\n}\n"
)
DB = (
    "dependencies {\n    compile 'org.mybatis:mybatis:3.2.8',\n"
    "        'org.mybatis:mybatis-spring:1.2.2',\n"
    "        'org.postgresql:postgresql:9.2-1002-jdbc4'\n}\n"
)
CORE = "dependencies {\n    compile project(':modules:db')\n}\n"
WEB = (
    "apply plugin: 'war'\n\ndependencies {\n"
    "    compile project(':modules:core'),\n            project(':modules:db')\n}\n"
)
WEB_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<web-app>\n  <servlet>\n'
    "    <servlet-name>app</servlet-name>\n"
    "    <servlet-class>org.example.web.DispatcherServlet</servlet-class>\n"
    "  </servlet>\n</web-app>\n"
)
SERVLET = (
    "package org.example.web;\n\nimport javax.servlet.http.HttpServletRequest;\n"
    "import javax.servlet.http.HttpServletResponse;\n\n"
    "public class DispatcherServlet extends org.springframework.web.servlet.DispatcherServlet {\n"
    "  @Override\n  protected void doService(HttpServletRequest request, "
    "HttpServletResponse response) throws Exception {\n"
    "    super.doService(request, response);\n  }\n}\n"
)
CONTROLLER = (
    "package org.example.web.controller;\n\n"
    "import org.springframework.stereotype.Controller;\n"
    "import org.springframework.web.bind.annotation.RequestMapping;\n\n"
    '@Controller\npublic class FacilityController {\n  @RequestMapping("/facilities")\n'
    '  public String list() { return "facilities"; }\n}\n'
)
MAPPER = (
    "package org.example.db;\n\nimport org.apache.ibatis.annotations.Select;\n\n"
    "public interface FacilityMapper {\n"
    '  @Select("SELECT name FROM facilities")\n  java.util.List<String> names();\n}\n'
)
TEST = (
    "package org.example.web.controller;\n\nimport org.junit.Test;\n\n"
    "public class FacilityControllerTest {\n  @Test public void lists() {}\n}\n"
)


def test_war_mounting_its_dispatcher_subclass_is_the_backend(tmp_path: Path) -> None:
    files = {
        "settings.gradle": SETTINGS,
        "build.gradle": ROOT,
        "modules/db/build.gradle": DB,
        "modules/db/src/main/java/org/example/db/FacilityMapper.java": MAPPER,
        "modules/core/build.gradle": CORE,
        "modules/web/build.gradle": WEB,
        "modules/web/src/main/webapp/WEB-INF/web.xml": WEB_XML,
        "modules/web/src/main/java/org/example/web/DispatcherServlet.java": SERVLET,
        "modules/web/src/main/java/org/example/web/controller/FacilityController.java": CONTROLLER,
        "modules/web/src/test/java/org/example/web/controller/FacilityControllerTest.java": TEST,
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"modules/web"}
    web = found["modules/web"]
    assert first(web, K.FRAMEWORK) == ("Spring MVC", "4.1.5.RELEASE")
    assert first(web, K.ORM)[0] == "MyBatis"
    assert first(web, K.DATABASE)[0] == "PostgreSQL"
    assert first(web, K.TEST)[0] == "JUnit"
