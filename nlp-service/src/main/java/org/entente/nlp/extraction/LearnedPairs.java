package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private LearnedPairs(PairModel model, Consumer<List<PairFeatures.Candidate>> observer) {
        this.model = model;
        this.observer = observer;
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
        for (Map.Entry<PloverType, Double> entry : model.thresholds().entrySet()) {
            PloverType type = entry.getKey();
            if (setAside.contains(type)) {
                continue;
            }
            for (PairFeatures.Candidate best : likeliest(type, candidates, given)) {
                double p = model.probability(type, best.features());
                if (p >= entry.getValue()) {
                    events.add(event(type, best, p, sentence, hits));
                    given.add(type + " " + best.pair());
                }
            }
        }
        return events;
    }

    /** For each pair the rules gave no event of the type, its likelier order. */
    private List<PairFeatures.Candidate> likeliest(PloverType type, Collection<PairFeatures.Candidate> candidates,
            Set<String> given) {
        List<PairFeatures.Candidate> best = new ArrayList<>();
        for (PairFeatures.Candidate c : candidates) {
            if (given.contains(type + " " + c.pair())) {
                continue;
            }
            PairFeatures.Candidate other = best.stream().filter(b -> b.pair().equals(c.pair())).findFirst().orElse(null);
            if (other == null) {
                best.add(c);
            } else if (model.probability(type, c.features()) > model.probability(type, other.features())) {
                best.set(best.indexOf(other), c);
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
