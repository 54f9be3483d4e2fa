package org.entente.drills;

import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.contracts.Topics;
import org.entente.embedded.Supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One pass of the hostile drill over a started stack: send everything, then judge what came of it. */
final class HostileRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVICES = List.of(DrillStack.RELATIONS, DrillStack.INGEST, DrillStack.NLP);

    private final DrillStack stack;
    private final HostileFeeds feeds;
    private final Http http;
    private final Ledger ledger;
    private final Instant started;
    private final PrintStream out;
    private final EventLog log;
    private final String token;

    HostileRun(DrillStack stack, HostileFeeds feeds, String token, Ledger ledger, Instant started, PrintStream out) {
        this.stack = stack;
        this.token = token;
        this.feeds = feeds;
        this.http = new Http(token);
        this.ledger = ledger;
        this.started = started;
        this.out = out;
        this.log = new EventLog(new Database(stack.jdbcUrl()));
    }

    /** @return the summary's facts: restarts, valid articles, heap peaks */
    String execute(Supervisor supervisor) throws Exception {
        String relations = stack.url(DrillStack.RELATIONS);
        String ingest = stack.url(DrillStack.INGEST);
        Map<String, Long> pids = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        for (String s : SERVICES) {
            pids.put(s, stack.service(s).pid());
            urls.put(s, stack.url(s));
        }
        try (HeapWatch heap = new HeapWatch(urls, http);
                HostileKafka kafka = new HostileKafka(stack.bootstrapServers());
                AlertStreamClients stream = new AlertStreamClients(portOf(relations))) {
            heap.start();
            new AdminApi(token).createRule(relations, Map.of("name", "hostile: every event", "severity", "low",
                    "trigger", "event", "suppress", "PT0S"));
            Instant now = Instant.now();
            out.println("  topics: " + HostileDrill.SYNTHETIC_EVENTS
                    + " valid events, dated events, formula events, poison records");
            kafka.syntheticEvents(HostileDrill.SYNTHETIC_EVENTS, now);
            kafka.datedEvents(now);
            kafka.formulaEvents(now);
            kafka.poison(now);
            ledger.sent(kafka.sentCount() + 4);

            out.println("  feeds: hostile documents, 16 trickling servers, valid items");
            Map<String, HostileDrill.ValidArticle> valid = HostileDrill.validArticles();
            HostileFeedPhase feedPhase = new HostileFeedPhase(http, ledger, ingest, feeds);
            feedPhase.register(valid);
            pushArticles(ingest, valid, kafka);

            out.println("  REST: ranges, dates, addresses, headers, extract limits, hostile strings and bodies");
            HostileRest rest = new HostileRest(http, ledger, relations, ingest, stack.url(DrillStack.NLP));
            HostileDrill.waitFor(Duration.ofMinutes(2), () -> log.forPair("SAU", "IRN").count() > 0);
            rest.rangesAndDates();
            rest.addresses();
            rest.dashboardHeaders();
            rest.badInput();
            rest.extractLimits();

            out.println("  alert stream: " + HostileDrill.STREAM_READERS + " replaying readers, "
                    + HostileDrill.STREAM_NON_READERS + " that never read, one slowloris");
            Instant idleSince = Instant.now();
            List<Socket> nonReaders = stream.neverRead(HostileDrill.STREAM_NON_READERS);
            Socket slowloris = stream.slowloris();
            replay(stream);

            out.println("  waiting for outcomes (dead letters, feed errors, events) within "
                    + HostileDrill.OUTCOMES_WITHIN.toMinutes() + " min");
            HostileDrill.waitFor(HostileDrill.OUTCOMES_WITHIN, () -> feedPhase.allFailed() && allApplied(valid.values())
                    && deadLettersArrived(kafka));
            feedPhase.judge(stack.stateDir().resolve("logs/ingest-service.log"));
            judgeDeadLetters(kafka);
            int validPassed = judgeValid(valid, ingest);
            judgeFormulasAndEntities(relations);

            out.println("  final valid article, then the connections that must have been closed");
            boolean tie = finalTie(ingest, relations);
            HostileDrill.waitFor(Duration.between(Instant.now(), idleSince.plusSeconds(120)),
                    () -> AlertStreamClients.closedByServer(slowloris, Duration.ofMillis(200), Duration.ofSeconds(1)));
            // Reading a non-reader's socket would make it a reader: judge once the server holds no stream open any more
            // (the readers have left by now, so what it still holds are non-readers it has not dropped).
            HostileDrill.waitFor(Duration.between(Instant.now(), idleSince.plus(HostileDrill.NON_READERS_DROPPED_WITHIN)),
                    () -> streamMetric(relations, "entente_alerts_stream_clients") == 0);
            judgeIdle(nonReaders, slowloris, idleSince, relations);
            return judgeHealth(supervisor, pids, heap) + " valid=" + (validPassed + (tie ? 1 : 0)) + "/" + (valid.size() + 1);
        }
    }

    /** Item 2 (long, pushed) and item 1 (pushed articles dated 9999 and 0001). */
    private void pushArticles(String ingest, Map<String, HostileDrill.ValidArticle> valid, HostileKafka kafka)
            throws Exception {
        for (HostileDrill.ValidArticle a : valid.values()) {
            if (a.feedPath() == null) {
                push(ingest, a.url(), a.rawTitle(), a.text(), Instant.now().toString());
            }
        }
        for (String[] dated : List.of(new String[] { "9999-12-31T00:00:00Z", "Poland and Italy" },
                new String[] { "0001-01-01T00:00:00Z", "Spain and Mexico" })) {
            ledger.sent(1);
            String input = "POST /api/v1/articles dated " + dated[0];
            Http.Answer a = push(ingest, HostileInputs.LINK_BASE + "push/dated-" + dated[0].substring(0, 4),
                    dated[1] + " sign pact",
                    dated[1] + " signed a mutual defense pact in Oslo on Tuesday.", dated[0]);
            if (a.isProblem()) {
                ledger.refused(1);
                ledger.check("item 1 (ingest-service push)", input, true, a.brief());
            } else if (a.status() == 202) {
                String id = JSON.readTree(a.body()).path("articles").path(0).path("id").asText();
                kafka.expectArticleDeadLetter(id, "item 1 (nlp-service)",
                        input + " (accepted by ingest-service as " + id + ")");
            } else {
                ledger.check("item 1 (ingest-service push)", input, false, a.brief());
            }
        }
    }

    private Http.Answer push(String ingest, String url, String title, String text, String publishedAt) throws Exception {
        Map<String, Object> body = Map.of("url", url, "title", title, "text", text, "publishedAt", publishedAt, "language",
                "en");
        return http.postJson(ingest + "/api/v1/articles", JSON.writeValueAsString(body), true);
    }

    /** Item 4: 60 readers replaying from 0 get a bounded replay; nothing else happens to the service. */
    private void replay(AlertStreamClients stream) throws Exception {
        HostileDrill.waitFor(Duration.ofMinutes(3), () -> log.alertPublications() >= 2L * HostileDrill.REPLAY_MAX);
        long before = log.alertPublications();
        List<Integer> ids = stream.replay(HostileDrill.STREAM_READERS, Duration.ofSeconds(8));
        long raisedMeanwhile = log.alertPublications() - before;
        ledger.sent(HostileDrill.STREAM_READERS);
        int max = ids.stream().mapToInt(Integer::intValue).max().orElse(-1);
        long failed = ids.stream().filter(n -> n < 0).count();
        ledger.check("item 4",
                HostileDrill.STREAM_READERS + " SSE clients with lastEventId=0 while " + before + " alerts exist",
                failed == 0 && max >= 1 && max <= HostileDrill.REPLAY_MAX + raisedMeanwhile
                        && before >= 2L * HostileDrill.REPLAY_MAX,
                "each got at most " + max + " alerts (replay cap " + HostileDrill.REPLAY_MAX + ", " + raisedMeanwhile
                        + " raised meanwhile), " + failed + " not answered 200"
                        + (before >= 2L * HostileDrill.REPLAY_MAX ? ""
                                : "; fewer alerts than twice the cap: the replay does not test the cap"));
    }

    private boolean allApplied(java.util.Collection<HostileDrill.ValidArticle> valid) throws Exception {
        for (HostileDrill.ValidArticle a : valid) {
            if (log.forArticleUrl(a.url()).count() == 0) {
                return false;
            }
        }
        return log.eventsWithIdPrefix(HostileKafka.SYNTHETIC_PREFIX) == HostileDrill.SYNTHETIC_EVENTS;
    }

    private boolean deadLettersArrived(HostileKafka kafka) {
        Set<String> events = keys(DeadLetters.read(stack.bootstrapServers(), Topics.EVENTS_DLQ));
        Set<String> articles = keys(DeadLetters.read(stack.bootstrapServers(), Topics.ARTICLES_DLQ));
        return events.containsAll(kafka.expectedEventDeadLetters().keySet())
                && articles.containsAll(kafka.expectedArticleDeadLetters().keySet());
    }

    private static Set<String> keys(List<DeadLetters.DeadLetter> letters) {
        return letters.stream().map(DeadLetters.DeadLetter::key).filter(k -> k != null).collect(Collectors.toSet());
    }

    private void judgeDeadLetters(HostileKafka kafka) throws Exception {
        judgeTopic(DeadLetters.read(stack.bootstrapServers(), Topics.EVENTS_DLQ), kafka.expectedEventDeadLetters(),
                Topics.EVENTS_DLQ);
        judgeTopic(DeadLetters.read(stack.bootstrapServers(), Topics.ARTICLES_DLQ), kafka.expectedArticleDeadLetters(),
                Topics.ARTICLES_DLQ);
        ledger.check("item 1 (relations-service)", "a valid event of the same pair after the dated ones",
                log.hasEvent(HostileKafka.DATE_VALID_AFTER),
                log.hasEvent(HostileKafka.DATE_VALID_AFTER) ? "applied" : "NOT applied");
        for (String pair : List.of("POL-ITA", "ESP-MEX")) {
            long n = log.forPair(pair.substring(0, 3), pair.substring(4)).count();
            ledger.check("item 1", "no events from the articles dated 9999/0001 (" + pair + ")", n == 0, n + " events");
        }
    }

    private void judgeTopic(List<DeadLetters.DeadLetter> letters, Map<String, String[]> expected, String topic) {
        Map<String, String> reasons = new LinkedHashMap<>();
        letters.forEach(l -> reasons.put(l.key(), l.reason()));
        expected.forEach((key, what) -> {
            String reason = reasons.get(key);
            boolean ok = reason != null && !reason.isBlank();
            if (ok) {
                ledger.deadLetters(1);
            }
            ledger.check(what[0], what[1], ok, ok ? topic + ": " + reason : "no dead letter on " + topic);
        });
    }

    /** @return how many of the valid articles became their events */
    private int judgeValid(Map<String, HostileDrill.ValidArticle> valid, String ingest) throws Exception {
        int passed = 0;
        Instant earliest = started.minus(1, ChronoUnit.DAYS);
        Instant latest = Instant.now().plus(1, ChronoUnit.DAYS);
        for (Map.Entry<String, HostileDrill.ValidArticle> e : valid.entrySet()) {
            HostileDrill.ValidArticle a = e.getValue();
            EventLog.Events events = log.forArticleUrl(a.url());
            boolean ok = events.count() >= 1 && events.count() <= a.maxEvents();
            String seen = events.count() + " events (1.." + a.maxEvents() + " expected)";
            if (e.getKey().startsWith("dated-")) {
                ok &= events.count() > 0 && !events.earliest().isBefore(earliest) && !events.latest().isAfter(latest);
                seen += " dated " + events.earliest() + " .. " + events.latest();
            }
            passed += ledger.check(a.name().replaceAll(".*\\((item \\d)\\)$", "$1"), a.name(), ok, seen) ? 1 : 0;
        }
        double replaced = Metrics.sum(http.get(ingest + "/q/metrics").body(), "entente_ingest_articles_dates_replaced_total");
        ledger.check("item 1 (ingest-service)", "feed items dated 9999 and 0001: dated when fetched", replaced >= 2,
                "entente_ingest_articles_dates_replaced_total " + replaced);
        long synthetic = log.eventsWithIdPrefix(HostileKafka.SYNTHETIC_PREFIX);
        ledger.check("valid input", HostileDrill.SYNTHETIC_EVENTS + " valid events written to topic events",
                synthetic == HostileDrill.SYNTHETIC_EVENTS, synthetic + " applied");
        return passed;
    }

    /** Item 7: no CSV cell starts a formula; no entity-encoded markup came back as markup. */
    private void judgeFormulasAndEntities(String relations) throws Exception {
        String csv = http.get(relations + "/api/v1/events?pair=EGY-PHL&format=csv").body();
        List<String> formulas = new ArrayList<>();
        for (List<String> row : Csv.parse(csv)) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                        && !cell.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
                    formulas.add(cell);
                }
            }
        }
        int rows = Csv.parse(csv).size() - 1;
        ledger.check("item 7 (CSV)", "events whose title and sentence start with = + - @, as CSV",
                rows == 4 && formulas.isEmpty(),
                rows + " rows, cells starting a formula: " + formulas);
        JsonNode events = JSON.readTree(http.get(relations + "/api/v1/events?pair=VNM-IDN").body()).path("events");
        List<String> titles = new ArrayList<>();
        events.forEach(ev -> titles.add(ev.path("articleTitle").asText()));
        ledger.check("item 7 (entities)", "title &lt;img src=x onerror=alert(1)&gt; in a feed item",
                !titles.isEmpty() && titles.stream().noneMatch(t -> t.contains("<") || t.contains(">")), "titles " + titles);
    }

    /** The valid article after everything: a tie within a minute. */
    private boolean finalTie(String ingest, String relations) throws Exception {
        HostileDrill.ValidArticle a = HostileDrill.finalArticle();
        Instant pushed = Instant.now();
        Http.Answer answer = push(ingest, a.url(), a.rawTitle(), a.text(), pushed.toString());
        boolean tie = answer.status() == 202
                && HostileDrill.waitFor(HostileDrill.TIE_WITHIN,
                        () -> http.get(relations + "/api/v1/ties/CHL/NOR").status() == 200);
        ledger.check("done when", a.name() + " becomes a tie CHL-NOR within " + HostileDrill.TIE_WITHIN.toSeconds() + " s", tie,
                tie ? "tie after " + Duration.between(pushed, Instant.now()).toSeconds() + " s"
                        : "push " + answer.brief() + ", no tie");
        return tie;
    }

    private double streamMetric(String relations, String name, String... labels) throws Exception {
        return Metrics.sum(http.get(relations + "/q/metrics").body(), name, labels);
    }

    private void judgeIdle(List<Socket> nonReaders, Socket slowloris, Instant idleSince, String relations) throws Exception {
        String server = "server: " + Math.round(streamMetric(relations, "entente_alerts_stream_clients"))
                + " streams open, dropped "
                + Math.round(streamMetric(relations, "entente_alerts_stream_dropped_total", "reason=\"stalled\""))
                + " stalled and "
                + Math.round(streamMetric(relations, "entente_alerts_stream_dropped_total", "reason=\"behind\"")) + " behind";
        int cut = 0;
        for (Socket s : nonReaders) {
            cut += AlertStreamClients.closedByServer(s, Duration.ofSeconds(2), Duration.ofSeconds(20)) ? 1 : 0;
        }
        ledger.check("item 4 (slow clients)", nonReaders.size() + " SSE clients replaying from 0 that never read",
                cut == nonReaders.size(),
                cut + " cut off by the server " + Duration.between(idleSince, Instant.now()).toSeconds()
                        + " s after they connected (" + server + ")");
        ledger.refused(cut);
        boolean closed = AlertStreamClients.closedByServer(slowloris, Duration.ofMillis(200), Duration.ofSeconds(1));
        ledger.check("item 4 (slowloris)", "a request whose headers never end", closed,
                (closed ? "closed" : "STILL OPEN") + " " + Duration.between(idleSince, Instant.now()).toSeconds()
                        + " s after it began");
        if (closed) {
            ledger.refused(1);
        }
        ledger.sent(1 + HostileDrill.STREAM_NON_READERS);
    }

    private String judgeHealth(Supervisor supervisor, Map<String, Long> pids, HeapWatch heap) {
        List<String> samePids = new ArrayList<>();
        for (String s : SERVICES) {
            long pid = stack.service(s).pid();
            samePids.add(s + " " + (pid == pids.get(s) ? "same pid " + pid : "pid " + pids.get(s) + " -> " + pid));
        }
        boolean noRestart = supervisor.restarts() == 0 && samePids.stream().allMatch(p -> p.contains("same pid"));
        ledger.check("no restart", "supervisor restart count and pids", noRestart,
                "restarts " + supervisor.restarts() + "; " + samePids);
        StringBuilder heaps = new StringBuilder();
        StringBuilder live = new StringBuilder();
        boolean heapOk = true;
        for (String s : SERVICES) {
            double peak = heap.peaks().get(s);
            int limit = DrillStack.heapLimitMiB(s);
            Path logFile = stack.stateDir().resolve("logs/" + s + ".log");
            boolean oom = HostileDrill.hasLogged(logFile, "OutOfMemoryError");
            heapOk &= peak > 0 && peak < limit && !oom;
            heaps.append(heaps.length() == 0 ? "" : ",").append(s.replace("-service", "")).append(':')
                    .append(Math.round(peak)).append('/').append(limit).append(oom ? "(OOM)" : "");
            live.append(live.length() == 0 ? "" : ",").append(s.replace("-service", "")).append(':')
                    .append(Math.round(heap.livePeaks().get(s)));
        }
        ledger.check("no heap past its limit", "peak used heap from /q/metrics every 2 s; OutOfMemoryError in the logs", heapOk,
                heaps + " MiB used (garbage included); old generation after a collection at most " + live + " MiB");
        return "restarts=" + supervisor.restarts() + " heap-max=" + heaps + "MiB heap-live=" + live + "MiB";
    }

    private static int portOf(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }
}
