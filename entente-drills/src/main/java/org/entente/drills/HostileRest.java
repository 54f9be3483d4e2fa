package org.entente.drills;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The hostile drill's REST inputs, each answered at once: absurd ranges and dates (items 1, 3),
 * webhook and feed addresses (item 9), security headers (item 9), the extract limits (item 8) and
 * docs/bad-input.md's hostile strings and bodies.
 */
final class HostileRest {

    private static final List<String> HOSTILE_STRINGS = List.of("' OR 1=1--", "'; DROP TABLE relations.tie;--",
            "<script>alert(1)</script>", "%00", "\u202Eevil", "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd");

    private final Http http;
    private final Ledger ledger;
    private final String relations;
    private final String ingest;
    private final String nlp;

    HostileRest(Http http, Ledger ledger, String relations, String ingest, String nlp) {
        this.http = http;
        this.ledger = ledger;
        this.relations = relations;
        this.ingest = ingest;
        this.nlp = nlp;
    }

    /** Item 3 and item 1's API dates: every absurd range is a 400 problem, nothing is computed. */
    void rangesAndDates() throws Exception {
        String history = relations + "/api/v1/ties/SAU/IRN/history";
        refusedGet("item 3", history + "?from=-999999999-01-01&interval=week", 400);
        refusedGet("item 3", history + "?from=-999999999-01-01&interval=month", 400);
        refusedGet("item 3", history + "?from=0001-01-01&to=9999-12-31&interval=day", 400);
        refusedGet("item 3", history + "?from=1900-01-01&to=2199-12-31&interval=day", 400);
        refusedGet("item 3", relations + "/api/v1/events?limit=1000000", 400);
        refusedGet("item 1 (API dates)", relations + "/api/v1/events?from=-999999999-01-01", 400);
        refusedGet("item 1 (API dates)", relations + "/api/v1/events?to=+999999999-12-31", 400);
        refusedGet("item 1 (API dates)", relations + "/api/v1/alerts?since=%2B999999999-12-31T00:00:00Z", 400);
        refusedGet("item 1 (API dates)", relations + "/api/v1/network?from=0001-01-01&to=9999-12-31", 400);
        refusedPost("item 1 (nlp-service REST)", nlp + "/api/v1/extract",
                "{\"text\": \"Egypt and Jordan agreed on a trade deal.\", \"publishedAt\": \"9999-12-31T00:00:00Z\"}", false,
                400);
    }

    /** Item 9: webhooks to loopback, private and metadata addresses; feeds to the ranges the policy missed. */
    void addresses() throws Exception {
        for (String url : List.of("http://127.0.0.1:9/hook", "http://localhost:9/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/hook", "http://[::1]:9/hook", "http://[fd00::1]/hook", "http://[::ffff:169.254.169.254]/")) {
            String rule = "{\"name\": \"hostile webhook\", \"trigger\": \"first_contact\", \"webhook\": {\"url\": \"" + url
                    + "\", \"secret\": \"0123456789abcdef0123\"}}";
            refusedPost("item 9 (webhook address)", relations + "/api/v1/alert-rules", rule, true, 400);
        }
        for (String url : List.of("http://192.0.0.1/f.xml", "http://198.18.0.1/f.xml", "http://240.0.0.1/f.xml",
                "http://[64:ff9b:1::a00:1]/f.xml", "http://[2002:a00:1::1]/f.xml", "http://169.254.169.254/f.xml")) {
            refusedPost("item 9 (feed address)", ingest + "/api/v1/feeds", "{\"url\": \"" + url + "\"}", true, 400);
        }
    }

    /** Item 9: the dashboard's security headers. */
    void dashboardHeaders() throws Exception {
        ledger.sent(1);
        Http.Answer a = http.get(relations + "/");
        String csp = a.headers().firstValue("Content-Security-Policy").orElse("");
        boolean ok = a.status() == 200
                && a.headers().firstValue("X-Content-Type-Options").orElse("").equalsIgnoreCase("nosniff")
                && !csp.isEmpty()
                && (csp.contains("frame-ancestors") || a.headers().firstValue("X-Frame-Options").isPresent());
        ledger.check("item 9 (dashboard headers)", "GET / on relations-service", ok,
                "CSP '" + csp + "', X-Content-Type-Options " + a.headers().firstValue("X-Content-Type-Options").orElse("none")
                        + ", X-Frame-Options " + a.headers().firstValue("X-Frame-Options").orElse("none"));
    }

