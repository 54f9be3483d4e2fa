package org.entente.relations.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.auth.AdminAccess;
import org.entente.relations.testing.AdminClient;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

/** Neither the admin token nor a rejected one reaches a log line, even with security logging at DEBUG. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecretsInLogsTest {

    private static final List<String> LOUD = List.of("io.quarkus.security", "io.quarkus.vertx.http",
            "io.quarkus.oidc", "org.entente", "org.jboss.resteasy.reactive");

    @Test
    void tokensNeverAppearInTheLog() {
        String wrong = "wrong-token-" + UUID.randomUUID();
        List<String> lines = captureWhile(() -> {
            AdminClient.given().get("/api/v1/admin/parameters").then().statusCode(200);
            AdminClient.given().get("/api/v1/alert-rules").then().statusCode(200);
            given().header("Authorization", "Bearer " + wrong).get("/api/v1/alert-rules").then().statusCode(401);
            given().header("Authorization", "Bearer " + wrong).contentType("application/json")
                    .body("{\"halfLifeDays\": 180}").post("/api/v1/admin/recompute").then().statusCode(401);
        });
        assertThat(lines).as("the capture works").isNotEmpty();
        assertThat(lines).noneMatch(l -> l.contains(AdminAccess.TEST_TOKEN)).noneMatch(l -> l.contains(wrong))
                .noneMatch(l -> l.toLowerCase().contains("authorization: bearer"));
    }

    @Test
    void noHttpAccessLogIsWritten() {
        assertThat(ConfigProvider.getConfig().getOptionalValue("quarkus.http.access-log.enabled", Boolean.class))
                .contains(false);
    }

    private static List<String> captureWhile(Runnable r) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getMessage());
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        line.append(' ').append(p);
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    line.append(' ').append(t);
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        List<Level> previous = new ArrayList<>();
        for (String name : LOUD) {
            previous.add(Logger.getLogger(name).getLevel());
            Logger.getLogger(name).setLevel(Level.FINEST);
        }
        root.addHandler(handler);
        try {
            r.run();
            Logger.getLogger("org.entente.test").info("capture check");
        } finally {
            root.removeHandler(handler);
            for (int i = 0; i < LOUD.size(); i++) {
                Logger.getLogger(LOUD.get(i)).setLevel(previous.get(i));
            }
        }
        return lines;
    }
}
