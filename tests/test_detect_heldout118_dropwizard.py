"""A Dropwizard application generic in its configuration, its version pinned through a sibling
Dropwizard module (#19): the Singularity shape of held-out set 118. A Maven reactor under an
outside parent (a company's base pom the tree lacks, which manages dropwizard-core) keeps
`<dropwizard.version>` for the modules it pins itself (`dropwizard-jdbi3`); the service module's
class is `SingularityService<T extends SingularityConfiguration> extends Application<T>`, so
that an example module may extend it. The service is the backend, on the release the reactor
pins; the example extending it starts nothing of its own. An abstract generic application
class (a base for applications elsewhere) is no entry point."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>basepom</artifactId>
    <version>25.6</version>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>Scheduler</artifactId>
  <version>1.5.1-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties>
    <dropwizard.version>1.3.12</dropwizard.version>
  </properties>
  <modules>
    <module>SchedulerService</module>
    <module>EmbedSchedulerExample</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.acme</groupId>
        <artifactId>SchedulerService</artifactId>
        <version>${project.version}</version>
      </dependency>
      <dependency>
        <groupId>io.dropwizard</groupId>
        <artifactId>dropwizard-jdbi3</artifactId>
        <version>${dropwizard.version}</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""

_SERVICE_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>Scheduler</artifactId>
    <version>1.5.1-SNAPSHOT</version>
  </parent>
  <artifactId>SchedulerService</artifactId>
  <dependencies>
    <dependency>
      <groupId>io.dropwizard</groupId>
      <artifactId>dropwizard-core</artifactId>
    </dependency>
    <dependency>
      <groupId>io.dropwizard</groupId>
      <artifactId>dropwizard-jdbi3</artifactId>
    </dependency>
    <dependency>
      <groupId>mysql</groupId>
      <artifactId>mysql-connector-java</artifactId>
      <scope>runtime</scope>
    </dependency>
  </dependencies>
</project>
"""

_EXAMPLE_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>Scheduler</artifactId>
    <version>1.5.1-SNAPSHOT</version>
  </parent>
  <artifactId>EmbedSchedulerExample</artifactId>
  <dependencies>
    <dependency>
      <groupId>com.acme</groupId>
      <artifactId>SchedulerService</artifactId>
    </dependency>
    <dependency>
      <groupId>io.dropwizard</groupId>
      <artifactId>dropwizard-core</artifactId>
    </dependency>
  </dependencies>
</project>
"""

_SERVICE = """package com.acme.scheduler;

import io.dropwizard.Application;
import io.dropwizard.setup.Environment;

public {abstract}class SchedulerService<T extends SchedulerConfiguration>
  extends Application<T> {{
  @Override
  public void run(final T configuration, final Environment environment) {{}}

  public static void main(final String[] args) throws Exception {{
    new SchedulerService<SchedulerConfiguration>().run(args);
  }}
}}
"""

_EXAMPLE = """package com.acme.scheduler;

public class EmbeddedSchedulerExample
  extends SchedulerService<SchedulerConfiguration> {
  public static void main(final String[] args) throws Exception {
    new EmbeddedSchedulerExample().run(args);
  }
}
"""

_JAVA = "src/main/java/com/acme/scheduler"


def _tree(abstract: bool = False, pinned: bool = True) -> dict[str, str]:
    root = _ROOT if pinned else _ROOT.replace("dropwizard-jdbi3", "jdbi3-core")
    return {
        "pom.xml": root,
        "SchedulerService/pom.xml": _SERVICE_POM,
        f"SchedulerService/{_JAVA}/SchedulerService.java": _SERVICE.format(
            abstract="abstract " if abstract else ""
        ),
        "EmbedSchedulerExample/pom.xml": _EXAMPLE_POM,
        f"EmbedSchedulerExample/{_JAVA}/EmbeddedSchedulerExample.java": _EXAMPLE,
    }


def test_generic_application_class_is_the_service(tmp_path: Path) -> None:
    write(tmp_path, _tree())
    found = by_folder(tmp_path)
    assert sorted(found) == ["SchedulerService"]
    service = found["SchedulerService"]
    assert first(service, K.FRAMEWORK) == ("Dropwizard", "1.3.12")
    assert first(service, K.QUERY)[0] == "Jdbi"
    assert first(service, K.DATABASE)[0] == "MySQL"


def test_abstract_generic_application_is_no_entry_point(tmp_path: Path) -> None:
    # The counter-case: an abstract application class is a base for applications elsewhere.
    write(tmp_path, _tree(abstract=True))
    service = by_folder(tmp_path).get("SchedulerService")
    assert service is None or not any(
        "SchedulerService.java" in e.path
        for f in service.findings
        if f.kind is K.FRAMEWORK
        for e in f.evidence
    )


def test_no_dropwizard_module_pinned_leaves_the_version_open(tmp_path: Path) -> None:
    # The counter-case: the reactor pins no Dropwizard module (Jdbi's own core instead), so
    # nothing in the tree names the release.
    write(tmp_path, _tree(pinned=False))
    service = by_folder(tmp_path)["SchedulerService"]
    assert first(service, K.FRAMEWORK) == ("Dropwizard", "")
