package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the triggers of one sentence into events between the nations it names. */
final class SentenceEventFinder {

    private final TriggerLexicon lexicon;
    private final LazyDependencyParser parser;

    SentenceEventFinder(TriggerLexicon lexicon, LazyDependencyParser parser) {
        this.lexicon = lexicon;
        this.parser = parser;
    }

    List<ExtractedEvent> find(SentenceContext sentence) {
        if (sentence.distinctActorCodes() < 2) {
            return List.of();
        }
        List<TriggerMatch> triggers = lexicon.find(sentence.tokens());
        if (triggers.isEmpty()) {
            return List.of();
        }
        Map<String, ExtractedEvent> events = new LinkedHashMap<>();
        for (TriggerMatch trigger : triggers) {
            List<Mention> actors = sentence.actorCandidates();
            List<Mention> before = actors.stream().filter(m -> m.lastToken() < trigger.head()).toList();
            List<Mention> after = actors.stream().filter(m -> m.firstToken() > trigger.head()).toList();
            for (Mention source : before) {
                for (Mention target : after) {
                    add(events, sentence, trigger, source.code(), target.code());
                }
            }
            if (after.isEmpty()) {
                for (int i = 0; i < before.size(); i++) {
                    for (int j = i + 1; j < before.size(); j++) {
                        add(events, sentence, trigger, before.get(i).code(), before.get(j).code());
                    }
                }
            }
        }
        return new ArrayList<>(events.values());
    }

    private static void add(Map<String, ExtractedEvent> events, SentenceContext sentence, TriggerMatch trigger,
            String source, String target) {
        if (source.equals(target)) {
            return;
        }
        String key = trigger.type() + "|" + source + "|" + target;
        events.putIfAbsent(key, new ExtractedEvent(sentence.index(), sentence.text(), sentence.begin(), sentence.end(),
                trigger.type(), trigger.rule().subtype(), trigger.type().cameoRoot(), source, target,
                Modality.ASSERTED, trigger.rule().weight() * 0.8, trigger.text()));
    }
}
