package org.entente.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Assembles the story corpus from the writers' files ({@code sources/<writer>/events.jsonl} and
 * {@code articles.jsonl}, format in the corpus README and entente-drills/README.md): every original article, plus
 * near-duplicate copies
 * made here with a fixed seed, each carrying the gold story (the original's id) and the original's gold events:
 * URL variants of the same page (http, www. toggled, m., /amp/, ?outputType=amp, tracking parameters, AMP cache,
 * Google's AMP viewer), one-word edits under a re-slugged URL, and syndicated copies under another outlet's host
 * with another headline and a credit line. Writes {@code corpus.jsonl} (one served article a line) and
 * {@code events.jsonl} (the gold events). Same sources, same output, byte for byte ({@code StoryCorpusTest}).
 *
 * <pre>
 * java ... org.entente.drills.StoryCorpusGenerator [writers' dir to copy in, e.g. /work/stories] OUT_DIR
 * </pre>
 */
public final class StoryCorpusGenerator {

    public static final long SEED = 16L;
    static final double URL_VARIANT_SHARE = 0.30;
    static final double ONE_WORD_EDIT_SHARE = 0.13;
    static final double SYNDICATED_SHARE = 0.13;
    /**
     * The first writers share one random stream and one pool of syndicating outlets, as when the corpus was first made.
     * Every later writer has a stream of its own and syndicates among its own outlets, so adding a writer never
     * changes another writer's copies (and so never the halves already scored).
     */
    static final Set<String> SHARED_STREAM_WRITERS = Set.of("w1", "w2", "w3");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    /** "Paris (AG) - ", "BEIJING, Aug. 24 (Kanto) -- ": a dateline with an agency, not part of a headline. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^[^()\n]{2,40}\\([^)]{1,12}\\) (-{1,2}|\u2013|\u2014) ");
    /** "TOKYO \u2013 ", "ISLAMABAD: ", "LONDON, March 15 - ": a dateline in capitals. */
    private static final Pattern CITY_DATELINE = Pattern
            .compile("^[\\p{Lu}/ .,'-]{3,40}(, [\\p{L}.]+ \\d+)?(:| (-{1,2}|\u2013|\u2014)) ");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "to", "on", "for", "with",
            "from", "at", "by", "and", "or", "its", "their", "his", "her");
    private static final String[] REPLACEMENTS = { "reportedly", "formally", "publicly", "quietly", "again", "firmly",
            "swiftly", "jointly", "later", "finally" };

    private StoryCorpusGenerator() {
    }

    /** The generated files' contents. */
    public record Output(String corpus, String events) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: StoryCorpusGenerator [WRITERS_DIR] OUT_DIR");
        }
        Path out = Path.of(args[args.length - 1]);
        Path sources = out.resolve("sources");
        if (args.length == 2) {
            copyWriters(Path.of(args[0]), sources);
        }
        Output o = generate(sources);
        Files.writeString(out.resolve("corpus.jsonl"), o.corpus(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("events.jsonl"), o.events(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + o.corpus().lines().count() + " articles and " + o.events().lines().count()
                + " gold events to " + out);
    }

    /** The writers' two files, copied as they are (the corpus is regenerated from these copies). */
    private static void copyWriters(Path writers, Path sources) throws IOException {
        try (Stream<Path> dirs = Files.list(writers)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path target = sources.resolve(dir.getFileName().toString());
                Files.createDirectories(target);
                for (String file : List.of("events.jsonl", "articles.jsonl")) {
                    Files.copy(dir.resolve(file), target.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static Output generate(Path sources) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        Map<String, List<JsonNode>> originalsByWriter = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(sources)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                events.addAll(read(dir.resolve("events.jsonl")));
                originalsByWriter.put(dir.getFileName().toString(), read(dir.resolve("articles.jsonl")));
            }
        }
        Set<String> eventIds = new HashSet<>();
        StringBuilder eventLines = new StringBuilder();
        for (JsonNode e : events) {
            if (!eventIds.add(e.path("event").asText())) {
                throw new IllegalArgumentException("event " + e.path("event").asText() + " is listed twice");
            }
            Map<String, Object> line = new LinkedHashMap<>();
            for (String field : List.of("event", "type", "source", "target", "date", "summary")) {
                line.put(field, e.path(field).asText());
            }
            eventLines.append(JSON.writeValueAsString(line)).append('\n');
        }
        List<JsonNode> shared = new ArrayList<>();
        originalsByWriter.forEach((writer, articles) -> {
            if (SHARED_STREAM_WRITERS.contains(writer)) {
                shared.addAll(articles);
            }
        });
        Set<String> urls = new HashSet<>();
        StringBuilder corpus = new StringBuilder();
        copies(shared, new Random(SEED), eventIds, urls, corpus);
        for (Map.Entry<String, List<JsonNode>> writer : originalsByWriter.entrySet()) {
            if (!SHARED_STREAM_WRITERS.contains(writer.getKey())) {
                copies(writer.getValue(), new Random(SEED + writer.getKey().hashCode()), eventIds, urls, corpus);
            }
        }
        return new Output(corpus.toString(), eventLines.toString());
    }

    /**
     * Appends each original and its copies, drawn from {@code random}; a syndicated copy goes to another outlet of the
     * same articles.
     */
    private static void copies(List<JsonNode> originals, Random random, Set<String> eventIds, Set<String> urls,
            StringBuilder corpus) throws IOException {
        TreeSet<String> outlets = new TreeSet<>();
        originals.forEach(a -> outlets.add(a.path("outlet").asText()));
        List<String> outletList = List.copyOf(outlets);
        for (JsonNode a : originals) {
            for (JsonNode e : a.path("events")) {
                if (!eventIds.contains(e.asText())) {
                    throw new IllegalArgumentException(
                            "article " + a.path("article").asText() + " names unknown event " + e.asText());
                }
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            lines.add(line(a, a.path("article").asText(), "original", a.path("outlet").asText(), a.path("url").asText(),
                    a.path("title").asText(), a.path("text").asText(), Instant.parse(a.path("published").asText())));
            // one draw per kind per article, in a fixed order, so adding a kind later does not reshuffle the others
            double variant = random.nextDouble();
            double edit = random.nextDouble();
            double syndicated = random.nextDouble();
            int copy = 1;
            if (variant < URL_VARIANT_SHARE) {
                lines.add(urlVariant(a, copy++, random));
            }
            if (edit < ONE_WORD_EDIT_SHARE) {
                lines.add(oneWordEdit(a, copy++, random));
            }
            if (syndicated < SYNDICATED_SHARE) {
                lines.add(syndicated(a, copy, random, outletList));
            }
            for (Map<String, Object> l : lines) {
                if (!urls.add((String) l.get("url"))) {
                    throw new IllegalArgumentException("URL served twice: " + l.get("url"));
                }
                corpus.append(JSON.writeValueAsString(l)).append('\n');
            }
        }
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        int n = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (!l.isBlank()) {
                try {
                    nodes.add(JSON.readTree(l));
                } catch (IOException e) {
                    throw new UncheckedIOException(file + " line " + n + " is not JSON: " + e.getMessage(), e);
                }
            }
        }
        return nodes;
    }

    private static Map<String, Object> line(JsonNode original, String id, String kind, String outlet, String url,
            String title, String text, Instant published) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("article", id);
        l.put("story", original.path("article").asText());
        l.put("kind", kind);
        l.put("outlet", outlet);
        l.put("url", url);
        l.put("canonical", canonical(url));
        l.put("published", published.toString());
        l.put("title", title);
        l.put("text", text);
        List<String> events = new ArrayList<>();
        original.path("events").forEach(e -> events.add(e.asText()));
        l.put("events", events);
        return l;
    }

    private static Map<String, Object> urlVariant(JsonNode a, int copy, Random random) {
        URI uri = URI.create(a.path("url").asText());
        String host = uri.getHost();
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        String path = uri.getRawPath();
        String https = "https://" + host + path;
        String[] forms = {
                "http://" + host + path,
                "https://" + (host.startsWith("www.") ? bare : "www." + host) + path,
                "https://m." + bare + path,
                "https://" + host + "/amp" + path,
                https + "?outputType=amp",
                https + "?utm_source=rss&utm_medium=feed&utm_campaign=world",
                "https://" + host.replace("-", "--").replace('.', '-') + ".cdn.ampproject.org/c/s/" + host + path,
                "https://www.google.com/amp/s/" + host + path };
        String[] kinds = { "url_http", "url_www", "url_mobile", "url_amp_path", "url_amp_query", "url_tracking",
                "url_amp_cache", "url_amp_viewer" };
        int form = random.nextInt(forms.length);
        Instant published = Instant.parse(a.path("published").asText()).plusSeconds(60L * (5 + random.nextInt(180)));
        return line(a, a.path("article").asText() + "-c" + copy, kinds[form], a.path("outlet").asText(), forms[form],
                a.path("title").asText(), a.path("text").asText(), published);
    }

    /** One word of four letters or more replaced, under a re-slugged URL of the same outlet (only the text can tell). */
    private static Map<String, Object> oneWordEdit(JsonNode a, int copy, Random random) {
        String text = a.path("text").asText();
        String[] words = text.split(" ", -1);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].matches("[a-z]{4,}")) {
                candidates.add(i);
            }
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        String replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        words[at] = replacement.equals(words[at]) ? "also" : replacement;
        URI uri = URI.create(a.path("url").asText());
        String path = stripSlashes(uri.getRawPath());
        Instant published = Instant.parse(a.path("published").asText()).plusSeconds(60L * (30 + random.nextInt(300)));
        return line(a, a.path("article").asText() + "-c" + copy, "one_word_edit", a.path("outlet").asText(),
                uri.getScheme() + "://" + uri.getHost() + path + "-" + (2 + random.nextInt(8)), a.path("title").asText(),
                String.join(" ", words), published);
    }

    /** The text under another outlet, with a headline of its own made from the lead and a credit line. */
    private static Map<String, Object> syndicated(JsonNode a, int copy, Random random, List<String> outlets) {
        String own = a.path("outlet").asText();
        String outlet;
        do {
            outlet = outlets.get(random.nextInt(outlets.size()));
        } while (outlet.equals(own) && outlets.size() > 1);
        String text = a.path("text").asText();
        String lead = CITY_DATELINE.matcher(AGENCY_DATELINE.matcher(text.split("\n")[0]).replaceFirst("")).replaceFirst("");
        // the lead's first sentence ("U.S." does not end it), at most 11 words, not ending on a small word
        List<String> words = new ArrayList<>(List.of(lead.split("(?<=\\p{Ll}{2})[.;:](\\s|$)")[0].split(" ")));
        words = new ArrayList<>(words.subList(0, Math.min(words.size(), 11)));
        while (words.size() > 4 && SMALL_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        String title = String.join(" ", words).replaceAll("[,\"]+$", "");
        if (title.equalsIgnoreCase(a.path("title").asText())) {
            title = "Wire: " + title;
        }
        Instant published = Instant.parse(a.path("published").asText()).plusSeconds(60L * (60 + random.nextInt(360)));
        String url = "https://www." + outlet + "/syndication/" + DAY_PATH.format(published) + "/" + slug(title);
        return line(a, a.path("article").asText() + "-c" + copy, "syndicated", outlet, url, title,
                text + "\n\nThis story was first published by " + own + ".", published);
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }

    /**
     * The canonical URL ingest-service gives this link, for the URLs this generator makes (lower-case scheme and
     * host, no trailing slash, no {@code utm_*} parameters): the drill finds each served article's story by it in
     * {@code ingest.story_report}.
     */
    static String canonical(String url) {
        URI uri = URI.create(url);
        StringBuilder c = new StringBuilder().append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://")
                .append(uri.getHost().toLowerCase(Locale.ROOT)).append(stripSlashes(uri.getRawPath()));
        if (uri.getRawQuery() != null) {
            List<String> kept = Stream.of(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_")).toList();
            if (!kept.isEmpty()) {
                c.append('?').append(String.join("&", kept));
            }
        }
        return c.toString();
    }

    private static String stripSlashes(String path) {
        return path == null ? "" : path.replaceAll("/+$", "");
    }
}
