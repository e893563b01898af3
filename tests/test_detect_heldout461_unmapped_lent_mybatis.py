"""A gap the 461st held-out set showed (#19), as a small fixture of the real files' shape: a
Spring Cloud build's shared security library declares `mybatis-plus-extension`; its OAuth
server declares `spring-boot-starter-jdbc` itself and maps no table with MyBatis (only
MyBatis-Plus's `Page` in a response), so its data layer is Spring JDBC, not the lent
MyBatis-Plus. The same server with a mapper of its own keeps MyBatis-Plus."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.1.5.RELEASE</version>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>acme-cloud</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>acme-common-security</module>
    <module>acme-oauth</module>
    <module>acme-hrs</module>
  </modules>
</project>
"""


def _pom(artifact: str, *deps: tuple[str, str]) -> str:
    items = "\n".join(
        f"    <dependency>\n      <groupId>{g}</groupId>\n      <artifactId>{a}</artifactId>\n"
        "    </dependency>"
        for g, a in deps
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <parent>\n    <groupId>com.acme</groupId>\n    <artifactId>acme-cloud</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n{items}\n  </dependencies>\n"
        "</project>\n"
    )


_SECURITY = _pom(
    "acme-common-security",
    ("org.springframework.boot", "spring-boot-starter-security"),
    ("com.baomidou", "mybatis-plus-extension"),
)

_OAUTH = _pom(
    "acme-oauth",
    ("org.springframework.boot", "spring-boot-starter-web"),
    ("org.springframework.boot", "spring-boot-starter-jdbc"),
    ("mysql", "mysql-connector-java"),
    ("com.acme", "acme-common-security"),
)

_HRS = _pom(
    "acme-hrs",
    ("org.springframework.boot", "spring-boot-starter-web"),
    ("com.baomidou", "mybatis-plus-boot-starter"),
    ("mysql", "mysql-connector-java"),
    ("com.acme", "acme-common-security"),
)

_APP = (
    "package com.acme.oauth;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class OauthApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(OauthApplication.class, args);\n    }\n}\n"
)

_ENDPOINT = (
    "package com.acme.oauth.endpoint;\n\n"
    "import com.baomidou.mybatisplus.extension.plugins.pagination.Page;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class TokenEndpoint {\n"
    "    public Page<String> tokens() { return new Page<>(); }\n}\n"
)

_MAPPER = (
    "package com.acme.oauth.dao;\n\n"
    "import com.baomidou.mybatisplus.core.mapper.BaseMapper;\n"
    "import org.apache.ibatis.annotations.Mapper;\n\n"
    "@Mapper\npublic interface ClientMapper extends BaseMapper<Object> {\n}\n"
)

_SECURITY_CODE = (
    "package com.acme.common.security;\n\n"
    "import com.baomidou.mybatisplus.annotation.TableName;\n\n"
    '@TableName("sys_user")\npublic class User {\n}\n'
)

_MAIN = "acme-oauth/src/main/java/com/acme/oauth"


def _layers(root: Path, **extra: str) -> list[str]:
    # The library is shared by a second service mapping its tables with MyBatis-Plus, as the
    # security library of a Spring Cloud build is by every service.
    hrs = "acme-hrs/src/main/java/com/acme/hrs"
    tree = {
        "acme-hrs/pom.xml": _HRS,
        f"{hrs}/HrsApplication.java": _APP.replace("oauth", "hrs").replace("Oauth", "Hrs"),
        f"{hrs}/dao/UserMapper.java": _MAPPER.replace("oauth", "hrs"),
        "pom.xml": _ROOT,
        "acme-common-security/pom.xml": _SECURITY,
        "acme-common-security/src/main/java/com/acme/common/security/User.java": _SECURITY_CODE,
        "acme-oauth/pom.xml": _OAUTH,
        f"{_MAIN}/OauthApplication.java": _APP,
        f"{_MAIN}/endpoint/TokenEndpoint.java": _ENDPOINT,
        **extra,
    }
    found = by_folder(write(root, tree))
    assert any(f.name == "MyBatis-Plus" for f in found["acme-hrs"].findings)
    backend = found["acme-oauth"]
    return [
        f.name for f in backend.findings if f.kind in (FindingKind.ORM, FindingKind.QUERY)
    ]


def test_a_lent_mybatis_plus_the_service_never_maps_with_yields_to_its_own_jdbc(
    tmp_path: Path,
) -> None:
    layers = _layers(tmp_path)
    assert "Spring JDBC" in layers
    assert "MyBatis-Plus" not in layers


def test_a_mapper_of_its_own_keeps_the_lent_mybatis_plus(tmp_path: Path) -> None:
    layers = _layers(tmp_path, **{f"{_MAIN}/dao/ClientMapper.java": _MAPPER})
    assert "MyBatis-Plus" in layers
