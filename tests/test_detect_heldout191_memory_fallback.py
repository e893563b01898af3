"""JVM: an in-memory database built when no URL is set is a local run's stand-in (set 191, #19).

A Spring Boot service declares PostgreSQL's driver and H2, and its `DataSource` bean reads
`DATABASE_URL`: when it is unset (`if (database_url == null) {`) it builds `jdbc:h2:mem:test`,
gone when the process ends; otherwise a `jdbc:postgresql://` URL from it. The deployed program
keeps its data in PostgreSQL. A file database built in that branch (`jdbc:h2:file:`) is still
the program's own default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout107_jvm_stores import _H2, _JAVA, _JPA_STARTER, _POSTGRES, _pom, _tree
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONFIG = """package org.acme.svc;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

@Configuration
public class DatabaseConfig {
    @Bean
    public DataSource dataSource() throws URISyntaxException {
        String database_url = System.getenv("DATABASE_URL");
        if (database_url == null) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
            return dataSource;
        } else {
            URI dbUri = new URI(database_url);
            String dbUrl = "jdbc:postgresql://" + dbUri.getHost() + dbUri.getPath();
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(dbUrl);
            return dataSource;
        }
    }
}
"""


def _engine(config: str, tmp_path: Path) -> str:
    files = _tree(
        _pom(_JPA_STARTER, _POSTGRES, _H2), (f"{_JAVA}/config/DatabaseConfig.java", config)
    )
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_an_in_memory_fallback_leaves_the_server_engine(tmp_path: Path) -> None:
    assert _engine(_CONFIG, tmp_path) == "PostgreSQL"


def test_a_file_database_built_when_unset_stays_the_default(tmp_path: Path) -> None:
    # Counter-case: the branch builds an H2 file that outlives the process.
    config = _CONFIG.replace("jdbc:h2:mem:test", "jdbc:h2:file:./data/app")
    assert _engine(config, tmp_path) == "H2"
