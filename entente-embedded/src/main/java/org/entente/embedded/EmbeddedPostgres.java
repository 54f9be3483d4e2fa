package org.entente.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (zonky's packaged binaries) with a data directory that is kept across
 * restarts, and the role and database Entente's services use.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "entente";
    public static final String USER = "entente";
    public static final String PASSWORD = "entente";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts PostgreSQL on {@code dataDir} (initialised on first use, never cleaned).
     *
     * @param port the port; 0 picks a free one
     */
    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        int chosen = port == 0 ? Ports.free() : port;
        Ports.requireFree(chosen, "PostgreSQL");
        Files.createDirectories(dataDir.getParent() == null ? dataDir.toAbsolutePath().getParent() : dataDir.getParent());
        EmbeddedPostgres postgres = new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setPort(chosen)
                .setRegisterShutdownHook(false) // owners stop it in their own order
                .start());
        postgres.ensureRoleAndDatabase();
        return postgres;
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void ensureRoleAndDatabase() throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            }
        } catch (SQLException e) {
            throw new IOException("could not create the role and database '" + DATABASE + "'", e);
        }
    }

    private static boolean exists(Connection c, String query, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
