package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.entente.nlp.domain.PairKey;

/**
 * Counts what the learned pass did to a corpus, per type: typed pairs it added and rules' typed pairs it dropped, each
 * right or wrong by the coders. Only the sums are ever shown, so a sealed half's sentences stay unread.
 */
final class LearnedPassTally implements BiConsumer<List<ExtractedEvent>, List<ExtractedEvent>> {

    private final Map<String, Set<String>> added = new HashMap<>();
    private final Map<String, Set<String>> dropped = new HashMap<>();
    private String current;
    private long passNanos;
    private long extractionNanos;
    private int extracted;

    /** CPU time of one sentence in the learned pass. */
    void pass(long nanos) {
        passNanos += nanos;
    }

    /** CPU time of one sentence's whole extraction, the pass included. */
    void extracted(long nanos) {
        extractionNanos += nanos;
        extracted++;
    }

    /** The pass's own CPU time beside the whole extractor's, over every sentence extracted. */
    String renderTime() {
        return String.format(Locale.ROOT,
                "%n### The learned pass's own time%n%nThe thread's CPU time in the pass (`LearnedPairs.timed`) over the %d"
                        + " sentences extracted: %.1f s of the extractor's %.1f s (%.1f %%).%n",
                extracted, passNanos / 1e9, extractionNanos / 1e9, 100.0 * passNanos / Math.max(1, extractionNanos));
    }

    /** The sentence (by {@link Evaluation#key}) whose extraction comes next. */
    void start(String key) {
        current = key;
    }

    @Override
    public void accept(List<ExtractedEvent> additions, List<ExtractedEvent> drops) {
        additions.forEach(e -> added.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(typedPair(e)));
        drops.forEach(e -> dropped.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(typedPair(e)));
    }

    /** One table row per type: added right / wrong, dropped right / wrong, summed over the sentences. */
    String render(String name, List<LabeledSentence> sentences) {
        Map<PloverType, int[]> counts = new EnumMap<>(PloverType.class);
        for (LabeledSentence sentence : sentences) {
            String key = Evaluation.key(sentence.text(), sentence.date());
            Set<String> coded = new LinkedHashSet<>();
            sentence.events().forEach(e -> coded.add(e.type() + " " + e.pair()));
            tally(counts, added.getOrDefault(key, Set.of()), coded, 0);
            tally(counts, dropped.getOrDefault(key, Set.of()), coded, 2);
        }
        StringBuilder table = new StringBuilder("\n### The learned pass on " + name + "\n\n"
                + "Typed pairs it added and rules' typed pairs it dropped, right or wrong by the coders (sums only).\n\n"
                + "| type | added right | added wrong | dropped right | dropped wrong |\n|---|---|---|---|---|\n");
        int[] total = new int[4];
        counts.forEach((type, c) -> {
            table.append("| ").append(type);
            for (int i = 0; i < 4; i++) {
                table.append(" | ").append(c[i]);
                total[i] += c[i];
            }
            table.append(" |\n");
        });
        table.append("| all | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2])
                .append(" | ").append(total[3]).append(" |\n");
        return table.toString();
    }

    private static void tally(Map<PloverType, int[]> counts, Set<String> pairs, Set<String> coded, int at) {
        for (String pair : new ArrayList<>(pairs)) {
            int[] c = counts.computeIfAbsent(PloverType.valueOf(pair.substring(0, pair.indexOf(' '))), t -> new int[4]);
            c[coded.contains(pair) ? at : at + 1]++;
        }
    }

    private static String typedPair(ExtractedEvent e) {
        return e.type() + " " + PairKey.of(e.source(), e.target());
    }
}
