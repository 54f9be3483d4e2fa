package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fills a missing source or target from word order when the parse has no subject or no object at
 * all (or there is no parse): the nearest nation before the trigger acts, the nearest after it is
 * acted upon. A subject or object that names no nation ("Gunmen", "the EU statement") is left alone.
 * Guessed actors lower the event's confidence.
 */
final class FallbackActors {

    /** Types where "X and Y did it" means they did it with each other. */
    static final Set<PloverType> RECIPROCAL = EnumSet.of(
            PloverType.AGREE, PloverType.CONSULT, PloverType.COOPERATE, PloverType.FIGHT);

    /** A guessed target must sit this close to the trigger. */
    private static final int MAX_DISTANCE = 8;

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence) {
        boolean venues = trigger.rule().venueMayBeTarget();
        List<Mention> candidates = sentence.mentions().stream()
                .filter(m -> m.isNation() && (!m.venue() || venues))
                .toList();
        List<Mention> sources = new ArrayList<>(found.sources());
        List<Mention> targets = new ArrayList<>(found.targets());
        if (targets.isEmpty() && distinctCodes(sources) >= 2 && trigger.rule().reciprocal()) {
            return found;
        }
        boolean guessed = found.guessed();
        // a host, broker or witness the parse placed ("with Turkey attending") is no guess for either side
        List<Mention> placed = found.hosts();
        if (sources.isEmpty() && !found.subjectKnown()) {
            List<Mention> exclude = new ArrayList<>(targets);
            exclude.addAll(placed);
            Optional<Mention> before = nearest(candidates, trigger, true, exclude);
            before.ifPresent(sources::add);
            guessed |= before.isPresent();
        }
        if (targets.isEmpty() && !found.objectKnown()) {
            List<Mention> exclude = new ArrayList<>(sources);
            exclude.addAll(placed);
            Optional<Mention> after = nearest(candidates, trigger, false, exclude);
            after.ifPresent(targets::add);
            guessed |= after.isPresent();
        }
        return found.with(sources, targets, guessed);
    }

    private static Optional<Mention> nearest(List<Mention> candidates, TriggerMatch trigger, boolean before,
            List<Mention> exclude) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : candidates) {
            if (exclude.stream().anyMatch(e -> e.code().equals(m.code()))) {
                continue;
            }
            int distance = before ? trigger.head() - m.lastToken() : m.firstToken() - trigger.lastToken();
            if (distance > 0 && distance < bestDistance && (before || distance <= MAX_DISTANCE)) {
                best = m;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    static long distinctCodes(java.util.Collection<Mention> mentions) {
        return mentions.stream().map(Mention::code).distinct().count();
    }
}
