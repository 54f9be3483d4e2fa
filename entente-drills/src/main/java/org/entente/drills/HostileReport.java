package org.entente.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** {@code entente-drills/target/hostile-report.md}: the summary line and every check, grouped by item. */
record HostileReport(Ledger ledger, String summary, Instant started, Duration took) {

    void write(Path file) throws IOException {
        StringBuilder md = new StringBuilder("# Hostile drill\n\n");
        md.append("Run ").append(started).append(", ").append(took.toSeconds()).append(" s.\n\n```\n").append(summary)
                .append("\n```\n\n");
        md.append("| item | input | result | seen |\n|---|---|---|---|\n");
        Map<String, Integer> byItem = new TreeMap<>();
        for (Ledger.Check c : ledger.checks()) {
            byItem.merge(c.item(), 1, Integer::sum);
            md.append("| ").append(cell(c.item())).append(" | ").append(cell(c.input())).append(" | ")
                    .append(c.passed() ? "pass" : "**FAIL**").append(" | ").append(cell(c.observed())).append(" |\n");
        }
        md.append("\nChecks per item: ").append(byItem).append('\n');
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
    }

    private static String cell(String s) {
        String t = s == null ? "" : s.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
