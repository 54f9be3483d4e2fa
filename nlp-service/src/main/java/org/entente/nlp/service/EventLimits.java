package org.entente.nlp.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.nlp.extraction.ExtractedEvent;

/**
 * Bounds what one article can put on {@code events}: a sentence repeated inside the article counts
 * once (the first time it occurs, compared on normalized text), and at most so many events per
 * sentence (highest confidence first) and per article (earliest sentences first) are kept. A
 * 100,000-character article of one repeated sentence gave 3,125 events before.
 */
public final class EventLimits {

    /** Why an event was not kept; the tag of {@code entente_nlp_events_dropped_total}. */
    public enum Cut {
        REPEATED_SENTENCE,
        SENTENCE_CAP,
        ARTICLE_CAP;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The events kept, in sentence order, and how many were cut for each reason. */
    public record Limited(List<ExtractedEvent> kept, Map<Cut, Integer> cut) {
    }

    private final int maxPerSentence;
    private final int maxPerArticle;

    public EventLimits(int maxPerSentence, int maxPerArticle) {
        if (maxPerSentence < 1 || maxPerArticle < 1) {
            throw new IllegalArgumentException("event caps must be at least 1, got " + maxPerSentence
                    + " per sentence and " + maxPerArticle + " per article");
        }
        this.maxPerSentence = maxPerSentence;
        this.maxPerArticle = maxPerArticle;
    }

    public Limited apply(List<ExtractedEvent> events) {
        Map<Cut, Integer> cut = new HashMap<>();
        Map<Integer, List<ExtractedEvent>> bySentence = new LinkedHashMap<>();
        Map<String, Integer> firstIndexOfText = new HashMap<>();
        for (ExtractedEvent event : events.stream().sorted(Comparator.comparingInt(ExtractedEvent::sentenceIndex)).toList()) {
            int first = firstIndexOfText.computeIfAbsent(normalize(event.sentence()), text -> event.sentenceIndex());
            if (first != event.sentenceIndex()) {
                cut.merge(Cut.REPEATED_SENTENCE, 1, Integer::sum);
                continue;
            }
            bySentence.computeIfAbsent(event.sentenceIndex(), i -> new ArrayList<>()).add(event);
        }
        List<ExtractedEvent> kept = new ArrayList<>();
        for (List<ExtractedEvent> sentence : bySentence.values()) {
            List<ExtractedEvent> distinct = distinctByConfidence(sentence);
            for (int i = 0; i < distinct.size(); i++) {
                if (i >= maxPerSentence) {
                    cut.merge(Cut.SENTENCE_CAP, 1, Integer::sum);
                } else if (kept.size() >= maxPerArticle) {
                    cut.merge(Cut.ARTICLE_CAP, 1, Integer::sum);
                } else {
                    kept.add(distinct.get(i));
                }
            }
        }
        return new Limited(kept, Map.copyOf(cut));
    }

    /**
     * One event per (type, source, target) of a sentence, the most confident first; the order is stable so a
     * replay keeps the same events. The same key twice is one event id, not two events to cap.
     */
    private static List<ExtractedEvent> distinctByConfidence(List<ExtractedEvent> sentence) {
        Set<String> seen = new HashSet<>();
        return sentence.stream()
                .sorted(Comparator.comparingDouble(ExtractedEvent::confidence).reversed())
                .filter(e -> seen.add(e.type() + "|" + e.source() + "|" + e.target()))
                .toList();
    }

    /** Case, width forms and runs of white space do not make a sentence a different one. */
    static String normalize(String sentence) {
        String folded = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").strip();
    }
}
