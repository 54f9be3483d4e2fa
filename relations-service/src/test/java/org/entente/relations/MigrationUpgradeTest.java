package org.entente.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.entente.testinfra.Endpoints;
import org.entente.testinfra.EntenteInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database migrated by an earlier release upgrades with today's migrations: Flyway validates the
 * migrations it already ran (checksums) and applies the new ones. {@code db/released-2026-11-22} holds
 * V1, V20 and V21 exactly as first released; {@code db/edited-v21} the V21 that was edited afterwards
 * (commit 7d015ef), which some databases ran too (with the released V1 and V20).
 */
class MigrationUpgradeTest {

    @Test
    void aDatabaseMigratedWithTheReleasedV21ValidatesAndUpgrades() throws SQLException {
        String schema = upgradeFrom("classpath:db/released-2026-11-22");

        assertThat(columns(schema, "tie")).contains("anchored_sum", "summed_events");
        assertThat(columns(schema, "daily_rollup")).contains("exact_mass", "summed_events");
        // V22 created them (or found them, made by the edited V21); V36 dropped them again
        assertThat(indexes(schema)).doesNotContain("tie_sums_not_covered", "daily_rollup_sums_not_covered");
    }

    @Test
    void aDatabaseMigratedWithTheEditedV21ValidatesAndUpgradesToo(@TempDir Path released) throws Exception {
        for (String file : List.of("released-2026-11-22/V1__event_log_ties_rollups.sql",
                "released-2026-11-22/V20__alerts.sql", "edited-v21/V21__exact_sums.sql")) {
            try (InputStream in = getClass().getResourceAsStream("/db/" + file)) {
                Files.copy(in, released.resolve(file.substring(file.indexOf('/') + 1)));
            }
        }
        String schema = upgradeFrom("filesystem:" + released);

        assertThat(columns(schema, "tie")).contains("anchored_sum", "summed_events");
        // V22 created them (or found them, made by the edited V21); V36 dropped them again
        assertThat(indexes(schema)).doesNotContain("tie_sums_not_covered", "daily_rollup_sums_not_covered");
    }

    /** Migrates a new schema with the old migrations, then validates and migrates it with today's. */
    private static String upgradeFrom(String oldLocation) {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Flyway old = flyway(schema, oldLocation);
        assertThat(old.migrate().migrationsExecuted).isEqualTo(3);

        // Validation as Flyway runs it before migrating: only the migrations not yet run may differ.
        ValidateResult validation = Flyway.configure().configuration(flyway(schema, "classpath:db/migration")
                .getConfiguration()).ignoreMigrationPatterns("*:pending").load().validateWithResult();
        assertThat(validation.validationSuccessful).as(validation.getAllErrorMessages()).isTrue();
        Flyway today = flyway(schema, "classpath:db/migration");
        MigrateResult result = today.migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        today.validate();
        return schema;
    }

    private static Flyway flyway(String schema, String location) {
        Endpoints db = EntenteInfrastructure.shared();
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), db.username(), db.password())
                .schemas(schema)
                .createSchemas(true)
                .locations(location)
                .load();
    }

    private static List<String> columns(String schema, String table) throws SQLException {
        return strings("select column_name from information_schema.columns where table_schema = '" + schema
                + "' and table_name = '" + table + "'");
    }

    private static List<String> indexes(String schema) throws SQLException {
        return strings("select indexname from pg_indexes where schemaname = '" + schema + "'");
    }

    private static List<String> strings(String sql) throws SQLException {
        Endpoints db = EntenteInfrastructure.shared();
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
