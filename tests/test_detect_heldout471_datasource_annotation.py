"""A gap the 471st held-out set showed (benchmarks/detect_heldout471.yaml), as a small fixture
of the real files' shape (#19): a Spring Cloud gateway excludes the DataSource
auto-configuration, while the shared module it uses (the RuoYi shape) declares an annotation of
its own named `DataSource` (`public @interface DataSource`, to switch among data sources).
Declaring that type builds no DataSource: the data layer the module lends is still not the
gateway's. A module whose code does build one (a `DataSource` bean) still keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout367_gradle_conventions import _EXCLUDED, _tree
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ANNOTATION = (
    "package org.acme.common.annotation;\n\n"
    "import java.lang.annotation.ElementType;\nimport java.lang.annotation.Retention;\n"
    "import java.lang.annotation.RetentionPolicy;\nimport java.lang.annotation.Target;\n\n"
    "@Target({ ElementType.METHOD, ElementType.TYPE })\n"
    "@Retention(RetentionPolicy.RUNTIME)\npublic @interface DataSource\n{\n"
    '    public String value() default "MASTER";\n}\n'
)

_BEAN = (
    "package org.acme.common.config;\n\n"
    "import javax.sql.DataSource;\n"
    "import org.springframework.boot.jdbc.DataSourceBuilder;\n"
    "import org.springframework.context.annotation.Bean;\n\n"
    "public class DruidConfig {\n  @Bean\n  public DataSource master() {\n"
    "    return DataSourceBuilder.create().build();\n  }\n}\n"
)


def test_an_annotation_named_datasource_builds_none(tmp_path: Path) -> None:
    tree = _tree(_EXCLUDED)
    tree["services/common/src/main/java/org/acme/common/annotation/DataSource.java"] = _ANNOTATION
    found = by_folder(write(tmp_path, tree))
    assert first(found["services/tables"], K.ORM) == ("", "")


def test_a_datasource_bean_in_the_module_keeps_its_layer(tmp_path: Path) -> None:
    tree = _tree(_EXCLUDED)
    tree["services/common/src/main/java/org/acme/common/annotation/DataSource.java"] = _ANNOTATION
    tree["services/common/src/main/java/org/acme/common/config/DruidConfig.java"] = _BEAN
    found = by_folder(write(tmp_path, tree))
    assert first(found["services/tables"], K.ORM)[0].startswith("JPA")
