"""JVM: scratch classes in a test folder are no test (set 215, #19).

A Maven build of two Spring Boot applications declares `spring-boot-starter-test` in its root
pom, but the only files under the admin application's `src/test/java` are classes with a
`main()` a developer runs by hand (`FileTest.java` reading an image, an API demo), none importing
a test framework nor marking a test; the shop application's `src/test` holds only its code
generator's templates under `resources`, and its main sources keep a package named `test`. The
build's test task runs nothing: neither application has a test framework (`testless_jvm`). One
source with a test in it, wherever it is, keeps the declaration, and so does a helper class kept
beside the test that extends it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.7.18</version>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>shop</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>shop-admin</module>
    <module>shop-app</module>
  </modules>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
"""


def _module_pom(name: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>shop</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>{name}</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
  </dependencies>
</project>
"""


def _application(package: str) -> str:
    return (
        f"package com.acme.{package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class Application {\n"
        "    public static void main(String[] args) {\n"
        "        SpringApplication.run(Application.class, args);\n    }\n}\n"
    )


_SCRATCH = (
    "package com.acme;\n\nimport java.io.File;\nimport java.io.IOException;\n\n"
    "public class FileTest {\n    public static void main(String[] args) throws IOException {\n"
    '        System.out.println(new File("a.png").length());\n    }\n}\n'
)


def _shop() -> dict[str, str]:
    return {
        "pom.xml": _ROOT_POM,
        "shop-admin/pom.xml": _module_pom("shop-admin"),
        "shop-admin/src/main/java/com/acme/admin/Application.java": _application("admin"),
        "shop-admin/src/test/java/com/acme/FileTest.java": _SCRATCH,
        "shop-admin/src/test/java/com/acme/ApiDemo.java": (
            "package com.acme;\n\npublic class ApiDemo {\n"
            "    public static void main(String[] args) {\n"
            '        System.out.println("sign");\n    }\n}\n'
        ),
        "shop-app/pom.xml": _module_pom("shop-app"),
        "shop-app/src/main/java/com/acme/app/Application.java": _application("app"),
        "shop-app/src/main/java/com/acme/app/test/TestController.java": (
            "package com.acme.app.test;\n\npublic class TestController {}\n"
        ),
        "shop-app/src/test/resources/templates/entity.java.vm": "package ${package};\n",
    }


def test_scratch_classes_in_a_test_folder_are_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _shop()))
    assert first(found["shop-admin"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["shop-admin"], K.TEST) == ("", "")
    assert first(found["shop-app"], K.TEST) == ("", "")


def test_a_test_method_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: one real test beside the scratch classes.
    files = _shop()
    files["shop-admin/src/test/java/com/acme/OrderServiceChecks.java"] = (
        "package com.acme;\n\nimport org.junit.jupiter.api.Test;\n\n"
        "class OrderServiceChecks {\n    @Test\n    void totals() {}\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["shop-admin"], K.TEST)[0] == "JUnit"


def test_a_spec_on_a_base_class_of_its_folder_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: the test extends a base class of its own folder that imports the framework.
    files = _shop()
    files["shop-app/src/test/java/com/acme/BaseTest.java"] = (
        "package com.acme;\n\nimport org.springframework.boot.test.context.SpringBootTest;\n\n"
        "@SpringBootTest\npublic abstract class BaseTest {}\n"
    )
    files["shop-app/src/test/java/com/acme/CartTest.java"] = (
        "package com.acme;\n\nclass CartTest extends BaseTest {}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["shop-app"], K.TEST)[0] == "JUnit"


def test_a_test_folder_with_other_files_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: what is not a JVM source in a test folder (outside its resources) counts.
    files = _shop()
    files["shop-admin/src/test/groovy/com/acme/cart.feature"] = "Feature: cart\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["shop-admin"], K.TEST)[0] == "JUnit"
