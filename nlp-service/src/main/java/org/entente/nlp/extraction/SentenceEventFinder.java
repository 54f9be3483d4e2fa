package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the triggers of one sentence into events between the nations it names. Sentences without
 * two nations or without a trigger cost nothing more; only the others are dependency-parsed.
 */
final class SentenceEventFinder {

    private final TriggerLexicon lexicon;
    private final SentenceParser parser;
    private final ActorResolver actors = new ActorResolver();
    private final FallbackActors fallback = new FallbackActors();
    private final TriggerSelection selection = new TriggerSelection();
    private final ModalityDetector modality = new ModalityDetector();
    private final SubtypeDetector subtypes = new SubtypeDetector();
    private final TypeConvention convention = new TypeConvention();

    SentenceEventFinder(TriggerLexicon lexicon, SentenceParser parser) {
        this.lexicon = lexicon;
        this.parser = parser;
    }

    List<ExtractedEvent> find(SentenceContext sentence) {
        if (sentence.distinctNationCodes() < 2) {
            return List.of();
        }
        List<TriggerMatch> triggers = lexicon.find(sentence.tokens());
        if (triggers.isEmpty()) {
            return List.of();
        }
        ParsedSentence parsed = parser.parse(sentence.sentence());
        List<EventCandidate> candidates = new ArrayList<>();
        for (TriggerMatch trigger : selection.select(triggers, sentence, parsed)) {
            Actors found = parsed == null ? Actors.none() : actors.resolve(parsed, trigger, sentence);
            Actors completed = fallback.complete(found, trigger, sentence);
            int depth = parsed == null ? 0 : parsed.depth(TriggerSelection.anchor(trigger, parsed));
            for (EventCandidate candidate : pairs(trigger, completed, depth)) {
                candidates.add(candidate);
            }
        }
        Map<String, ExtractedEvent> events = new LinkedHashMap<>();
        for (EventCandidate candidate : choose(candidates)) {
            ExtractedEvent event = toEvent(candidate, sentence, parsed);
            // the intent convention can turn two types into one: keep one event per type and pair
            events.merge(event.type() + "|" + PairKeys.of(event.source(), event.target()), event,
                    (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return new ArrayList<>(events.values());
    }

    private static List<EventCandidate> pairs(TriggerMatch trigger, Actors actors, int depth) {
        List<EventCandidate> pairs = new ArrayList<>();
        double confidence = trigger.rule().weight() * (actors.guessed() ? 0.75 : 1.0);
        if (actors.targets().isEmpty()) {
            if (!trigger.rule().reciprocal()) {
                return pairs;
            }
            List<Mention> subjects = actors.sources();
            for (int i = 0; i < subjects.size(); i++) {
                for (int j = i + 1; j < subjects.size(); j++) {
                    addPair(pairs, trigger, subjects.get(i), subjects.get(j), depth, confidence);
                }
            }
            return pairs;
        }
        for (Mention source : actors.sources()) {
            for (Mention target : actors.targets()) {
                addPair(pairs, trigger, source, target, depth, confidence);
            }
        }
        return pairs;
    }

    private static void addPair(List<EventCandidate> pairs, TriggerMatch trigger, Mention source, Mention target,
            int depth, double confidence) {
        if (!source.code().equals(target.code())) {
            pairs.add(new EventCandidate(trigger, source, target, depth, confidence));
        }
    }

    /**
     * Per pair, the shallowest trigger wins ("agreed to restore relations" is one AGREE, "threatened to
     * cut ties" one THREATEN); triggers at the same depth all count, and one event per type and pair remains.
     */
    private static List<EventCandidate> choose(List<EventCandidate> candidates) {
        Map<String, Integer> shallowest = new LinkedHashMap<>();
        for (EventCandidate c : candidates) {
            shallowest.merge(c.pairKey(), c.depth(), Math::min);
        }
        Map<String, EventCandidate> best = new LinkedHashMap<>();
        for (EventCandidate c : candidates) {
            if (c.depth() != shallowest.get(c.pairKey())) {
                continue;
            }
            String key = c.trigger().type() + "|" + c.pairKey();
            best.merge(key, c, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        List<EventCandidate> chosen = new ArrayList<>(best.values());
        chosen.sort(Comparator.comparingInt((EventCandidate c) -> c.trigger().head()));
        return chosen;
    }

    private ExtractedEvent toEvent(EventCandidate c, SentenceContext sentence, ParsedSentence parsed) {
        Modality mode = modality.detect(parsed, c.trigger(), sentence.tokens());
        double factor = switch (mode) {
            case ASSERTED -> 1.0;
            case INTENT -> 0.95;
            case NEGATED -> 0.9;
        };
        double confidence = Math.round(Math.min(1.0, c.confidence() * factor) * 100) / 100.0;
        PloverType type = convention.apply(c.trigger().type(), mode, parsed != null && parsed.hasUnlessClause(c.trigger().head()));
        return new ExtractedEvent(sentence.index(), sentence.text(), sentence.begin(), sentence.end(), type,
                subtypes.detect(type, c.trigger(), sentence.tokens()), type.cameoRoot(), c.source().code(),
                c.target().code(), mode, confidence, c.trigger().text());
    }
}
