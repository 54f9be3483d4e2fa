package org.entente.ingest.backfill;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.entente.ingest.service.FeedFormatException;
import org.entente.ingest.service.FeedItem;
import org.entente.ingest.service.FeedParser;
import org.entente.ingest.service.ParsedFeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads history to backfill: a JSON Lines file (one article object per line, as POST /api/v1/articles takes, or
 * an Article v1 dump with {@code canonicalUrl}), or a folder of saved RSS/Atom files (searched recursively).
 */
final class BackfillSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;

    BackfillSource(Path path) {
        this.path = path;
    }

    /** Units of progress: lines of the JSON Lines file, or feed files in the folder. */
    long size() throws IOException {
        if (Files.isDirectory(path)) {
            return feedFiles().size();
        }
        try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    /**
     * Hands every article to {@code sink}; {@code unitDone} is called after each line or file, {@code problem}
     * with a sentence for each line or file that could not be read.
     */
    void read(Consumer<BackfillArticle> sink, Runnable unitDone, Consumer<String> problem) throws IOException {
        if (Files.isDirectory(path)) {
            for (Path file : feedFiles()) {
                readFeedFile(file, sink, problem);
                unitDone.run();
            }
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(fromJson(path.getFileName() + ":" + n, JSON.readTree(line)));
                } catch (JsonProcessingException e) {
                    problem.accept(path.getFileName() + ":" + n + ": not a JSON object (" + e.getOriginalMessage() + ")");
                }
                unitDone.run();
            }
        }
    }

    private static BackfillArticle fromJson(String origin, JsonNode node) {
        String url = text(node, "url");
        return new BackfillArticle(origin, url != null ? url : text(node, "canonicalUrl"), text(node, "title"),
                text(node, "text"), text(node, "publishedAt"), text(node, "language"));
    }

    private static void readFeedFile(Path file, Consumer<BackfillArticle> sink, Consumer<String> problem)
            throws IOException {
        try {
            ParsedFeed feed = FeedParser.parse(Files.readAllBytes(file), null);
            for (FeedItem item : feed.items()) {
                sink.accept(new BackfillArticle(file.getFileName().toString(), item.link(), item.title(),
                        item.text(), item.publishedAt() == null ? null : item.publishedAt().toString(),
                        feed.language()));
            }
        } catch (FeedFormatException e) {
            problem.accept(file + ": " + e.getMessage());
        }
    }

    private List<Path> feedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom");
            }).sorted().toList();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : (v.isTextual() ? v.asText() : v.toString());
    }
}
