package org.entente.nlp.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.entente.nlp.domain.PairKey;

/**
 * A learned second pass after the rules: for the state actors of a sentence it adds the events (type, source, target)
 * the rules did not give, where a {@link PairModel} trained on the readable coded sentences is sure enough, and drops
 * a rule's event of a type with a floor where the model finds that pair of that type unlikely and the rules gave the
 * pair another event it keeps (for those types the rules' events at such odds were mostly wrong on writers the model
 * did not see), unless it is an act judged or admitted in the sentence, or that judgement. It never retypes an event. Both
 * orders of a pair are scored and the likelier one counts.
 */
final class LearnedPairs {

    static final String RESOURCE = "/extraction/learned-pairs.tsv";
    /** Added events are guesses of a model, not a rule's reading: they weigh less. */
    private static final double CONFIDENCE_FACTOR = 0.75;

    private final PairModel model;
    private final Consumer<List<PairFeatures.Candidate>> observer;
    private final BiConsumer<List<ExtractedEvent>, List<ExtractedEvent>> changes;
    /** Told the thread's CPU nanoseconds each sentence spent in the pass; null when nobody measures. */
    private final LongConsumer clock;

    private LearnedPairs(PairModel model, Consumer<List<PairFeatures.Candidate>> observer) {
        this(model, observer, null, null);
    }

    private LearnedPairs(PairModel model, Consumer<List<PairFeatures.Candidate>> observer,
            BiConsumer<List<ExtractedEvent>, List<ExtractedEvent>> changes, LongConsumer clock) {
        this.model = model;
        this.observer = observer;
        this.changes = changes;
        this.clock = clock;
    }

    /** The same pass, handing each sentence's added and dropped events to {@code changes}: for counting what it does. */
    LearnedPairs reporting(BiConsumer<List<ExtractedEvent>, List<ExtractedEvent>> changes) {
        return new LearnedPairs(model, observer, changes, clock);
    }

    /**
     * The same pass, telling {@code clock} the CPU time of the thread each sentence spent in it: the pass's own cost,
     * which the whole extractor's time under a shared machine's load hides.
     */
    LearnedPairs timed(LongConsumer clock) {
        return new LearnedPairs(model, observer, changes, clock);
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
     * trigger of it and decided it is no event here) nor one a convention turned into another on the same pair
     * ({@code overruled}).
     */
    List<ExtractedEvent> complete(List<ExtractedEvent> rules, SentenceContext sentence, List<TriggerMatch> hits,
            Set<PloverType> setAside, OverruledReadings overruled, ParsedSentence parsed) {
        if (clock == null) {
            return pass(rules, sentence, hits, setAside, overruled, parsed);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        List<ExtractedEvent> events = pass(rules, sentence, hits, setAside, overruled, parsed);
        clock.accept(threads.getCurrentThreadCpuTime() - start);
        return events;
    }

    private List<ExtractedEvent> pass(List<ExtractedEvent> rules, SentenceContext sentence, List<TriggerMatch> hits,
            Set<PloverType> setAside, OverruledReadings overruled, ParsedSentence parsed) {
        if (model.thresholds().isEmpty() && model.floors().isEmpty() && observer == null) {
            return rules;
        }
        List<PairFeatures.Candidate> candidates = PairFeatures.candidates(sentence, hits, parsed, rules, overruled);
        if (observer != null) {
            observer.accept(candidates);
        }
        Set<String> given = new HashSet<>();
        rules.forEach(e -> given.add(e.type() + " " + PairKey.of(e.source(), e.target())));
        // each candidate scored once for every type, for the filter and the additions alike
        double[][] scores = new double[candidates.size()][];
        for (int c = 0; c < scores.length; c++) {
            scores[c] = model.probabilities(candidates.get(c).features());
        }
        List<ExtractedEvent> events = new ArrayList<>();
        List<ExtractedEvent> doubted = new ArrayList<>();
        for (ExtractedEvent e : rules) {
            (unlikely(e, candidates, scores) ? doubted : events).add(e);
        }
        // a doubted event goes only where the rules' other reading of the pair stays: the pass chooses between the
        // rules' readings of a pair and never takes away a pair the rules found
        List<ExtractedEvent> dropped = new ArrayList<>();
        for (ExtractedEvent e : doubted) {
            String pair = PairKey.of(e.source(), e.target());
            boolean read = events.stream().anyMatch(k -> PairKey.of(k.source(), k.target()).equals(pair));
            (read ? dropped : events).add(e);
        }
        int kept = events.size();
        Set<String> fought = new HashSet<>();
        rules.stream().filter(e -> e.type() == PloverType.FIGHT).forEach(e -> fought.add(PairKey.of(e.source(), e.target())));
        for (Map.Entry<PloverType, Double> entry : model.thresholds().entrySet()) {
            PloverType type = entry.getKey();
            if (setAside.contains(type)) {
                continue;
            }
            int t = model.slot(type);
            for (int best : likeliest(type, t, candidates, scores, given)) {
                double p = scores[best][t];
                // the rules tell a strike on people or places (ASSAULT) from a clash of forces (FIGHT) by its object;
                // where they read the pair's act as FIGHT, an ASSAULT beside it would count the same strike twice in
                // the tie and make two stories of it (a FIGHT beside the rules' ASSAULT is the clash coders code
                // beside an attack, and stays)
                boolean secondReading = type == PloverType.ASSAULT && fought.contains(candidates.get(best).pair());
                if (p >= entry.getValue() && !secondReading) {
                    events.add(event(type, candidates.get(best), p, sentence, hits));
                    given.add(type + " " + candidates.get(best).pair());
                }
            }
        }
        if (changes != null) {
            changes.accept(List.copyOf(events.subList(kept, events.size())), dropped);
        }
        return events;
    }

    /**
     * A rule's event of a type with a floor, on a pair of actors the model scored below it either way, that is neither
     * an act told under a judgement or admission of the pair nor that judgement.
     */
    private boolean unlikely(ExtractedEvent e, List<PairFeatures.Candidate> candidates, double[][] scores) {
        Double floor = model.floors().get(e.type());
        if (floor == null) {
            return false;
        }
        int t = model.slot(e.type());
        String pair = PairKey.of(e.source(), e.target());
        double best = -1;
        for (int c = 0; c < scores.length; c++) {
            if (candidates.get(c).pair().equals(pair)) {
                if (PairFeatures.told(candidates.get(c).features(), e.type())) {
                    // a judged or admitted act and its judgement are two events (coding guide, "Acts told inside
                    // another event"): the filter chooses between readings of one act, not between two acts
                    return false;
                }
                best = Math.max(best, scores[c][t]);
            }
        }
        return best >= 0 && best < floor;
    }

    /** For each pair the rules gave no event of the type, the index of its likelier order among the candidates. */
    private static List<Integer> likeliest(PloverType type, int t, List<PairFeatures.Candidate> candidates,
            double[][] scores, Set<String> given) {
        List<Integer> best = new ArrayList<>();
        for (int c = 0; c < scores.length; c++) {
            String pair = candidates.get(c).pair();
            if (given.contains(type + " " + pair) || PairFeatures.overruled(candidates.get(c).features(), type)) {
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
            } else if (scores[c][t] > scores[best.get(other)][t]) {
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
