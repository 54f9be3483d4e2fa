package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.entente.nlp.domain.PairKey;

/**
 * A learned second pass after the rules: for the state actors of a sentence it adds the events (type, source, target)
 * the rules did not give, where a {@link PairModel} trained on the readable coded sentences is sure enough. It never
 * removes or retypes what the rules gave. Both orders of a pair are scored and the likelier one is the direction.
 */
final class LearnedPairs {

    static final String RESOURCE = "/extraction/learned-pairs.tsv";
    /** Added events are guesses of a model, not a rule's reading: they weigh less. */
    private static final double CONFIDENCE_FACTOR = 0.75;

    private final PairModel model;
    private final Consumer<List<PairFeatures.Candidate>> observer;
    private final PloverType[] addable;

    private LearnedPairs(PairModel model, Consumer<List<PairFeatures.Candidate>> observer) {
        this.model = model;
        this.observer = observer;
        this.addable = model.addable();
    }

    static LearnedPairs load() {
        return new LearnedPairs(PairModel.read(RESOURCE), null);
    }

    static LearnedPairs of(PairModel model) {
        return new LearnedPairs(model, null);
    }

    static LearnedPairs none() {
        return new LearnedPairs(PairModel.empty(), null);
    }

    /** Adds nothing and hands every sentence's candidates to the observer: the training data's source. */
    static LearnedPairs observing(Consumer<List<PairFeatures.Candidate>> observer) {
        return new LearnedPairs(PairModel.empty(), observer);
    }

    /**
     * The rules' events and the ones the model adds, never of a type in {@code setAside} (the rules' selection read a
     * trigger of it and decided it is no event here).
     */
    List<ExtractedEvent> complete(List<ExtractedEvent> rules, SentenceContext sentence, List<TriggerMatch> hits,
            Set<PloverType> setAside, ParsedSentence parsed) {
        if (model.thresholds().isEmpty() && observer == null) {
            return rules;
        }
        List<PairFeatures.Candidate> candidates = PairFeatures.candidates(sentence, hits, parsed, rules);
        if (observer != null) {
            observer.accept(candidates);
        }
        Set<String> given = new HashSet<>();
        rules.forEach(e -> given.add(e.type() + " " + PairKey.of(e.source(), e.target())));
        List<ExtractedEvent> events = new ArrayList<>(rules);
        // each candidate scored once for every type, not once per type and comparison
        List<double[]> probabilities = candidates.stream().map(c -> model.addable(c.features())).toList();
        for (int t = 0; t < addable.length; t++) {
            PloverType type = addable[t];
            if (setAside.contains(type)) {
                continue;
            }
            double threshold = model.thresholds().get(type);
            for (int best : likeliest(type, t, candidates, probabilities, given)) {
                double p = probabilities.get(best)[t];
                if (p >= threshold) {
                    events.add(event(type, candidates.get(best), p, sentence, hits));
                    given.add(type + " " + candidates.get(best).pair());
                }
            }
        }
        return events;
    }

    /** For each pair the rules gave no event of the type, the index of its likelier order among the candidates. */
    private static List<Integer> likeliest(PloverType type, int t, List<PairFeatures.Candidate> candidates,
            List<double[]> probabilities, Set<String> given) {
        List<Integer> best = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            String pair = candidates.get(c).pair();
            if (given.contains(type + " " + pair)) {
                continue;
            }
            int other = -1;
            for (int b = 0; b < best.size() && other < 0; b++) {
                if (candidates.get(best.get(b)).pair().equals(pair)) {
                    other = b;
                }
            }
            if (other < 0) {
                best.add(c);
            } else if (probabilities.get(c)[t] > probabilities.get(best.get(other))[t]) {
                best.set(other, c);
            }
        }
        return best;
    }

    private static ExtractedEvent event(PloverType type, PairFeatures.Candidate c, double p, SentenceContext sentence,
            List<TriggerMatch> hits) {
        String trigger = hits.stream().filter(h -> h.type() == type).map(TriggerMatch::text).findFirst().orElse("");
        double confidence = Math.round(p * CONFIDENCE_FACTOR * 100) / 100.0;
        return new ExtractedEvent(sentence.index(), sentence.text(), sentence.begin(), sentence.end(), type, null,
                type.cameoRoot(), c.source().code(), c.target().code(), Modality.ASSERTED, confidence, trigger);
    }
}
