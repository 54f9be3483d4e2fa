package org.entente.relations.ties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.testinfra.RawRecords.concat;
import static org.entente.testinfra.RawRecords.indexOf;
import static org.entente.testinfra.RawRecords.text;
import static org.entente.testinfra.RawRecords.utf8;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.contracts.MessageSchema;
import org.entente.relations.wire.Topics;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of bad record on {@code events} (real broker, real PostgreSQL): it lands on {@code events-dlq}
 * with a {@code dead-letter-reason} a person can act on, and the good event sent right after it on the
 * same partition is applied. Add a row to {@link #poison()} for a new kind of bad input.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EventPoisonRecordTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant AT = Instant.now().minus(5, ChronoUnit.HOURS);
    private static PoisonRecords kafka;

    @Inject
    DataSource db;

    @BeforeAll
    static void connect() {
        kafka = new PoisonRecords();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    static Stream<Arguments> poison() {
        String valid = good("e-valid");
        return Stream.of(
                Arguments.of("not JSON", utf8("{this is not json"), "not a valid Event v1"),
                Arguments.of("a JSON array", utf8("[1, 2, 3]"), "not a valid Event v1"),
                Arguments.of("a JSON string", utf8("\"an event\""), "not a valid Event v1"),
                Arguments.of("JSON null", utf8("null"), "JSON null"),
                Arguments.of("missing required fields", utf8("{\"schemaVersion\": 1, \"source\": \"SMR\"}"),
                        "required field 'id'"),
                Arguments.of("no schemaVersion", utf8(valid.replace("\"schemaVersion\": 1,", "")),
                        "unsupported schemaVersion null"),
                Arguments.of("confidence is a word", utf8(valid.replace("\"confidence\": 0.9", "\"confidence\": \"very\"")),
                        "not a valid Event v1"),
                Arguments.of("eventTime is not a time", utf8(valid.replace("\"eventTime\": \"", "\"eventTime\": \"yesterday")),
                        "not a valid Event v1"),
                Arguments.of("sentenceIndex is an object",
                        utf8(valid.replace("\"sentenceIndex\": 0", "\"sentenceIndex\": {\"a\": 1}")),
                        "not a valid Event v1"),
                Arguments.of("invalid UTF-8 outside strings", concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, utf8(valid)),
                        "not valid UTF-8"),
                Arguments.of("invalid UTF-8 inside a string", brokenInsideSentence(valid), "not valid UTF-8"),
                Arguments.of("an empty value", new byte[0], "empty record value"),
                Arguments.of("a tombstone (null value)", null, "empty record value"),
                Arguments.of("an oversized record (300,000-character sentence)",
                        utf8(valid.replace("did something", "x".repeat(300_000))), "more than"),
                Arguments.of("a NUL character", utf8(valid.replace("did something", "did\\u0000something")),
                        "NUL"),
                Arguments.of("an id longer than 64 characters", utf8(valid.replace("\"id\": \"e-valid\"",
                        "\"id\": \"" + "9".repeat(65) + "\"")), "'id' is longer than 64"),
                Arguments.of("an unknown subtype",
                        utf8(valid.replace("\"subtype\": null", "\"subtype\": \"" + "pact".repeat(20) + "\"")),
                        "unknown subtype"),
                Arguments.of("a cameoCode that is not a CAMEO code", utf8(valid.replace("\"cameoCode\": \"03\"",
                        "\"cameoCode\": \"'; DROP TABLE relations.tie;--\"")), "cameoCode"),
                Arguments.of("an extractorVersion longer than 64 characters", utf8(valid.replace(
                        "\"extractorVersion\": \"test\"", "\"extractorVersion\": \"" + "v".repeat(65) + "\"")),
                        "'extractorVersion' is longer than 64"),
                Arguments.of("an eventTime in year 9999", utf8(at("9999-12-31T00:00:00Z")), "outside"),
                Arguments.of("an eventTime five years ahead",
                        utf8(at(Instant.now().plus(5 * 366, ChronoUnit.DAYS).toString())), "outside"),
                Arguments.of("an eventTime before the Gregorian calendar (1500)", utf8(at("1500-03-01T00:00:00Z")),
                        "outside"),
                Arguments.of("an extractedAt beyond PostgreSQL's timestamps (year 300000)", utf8(valid.replace(
                        "\"extractedAt\": \"" + AT + "\"", "\"extractedAt\": \"+300000-01-01T00:00:00Z\"")),
                        "extractedAt"));
    }

    /** The valid event of the same pair at another time. */
    private static String at(String eventTime) {
        return EventTraffic.event("e-" + EventTraffic.newId(), "SMR", "LIE", "CONSULT", null, "asserted",
                Instant.parse(eventTime));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poison")
    void aPoisonRecordIsDeadLetteredWithAReasonAndTheNextEventIsApplied(String name, byte[] value, String reason)
            throws SQLException {
        String key = "LIE|SMR#" + EventTraffic.newId();
        String next = EventTraffic.newId();
        kafka.sendPair(key, value, good(next));

        await().atMost(WAIT).until(() -> kafka.deadLetter(key).isPresent());
        ConsumerRecord<String, byte[]> dead = kafka.deadLetter(key).orElseThrow();
        MessageSchema.DEAD_LETTER_HEADERS.requireValid(PoisonRecords.headers(dead));
        assertThat(PoisonRecords.header(dead, "dead-letter-reason")).as(name).contains(reason);
        assertThat(PoisonRecords.header(dead, "dead-letter-topic")).isEqualTo(Topics.EVENTS);
        assertThat(text(dead.value())).as("the original value is kept").isEqualTo(text(value));
        await().atMost(WAIT).until(() -> logged(next) == 1);
    }

    /** Valid JSON whose sentence holds a lead byte followed by ASCII: a decoder that replaces would hide it. */
    private static byte[] brokenInsideSentence(String valid) {
        byte[] broken = utf8(valid.replace("did something", "did @@ something"));
        int at = indexOf(broken, utf8("@@"));
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        return broken;
    }

    private static String good(String id) {
        return EventTraffic.event(id, "SMR", "LIE", "CONSULT", null, "asserted", AT);
    }

    private long logged(String id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from relations.event_log where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String sentence(String id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select sentence from relations.event_log where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
