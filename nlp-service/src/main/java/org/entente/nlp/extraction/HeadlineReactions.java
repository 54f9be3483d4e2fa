package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A headline tells an act, then after a semicolon the answer to it: "Poland demands Berlin pay reparations; Germany
 * refuses", "Turkey, Libya sign maritime deal; Greece, Egypt cry foul". The answering clause names only its own subject;
 * the one it answers is the doer of the act told before the semicolon. A judgement or refusal there that names no state
 * of its own (no object, a pronoun, a common noun) faces the states acting in the earlier clause. (A bare "denies" is no
 * trigger: the deny row needs a claim as object.) Threats are answered so already in any sentence
 * ({@code SentenceEventFinder.answered}).
 */
final class HeadlineReactions {

    private static final Set<PloverType> REACTING = EnumSet.of(PloverType.DISAPPROVE, PloverType.REJECT,
            PloverType.PROTEST, PloverType.ACCUSE);

    private HeadlineReactions() {
    }

    static Actors answer(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved, List<CoreLabel> tokens) {
        if (!REACTING.contains(trigger.type()) || found.sources().isEmpty() || !found.targets().isEmpty()) {
            return found;
        }
        int semicolon = semicolonBefore(trigger.firstToken(), tokens);
        if (semicolon < 0 || !HeadlineLists.isHeadline(tokens)) {
            return found;
        }
        List<String> own = found.sources().stream().map(Mention::code).toList();
        List<Mention> doers = new ArrayList<>();
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            if (entry.getKey() == trigger || entry.getKey().head() > semicolon) {
                continue;
            }
            for (Mention m : entry.getValue().sources()) {
                if (!own.contains(m.code()) && doers.stream().noneMatch(o -> o.code().equals(m.code()))) {
                    doers.add(m);
                }
            }
        }
        return doers.isEmpty() ? found : found.with(found.sources(), doers, true);
    }

    /** The last semicolon before {@code token} (the start of its clause), or -1. */
    private static int semicolonBefore(int token, List<CoreLabel> tokens) {
        for (int t = Math.min(token, tokens.size()) - 1; t >= 0; t--) {
            if (tokens.get(t).word().equals(";")) {
                return t;
            }
        }
        return -1;
    }
}
