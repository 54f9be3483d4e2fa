package org.entente.drills;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the hostile drill sends: docs/bad-input.md's inputs, as documents, texts and raw
 * Kafka record values. Every size is bounded (the drill must fit in a few minutes on two cores).
 */
final class HostileInputs {

    static final String LINK_BASE = "https://hostile.drills.entente.example/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileInputs() {
    }

    /** An RSS 2.0 feed of one item; {@code rawTitle} goes in as given (the caller escapes it). */
    static String rss(String rawTitle, String link, String pubDate, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>hostile</title>"
                + "<link>" + LINK_BASE + "</link><description>hostile drill</description><language>en</language>\n"
                + "<item><title>" + rawTitle + "</title><link>" + link + "</link><guid isPermaLink=\"true\">" + link + "</guid>"
                + "<pubDate>" + pubDate + "</pubDate><description>" + FeedServer.escape(text) + "</description></item>\n"
                + "</channel></rss>\n";
    }

    /**
     * A valid feed whose one item carries {@code depth} nested elements (5,000 levels once overflowed a poller thread's stack).
     */
    static String nested(int depth) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>nested</title><link>" + LINK_BASE + "</link><item><title>deep</title><link>" + LINK_BASE
                + "nested</link><description>");
        xml.append("<x>".repeat(depth)).append("deep").append("</x>".repeat(depth));
        return xml.append("</description></item></channel></rss>\n").toString();
    }

    static String xxe() {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title><link>" + LINK_BASE
                + "xxe</link><description>&xxe;</description></item></channel></rss>\n";
    }

    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd + "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>\n";
    }

    /** Declared UTF-8, with bytes that are not. */
    static byte[] brokenUtf8() {
        byte[] head = rss("broken", LINK_BASE + "broken-utf8", "Mon, 01 Dec 2026 10:00:00 GMT", "Broken ")
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(head, StandardCharsets.UTF_8).indexOf("Broken ") + 7;
        byte[] bad = new byte[head.length + 3];
        System.arraycopy(head, 0, bad, 0, at);
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28;
        bad[at + 2] = (byte) 0xFF;
        System.arraycopy(head, at, bad, at + 3, head.length - at);
        return bad;
    }

    /** {@code chars} characters of one sentence repeated (once gave 3,125 events for one article). */
    static String repeated(String sentence, int chars) {
        StringBuilder text = new StringBuilder(chars + sentence.length());
        while (text.length() + sentence.length() + 1 <= chars) {
            text.append(sentence).append(' ');
        }
        return text.toString().trim();
    }

    /** An Event v1 JSON object as nlp-service writes it. */
    static ObjectNode event(String id, String source, String target, Instant time, String sentence, String title) {
        ObjectNode e = JSON.createObjectNode();
        e.put("schemaVersion", 1).put("id", id).put("articleId", id)
                .put("articleUrl", LINK_BASE + "events/" + id).put("articleTitle", title)
                .put("sentenceIndex", 0).put("sentence", sentence).put("sentenceStart", 0).put("sentenceEnd", sentence.length())
                .put("type", "AGREE").put("subtype", "normalization").put("cameoCode", "03")
                .put("source", source).put("target", target).put("modality", "asserted").put("confidence", 0.86)
                .put("trigger", "agreed").put("eventTime", time.toString()).put("extractedAt", Instant.now().toString())
                .put("extractorVersion", "hostile-drill");
        return e;
    }

    /** An Article v1 JSON object as ingest-service writes it. */
    static ObjectNode article(String id, String publishedAt, String text) {
        ObjectNode a = JSON.createObjectNode();
        a.put("schemaVersion", 1).put("id", id).put("canonicalUrl", LINK_BASE + "articles/" + id)
                .putNull("feedId").put("title", "hostile " + id).put("publishedAt", publishedAt)
                .put("fetchedAt", Instant.now().toString()).put("language", "en").put("text", text)
                .put("contentFingerprint", "0".repeat(64));
        return a;
    }

    static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Values that are no JSON object at all, the same for both topics: not JSON, null, an array, bad UTF-8, empty, a tombstone.
     */
    private static Map<String, byte[]> notRecordsAtAll(String keyPrefix) {
        Map<String, byte[]> records = new LinkedHashMap<>();
        records.put(keyPrefix + "not-json", "{this is not json".getBytes(StandardCharsets.UTF_8));
        records.put(keyPrefix + "json-null", "null".getBytes(StandardCharsets.UTF_8));
        records.put(keyPrefix + "json-array", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        records.put(keyPrefix + "invalid-utf8", new byte[] { '{', '"', 'a', (byte) 0xC3, (byte) 0x28, '"', '}' });
        records.put(keyPrefix + "empty", new byte[0]);
        records.put(keyPrefix + "tombstone", null);
        return records;
    }

    /** docs/bad-input.md's poison records for topic {@code events}, by key; a null value is a tombstone. */
    static Map<String, byte[]> poisonEvents(Instant now) {
        Map<String, byte[]> records = notRecordsAtAll("hostile-event-");
        records.put("hostile-event-nul", bytes(event("e0000000000000000000000000000nul", "USA", "CHN", now,
                "USA and China agreed\u0000 to talk.", "nul")));
        records.put("hostile-event-oversized", bytes(event("e000000000000000000000000000big1", "USA", "CHN", now,
                "x".repeat(300_000), "oversized")));
        records.put("hostile-event-unknown-subtype", bytes(event("e000000000000000000000000subtype", "USA", "CHN", now,
                "USA and China agreed.", "subtype").put("subtype", "pactpactpact")));
        records.put("hostile-event-sql-cameo", bytes(event("e0000000000000000000000000cameo1", "USA", "CHN", now,
                "USA and China agreed.", "cameo").put("cameoCode", "'; DROP TABLE relations.tie;--")));
        records.put("hostile-event-long-id",
                bytes(event("e".repeat(65), "USA", "CHN", now, "USA and China agreed.", "long id")));
        return records;
    }

    /** docs/bad-input.md's poison records for topic {@code articles}, by key. */
    static Map<String, byte[]> poisonArticles() {
        Map<String, byte[]> records = notRecordsAtAll("hostile-article-");
        ObjectNode noId = article("a00000000000000000000000000noid1", Instant.now().toString(), "Egypt and Jordan agreed.");
        noId.remove("id");
        records.put("hostile-article-no-id", bytes(noId));
        records.put("hostile-article-schema-2", bytes(article("a000000000000000000000000schema2", Instant.now().toString(),
                "Egypt and Jordan agreed.").put("schemaVersion", 2)));
        return records;
    }
}
