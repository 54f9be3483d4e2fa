package org.entente.ingest.backfill;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.ingest.service.UrlCanonicalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Imports history into a running ingest-service through {@code POST /api/v1/articles}, so backfilled articles go
 * through the same deduplication and acknowledgement as polled ones. Prints progress as it goes.
 *
 * <pre>
 * java -cp 'ingest-service/target/quarkus-app/app/*:ingest-service/target/quarkus-app/lib/main/*' \
 *     org.entente.ingest.backfill.Backfill [--ingest http://localhost:8081] [--batch 200] FILE.jsonl|FOLDER
 * </pre>
 *
 * The admin token comes from {@code ENTENTE_ADMIN_TOKEN}, else from {@code --token-file} (default
 * {@code .entente/admin-token}, where {@code ./entente up} keeps it).
 */
public final class Backfill {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFUSED_ARTICLE = Pattern.compile("article (\\d{1,9}): (.*)", Pattern.DOTALL);

    private final String ingestUrl;
    private final String adminToken;
    private final int batchSize;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<BackfillArticle> pending = new ArrayList<>();
    private final BackfillProgress progress;

    Backfill(String ingestUrl, String adminToken, int batchSize, PrintStream out, long total) {
        this.ingestUrl = ingestUrl.replaceAll("/+$", "");
        this.adminToken = adminToken;
        this.batchSize = batchSize;
        this.out = out;
        this.progress = new BackfillProgress(total, out);
    }

    public static void main(String[] args) throws Exception {
        String ingest = "http://localhost:8081";
        int batch = 200;
        Path source = null;
        Path tokenFile = Path.of(".entente", "admin-token");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ingest" -> ingest = args[++i];
                case "--token-file" -> tokenFile = Path.of(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> source = Path.of(args[i]);
            }
        }
        if (source == null || !Files.exists(source)) {
            usage();
            System.exit(2);
        }
        String token = adminToken(System.getenv("ENTENTE_ADMIN_TOKEN"), tokenFile);
        if (token == null) {
            System.err.println("No admin token: set ENTENTE_ADMIN_TOKEN or pass --token-file (POST /api/v1/articles is admin)");
            System.exit(2);
        }
        BackfillProgress.Summary summary = run(source, ingest, token, batch, System.out);
        System.exit(summary.failedBatches() == 0 ? 0 : 1);
    }

    static String adminToken(String fromEnvironment, Path tokenFile) throws IOException {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        return Files.isRegularFile(tokenFile) ? Files.readString(tokenFile).trim() : null;
    }

    /** Imports everything under {@code source}, sending {@code adminToken} as the bearer; returns the final counts. */
    public static BackfillProgress.Summary run(Path source, String ingestUrl, String adminToken, int batchSize,
            PrintStream out) throws IOException, InterruptedException {
        BackfillSource input = new BackfillSource(source);
        Backfill backfill = new Backfill(ingestUrl, adminToken, batchSize, out, input.size());
        out.printf("Backfilling %s into %s (%d %s)%n", source, ingestUrl, backfill.progress.total(),
                Files.isDirectory(source) ? "feed files" : "lines");
        input.read(backfill::add, backfill.progress::unitDone, backfill::problem);
        backfill.flush();
        return backfill.progress.finish();
    }

    private void add(BackfillArticle article) {
        String reason = invalid(article);
        if (reason != null) {
            problem(article.origin() + ": " + reason);
            return;
        }
        pending.add(article);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** The server refuses a whole batch for one bad article, so bad ones are reported and left out here. */
    private static String invalid(BackfillArticle a) {
        if (a.text() == null || a.text().isBlank()) {
            return "no text";
        }
        try {
            UrlCanonicalizer.canonicalize(a.url());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void problem(String sentence) {
        progress.skipped(sentence);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<BackfillArticle> batch = new ArrayList<>(pending);
        pending.clear();
        while (!send(batch)) {
            // one article was refused and taken out: the rest goes again
        }
    }

    /**
     * Sends one batch; true when it is done with (accepted, or given up and reported). The server refuses a whole
     * batch for one article it will not take (a date outside its window, a text over its limit), naming it
     * "article N: ...": that article is reported as skipped and false returned, so the rest is sent again and one
     * line never costs the others.
     */
    private boolean send(List<BackfillArticle> batch) {
        if (batch.isEmpty()) {
            return true;
        }
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        batch.forEach(a -> body.add(a.toJson()));
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingestUrl
                        + "/api/v1/articles")).timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + adminToken)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    JsonNode answer = JSON.readTree(response.body());
                    progress.batchDone(answer.path("accepted").asLong(), answer.path("duplicates").asLong());
                    return true;
                }
                Matcher refused = refusedArticle(response);
                if (refused != null && Integer.parseInt(refused.group(1)) < batch.size()) {
                    BackfillArticle article = batch.remove(Integer.parseInt(refused.group(1)));
                    problem(article.origin() + ": " + refused.group(2));
                    return false;
                }
                if (response.statusCode() != 503) {
                    progress.batchFailed(batch.size(), "ingest-service answered " + response.statusCode() + ": "
                            + response.body());
                    return true;
                }
            } catch (IOException e) {
                out.println("  ingest-service unreachable (" + e + "), retrying");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                progress.batchFailed(batch.size(), "interrupted");
                return true;
            }
            sleep(attempt * 2_000L);
        }
        progress.batchFailed(batch.size(), "ingest-service did not accept the batch after 5 attempts");
        return true;
    }

    /** A 4xx problem whose title names one article of the batch, or null. */
    private static Matcher refusedArticle(HttpResponse<String> response) {
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            return null;
        }
        try {
            Matcher m = REFUSED_ARTICLE.matcher(JSON.readTree(response.body()).path("title").asText(""));
            return m.matches() ? m : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void usage() {
        System.err.println(
                """
                        usage: Backfill [--ingest http://localhost:8081] [--batch 200] [--token-file .entente/admin-token] FILE.jsonl | FOLDER
                          FILE.jsonl  one article per line: {"url","title","text","publishedAt","language"}
                          FOLDER      saved RSS/Atom files (*.xml, *.rss, *.atom), searched recursively
                          the admin token: ENTENTE_ADMIN_TOKEN, else the --token-file""");
    }
}
