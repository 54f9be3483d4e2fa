package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.nlp.domain.PairKey;

/** Scores of the extractor on one labeled corpus. */
final class QualityScore {

    final String name;
    final int sentences;
    final Map<PloverType, Counts> perType = new EnumMap<>(PloverType.class);
    final Counts typedPair = new Counts();
    final Counts untypedPair = new Counts();
    final Counts nations = new Counts();
    /** Typed-pair counts per kind of sentence (blind sets: vocabulary, multi-event, many-parties, ...). */
    final Map<String, Counts> perKind = new java.util.TreeMap<>();
    /** False for a sealed set: its differences are never kept, so no report can show them. */
    private final boolean keepMisses;
    int modalityLabeled;
    int modalityCorrect;
    int subtypeLabeled;
    int subtypeCorrect;
    final List<String> misses = new ArrayList<>();
    /**
     * Type confusions of an open set: an expected (type, pair) missed while the pair was found with another type,
     * counted as "expected -> predicted" (or "-> none" when the pair's other found types were all expected too).
     */
    final Map<String, Integer> confusions = new java.util.TreeMap<>();
    /** AGREE subtypes of an open set's found AGREE events, "expected -> found: count" (null when not labelled or none). */
    final Map<String, Integer> subtypeConfusions = new java.util.TreeMap<>();

    QualityScore(String name, int sentences) {
        this(name, sentences, true);
    }

    QualityScore(String name, int sentences, boolean keepMisses) {
        this.name = name;
        this.sentences = sentences;
        this.keepMisses = keepMisses;
        for (PloverType type : PloverType.values()) {
            perType.put(type, new Counts());
        }
    }

    void score(LabeledSentence sentence, Extraction extraction) {
        Set<String> expectedTyped = new HashSet<>();
        Set<String> expectedPairs = new HashSet<>();
        for (LabeledSentence.Expected e : sentence.events()) {
            expectedTyped.add(e.type() + " " + e.pair());
            expectedPairs.add(e.pair());
        }
        Set<String> predictedTyped = new HashSet<>();
        Set<String> predictedPairs = new HashSet<>();
        for (ExtractedEvent e : extraction.events()) {
            predictedTyped.add(e.type() + " " + PairKey.of(e.source(), e.target()));
            predictedPairs.add(PairKey.of(e.source(), e.target()));
        }
        typedPair.add(expectedTyped, predictedTyped);
        untypedPair.add(expectedPairs, predictedPairs);
        for (PloverType type : PloverType.values()) {
            perType.get(type).add(ofType(expectedTyped, type), ofType(predictedTyped, type));
        }
        for (String kind : sentence.kinds()) {
            perKind.computeIfAbsent(kind, k -> new Counts()).add(expectedTyped, predictedTyped);
        }
        if (sentence.nations() != null) {
            Set<String> found = new HashSet<>();
            extraction.nations().forEach(n -> found.add(n.code()));
            nations.add(sentence.nations(), found);
            if (keepMisses && !found.equals(sentence.nations())) {
                misses.add(sentence.id() + " nations expected " + sentence.nations() + " found " + found);
            }
        }
        scoreDetails(sentence, extraction);
        if (keepMisses) {
            countConfusions(expectedTyped, predictedTyped, predictedPairs);
        }
        if (keepMisses && !expectedTyped.equals(predictedTyped)) {
            misses.add(sentence.id() + " events expected " + expectedTyped + " found " + describe(extraction)
                    + " | " + sentence.text());
        }
    }

    private void scoreDetails(LabeledSentence sentence, Extraction extraction) {
        for (LabeledSentence.Expected e : sentence.events()) {
            if (e.modality() == null) {
                continue;
            }
            for (ExtractedEvent p : extraction.events()) {
                if (p.type() == e.type() && PairKey.of(p.source(), p.target()).equals(e.pair())) {
                    modalityLabeled++;
                    modalityCorrect += p.modality() == e.modality() ? 1 : 0;
                    if (e.type() == PloverType.AGREE) {
                        subtypeLabeled++;
                        subtypeCorrect += java.util.Objects.equals(p.subtype(), e.subtype()) ? 1 : 0;
                        if (keepMisses) {
                            subtypeConfusions.merge(e.subtype() + " -> " + p.subtype(), 1, Integer::sum);
                        }
                    }
                    break;
                }
            }
        }
    }

    private void countConfusions(Set<String> expectedTyped, Set<String> predictedTyped, Set<String> predictedPairs) {
        for (String key : expectedTyped) {
            String type = key.substring(0, key.indexOf(' '));
            String pair = key.substring(key.indexOf(' ') + 1);
            if (predictedTyped.contains(key) || !predictedPairs.contains(pair)) {
                continue;
            }
            boolean other = false;
            for (String found : predictedTyped) {
                if (found.endsWith(" " + pair) && !expectedTyped.contains(found)) {
                    confusions.merge(type + " -> " + found.substring(0, found.indexOf(' ')), 1, Integer::sum);
                    other = true;
                }
            }
            if (!other) {
                confusions.merge(type + " -> none", 1, Integer::sum);
            }
        }
    }

    private static Set<String> ofType(Set<String> keys, PloverType type) {
        Set<String> selected = new HashSet<>();
        for (String key : keys) {
            if (key.startsWith(type.name() + " ")) {
                selected.add(key);
            }
        }
        return selected;
    }

    private static List<String> describe(Extraction extraction) {
        List<String> found = new ArrayList<>();
        for (ExtractedEvent e : extraction.events()) {
            found.add(e.type() + " " + e.source() + ">" + e.target() + "/" + e.modality() + "/" + e.subtype() + " ["
                    + e.trigger() + "]");
        }
        return found;
    }
}
