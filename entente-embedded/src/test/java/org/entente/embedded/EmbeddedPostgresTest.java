package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path dir;

    @Test
    void servesTheEntenteDatabaseAndKeepsDataAcrossARestart() throws Exception {
        Path dataDir = dir.resolve("postgres");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir, 0);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tie (pair text PRIMARY KEY)");
            s.execute("INSERT INTO tie VALUES ('IRN|SAU')");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir, 0);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pair, current_user FROM tie")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("IRN|SAU");
            assertThat(rs.getString(2)).isEqualTo("entente");
        }
    }
}
