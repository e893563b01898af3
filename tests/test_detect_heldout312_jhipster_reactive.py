"""Held-out set 312 (#19): a JHipster reactive gateway at a repository's root. Its pom.xml
declares Spring Boot (WebFlux, Spring Data R2DBC, r2dbc-postgresql) and hibernate-core; its
package.json is the React UI's tooling (webpack, Jest) and declares no server framework, while a
loose `proxy.js` beside it starts Express (resolved only by the lock file), run by no script.
Its repositories extend `R2dbcRepository` and its own `EntityManager` component builds R2DBC's
selects. The backend is Spring Boot alone, its data layer Spring Data R2DBC, its tests JUnit's
(the Jest specs test the UI). A package.json script running the proxy keeps Express; JPA's own
`EntityManager`, imported, keeps JPA.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.qms</groupId>
  <artifactId>qms-gateway</artifactId>
  <properties><spring-boot.version>2.7.3</spring-boot.version></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webflux</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-r2dbc</artifactId></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>r2dbc-postgresql</artifactId>
      </dependency>
    <dependency><groupId>org.hibernate</groupId><artifactId>hibernate-core</artifactId>
      </dependency>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId><scope>test</scope></dependency>
  </dependencies>
</project>
"""

_APP = """package org.example.qms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GatewayApp {
    public static void main(String[] args) {
        SpringApplication.run(GatewayApp.class, args);
    }
}
"""

_OWN_MANAGER = """package org.example.qms.repository;

import org.springframework.data.r2dbc.convert.R2dbcConverter;
import org.springframework.stereotype.Component;

@Component
public class EntityManager {
    public static final String ENTITY_ALIAS = "e";
}
"""

_REPOSITORY = """package org.example.qms.repository;

import org.example.qms.domain.Sector;
import org.springframework.data.r2dbc.repository.R2dbcRepository;

public interface SectorRepository extends R2dbcRepository<Sector, Long>, SectorRepositoryInternal {
}
"""

_INTERNAL = """package org.example.qms.repository;

import org.springframework.data.relational.core.sql.Table;

class SectorRepositoryInternalImpl implements SectorRepositoryInternal {
    private static final Table entityTable = Table.aliased("sector", EntityManager.ENTITY_ALIAS);
    private final EntityManager entityManager;
    SectorRepositoryInternalImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }
}
"""

_PROXY = """const express = require('express');
const axios = require('axios');
const app = express();
app.use(express.json());
app.use('*', (req, res) => {
  axios({ method: req.method.toLowerCase(), url: `https://gateway.example.org${req.originalUrl}` })
    .then(response => res.status(response.status).json(response.data));
});
app.listen(3000);
"""

_SPEC = """import reducer from './sector.reducer';
describe('sector reducer', () => {
  it('starts empty', () => { expect(reducer(undefined, { type: '' })).toBeDefined(); });
});
"""

_JUNIT = """package org.example.qms.web;

import org.junit.jupiter.api.Test;

class SectorResourceIT {
    @Test
    void createsASector() {}
}
"""


def _frameworks(backend: DetectedBackend) -> list[str]:
    return [f.name for f in backend.findings if f.kind is K.FRAMEWORK]


def _tree(scripts: dict[str, str], own_manager: bool = True) -> dict[str, str]:
    package = {
        "name": "qms-gateway",
        "scripts": {"jest": "jest --config jest.conf.js", "test": "npm run jest --",
                    "webapp:build": "webpack --config webpack/webpack.dev.js", **scripts},
        "dependencies": {"react": "18.2.0", "axios": "0.27.2"},
        "devDependencies": {"jest": "28.1.3", "ts-jest": "28.0.8", "webpack": "5.74.0"},
    }
    lock = {
        "name": "qms-gateway",
        "lockfileVersion": 2,
        "packages": {"": {"name": "qms-gateway"},
                     "node_modules/express": {"version": "4.18.2"}},
    }
    files = {
        "pom.xml": _POM,
        "package.json": json.dumps(package, indent=2),
        "package-lock.json": json.dumps(lock, indent=2),
        "jest.conf.js": "module.exports = { testMatch: ['**/*.spec.ts'] };\n",
        "proxy.js": _PROXY,
        "src/main/java/org/example/qms/GatewayApp.java": _APP,
        "src/main/java/org/example/qms/repository/SectorRepository.java": _REPOSITORY,
        "src/main/java/org/example/qms/repository/SectorRepositoryInternalImpl.java": _INTERNAL,
        "src/main/resources/config/application.yml": (
            "spring:\n  r2dbc:\n    url: r2dbc:postgresql://localhost:5432/qms\n"
        ),
    }
    if own_manager:
        files["src/main/java/org/example/qms/repository/EntityManager.java"] = _OWN_MANAGER
    else:
        files["src/main/java/org/example/qms/repository/SectorRepositoryInternalImpl.java"] = (
            _INTERNAL.replace(
                "import org.springframework.data.relational.core.sql.Table;",
                "import jakarta.persistence.EntityManager;\n"
                "import org.springframework.data.relational.core.sql.Table;",
            )
        )
    for index in range(12):
        files[f"src/main/webapp/app/entities/e{index}/e{index}.reducer.spec.ts"] = _SPEC
    for index in range(6):
        files[f"src/test/java/org/example/qms/web/Resource{index}IT.java"] = _JUNIT.replace(
            "SectorResourceIT", f"Resource{index}IT"
        )
    return files


def test_a_loose_proxy_beside_the_ui_tooling_is_no_framework_of_the_gateway(
    tmp_path: Path,
) -> None:
    gateway = by_folder(write(tmp_path, _tree({})))["."]
    assert _frameworks(gateway) == ["Spring Boot"]
    assert first(gateway, K.ORM)[0] == "Spring Data R2DBC"
    assert first(gateway, K.TEST)[0] == "JUnit"


def test_a_proxy_a_package_script_runs_keeps_express(tmp_path: Path) -> None:
    # Counter-case: `npm run proxy` starts it: the package's own server.
    gateway = by_folder(write(tmp_path, _tree({"proxy": "node proxy.js"})))["."]
    assert "Express" in _frameworks(gateway)


def test_jpa_entity_manager_imported_keeps_jpa(tmp_path: Path) -> None:
    # Counter-case: JPA's own EntityManager, not a class of the module's.
    gateway = by_folder(write(tmp_path, _tree({}, own_manager=False)))["."]
    assert first(gateway, K.ORM)[0] == "JPA / Hibernate"
