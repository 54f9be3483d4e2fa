package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills a missing source or target from word order when the parse did not name one: the nearest
 * nation before the trigger acts, the nearest after it is acted upon. Guessed actors lower the
 * event's confidence.
 */
final class FallbackActors {

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        boolean venues = trigger.rule().venueMayBeTarget();
        List<Mention> candidates = sentence.mentions().stream()
                .filter(m -> m.isNation() && (!m.venue() || venues))
                .toList();
        List<Mention> sources = new ArrayList<>(found.sources());
        List<Mention> targets = new ArrayList<>(found.targets());
        boolean symmetric = targets.isEmpty() && distinctCodes(sources) >= 2;
        if (symmetric) {
            return found;
        }
        if (sources.isEmpty()) {
            nearest(candidates, trigger.head(), true, targets).ifPresent(sources::add);
        }
        if (targets.isEmpty()) {
            var after = nearest(candidates, trigger.head(), false, sources);
            after.ifPresent(targets::add);
        }
        return new Actors(sources, targets, found.sourceFromSyntax() && !found.sources().isEmpty(),
                found.targetFromSyntax() && !found.targets().isEmpty());
    }

    private static java.util.Optional<Mention> nearest(List<Mention> candidates, int head, boolean before, List<Mention> exclude) {
        Mention best = null;
        for (Mention m : candidates) {
            if (exclude.stream().anyMatch(e -> e.code().equals(m.code()))) {
                continue;
            }
            boolean side = before ? m.lastToken() < head : m.firstToken() > head;
            if (!side) {
                continue;
            }
            if (best == null || Math.abs(m.firstToken() - head) < Math.abs(best.firstToken() - head)) {
                best = m;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static long distinctCodes(List<Mention> mentions) {
        return mentions.stream().map(Mention::code).distinct().count();
    }
}
