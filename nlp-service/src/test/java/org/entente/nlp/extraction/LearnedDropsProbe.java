package org.entente.nlp.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.nlp.domain.PairKey;
import org.junit.jupiter.api.Test;

/**
 * Prints every rule event the learned pass's filter drops on the readable dev halves, with whether the coders coded
 * it, the trigger, the events kept on the sentence and the coders' events: for reading what kind of sentence the
 * filter acts on. Skipped unless {@code -Dprobe.drops=true}; {@code -Dprobe.misses.sets} names the sets (never a
 * sealed half).
 */
class LearnedDropsProbe {

    @Test
    void print() {
        assumeTrue(Boolean.getBoolean("probe.drops"), "no -Dprobe.drops=true");
        List<ExtractedEvent> dropped = new ArrayList<>();
        ArticleExtractor extractor = ArticleExtractor.create(LearnedPairs.load().reporting((a, d) -> dropped.addAll(d)));
        String sets = System.getProperty("probe.misses.sets", ProbeInput.READABLE_SETS + ",headlines-dev");
        for (String set : sets.split(",")) {
            if (set.contains("sealed")) {
                throw new IllegalArgumentException("a sealed half is never printed: " + set);
            }
            for (LabeledSentence s : OwnTestSet.resource("/extraction/" + set.strip() + ".jsonl", "dev")) {
                dropped.clear();
                List<ExtractedEvent> kept = extractor.extract(s.text(), s.date()).events();
                for (ExtractedEvent e : dropped) {
                    String pair = PairKey.of(e.source(), e.target());
                    boolean right = s.events().stream().anyMatch(g -> g.type() == e.type() && g.pair().equals(pair));
                    System.out.printf("DROP\t%s\t%s\t%s %s>%s\t%s\ttrigger=%s\tkept=%s\tgold=%s\t%s%n", set, s.id(),
                            e.type(), e.source(), e.target(), right ? "RIGHT" : "WRONG", e.trigger(),
                            kept.stream().map(k -> k.type() + " " + k.source() + ">" + k.target() + "(" + k.trigger() + ")")
                                    .collect(Collectors.joining("; ")),
                            s.events().stream().map(g -> g.type() + " " + g.source() + ">" + g.target())
                                    .collect(Collectors.joining("; ")),
                            s.text());
                }
            }
        }
    }
}
