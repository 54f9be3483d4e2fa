package org.entente.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hostile feeds (items 1, 2, 5, 6, 7, 9 and docs/bad-input.md's feed rows): registered with
 * ingest-service, then judged by each feed's {@code lastError} and by the events its items became.
 */
final class HostileFeedPhase {

    static final int TRICKLING_FEEDS = 16;
    static final String PASSWORD = "S3cretFeedPassw0rd";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A feed that must fail, with the pattern its lastError must match. */
    private record Failing(String item, String input, Pattern lastError) {
    }

    private final Http http;
    private final Ledger ledger;
    private final String ingest;
    private final HostileFeeds feeds;
    private final Map<String, Failing> failing = new LinkedHashMap<>();

    HostileFeedPhase(Http http, Ledger ledger, String ingest, HostileFeeds feeds) {
        this.http = http;
        this.ledger = ledger;
        this.ingest = ingest;
        this.feeds = feeds;
    }

    /** Serves and registers every hostile feed, and the valid ones the drill's articles come through. */
    void register(Map<String, HostileDrill.ValidArticle> valid) throws Exception {
        String date = "Mon, 01 Dec 2026 10:00:00 GMT";
        for (HostileDrill.ValidArticle a : valid.values()) {
            if (a.feedPath() != null) {
                String pub = a.feedDate() == null ? date : a.feedDate();
                register(feeds.serve(a.feedPath(), HostileInputs.rss(a.rawTitle(), a.url(), pub, a.text())));
            }
        }
        fail("item 5", "a feed nested 5,000 levels deep", "/nested.xml", HostileInputs.nested(5_000), "(?i)nest|depth");
        fail("docs/bad-input.md feeds", "XXE (external entity file:///etc/passwd)", "/xxe.xml", HostileInputs.xxe(),
                "(?i)doctype|entit");
        fail("docs/bad-input.md feeds", "billion laughs", "/laughs.xml", HostileInputs.billionLaughs(), "(?i)doctype|entit");
        failAt("docs/bad-input.md feeds", "body declared UTF-8 with broken bytes",
                feeds.serve("/broken-utf8.xml", HostileInputs.brokenUtf8()), "(?i)malformed|utf|encoding|invalid");
        failAt("docs/bad-input.md feeds", "gzip bomb (64 MB of zeros)",
                feeds.serveGzip("/gzip-bomb.xml", new byte[64 * 1024 * 1024]),
                "(?i)gzip|larger|limit|too (large|long|big)|bytes");
        for (int i = 0; i < TRICKLING_FEEDS; i++) {
            String url = feeds.tricklingUrl(i);
            register(url);
            failing.put(url, new Failing("item 6", "a feed server trickling its headers one byte a second (" + (i + 1) + " of "
                    + TRICKLING_FEEDS + ")", Pattern.compile("(?i)longer than|deadline|timed? ?out")));
        }
        // Item 9: a feed URL with a password: accepted or refused, it must never be shown (or logged).
        ledger.sent(1);
        String withPassword = feeds
                .serve("/password.xml", HostileInputs.rss("password", HostileInputs.LINK_BASE + "feed/password",
                        date, "Brazil and Argentina held talks in Lima on trade and security."))
                .replace("http://", "http://drill:" + PASSWORD + "@");
        Http.Answer a = http.postJson(ingest + "/api/v1/feeds", "{\"url\": \"" + withPassword + "\", \"pollSeconds\": 2}",
                true);
        ledger.check("item 9 (URL password)", "POST /api/v1/feeds with a password in the URL: the answer",
                !a.body().contains(PASSWORD),
                a.status() + ", password " + (a.body().contains(PASSWORD) ? "SHOWN" : "not shown"));
    }

    private void fail(String item, String input, String path, String document, String lastError) throws Exception {
        failAt(item, input, feeds.serve(path, document), lastError);
    }

    private void failAt(String item, String input, String url, String lastError) throws Exception {
        register(url);
        failing.put(url, new Failing(item, input, Pattern.compile(lastError)));
    }

    private void register(String url) throws Exception {
        ledger.sent(1);
        Http.Answer a = http.postJson(ingest + "/api/v1/feeds", "{\"url\": \"" + url + "\", \"pollSeconds\": 2}", true);
        if (a.status() / 100 != 2) {
            throw new IOException("registering the feed " + url + " answered " + a.brief());
        }
    }

    /** Whether every failing feed has a lastError yet. */
    boolean allFailed() throws Exception {
        Map<String, String> errors = lastErrors();
        return failing.keySet().stream().allMatch(url -> errors.get(url) != null);
    }

    /** One check per failing feed, and the password one (GET /api/v1/feeds and the service's log). */
    void judge(Path ingestLog) throws Exception {
        Map<String, String> errors = lastErrors();
        failing.forEach((url, f) -> {
            String error = errors.get(url);
            boolean ok = error != null && f.lastError().matcher(error).find();
            if (ok) {
                ledger.refused(1);
            }
            ledger.check(f.item(), f.input(), ok, "lastError: " + error);
        });
        String list = http.adminGet(ingest + "/api/v1/feeds").body();
        String log = Files.exists(ingestLog) ? Files.readString(ingestLog) : "";
        ledger.check("item 9 (URL password)", "the feed URL's password in GET /api/v1/feeds and ingest-service's log",
                !list.contains(PASSWORD) && !log.contains(PASSWORD),
                "feeds list " + (list.contains(PASSWORD) ? "SHOWS" : "hides") + " it, log "
                        + (log.contains(PASSWORD) ? "HAS" : "lacks") + " it");
    }

    private Map<String, String> lastErrors() throws Exception {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode list = JSON.readTree(http.adminGet(ingest + "/api/v1/feeds").body());
        for (JsonNode feed : list.isArray() ? list : list.path("feeds")) {
            JsonNode e = feed.path("lastError");
            errors.put(feed.path("url").asText(), e.isNull() || e.isMissingNode() ? null : e.asText());
        }
        return errors;
    }
}