    /** Item 8: an oversized text is a 413; parallel texts beyond the limit are 429 with Retry-After. */
    void extractLimits() throws Exception {
        String big = "{\"text\": \"" + "Egypt and Jordan agreed. ".repeat(40_000) + "\"}";
        refusedPost("item 8", nlp + "/api/v1/extract", big, false, 413);
        // Small enough to be answered on a busy machine, large enough that eight sent at once overlap.
        String text = HostileInputs.repeated("Egypt and Jordan held talks in Geneva on trade and security, officials said.",
                5_000);
        String body = "{\"text\": \"" + text + "\"}";
        int parallel = 8;
        ledger.sent(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Http.Answer> answers = new ArrayList<>();
        try {
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> http.postJson(nlp + "/api/v1/extract", body, false)));
            }
            for (Future<Http.Answer> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long ok = answers.stream().filter(a -> a.status() == 200).count();
        long busy = answers.stream().filter(a -> a.status() == 429 && a.retryAfter() != null && a.isProblem(429)).count();
        ledger.refused((int) busy);
        ledger.check("item 8", parallel + " parallel POST /api/v1/extract of 5,000 characters",
                busy >= 1 && ok + busy == parallel,
                ok + " answered 200, " + busy + " refused 429 problem+json with Retry-After; others: "
                        + answers.stream().filter(a -> a.status() != 200 && a.status() != 429).map(Http.Answer::brief)
                                .toList());
    }

    /** docs/bad-input.md: hostile strings in read parameters, and bodies that are not what the API takes. */
    void badInput() throws Exception {
        for (String s : HOSTILE_STRINGS) {
            String q = URLEncoder.encode(s, StandardCharsets.UTF_8);
            refusedGet("docs/bad-input.md REST", relations + "/api/v1/ties?nation=" + q, 400, 404);
            refusedGet("docs/bad-input.md REST", relations + "/api/v1/events?pair=" + q, 400, 404);
            refusedGet("docs/bad-input.md REST", relations + "/api/v1/events?from=" + q, 400, 404);
            refusedGet("docs/bad-input.md REST", relations + "/api/v1/ties/SAU/IRN/history?interval=" + q, 400, 404);
        }
        byte[] invalidUtf8 = { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        for (String target : List.of(ingest + "/api/v1/articles", nlp + "/api/v1/extract")) {
            boolean admin = target.startsWith(ingest);
            for (String body : List.of("{not json", "[1, 2]", "null", "{\"text\": {}}")) {
                refusedPost("docs/bad-input.md bodies", target, body, admin);
            }
            ledger.sent(1);
            Http.Answer a = http.post(target, "application/json", invalidUtf8, admin);
            countRefusal("docs/bad-input.md bodies", "POST " + path(target) + " with invalid UTF-8", a, a.isProblem());
        }
    }

    private void refusedGet(String item, String url, int... statuses) throws Exception {
        ledger.sent(1);
        Http.Answer a = http.get(url);
        countRefusal(item, "GET " + path(url), a, a.isProblem(statuses));
    }

    private void refusedPost(String item, String url, String json, boolean admin, int... statuses) throws Exception {
        ledger.sent(1);
        Http.Answer a = http.postJson(url, json, admin);
        String shown = json.length() > 120 ? json.substring(0, 120) + "... (" + json.length() + " characters)" : json;
        countRefusal(item, "POST " + path(url) + " " + shown, a, a.isProblem(statuses));
    }

    private void countRefusal(String item, String input, Http.Answer a, boolean ok) {
        if (ok) {
            ledger.refused(1);
        }
        ledger.check(item, input, ok, a.brief());
    }

    private static String path(String url) {
        return url.replaceFirst("^http://[^/]+", "");
    }
}
